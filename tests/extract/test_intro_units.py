"""A level table whose time cells are bare numbers takes their unit from the line just above it, when that line
names one ("how many business hours each phase takes", "All times below are in working days", "（单位：小时）")
(issue 12; en1056, an IT firm's priority table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_clocks, pipe_table, terms_of, text_lines

_TABLE = pipe_table(
    [
        ["Priority", "Respond within", "Resolve within"],
        ["P1 - Critical", "0.5", "4"],
        ["P2 - High", "2", "16"],
    ]
)


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "The table below shows how many business hours each phase of a ticket may take.",
            ("2 business hours", "business", "16 business hours", "business"),
        ),
        ("All times below are in hours.", ("2h", None, "16h", None)),
        ("Targets are given in working days:", ("2 business days", "business", "16 business days", "business")),
    ],
)
def test_bare_numbers_take_the_unit_the_intro_names(
    tmp_path: Path, intro: str, expected: tuple[str, str | None, str, str | None]
) -> None:
    levels = level_clocks(terms_of(tmp_path, text_lines(intro, *_TABLE)))
    assert levels["P2"] == expected, levels


def test_chinese_unit_line(tmp_path: Path) -> None:
    table = pipe_table([["故障级别", "响应时间", "解决时间"], ["一级故障", "1", "4"], ["二级故障", "2", "8"]])
    levels = level_clocks(terms_of(tmp_path, text_lines("各级故障处理时限如下（单位：小时）：", *table)))
    assert [v[0] for v in levels.values()] == ["1h", "2h"] and [v[2] for v in levels.values()] == ["4h", "8h"], levels


def test_without_a_unit_above_bare_numbers_stay_unread(tmp_path: Path) -> None:
    levels = level_clocks(terms_of(tmp_path, text_lines("Our priorities are set as follows.", *_TABLE)))
    assert all(v[0] is None and v[2] is None for v in levels.values()), levels
