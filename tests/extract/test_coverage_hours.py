"""A time that gives the service's hours ("24 Hours Monitoring", "24 hour support", "7x24小时监控") is its
coverage, a clock, never a level's response or resolution (`rules/coverage_hours.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    "text",
    [
        # a card per level, the coverage line where a time line would stand
        text_lines("Response times", "P1", "24 Hours Monitoring", "P2", "4 hours"),
        # a Response column holding a coverage cell
        text_lines("| Priority | Response |", "|---|---|", "| P1 | 24 Hours Monitoring |", "| P2 | 4 hours |"),
        # a labelled list
        text_lines("Response times:", "- P1: 24 hours a day, 7 days a week", "- P2: 4 hours"),
        text_lines("响应时间", "P1: 7x24小时监控", "P2: 4小时"),
    ],
)
def test_coverage_is_no_response(tmp_path: Path, text: str) -> None:
    times = level_times(terms_of(tmp_path, text))
    assert ("24h", None) not in times.values()
    assert times.get("P2") == ("4h", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coverage noun limited by a kind word is a limit
        (text_lines("Response times", "P1", "24 hours support response", "P2", "4 hours"), ("24h", None)),
        (text_lines("响应时间", "P1: 24小时内响应", "P2: 4小时"), ("24h", None)),
    ],
)
def test_a_limited_time_stays_a_limit(tmp_path: Path, text: str, expected: tuple[str, None]) -> None:
    assert level_times(terms_of(tmp_path, text)).get("P1") == expected


def test_coverage_still_gives_the_clock(tmp_path: Path) -> None:
    text = text_lines("一级故障 7*24小时服务 2小时内响应", "二级故障 5*8小时服务 4小时内响应")
    levels = terms_of(tmp_path, text)["severity_levels"]
    assert [(lv["response"]["within"], lv["response"]["clock"]) for lv in levels] == [
        ("2h", "24x7"),
        ("4h", "business"),
    ]
