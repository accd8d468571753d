"""A level's heading with one list item per plan under it ("Critical Issues" / "- Priority Plan: 15-minute initial
response" / "- Remote Plan: 30-minute initial response during business hours"): each item's time is the level under
that plan (rules/layouts.py, `_LevelHeading`) — in text, DOCX and zh-Hans; items labelled by a kind rather than a
plan stay the level's own times, and plan items with credits rather than times give no level. Own wording, in the
shape of en546.pdf (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_paragraphs, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

_LINES = (
    "We commit to the following maximum response times by severity and plan:",
    "Critical Issues (Office Down)",
    "- Premier Plan: 15-minute initial response, 24/7.",
    "- Remote Plan: 45-minute initial response during business hours.",
    "High Priority (Feature Impaired)",
    "- Premier Plan: 1-hour initial response.",
    "- Remote Plan: 3-hour initial response during business hours.",
)


def _check(terms: dict[str, object]) -> None:
    times = level_times(terms)
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["15m", "45m", "1h", "3h"])
    assert any("Remote Plan" in name for name in times) and len(times) == 4
    clocks = {lv["response"]["within"]: lv["response"]["clock"] for lv in terms["severity_levels"]}  # type: ignore[index]
    assert clocks["3h"] == "business" and clocks["45m"] == "business"


def test_text_level_headings_with_plan_items(tmp_path: Path) -> None:
    _check(terms_of(tmp_path, text_lines(*_LINES)))


def test_docx_level_headings_with_plan_items(tmp_path: Path) -> None:
    _check(extract_file(docx_paragraphs(tmp_path, _LINES))[1].terms)


def test_zh_level_headings_with_package_items(tmp_path: Path) -> None:
    text = text_lines(
        "响应承诺",
        "紧急故障",
        "- 旗舰套餐：15分钟内响应",
        "- 基础套餐：1小时内响应",
        "一般故障",
        "- 旗舰套餐：2小时内响应",
        "- 基础套餐：8小时内响应",
    )
    times = level_times(terms_of(tmp_path, text))
    assert sorted(v[0] for v in times.values() if v[0]) == sorted(["15m", "1h", "2h", "8h"])
    assert len(times) == 4


def test_kind_items_stay_the_levels_own(tmp_path: Path) -> None:
    text = text_lines(
        "Critical Issues",
        "- Response: within 1 hour.",
        "- Resolution: within 4 hours.",
        "High Priority",
        "- Response: within 4 hours.",
        "- Resolution: within 1 business day.",
    )
    times = level_times(terms_of(tmp_path, text))
    assert sorted(times.values()) == sorted([("1h", "4h"), ("4h", "1 business day")])


def test_plan_items_of_credits_give_no_level(tmp_path: Path) -> None:
    text = text_lines(
        "Service credits",
        "Critical Issues",
        "- Premier Plan: 10% credit of the monthly fee.",
        "- Remote Plan: 5% credit of the monthly fee.",
    )
    assert not level_times(terms_of(tmp_path, text))
