"""A level × kind table with the levels as columns, flattened one cell per line: the levels' heads, then each row's
kind label and one cell a line per level. Own wording, in the shape of en610.docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, level_clocks

_LINES = [
    "Support response times",
    "Stage/Priority",
    "Priority 1",
    "Priority 2",
    "Priority 3",
    "Initial response",
    "Within 2 hours",
    "Within 4 hours",
    "N/A",
    "Service Restoration",
    "Within 8 hours",
    "Within 3 working days",
    "Within 10 working days",
    "Customers may report faults by e-mail.",
]

_LEVELS = {
    "Priority 1": ("2h", None, "8h", None),
    "Priority 2": ("4h", None, "3 business days", "business"),
    "Priority 3": (None, None, "10 business days", "business"),
}


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx", "doc.pdf"])
def test_levels_as_columns_one_cell_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    found = extract_lines(tmp_path, capsys, _LINES, name)
    assert level_clocks(found["terms"]) == _LEVELS
    assert "Within 4 hours" in found["evidence"]["severity_levels[1].response"]["quote"]


def test_chinese_levels_as_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["故障等级", "一级故障", "二级故障", "响应时间", "2小时", "8小时"]
    found = extract_lines(tmp_path, capsys, lines)
    assert {k: v[0] for k, v in level_clocks(found["terms"]).items()} == {"一级": "2h", "二级": "8h"}


@pytest.mark.parametrize(
    "lines",
    [
        # an uptime credit table: the rows name no kind
        ["Priority 1", "Priority 2", "Service credit", "10 days", "30 days"],
        # a price grid: the cells hold no times
        ["Priority 1", "Priority 2", "Response fee", "€ 90", "€ 250"],
        # a row naming two kinds
        ["Priority 1", "Priority 2", "Response and resolution", "2 hours", "8 hours"],
        # plans, not levels, over the columns
        ["Standard", "Premium", "Response", "Email", "Phone"],
        # the heads are not right above the row
        ["Priority 1", "Priority 2", "Both are handled by our desk.", "Response", "2 hours", "8 hours"],
    ],
)
def test_look_alikes_give_no_column_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str]
) -> None:
    names = level_clocks(extract_lines(tmp_path, capsys, lines)["terms"])
    assert names.get("Priority 1", (None, None, None, None)) == (None, None, None, None)
