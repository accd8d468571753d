"""A web list whose bullets stand on lines of their own ("-" / "Live Chat: Instantaneous response") labels its items
by their ways as a bulleted list does (`rules.channels`); the same list under a billing line names no support way."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import terms_of, text_lines


def _kinds(tmp_path: Path, text: str) -> set[str]:
    return {c["kind"] for c in terms_of(tmp_path, text).get("support_channels", [])}


def test_lone_bullets_label_their_ways(tmp_path: Path) -> None:
    text = text_lines(
        "General Response Time Expectations",
        "Here are the typical response guidelines:",
        "-",
        "Live Chat: Instantaneous response (within 1-2 minutes).",
        "-",
        "Phone: answered during business hours.",
    )
    assert _kinds(tmp_path, text) == {"chat-group", "phone"}


def test_lone_bullets_under_billing_name_no_way(tmp_path: Path) -> None:
    text = text_lines("Billing contacts", "-", "Email: invoices are sent monthly.", "-", "Phone: accounts team.")
    assert _kinds(tmp_path, text) == set()
