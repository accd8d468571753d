"""A level's times given per support plan, the second axis beside severity, read back through `extract_file` (the API
under every front end). Texts of our own (extract28, session 11).

One value naming a plan beside each time ("Sev-1: 1 hour (Premium), 4 hours (Standard)", "Critical: Premium 30m
response/4h restore; Standard 2h/12h") gives a level per (severity, plan), named "Sev-1 (Premium)" as plan columns
name theirs; before, a severity-only reader kept none or one time per severity and kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

LAYOUTS = {
    "plan in brackets after each time, under a response heading": (
        text_lines(
            "## Response Times",
            "",
            "- **Sev-1:** 1 hour (Premium), 4 hours (Standard)",
            "- **Sev-2:** 4 hours (Premium), 2 business days (Standard)",
        ),
        {
            "Sev-1 (Premium)": ("1h", None),
            "Sev-1 (Standard)": ("4h", None),
            "Sev-2 (Premium)": ("4h", None),
            "Sev-2 (Standard)": ("2 business days", None),
        },
    ),
    "plan before its pair of times, kinds named once and lent to the next item": (
        text_lines(
            "## Escalation",
            "- Critical: Gold 30m response/4h restore; Silver 2h/12h; Bronze best-effort.",
            "- High: Gold 1h/24h; Silver 4h/48h; Bronze best-effort.",
        ),
        {
            "Critical (Gold)": ("30m", "4h"),
            "Critical (Silver)": ("2h", "12h"),
            "High (Gold)": ("1h", "24h"),
            "High (Silver)": ("4h", "48h"),
        },
    ),
    "zh-Hans, a plan word before each plan's times": (
        text_lines(
            "三、故障响应",
            "- 一级故障：金牌服务 30分钟响应，4小时解决；银牌服务 2小时响应，8小时解决",
            "- 二级故障：金牌服务 2小时响应，1个工作日解决；银牌服务 4小时响应，3个工作日解决",
        ),
        {
            "1级故障 (金牌服务)": ("30m", "4h"),
            "1级故障 (银牌服务)": ("2h", "8h"),
            "2级故障 (金牌服务)": ("2h", "1 business day"),
            "2级故障 (银牌服务)": ("4h", "3 business days"),
        },
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_time_per_plan_gives_a_level_per_severity_and_plan(tmp_path: Path, layout: str) -> None:
    text, expected = LAYOUTS[layout]
    assert level_times(terms_of(tmp_path, text, "doc.md")) == expected


def test_a_plan_level_quotes_its_item_and_takes_its_own_part_s_clock(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(
        text_lines(
            "## Response Times",
            "- Sev-1: 1 hour (Premium), 4 hours (Standard)",
            "- Sev-2: 2 hours (Premium), 8 business hours (Standard)",
        ),
        encoding="utf-8",
    )
    result = extract_file(path)[1]
    levels = result.terms["severity_levels"]
    assert [(lv["name"], lv["response"]["clock"]) for lv in levels] == [
        ("Sev-1 (Premium)", None),
        ("Sev-1 (Standard)", None),
        ("Sev-2 (Premium)", None),
        ("Sev-2 (Standard)", "business"),
    ]
    assert (
        result.evidence["severity_levels[3].response"].quote
        == "- Sev-2: 2 hours (Premium), 8 business hours (Standard)"
    )


@pytest.mark.parametrize(
    "item",
    [
        "- Sev-1: 1 hour (24/7), 4 hours (business hours)",  # brackets naming a clock are no plans
        "- Sev-1: 1 hour (initial), 4 hours (target)",  # nor words saying what the time is
    ],
)
def test_brackets_that_name_no_plan_make_no_plan_levels(tmp_path: Path, item: str) -> None:
    text = text_lines("## Response Times", item, "- Sev-2: 4 hours (24/7), 8 hours (business hours)")
    names = list(level_times(terms_of(tmp_path, text, "doc.md")))
    assert not any("(" in name for name in names), names


def test_times_per_plan_under_a_label_that_is_no_level_make_no_plan_levels(tmp_path: Path) -> None:
    text = text_lines(
        "## Response Times",
        "- Onboarding time: 6 hours (Standard), 12 hours (Premium)",
        "- Maximum session: 2 hours (Standard), 4 hours (Premium)",
    )
    names = list(level_times(terms_of(tmp_path, text, "doc.md")))
    assert not any("Standard" in name or "Premium" in name for name in names), names


def _plan_section(plan: str, rows: tuple[str, ...]) -> tuple[str, ...]:
    return (
        f"## {plan}",
        "",
        "### Support Response Times",
        "",
        "| Priority | Initial Response | Resolution Target |",
        "|---|---|---|",
        *rows,
        "",
    )


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_a_plan_s_section_heading_over_its_own_severity_table_names_that_table_s_levels(
    tmp_path: Path, name: str
) -> None:
    text = text_lines(
        *_plan_section("Enterprise Tier", ("| P1 | 1 hour | 8 hours |", "| P2 | 4 hours | 48 hours |")),
        *_plan_section("Professional Tier", ("| P1 | 4 hours | 24 hours |", "| P2 | 8 hours | 72 hours |")),
        *_plan_section("Starter Tier", ("| P1 | 8 hours | 48 hours |", "| P2 | 24 hours | 1 week |")),
    )
    assert level_times(terms_of(tmp_path, text, name)) == {
        "P1": ("1h", "8h"),
        "P2": ("4h", "48h"),
        "P1 (Professional Tier)": ("4h", "24h"),
        "P2 (Professional Tier)": ("8h", "72h"),
        "P1 (Starter Tier)": ("8h", "48h"),
        "P2 (Starter Tier)": ("24h", "1 week"),
    }


@pytest.mark.parametrize("column", ["Plan", "Tier"])
def test_a_table_whose_rows_are_plans_gives_a_level_per_plan(tmp_path: Path, column: str) -> None:
    text = text_lines(
        f"| {column} | Channel | Response Time |",
        "|------|---------|--------------|",
        "| Free | Community forum only | Best effort |",
        "| Pro | Email | 2 business days |",
        "| Business | Email + Chat | 8 business hours |",
    )
    assert level_times(terms_of(tmp_path, text, "doc.md")) == {
        "Pro": ("2 business days", None),
        "Business": ("8 business hours", None),
    }


def test_a_table_cell_giving_times_per_plan_or_per_severity_gives_a_level_each(tmp_path: Path) -> None:
    by_severity = text_lines(
        "| Severity | Response Time |",
        "|---|---|",
        "| Sev-1 | 1 hour (Premium), 4 hours (Standard) |",
        "| Sev-2 | 4 hours (Premium), 2 business days (Standard) |",
    )
    assert level_times(terms_of(tmp_path, by_severity, "doc.md")) == {
        "Sev-1": ("1h", None),
        "Sev-1 (Standard)": ("4h", None),
        "Sev-2": ("4h", None),
        "Sev-2 (Standard)": ("2 business days", None),
    }
    by_plan = text_lines(
        "| Plan | Channel | Response Time |",
        "|---|---|---|",
        "| Pro | Email | 2 business days |",
        "| Enterprise | Phone | 1 hour (critical), 4 hours (high) |",
    )
    assert level_times(terms_of(tmp_path, by_plan, "doc.md")) == {
        "Pro": ("2 business days", None),
        "critical (Enterprise)": ("1h", None),
        "high (Enterprise)": ("4h", None),
    }


def test_a_chinese_phrase_before_a_time_is_no_plan_unless_it_ends_in_a_plan_word(tmp_path: Path) -> None:
    text = text_lines(
        "| 级别 | 响应时间 |",
        "|---|---|",
        "| 一级 | 能够在 30 分钟内得到答复,随后4小时内解决问题 |",
        "| 二级 | 能够在 2 小时内得到答复,随后1天内解决问题 |",
    )
    assert level_times(terms_of(tmp_path, text, "doc.md")) == {"1级": ("30m", "4h"), "2级": ("2h", "1 day")}
