"""A live chat named alone in a contact table's row ("Support email" / "Live chat" / "24x7 live agent or bot") is the
chat channel (`rules.channels`); a live-chat widget built for the client's site is the work, no channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


def test_live_chat_row_is_a_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["Escalation Process", "Support email", "24x7 ticket acknowledgment", "Live chat", "24x7 live agent or bot"]
    assert set(channel_kinds(tmp_path, capsys, lines)) == {"email", "chat-group"}


def test_live_chat_widget_is_no_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["Scope of work", "We design the pages and install a live chat widget on your website."]
    assert channel_kinds(tmp_path, capsys, lines) == []
