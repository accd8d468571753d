"""A range whose two ends each carry a unit ("1 Hour – 4 Hours", "30 minutes to 2 hours", "2小时至4小时") is one
time at its upper end, as "1-4 hours" is (the lead's range decision), with the lower end beside it; it used to be two
times, and a table cell holding it was read as no time at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.extract.values import compact, durations
from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "upper", "lower"),
    [
        ("1 Hour – 4 Hours", "4h", "1h"),
        ("30 minutes to 2 hours", "2h", "30m"),
        ("2小时至4小时", "4h", "2h"),
        ("2小時到4小時", "4h", "2h"),
        ("1 business day - 3 business days", "3 business days", "1 business day"),
    ],
)
def test_a_range_with_a_unit_at_each_end_is_one_time(text: str, upper: str, lower: str) -> None:
    found = durations(text)
    assert len(found) == 1
    assert compact(found[0].duration) == upper
    assert found[0].lower is not None and compact(found[0].lower) == lower


def test_two_times_in_a_sentence_stay_two() -> None:
    assert [compact(d.duration) for d in durations("respond within 1 hour and resolve within 4 hours")] == ["1h", "4h"]


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "| Priority | Response Time | Definition |",
            ["| 1 Critical | 0-30 mins | System down |", "| 3 Medium | 1 Hour – 4 Hours | One user affected |"],
        ),
        (
            "| 级别 | 响应时间 | 说明 |",
            ["| 紧急 | 30分钟 | 系统停机 |", "| 一般 | 2小时至4小时 | 单个用户受影响 |"],
        ),
        (
            "| 級別 | 響應時間 | 說明 |",
            ["| 緊急 | 30分鐘 | 系統停機 |", "| 一般 | 2小時至4小時 | 單一用戶受影響 |"],
        ),
    ],
)
def test_a_cell_holding_such_a_range_gives_its_upper_end(tmp_path: Path, header: str, rows: list[str]) -> None:
    times = level_times(terms_of(tmp_path, text_lines(header, "|---|---|---|", *rows)))
    responses = sorted(r for r, _ in times.values() if r)
    assert responses == ["30m", "4h"]
