"""Session 24 (issue 12, extract24C): channels named by how the client or the vendor works, in our own texts.

- a remote response named by its way and staff sent on site ("Remote response within 1 hour, technician on site
  within 8 hours", 远程响应 / 遠端響應): the way is offered; its time is a level's promise besides (an on-site
  "response" stays an arrival);
- a ticket raised in any form of the verb ("When raising a ticket, …", "submitting a support ticket");
- support reached "telephonically".

Guards: a way with a price, the vendor's remote monitoring, a ticket the client only views.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "sla.txt",
            ("Critical: Remote response within 1 hour, technician on site within 8 hours.",),
            ["on-site", "remote"],
        ),
        # an on-site "response" is an arrival, no channel (session 9's reading)
        ("sla2.txt", ("Support levels", "P1: on-site response within 4 hours"), []),
        ("服务.txt", ("一级故障：现场响应4小时，远程响应30分钟。",), ["remote"]),
        ("服務.txt", ("一級故障：現場響應4小時，遠端響應30分鐘。",), ["remote"]),
        ("tickets.txt", ("When raising a ticket, choose the priority that fits the issue.",), ["ticket"]),
        (
            "logged.txt",
            ("All support requests must be logged by email to help@example.com or telephonically.",),
            ["email", "phone"],
        ),
    ],
)
def test_ways_offered_are_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_priced_monitored_or_viewed_ways_are_no_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "On-site visits are chargeable at $120 per hour, dispatched within 1 business day.",
        "We monitor your servers with a remote agent.",
        "You can view your tickets in the customer area.",
    )
    assert channel_kinds(tmp_path, capsys, lines, "plan.txt") == []


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        # a way named with 支持 / 支援 ("ServiceDesk 工单支持"), a chat product's 频道 ("专用的 Slack/Discord 频道支持")
        (
            "支持.txt",
            ("服务内容", "* ServiceDesk 工单支持。", "* 专用的 Slack/Discord 频道支持。"),
            ["chat-group", "ticket"],
        ),
        ("支援.txt", ("服務內容", "* ServiceDesk 工單支援。", "* 專用的 Slack 頻道支援。"), ["chat-group", "ticket"]),
    ],
)
def test_ways_named_with_support_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_a_way_not_offered_in_chinese_is_no_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert channel_kinds(tmp_path, capsys, ("本服务不提供工单支持。",), "无.txt") == []


def test_a_community_channel_is_no_support_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert channel_kinds(tmp_path, capsys, ("获取帮助", "- Databend 社区 Slack 频道"), "社区.txt") == []
    assert channel_kinds(tmp_path, capsys, ("取得協助", "- 使用者社區 Discord 頻道"), "社區.txt") == []
