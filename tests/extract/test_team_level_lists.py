"""Level lists per team or plan, one list of times stated once for every team: a heading naming the kind over a
dashed list ("Time to First Contact" / "• P1 – 2 business hours"), then a title naming the other kind over one such
list per team heading. Each team's level takes its own list's time and the shared list's ("Desktop Support P1").
Own wording, in the shape of en228."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_a_list_stated_once_holds_for_the_level_under_every_team(tmp_path: Path) -> None:
    text = text_lines(
        "Campus Help Desk Targets",
        "Time to First Contact",
        "• P1 – 1 business hour",
        "• P2 – 6 business hours",
        "Estimated Time to Resolution (differs per support group)",
        "Desktop Support",
        "• P1 – 8 business hours",
        "• P2 – 24 business hours",
        "Data Center",
        "• P1 – 2 business hours",
        "• P2 – 12 business hours",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Desktop Support P1": ("1 business hour", "8 business hours"),
        "Data Center P1": ("1 business hour", "2 business hours"),
        "Desktop Support P2": ("6 business hours", "24 business hours"),
        "Data Center P2": ("6 business hours", "12 business hours"),
    }


def test_chinese_team_lists_with_dashes(tmp_path: Path) -> None:
    text = text_lines(
        "响应时间",
        "• 一级 — 30分钟",
        "• 二级 — 2小时",
        "修复时间（按团队）",
        "基础版",
        "• 一级 — 8小时",
        "• 二级 — 2天",
        "旗舰版",
        "• 一级 — 4小时",
        "• 二级 — 1天",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "基础版 1级": ("30m", "8h"),
        "旗舰版 1级": ("30m", "4h"),
        "基础版 2级": ("2h", "2 days"),
        "旗舰版 2级": ("2h", "1 day"),
    }
