"""Session 30 (issue 12, extract30): an English free period whose length is compounded with a hyphen, or whose free
support is "tech support". The positive texts are real lines of corpus documents (en133, en172), cut to the lines
that matter; the guards are texts of our own.

- "A **30-day** warranty from launch covers defect fixes for delivered work" (en133): 30 days from go-live;
- "60 days of free tech support is given to every new Web site project" (en172): 60 days;
- a range written with a hyphen (6-12 months) is still a range, and a hyphenated length that is not a free period
  (a 30-day notice) is none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _free(tmp_path: Path, *lines: str) -> Any:
    return terms_of(tmp_path, _lines(*lines)).get("free_maintenance")


def test_a_warranty_named_by_a_hyphened_length(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en133 (a web studio's project terms, Markdown)
    path = tmp_path / "en133.md"
    path.write_text(
        _lines(
            "## Warranty",
            "",
            "All work is built to industry standards. A **30-day** warranty from launch covers defect fixes for "
            "delivered work.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["free_maintenance"] == {"length": "30 days", "start_event": "go-live"}
    assert "warranty from launch" in found["evidence"]["free_maintenance.length"]["quote"]


def test_a_12_month_warranty(tmp_path: Path) -> None:
    assert _free(tmp_path, "The system comes with a 12-month warranty from acceptance.") == {
        "length": "12 months",
        "start_event": "acceptance",
    }


def test_days_of_free_tech_support(tmp_path: Path) -> None:
    # en172
    found = _free(tmp_path, "60 days of free tech support is given to every new Web site project.")
    assert found["length"] == "60 days"


def test_a_hyphened_range_and_a_notice_are_no_hyphened_length(tmp_path: Path) -> None:
    found = _free(tmp_path, "免费保修期为6-12个月。")
    # a granted period gives its range's shorter end, the one the client can count on (session 15's decision)
    assert found["length"] == "6 months"
    assert _free(tmp_path, "Either party may terminate on 30-day written notice.") is None
