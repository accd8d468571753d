"""A level table printed one cell a line, its header too: the level column's head, one kind label a line, then per
row its level line (quoted, with its description) and one cell a line in the header's order; a remark line may
close a row. Own wording, in the shape of en524 (batch 57)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, line_levels

_TABLE = (
    "Support targets",
    "Error Level",
    "Target Initial Response",
    "Target Time to Resolve",
    "\u201cLevel 1\u201d means the service is down for everyone.",
    "1 Hour",
    "Fix within 8 hours",
    "A workaround may come first.",
    "\u201cLevel 2\u201d means a feature is broken for some users.",
    "4 Hours",
    "Fix within 3 days",
    "\u201cLevel 3\u201d means a cosmetic issue.",
    "1 Day",
    "Next release",
)


@pytest.mark.parametrize("name", ["table.txt", "table.docx"])
def test_each_cell_line_is_its_header_kinds_time(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    levels = line_levels(tmp_path, capsys, _TABLE, name)
    assert levels == {"Level 1": ("1h", "8h"), "Level 2": ("4h", "3 days"), "Level 3": ("1 day", None)}


def test_chinese_table_one_cell_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "故障等级",
        "响应时间",
        "解决时间",
        "一级故障:系统全部停止",
        "30分钟",
        "4小时",
        "二级故障:部分功能异常",
        "2小时",
        "2天",
    )
    assert list(line_levels(tmp_path, capsys, lines).values()) == [("30m", "4h"), ("2h", "2 days")]


def test_an_examples_list_under_the_header_is_no_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "Priority",
        "Response",
        "Resolution",
        "High examples: a server is down and the office has waited since this morning for any word at all",
        "Low examples: a font looks wrong",
    )
    assert "severity_levels" not in extract_lines(tmp_path, capsys, lines)["terms"]
