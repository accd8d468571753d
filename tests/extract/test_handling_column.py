"""A 处理时间 / 處理時限 column (handling time) beside a response column and no resolution column is the resolution
(extract36); beside a 解决时间 column it is a stage between and no kind. Read back through `extract_file` on
tables of our own."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_handling_column_is_the_resolution_zh_hans(tmp_path: Path) -> None:
    text = text_lines(
        "| 级别 | 响应时间 | 处理时间 |", "|---|---|---|", "| 紧急 | 30分钟 | 8小时 |", "| 一般 | 2小时 | 3天 |"
    )
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("30m", "8h"), "一般": ("2h", "3 days")}


def test_handling_column_is_the_resolution_zh_hant(tmp_path: Path) -> None:
    text = text_lines(
        "| 等級 | 回應時間 | 處理時限 |", "|---|---|---|", "| 緊急 | 30分鐘 | 8小時 |", "| 一般 | 2小時 | 3天 |"
    )
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("30m", "8h"), "一般": ("2h", "3 days")}


def test_handling_beside_a_resolution_column_is_no_kind(tmp_path: Path) -> None:
    text = text_lines(
        "| 级别 | 响应时间 | 处理时间 | 解决时间 |",
        "|---|---|---|---|",
        "| 紧急 | 30分钟 | 2小时 | 8小时 |",
        "| 一般 | 2小时 | 8小时 | 3天 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("30m", "8h"), "一般": ("2h", "3 days")}
