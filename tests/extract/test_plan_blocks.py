"""One block per support plan: the plan's name on a heading line (or a line describing "The … package"), then a lead
naming the kind ("Response Time:") and its levels one a line without a bullet ("Tier 1 (High): 4 business hours").
Each item is the level under its plan ("Economy Tier 1 (High)"). Own wording, in the shape of en243.docx."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_each_plan_block_gives_its_own_levels_and_a_description_line_names_the_plan_without_a_heading(
    tmp_path: Path,
) -> None:
    text = text_lines(
        "Maintenance Packages",
        "",
        "Starter",
        "",
        "The entry-level package for small offices.",
        "",
        "Response Time:",
        "",
        "Severity A: 6 business hours",
        "",
        "Severity B: 2 business days",
        "",
        "Resolution Time: Best effort.",
        "",
        "Channels: Email",
        "",
        "The enterprise care package where every minute counts.",
        "",
        "Response Time:",
        "",
        "Severity A: 30 minutes",
        "",
        "Severity B: 3 hours",
        "",
        "Resolution Time:",
        "",
        "Severity A: 5 hours",
        "",
        "Severity B: 1 business day",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Starter Severity A": ("6 business hours", None),
        "Starter Severity B": ("2 business days", None),
        "enterprise care Severity A": ("30m", "5h"),
        "enterprise care Severity B": ("3h", "1 business day"),
    }


def test_chinese_plan_headings_over_unbulleted_items(tmp_path: Path) -> None:
    text = text_lines(
        "基础版",
        "响应时间：",
        "一级故障：4小时",
        "二级故障：8小时",
        "旗舰版",
        "响应时间：",
        "一级故障：30分钟",
        "二级故障：2小时",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "基础版 1级故障": ("4h", None),
        "基础版 2级故障": ("8h", None),
        "旗舰版 1级故障": ("30m", None),
        "旗舰版 2级故障": ("2h", None),
    }
