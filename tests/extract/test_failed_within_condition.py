"""A time the negation before it makes a condition ("如果不能在4小时内远程解决,…提供现场支持服务"), on documents of our
own: the level keeps the promise its own clause makes, not the condition's time (level_words.not_a_limit)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import level_times, terms_of, text_lines


def test_a_failed_within_condition_is_no_time_of_the_level_zh_hans(tmp_path: Path) -> None:
    text = text_lines(
        "售后服务承诺",
        "重大故障 | 20分钟内响应,6小时内恢复正常运行。如果不能在6小时内远程解决,24小时内到场。 |",
        "严重故障 | 如果不能在30分钟内远程诊断,2小时内响应,3天内恢复正常运行。 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"重大": ("20m", "6h"), "严重": ("2h", "3 days")}


def test_a_failed_within_condition_is_no_time_of_the_level_zh_hant(tmp_path: Path) -> None:
    text = text_lines(
        "售後服務承諾",
        "緊急故障 | 30分鐘內響應,8小時內恢復正常運行。如果無法於8小時內遠端解決,24小時內到場。 |",
        "嚴重故障 | 如果無法於1小時內遠端診斷,4小時內響應,2天內恢復正常運行。 |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("30m", "8h"), "嚴重": ("4h", "2 days")}
