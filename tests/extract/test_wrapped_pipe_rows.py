"""Pipe rows whose cells wrap onto lines of their own: a row opens with its first cells on a line that does not end
in a bar, its description may run over lines without bars, and its last cell follows on a line that starts with a
bar. The row ends at the next line ending in a bar. A table framed by bars, or one row a line, is read as before."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_a_row_whose_time_cell_follows_its_description(tmp_path: Path) -> None:
    text = text_lines(
        "Severity | Description | Time to first reply |",
        "Tier A | - Complete outage of the service for every user of the platform.",
        "| within 2 hours |",
        "Tier B | - Partial loss of a feature",
        "- Problems in a test environment.",
        "| within 2 business days |",
        "Tier C | - Questions about how to use the product",
        "| within 4 business days |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Tier A": ("2h", None),
        "Tier B": ("2 business days", None),
        "Tier C": ("4 business days", None),
    }


def test_a_first_cell_on_the_line_above_the_bar(tmp_path: Path) -> None:
    text = text_lines(
        "Our engineers respond to a request within the following times:",
        "Priority 1:",
        "|",
        "20 minutes |",
        "Priority 2: | 40 minutes |",
        "Priority 3: | 2 hours |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Priority 1": ("20m", None),
        "Priority 2": ("40m", None),
        "Priority 3": ("2h", None),
    }


def test_wrapped_rows_in_chinese(tmp_path: Path) -> None:
    text = text_lines(
        "故障级别 | 说明 | 响应时间 |",
        "一级故障 | 系统全部停止运行，",
        "所有用户无法使用",
        "| 1小时内响应 |",
        "二级故障 | 部分功能无法使用",
        "| 4小时内响应 |",
    )
    assert list(level_times(terms_of(tmp_path, text, "doc.md")).values()) == [("1h", None), ("4h", None)]


def test_a_framed_table_keeps_one_row_a_line(tmp_path: Path) -> None:
    text = text_lines(
        "| Severity | Response |",
        "| Sev 1 | 1 hour |",
        "| Sev 2 | 4 hours |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Sev 1": ("1h", None), "Sev 2": ("4h", None)}
