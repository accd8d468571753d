"""Promises without a level name are grouped into levels named by their sentence's first clause. A client
reads that name in `extract` and `check` reports, so it is the problem the promise is about: no list number
before it, no 对于/針對 that introduces it, no long explanation in brackets, and no bracket cut open half-way."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_times, terms_of


def test_numbered_promises_lose_their_numbers_and_open_brackets(tmp_path: Path) -> None:
    text = (
        "第二条 乙方应按以下要求完成技术服务工作:\n"
        "1.对于简单的问题(故障不影响甲方系统正常使用的情况下),在2个工作日内解决问题。\n"
        "2.对于影响甲方系统正常使用的问题,应在8小时内解决问题。\n"
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "简单的问题": (None, "2 business days"),
        "影响甲方系统正常使用的问题": (None, "8h"),
    }


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        (
            "（一）針對畫面顯示錯誤，於3個工作天內修復。",
            "（二）針對系統停擺，於4小時內修復。",
            ["畫面顯示錯誤", "系統停擺"],
        ),
        ("一、关于页面显示错误，5个工作日内解决。", "二、关于无法登录，12小时内解决。", ["页面显示错误", "无法登录"]),
        (
            "(1) Cosmetic faults: fixed within 5 business days.",
            "(2) Outages: fixed within 6 hours.",
            ["Cosmetic faults", "Outages"],
        ),
    ],
)
def test_ordinals_of_each_script_are_not_part_of_the_name(
    tmp_path: Path, first: str, second: str, names: list[str]
) -> None:
    terms = terms_of(tmp_path, f"{first}\n{second}\n")
    assert [lv["name"] for lv in terms["severity_levels"]] == names


def test_a_short_bracket_closed_within_the_name_stays(tmp_path: Path) -> None:
    text = "1.系统故障（含数据库）,4小时内解决。\n2.咨询类问题,3个工作日内解决。\n"
    assert list(level_times(terms_of(tmp_path, text))) == ["系统故障（含数据库）", "咨询类问题"]


def test_a_bracket_the_name_would_cut_open_is_left_out(tmp_path: Path) -> None:
    text = "1.数据库服务器与应用服务器之间的数据同步故障(含主从切换),4小时内解决。\n2.咨询类问题,3个工作日内解决。\n"
    assert list(level_times(terms_of(tmp_path, text))) == ["数据库服务器与应用服务器之间的数据同步故障", "咨询类问题"]
