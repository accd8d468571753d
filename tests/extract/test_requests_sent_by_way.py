"""Requests sent to the vendor by a way name that way as a support channel (`rules.channels`): "Requests should be sent
through support@… or through our live chat", "Support needs will be emailed to …", "a problem communicated to us on our
issue management system"; tickets the client can only view are no ticket channel, and an address in a footer or a
privacy notice is no channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds, text_lines


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            text_lines(
                "Support procedure",
                "Requests should be sent through help@example.com or through our live chat, available in the admin.",
            ),
            {"email", "chat-group"},
        ),
        (
            text_lines(
                "Support needs will be emailed to our helpdesk address, tickets will also be available to view "
                "from our website."
            ),
            {"email"},
        ),
        (
            text_lines(
                "Maintenance Plans. We respond within two hours to an urgent problem communicated to us on our issue "
                "management system or a support inbox created for your organisation."
            ),
            {"ticket", "email"},
        ),
        (text_lines("售后服务", "故障问题请发送至 support@example.cn,我们将在4小时内答复。"), {"email"}),
    ],
)
def test_requests_sent_by_a_way(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, kinds: set[str]) -> None:
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == kinds


@pytest.mark.parametrize(
    "text",
    [
        # an address in a privacy notice or a footer names no way to get support
        text_lines("Privacy questions about your personal data can be addressed to privacy officer at our office."),
        text_lines("Questions about this privacy notice may be sent to privacy@example.com."),
        text_lines("Questions about invoices should be directed to accounts@example.com."),
        text_lines("© 2024 Example Ltd. All rights reserved. info@example.com"),
        # the client's own staff working remotely is no remote support
        text_lines("Your staff may use the software for remote work from home."),
    ],
)
def test_no_channel_without_a_request_sent(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == set()
