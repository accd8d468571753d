"""Ways listed under a lead naming how the client reports ("The Support Mediums include:", "You report an issue
over established communication tool", 沟通方式) are channels, however bare the items; a support desk's own line or
mailbox named as such ("Support email", "Support phone") is a channel. The same bare items under a lead of another
kind, and an e-mail address in a footer, are none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "support.txt",
            ("The Support Mediums include:", "- Email", "- Telephone", "- Skype"),
            ["chat-group", "email", "phone"],
        ),
        (
            "sla.txt",
            (
                "How does it work?",
                "  • You report an issue over established communication tool",
                "    • Email",
                "    • Slack",
            ),
            ["chat-group", "email"],
        ),
        (
            "escalation.txt",
            ("Escalation Process", "Support email", "24x7 live agent", "Support phone"),
            ["email", "phone"],
        ),
        ("支持.txt", ("沟通方式：", "- 电子邮件", "- 微信群"), ["chat-group", "email"]),
        ("支援.txt", ("溝通方式：", "- 電子郵件", "- LINE群"), ["chat-group", "email"]),
    ],
)
def test_ways_under_a_reporting_lead_are_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_bare_items_under_another_lead_and_a_footer_address_are_no_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (
        "Features included:",
        "- Email",
        "- Telephone",
        "Privacy notice: questions about your data go to privacy@example.com.",
    )
    assert channel_kinds(tmp_path, capsys, lines, "plan.txt") == []
