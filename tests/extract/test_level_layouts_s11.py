"""The same levels written in eight layouts, in zh-Hans, zh-Hant and English, read back through `extract_file` (the
API under every front end). Texts of our own (extract27, session 11).

Session 11 asked whether the level times fail on never-seen documents because each level reader handles one layout
(a pipe table, a row flattened into one paragraph, a list item, prose, a heading with bullets, a table copied a cell a
line). These pin that every one of those layouts is read today, whichever reader takes it, with the clock each time
states: the misses of the never-seen batches lie elsewhere (levels per plan and severity, clocks stated away from
the times; see /work/notes/extract27-s11.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

LAYOUTS = {
    "pipe table, zh-Hant": (
        "doc.md",
        text_lines(
            "| 等級 | 回應時間 | 修復時間 |",
            "|---|---|---|",
            "| 緊急 | 30分鐘 | 4小時 |",
            "| 一般 | 2小時 | 2個工作日 |",
        ),
        {"緊急": ("30m", "4h"), "一般": ("2h", "2 business days")},
    ),
    "pipe table with both times in one cell, zh-Hans": (
        "doc.md",
        text_lines(
            "| 级别 | 说明 | 时限 |",
            "|---|---|---|",
            "| 一级 | 系统瘫痪 | 30分钟响应，4小时解决 |",
            "| 二级 | 部分功能不可用 | 2小时响应，1个工作日解决 |",
        ),
        {"1级": ("30m", "4h"), "2级": ("2h", "1 business day")},
    ),
    "list items, zh-Hans": (
        "doc.txt",
        text_lines(
            "三、故障响应",
            "一级故障：1小时内响应，4小时内解决；",
            "二级故障：2小时内响应，1个工作日内解决；",
            "三级故障：4个工作小时内响应，3个工作日内解决。",
        ),
        {"1级": ("1h", "4h"), "2级": ("2h", "1 business day"), "3级": ("4 business hours", "3 business days")},
    ),
    "heading and bullets, zh-Hant": (
        "doc.txt",
        text_lines(
            "二、維護等級",
            "優先順序 1",
            "- 回應：1小時",
            "- 修復：4小時",
            "優先順序 2",
            "- 回應：4小時",
            "- 修復：2個工作日",
        ),
        {"優先順序 1": ("1h", "4h"), "優先順序 2": ("4h", "2 business days")},
    ),
    "heading and bullets, English": (
        "doc.txt",
        text_lines(
            "Support levels",
            "Sev 1",
            "- Response: 30 minutes",
            "- Resolution: 4 hours",
            "Sev 2",
            "- Response: 2 hours",
            "- Resolution: 1 business day",
        ),
        {"Sev 1": ("30m", "4h"), "Sev 2": ("2h", "1 business day")},
    ),
    "a table copied a cell a line, English": (
        "doc.txt",
        text_lines(
            "Urgency level",
            "Expected Initial Response Time",
            "Typical Resolution Time",
            "Urgent",
            "Within 1 hour",
            "Within 4 hours",
            "Low",
            "Within 1 business day",
            "Within 5 business days",
        ),
        {"Urgent": ("1h", "4h"), "Low": ("1 business day", "5 business days")},
    ),
    "a table flattened into one paragraph, English": (
        "doc.txt",
        text_lines(
            "Severity Response Resolution P1 1 hour, 4 hours P2 4 hours, 1 business day "
            "P3 1 business day, 5 business days"
        ),
        {"P1": ("1h", "4h"), "P2": ("4h", "1 business day"), "P3": ("1 business day", "5 business days")},
    ),
    "prose, English": (
        "doc.txt",
        text_lines(
            "Severity. Sev 1 issues are acknowledged within 15 minutes and fixed within 4 hours, while Sev 2 issues "
            "are acknowledged within 1 hour and fixed within 2 business days."
        ),
        {"Sev 1": ("15m", "4h"), "Sev 2": ("1h", "2 business days")},
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_levels_read_whatever_the_layout(tmp_path: Path, layout: str) -> None:
    name, text, expected = LAYOUTS[layout]
    assert level_times(terms_of(tmp_path, text, name)) == expected


def test_a_time_in_business_units_carries_the_business_clock_in_any_layout(tmp_path: Path) -> None:
    # the clock is the time's own ("1 business day", "4个工作小时"), not the layout's
    for layout in ("list items, zh-Hans", "a table flattened into one paragraph, English"):
        name, text, _ = LAYOUTS[layout]
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        levels = extract_file(path)[1].terms["severity_levels"]
        clocks = {lv["name"]: (lv["response"]["clock"], lv["resolution"]["clock"]) for lv in levels}
        assert clocks[levels[0]["name"]] == (None, None)  # "1 hour" / "1小时": the document names no clock
        assert clocks[levels[-1]["name"]] == ("business", "business")


def test_each_level_quotes_the_line_it_was_read_from(tmp_path: Path) -> None:
    name, text, _ = LAYOUTS["heading and bullets, zh-Hant"]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    evidence = extract_file(path)[1].evidence
    assert evidence["severity_levels[0].response"].quote == "- 回應：1小時"
    assert evidence["severity_levels[1].resolution"].quote == "- 修復：2個工作日"


def test_a_level_named_with_its_noun_then_its_id_in_brackets_is_one_level(tmp_path: Path) -> None:
    # "重大事件(P1)": the id after the noun the level word qualifies names the same level, not a second one
    hans = terms_of(
        tmp_path,
        text_lines(
            "售后服务响应时间", "重大事件(P1)10分钟内响应，4小时内解决。", "一般事件(P3)2小时内响应，24小时内解决。"
        ),
    )
    assert [
        (lv["name"], lv.get("id"), lv["response"]["within"], lv["resolution"]["within"])
        for lv in hans["severity_levels"]
    ] == [
        ("重大", "P1", "10m", "4h"),
        ("一般", "P3", "2h", "24h"),
    ]
    hant = terms_of(tmp_path, text_lines("服務回應時間", "緊急故障（P1）30分鐘內回應，8小時內修復。"), "tw.txt")
    assert [(lv["name"], lv.get("id")) for lv in hant["severity_levels"]] == [("緊急", "P1")]
    assert hant["severity_levels"][0]["resolution"]["within"] == "8h"
