"""A grid copied one cell a line whose head lines each name a plan before the one kind they hold ("Gold Response
Times" / "Platinum Response Times"), each level on a line of its own and its times on the row below ("P1 Business
critical" / "N/A | Within 1 business hour | Within 1 hour (24×7)"): each time is the level under its column's plan
(rules/level_fallback.py, `_slot_plans`), not only the first — in text, DOCX and zh-Hans; head lines naming the
kinds once each stay one level's kinds. Own wording, in the shape of en533 (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_paragraphs, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

_LINES = (
    "Support plans",
    "Ticket priority |",
    "Gold Response Times |",
    "Platinum Response Times |",
    "P1 Business critical |",
    "Within 2 business hours | Within 1 hour (24×7) |",
    "P2 Degraded service |",
    "Within 4 business hours | Within 2 hours (24×7) |",
    "P3 General issue |",
    "Within 8 business hours | Within 4 business hours |",
)


def _check(terms: dict[str, object]) -> None:
    times = level_times(terms)
    assert len(times) == 6
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(
        ["2 business hours", "1h", "4 business hours", "2h", "8 business hours", "4 business hours"]
    )
    assert any("Platinum" in name for name in times)


def test_text_plan_heads_over_times_rows(tmp_path: Path) -> None:
    _check(terms_of(tmp_path, text_lines(*_LINES)))


def test_docx_plan_heads_over_times_rows(tmp_path: Path) -> None:
    _check(extract_file(docx_paragraphs(tmp_path, _LINES))[1].terms)


def test_zh_package_heads_over_times_rows(tmp_path: Path) -> None:
    text = text_lines(
        "支持套餐",
        "工单优先级 |",
        "标准版响应时间 |",
        "旗舰版响应时间 |",
        "P1 业务中断 |",
        "4 个工作小时 | 1 小时 |",
        "P2 服务降级 |",
        "8 个工作小时 | 4 小时 |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert len(times) == 4
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["4 business hours", "1h", "8 business hours", "4h"])


def test_kinds_named_once_stay_one_levels(tmp_path: Path) -> None:
    text = text_lines(
        "Targets",
        "Response Time |",
        "Resolution Time |",
        "P1 Business critical |",
        "1 hour | 4 hours |",
        "P2 Degraded service |",
        "4 hours | 2 business days |",
    )
    assert sorted(level_times(terms_of(tmp_path, text)).values()) == sorted([("1h", "4h"), ("4h", "2 business days")])


def test_heads_with_a_plan_of_no_times_over_times_rows(tmp_path: Path) -> None:
    """A plan column with no times ("Developer": N/A) keeps the lines from making a table: the block is read line by
    line, each time taking its head's plan."""
    text = text_lines(
        "Support plans",
        "Ticket priority |",
        "Developer |",
        "Gold Response Times |",
        "Platinum Response Times |",
        "P1 Business critical |",
        "N/A | Within 2 business hours | Within 1 hour (24×7) |",
        "P2 Degraded service |",
        "N/A | Within 4 business hours | Within 2 hours (24×7) |",
        "P3 General issue |",
        "Yes | Within 8 business hours | Within 4 business hours |",
    )
    _check(terms_of(tmp_path, text))
