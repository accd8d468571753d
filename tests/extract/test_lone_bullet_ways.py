"""A web list whose bullets stand on lines of their own ("-" / "Live Chat: Instantaneous response") labels its items
by their ways as a bulleted list does (`rules.channels`); the same list under a billing line names no support way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds, text_lines


def test_lone_bullets_label_their_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = text_lines(
        "General Response Time Expectations",
        "Here are the typical response guidelines:",
        "-",
        "Live Chat: Instantaneous response (within 1-2 minutes).",
        "-",
        "Phone: answered during business hours.",
    )
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == {"chat-group", "phone"}


def test_lone_bullets_under_billing_name_no_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = text_lines("Billing contacts", "-", "Email: invoices are sent monthly.", "-", "Phone: accounts team.")
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == set()
