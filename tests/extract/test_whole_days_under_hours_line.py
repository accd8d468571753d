"""Whole days written in hours ("24 Hours", "48 hours", "72小时") beside a weekday-hours line stay counts of elapsed
time, as they do under any support window; the other times there count business hours. The corpus README's clock
decision of session 21 (point 2), after a blind re-key of the keys that read it the other way (en303, en132, en142,
zh149). Texts of our own, read back through the CLI and the API, as text and DOCX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import docx_paragraphs, extract_lines

from termsmith.extract.api import extract_file

TABLE = [
    "## Response and resolution targets",
    "| Priority | Response | Resolution |",
    "|---|---|---|",
    "| Critical (P1) | 4 Hours | 24 Hours |",
    "| High (P2) | 8 Hours | 48 Hours |",
    "| Normal (P3) | 24 Hours | 5 Business Days |",
    "- Hours: Mon-Fri, 9:00 AM - 6:00 PM (PST)",
]


def _clocks(terms: dict[str, Any]) -> list[tuple[str, str | None, str, str | None]]:
    return [
        (lv["response"]["within"], lv["response"]["clock"], lv["resolution"]["within"], lv["resolution"]["clock"])
        for lv in terms["severity_levels"]
    ]


EXPECTED = [
    ("4h", "business", "24h", None),
    ("8h", "business", "48h", None),
    ("24h", None, "5 business days", "business"),
]


def test_whole_days_beside_a_weekday_hours_line_stay_elapsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = extract_lines(tmp_path, capsys, ["# Support SLA", *TABLE])
    assert _clocks(found["terms"]) == EXPECTED


def test_the_same_in_a_docx(tmp_path: Path) -> None:
    path = docx_paragraphs(tmp_path, ["Support SLA", *TABLE])
    assert _clocks(extract_file(path)[1].terms) == EXPECTED


def test_a_page_that_says_its_times_count_business_hours_keeps_them_business(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the decision is about a window; a page stating that every time counts business hours decides otherwise
    found = extract_lines(
        tmp_path, capsys, ["# Support SLA", "All response and resolution times are measured in business hours.", *TABLE]
    )
    assert [row[3] for row in _clocks(found["terms"])][:2] == ["business", "business"]
