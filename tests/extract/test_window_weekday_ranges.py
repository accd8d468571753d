"""Issue 12 (session 27): a support window of any weekdays short of the whole week ("Monday to Thursday",
"Sunday–Thursday", 周一至周四) puts the level times that state no clock on the business clock, as Monday to Friday
did (the corpus README's clock decision, point 1; en746's window is Monday to Thursday)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_clocks, terms_of, text_lines


@pytest.mark.parametrize(
    "window",
    [
        "Support hours: Monday to Thursday, 9 AM to 5 PM.",
        "Our help desk is open Sunday – Thursday.",
        "Support is available Tue-Sat.",
    ],
)
def test_a_short_week_is_a_window(tmp_path: Path, window: str) -> None:
    text = text_lines(window, "Critical issues: we respond within 4 hours.")
    assert level_clocks(terms_of(tmp_path, text)) == {"Critical": ("4h", "business", None, None)}


def test_a_short_week_in_chinese(tmp_path: Path) -> None:
    text = text_lines("服务时间：周一至周四。", "紧急故障：4小时内响应。")
    assert level_clocks(terms_of(tmp_path, text)) == {"紧急": ("4h", "business", None, None)}


def test_the_whole_week_named_by_its_days_is_no_window(tmp_path: Path) -> None:
    text = text_lines("We answer Monday to Sunday.", "Critical issues: we respond within 4 hours.")
    assert level_clocks(terms_of(tmp_path, text)) == {"Critical": ("4h", None, None, None)}
