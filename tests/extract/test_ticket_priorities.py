"""Tickets the support promises run on name the ticket channel (the corpus's decision for zh107, en218, en420): a
ticket named by its priority or severity ("High Priority tickets", "Urgent Ticket Response Time", 工单优先级), tickets
allowed per month, a ticket the vendor receives or accepts. A ticket made by e-mail stays the e-mail's record."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("sla.txt", ("Our goal is to respond to High Priority tickets within thirty minutes.",)),
        ("sla.txt", ("Service levels", "Urgent* Ticket Guaranteed Response Time", "2 hours")),
        ("sla.txt", ("Service is subject to the acceptance (by the vendor) of a valid support ticket.",)),
        ("plan.txt", ("Each user is allowed up to 5 support tickets per month.",)),
        ("优先级.txt", ("工单优先级", "我们的工单优先级分为五个等级，数字越小，问题越紧急。")),
        ("優先級.txt", ("工單優先級", "我們的工單優先級分為三個等級。")),
    ],
)
def test_a_ticket_the_promises_run_on_is_the_ticket_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == ["ticket"]


def test_a_ticket_made_by_email_is_no_ticket_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "All tickets must be reported over email to help@example.com.",
        "High Priority tickets are answered within one hour.",
    )
    assert "ticket" not in channel_kinds(tmp_path, capsys, lines, "sla.txt")


def test_a_priority_without_a_ticket_names_no_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ("High priority issues are answered within one hour.", "支持案例的优先级分为三个等级。")
    assert channel_kinds(tmp_path, capsys, lines, "sla.txt") == []
