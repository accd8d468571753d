"""A level's two labelled values on one line, apart by a slash ("P1 - Response: 1 hour / Resolution: 4 hours",
"紧急 - 响应:1小时 / 解决:4小时"), extract36's layout closure, read back through `extract_file` on texts of our
own: the kind word after a time opens the next value's label, so each time takes its own label's kind."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_slash_between_labelled_values(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "P1 - Response: 1 hour / Resolution: 4 hours",
        "P2 - Response: 4 hours / Resolution: 2 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("1h", "4h"), "P2": ("4h", "2 days")}


def test_slash_between_labelled_values_zh(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "紧急 - 响应:1小时 / 解决:4小时", "一般 - 响应:4小时 / 解决:2天")
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("1h", "4h"), "一般": ("4h", "2 days")}


def test_a_kind_word_after_a_time_without_a_label_still_names_it(tmp_path: Path) -> None:
    text = text_lines("服务承诺", "紧急故障:2小时内响应,8小时内解决。", "一般故障:8小时内响应,3天内解决。")
    assert level_times(terms_of(tmp_path, text)) == {"紧急": ("2h", "8h"), "一般": ("8h", "3 days")}
