"""Issue 12 (session 27): a level table whose header spans two rows, written as text: "Priority | Definition | FTC
response time by plan | |" over "Essential | Standard | Premier | |" (a web table's merged cells; the cells under the
columns that span both header rows are left out, so the plan names come first). The plan names belong under the
spanning cell, and each level row gives one time per plan (en755, an LMS vendor's response times, printed to PDF; the
lines below follow its layout with our own words). A header whose spanning cell the text leaves open ("Response Time |
Resolution Time | |" over "Business Hours | After-Hours | |") keeps the clock split's reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

_PLANS = [
    "Response times by plan:",
    "Priority | Definition | First contact time by plan | ||",
    "Bronze | Silver | Gold | ||",
    "Priority 1 (Critical) | The platform cannot be used. | 4 Working Hours | 2 Working Hours | 1 Working Hour |",
    "Priority 2 (High) | A key area cannot be used. | 2 Business Days | 8 Working Hours | 4 Working Hours |",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx", "doc.pdf"])
def test_plan_names_under_a_spanning_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    found = line_levels(tmp_path, capsys, _PLANS, name)
    assert sorted(response for response, _ in found.values()) == sorted(
        ["4 business hours", "2 business hours", "1 business hour", "2 business days", "8 business hours",
         "4 business hours"]
    )  # fmt: skip
    assert len(found) == 6


def test_a_clock_split_keeps_its_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "Priority | Response Time | Resolution Time | |",
        "Business Hours | After-Hours | ||",
        "Priority 1 (P1) | 30 Minutes | 1 Hour | 4 Hours |",
        "Priority 2 (P2) | 1 Hours | 2 Hours | 8 Hours |",
    ]
    found = line_levels(tmp_path, capsys, lines)
    assert len(found) == 2  # two levels, not one per column
