"""The last reading of levels (rules/level_fallback.py) in layouts nobody wrote a reader for, each on a document of
our own: a title naming the kind inside a longer line heads the block, and a level whose label opens a long
paragraph of definition takes the time that closes it."""

from __future__ import annotations

from pathlib import Path

from termsmith.extract.api import extract_file
from tests.extract.extract_support import docx_paragraphs, level_times, terms_of, text_lines

_EN = (
    "Hosting Services",
    "Hosted Platform Operations – Response Time Commitments for Production Tenants",
    "Critical P1: The hosted platform is unavailable to every user of the tenant. No transaction can be completed "
    "and no alternative route exists. Escalation to the duty manager is automatic. 45 Minutes",
    "Serious P2: A core module is failing for a large share of users. Work continues only through a manual "
    "process that the customer cannot sustain for long. 2 Hours",
    "Moderate P3: A feature is degraded for some users, and an acceptable alternative is available to them for "
    "the time being. 1 Business Day",
    "Hosted Platform Operations – Restoration Time Commitments",
    "Critical P1: The hosted platform is unavailable to every user of the tenant. No transaction can be completed "
    "and no alternative route exists. Escalation to the duty manager is automatic. 6 Hours",
)


def test_long_level_paragraphs_closed_by_their_time_under_titles_naming_the_kind(tmp_path: Path) -> None:
    times = level_times(terms_of(tmp_path, text_lines(*_EN)))
    assert list(times.values()) == [("45m", "6h"), ("2h", None), ("1 business day", None)]


def test_long_level_paragraphs_closed_by_their_time_docx(tmp_path: Path) -> None:
    times = level_times(extract_file(docx_paragraphs(tmp_path, _EN, "sla.docx"))[1].terms)
    assert list(times.values()) == [("45m", "6h"), ("2h", None), ("1 business day", None)]


def test_long_level_paragraphs_closed_by_their_time_zh(tmp_path: Path) -> None:
    definition = "业务系统完全中断，所有用户均无法登录或办理任何业务。没有可用的替代方案，需要立即升级处理并通知值班经理和客户方负责人，直至业务恢复正常运行。"
    text = text_lines(
        "运维服务",
        "响应时间",
        f"一级故障：{definition}30分钟",
        f"二级故障：部分功能无法使用，{definition}2小时",
    )
    times = level_times(terms_of(tmp_path, text))
    assert list(times.values()) == [("30m", None), ("2h", None)]


def test_a_description_naming_a_kind_does_not_head_a_block(tmp_path: Path) -> None:
    # "must be resolved" in a level's description is no title: the level keeps its response
    text = text_lines(
        "Response Time",
        "Severity 1 - Critical",
        "The issue requires immediate attention and stops all work.",
        "2 business hours",
        "Severity 2 - Moderate",
        "The issue does not require immediate attention but must be resolved soon",
        "8 business hours",
    )
    times = level_times(terms_of(tmp_path, text))
    assert list(times.values()) == [("2 business hours", None), ("8 business hours", None)]


_CARDS = (
    "Support Tiers",
    "Basic",
    "For internal tools",
    "Priority 1 (site down) response time",
    "8 business hours",
    "Priority 2 (degraded) 2 business days",
    "Premium",
    "For customer-facing sites",
    "Priority 1 (site down) response time",
    "30 minutes",
    "Priority 2 (degraded) 4 hours",
)


def test_plan_cards_repeating_their_levels_are_read_as_one_group_each(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, text_lines(*_CARDS))
    assert [(lv["name"], lv["response"]["within"]) for lv in terms["severity_levels"]] == [
        ("Basic site down", "8 business hours"),
        ("Basic degraded", "2 business days"),
        ("Premium site down", "30m"),
        ("Premium degraded", "4h"),
    ]


def test_plan_cards_repeating_their_levels_docx(tmp_path: Path) -> None:
    times = level_times(extract_file(docx_paragraphs(tmp_path, _CARDS, "plans.docx"))[1].terms)
    assert [response for response, _ in times.values()] == ["8 business hours", "2 business days", "30m", "4h"]


_GRID = (
    "Support plans",
    "Every ticket is given a severity when it is opened.",
    "The table below gives the first response time of each severity in each plan.",
    "Severity Community Team Business",
    "S1 N/A 8 hours 1 hour*",
    "S2 N/A 1 business day 4 hours*",
    "S3 N/A 2 business days 8 hours",
    "* Phone escalation required",
)


def test_a_grid_of_levels_by_plans_flattened_one_row_a_line(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, text_lines(*_GRID))
    assert [(lv["name"], lv["response"]["within"]) for lv in terms["severity_levels"]] == [
        ("S1 (Team)", "8h"),
        ("S1 (Business)", "1h"),
        ("S2 (Team)", "1 business day"),
        ("S2 (Business)", "4h"),
        ("S3 (Team)", "2 business days"),
        ("S3 (Business)", "8h"),
    ]


def test_a_grid_of_levels_by_plans_flattened_docx(tmp_path: Path) -> None:
    times = level_times(extract_file(docx_paragraphs(tmp_path, _GRID, "plans.docx"))[1].terms)
    assert [response for response, _ in times.values()] == ["8h", "1h", "1 business day", "4h", "2 business days", "8h"]


def test_a_grid_of_levels_by_plans_flattened_zh(tmp_path: Path) -> None:
    text = text_lines(
        "支持计划",
        "下表列出各支持计划中每个优先级的首次响应时间。",
        "优先级 基础版 专业版 企业版",
        "P1 不提供 4小时 30分钟",
        "P2 不提供 8小时 2小时",
    )
    times = level_times(terms_of(tmp_path, text))
    assert [response for response, _ in times.values()] == ["4h", "30m", "8h", "2h"]


def test_a_row_whose_cells_do_not_count_out_to_the_header_is_left_alone(tmp_path: Path) -> None:
    text = text_lines(
        "The table below gives the first response time of each severity in each plan.",
        "Severity Team Business",
        "S1 within 8 hours or sooner 1 hour",
        "S2 8 hours 4 hours",
        "S3 1 business day 8 hours",
    )
    assert list(level_times(terms_of(tmp_path, text))) == ["S2 (Team)", "S2 (Business)", "S3 (Team)", "S3 (Business)"]
