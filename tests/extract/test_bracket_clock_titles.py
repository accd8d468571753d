"""A heading of times whose bracket names their clock ("Response Time Targets (Business Hours):", "响应时间（工作时间）：")
puts the times below it on the business clock, as "… during business hours" above them already did. A list item
naming when a channel is open ("- Email support (business hours)") is no such heading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.extract_support import terms_of, text_lines


def _clocks(terms: dict[str, Any]) -> dict[str, str | None]:
    return {lv["name"]: lv.get("response", {}).get("clock") for lv in terms.get("severity_levels", [])}


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "Response Time Targets (Business Hours):",
            ["- Priority 1 – Critical", "- Response: 30 minutes", "- Priority 2 – High", "- Response: 4 hours"],
        ),
        ("响应时间（工作时间）：", ["- 紧急故障：30分钟内响应", "- 一般故障：4小时内响应"]),
        ("響應時間（上班時間）：", ["- 緊急故障：30分鐘內響應", "- 一般故障：4小時內響應"]),
    ],
)
def test_a_bracketed_clock_in_a_heading_of_times_governs_the_times_below(
    tmp_path: Path, title: str, lines: list[str]
) -> None:
    terms = terms_of(tmp_path, text_lines("Support", title, *lines))
    clocks = _clocks(terms)
    assert len(clocks) == 2
    assert set(clocks.values()) == {"business"}


def test_a_list_item_naming_a_channels_hours_is_no_heading(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Included:",
            "- Email support (business hours)",
            "- Community forums",
            "Response Times:",
            "- P1: 1 hour",
            "- P2: 4 hours",
        ),
    )
    assert set(_clocks(terms).values()) == {None}


def test_a_table_header_with_a_bracketed_clock_is_no_heading() -> None:
    from termsmith.extract.rules.section_clock import _title_clock

    assert _title_clock("| Priority | Response (Business Hours) | Response (After Hours) |") is None
    assert _title_clock("Response Time Targets (Business Hours):") == "business"
    assert _title_clock("Email support (business hours)") is None
