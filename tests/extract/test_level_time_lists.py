"""A kind's label, then each level and its time in one run ("解决时限:紧急2小时/一般8小时", "回應時限:緊急2小時、
一般8小時", "Response times: Critical 1 hour / High 4 hours"), extract36's layout closure, read back through
`extract_file` on texts of our own: a Chinese level name right before its time is a name, and a list's comma or a
slash between one level's time and the next level cuts the clause; a slash between two levels cuts nothing."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_slash_list_zh_hans(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "解决时限:紧急2小时/一般8小时。")
    assert level_times(terms_of(tmp_path, text)) == {"紧急": (None, "2h"), "一般": (None, "8h")}


def test_enumeration_comma_list_zh_hant(tmp_path: Path) -> None:
    text = text_lines("服務承諾", "回應時限:緊急2小時、一般8小時。")
    assert level_times(terms_of(tmp_path, text)) == {"緊急": ("2h", None), "一般": ("8h", None)}


def test_slash_list_en(tmp_path: Path) -> None:
    text = text_lines("Support terms", "Response times: Critical 1 hour / High 4 hours / Low 2 days.")
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical": ("1h", None),
        "High": ("4h", None),
        "Low": ("2 days", None),
    }


def test_a_slash_between_two_levels_cuts_nothing(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "P1/P2:2 小时内响应。", "P3/P4:8-24 小时内响应。")
    assert level_times(terms_of(tmp_path, text)) == {
        "P1": ("2h", None),
        "P2": ("2h", None),
        "P3": ("8h", None),
        "P4": ("24h", None),
    }
