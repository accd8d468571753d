"""A level table with one column per level and one row per kind takes each level's clock from an hours row above
its times ("Hours | 24×7 | 24×7 | 8×5 | 8×5"): the urgent levels run round the clock, the others on business hours
(issue 12; en1117, an IT firm's priority table)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import level_clocks, pipe_table, terms_of, text_lines

_TABLE = pipe_table(
    [
        ["Priority", "Critical (P1)", "Major (P2)", "Minor (P3)"],
        ["Hours", "24x7", "8x5", "8x5"],
        ["Response", "15 mins", "2 hours", "6 hours"],
        ["Resolution", "4 hours", "1 day", "5 days"],
    ]
)


def test_each_level_takes_its_column_clock(tmp_path: Path) -> None:
    levels = level_clocks(terms_of(tmp_path, text_lines("Service levels", *_TABLE)))
    assert levels["Critical"][1] == "24x7" and levels["Critical"][3] == "24x7", levels
    assert {v[1] for k, v in levels.items() if k != "Critical"} == {"business"}, levels


def test_without_an_hours_row_the_times_keep_no_clock(tmp_path: Path) -> None:
    table = [line for line in _TABLE if not line.startswith("| Hours")]
    levels = level_clocks(terms_of(tmp_path, text_lines("Service levels", *table)))
    assert all(v[1] is None and v[3] is None for v in levels.values()), levels
