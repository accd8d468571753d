"""A request typed where the vendor keeps them under other names is the ticket channel: an open-source project's
issue tracker (GitHub/Gitee issues, 通过 ISSUE), a support case (支持案例, 支援案例: the "case" of large vendors'
translated pages), a 客服單; a 交流群 is a chat group. A case's priority with no reporting word stays no channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


def _kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], name: str) -> list[str]:
    found = extract_lines(tmp_path, capsys, lines, name)
    return sorted(c["kind"] for c in found["terms"].get("support_channels", []))


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "support.md",
            (
                "## Free support",
                "- You're welcome to [post issues on our GitHub page](https://github.com/acme/tool/issues).",
            ),
            ["ticket"],
        ),
        (
            "support.txt",
            ("Bug reports and feature requests: submit via GitHub Issues using the templates.",),
            ["ticket"],
        ),
        ("支持.md", ("## 支持", "项目问题一般可通过 ISSUE 或者加入官方交流群解决。"), ["chat-group", "ticket"]),
        ("商用.md", ("## 支援", "- 遇到任何 bug，請通過 GitHub 頁面提交 issue。"), ["ticket"]),
        ("support.txt", ("登录控制台，然后从菜单选择 帮助 -> 支持 来打开新的支持案例并查看其状态。",), ["ticket"]),
        ("support.txt", ("优先级 1 事件：24 x 7 通过电话或在线支持案例获得支持。",), ["phone", "ticket"]),
        ("客服.txt", ("在使用服務期間如果遇到問題，可以透過客戶中心的客服單聯絡我們。",), ["ticket"]),
    ],
)
def test_a_tracker_a_case_or_a_service_slip_is_the_ticket_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert _kinds(tmp_path, capsys, lines, name) == kinds


def test_a_case_priority_with_no_reporting_word_is_no_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ("1、支持案例的优先级和严重性", "我们将支持案例分为不同的优先级和严重性级别。")
    assert _kinds(tmp_path, capsys, lines, "priorities.txt") == []
