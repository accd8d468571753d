"""Issue 12 (session 28): one service promise, not several levels. A tender (zh302) promised "同城 4h、异地 12h 响应，两个工作日
解决" — times by where the client is — and restated it for each product it bought; termsmith gave two levels named
after the sentence for each statement, eight in all. A promise's time for a farther place (异地, 郊县, regional areas)
is not a level of its own: the nearer place's time holds; the same response and resolution restated later is the
same level. A lone time restated may be another service's and stays. A bidder's challenge answered within 7 working
days (质疑) and a delivery period (交货期) are the tender's procedure, no service level. The texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_clocks, terms_of


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "售后服务要求：支持同城 4h、异地 12h 响应要求，两个工作日解决问题。",
            {"所有故障": ("4h", None, "2 business days", "business")},
        ),
        ("乙方承诺：市区 2 小时内响应，郊县 4 小时内响应，24 小时内解决。", {"所有故障": ("2h", None, "24h", None)}),
        (
            "The vendor responds within 4 hours in the metropolitan area and within 24 hours in regional areas.",
            {"all issues": ("4h", None, None, None)},
        ),
    ],
)
def test_a_farther_place_is_no_level_of_its_own(
    tmp_path: Path, text: str, levels: dict[str, tuple[str | None, ...]]
) -> None:
    assert level_clocks(terms_of(tmp_path, text + "\n")) == levels


def test_a_promise_restated_for_each_product_is_one_level(tmp_path: Path) -> None:
    text = (
        "数据库：提供技术支持服务，支持同城 4h、异地 12h 响应要求，两个工作日解决问题。\n"
        "操作系统：提供同城 4h、异地 12h 技术响应服务，2 个工作日解决问题。\n"
        "服务器：提供同城 4h、异地 12h 技术响应服务，2 个工作日解决问题，并提供周转设备。\n"
    )
    assert list(level_clocks(terms_of(tmp_path, text)).values()) == [("4h", None, "2 business days", "business")]


def test_a_lone_time_restated_for_another_service_stays(tmp_path: Path) -> None:
    text = (
        "电话支持：提供5*8电话技术支持服务，2小时内响应。\n"
        "紧急支持：提供7*24电话技术支持服务，15分钟内响应。\n"
        "远程支持：提供5*8的远程技术支持服务，2小时内响应。\n"
    )
    assert [lv["response"]["within"] for lv in terms_of(tmp_path, text)["severity_levels"]] == ["2h", "15m", "2h"]


@pytest.mark.parametrize(
    "text",
    [
        "采购人在收到投标人的书面质疑后 7 个工作日内作出答复。",
        "交货期：合同签订之日起 30 天内完成供货、安装和调试。",
    ],
)
def test_a_tenders_own_procedure_is_no_level(tmp_path: Path, text: str) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text + "\n")
