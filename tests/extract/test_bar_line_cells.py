"""Tables scraped from a web page one cell per line, a line holding only a bar between two cells: the header is
every cell before the first row's name, the name the cell just before the first time. A short row left at the end
is the text after the table, not a level."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def _bars(*cells: str) -> str:
    return text_lines(*[line for cell in cells for line in (cell, "|")])


def test_one_cell_a_line_between_bars(tmp_path: Path) -> None:
    text = text_lines(
        "Incident handling",
        _bars(
            "Severity", "First reply", "Fix",
            "Critical outage", "1 business hour", "4 business hours",
            "Degraded service", "4 business hours", "2 business days",
        ),
        "Times count from the ticket's creation.",
    )  # fmt: skip
    assert list(level_times(terms_of(tmp_path, text)).values()) == [
        ("1 business hour", "4 business hours"),
        ("4 business hours", "2 business days"),
    ]


def test_a_long_description_in_the_first_cell(tmp_path: Path) -> None:
    text = _bars(
        "Priority Level Definition", "Response time", "Effort",
        "Priority 1: the system is down and no workaround exists for any user.", "30 minutes", "Work continuously",
        "Priority 2: a feature fails but work goes on.", "1 business day", "Normal hours",
    )  # fmt: skip
    assert list(level_times(terms_of(tmp_path, text)).values()) == [("30m", None), ("1 business day", None)]


def test_bar_lines_in_chinese(tmp_path: Path) -> None:
    text = _bars("故障级别", "响应时间", "解决时间", "紧急故障", "1小时", "4小时", "一般故障", "4小时", "2天")
    assert list(level_times(terms_of(tmp_path, text, "doc.md")).values()) == [("1h", "4h"), ("4h", "2 days")]


def test_cells_without_times_are_no_table(tmp_path: Path) -> None:
    text = _bars("Name", "Role", "Office", "Ann", "Support lead", "Berlin", "Bo", "Engineer", "Oslo")
    assert level_times(terms_of(tmp_path, text)) == {}
