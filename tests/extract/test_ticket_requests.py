"""A document that says its tickets are made by another way ("All tickets must be reported over email", "Tickets
created by emailing …", "…a phone call, all which will create a support ticket") and names no ticket system uses
"ticket" for the request itself: no ticket channel, wherever else the word stands (`channels._TICKET_MADE_BY`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


def _kinds(tmp_path: Path, text: str) -> list[str]:
    return sorted(c["kind"] for c in terms_of(tmp_path, text).get("support_channels", []))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            text_lines(
                "Contact support by email at help@example.org; all tickets must be reported over email.",
                "Support: if a support ticket is opened after 5 PM, the response starts the next business day.",
            ),
            ["email"],
        ),
        (
            text_lines(
                "Reach support by sending an email or making a phone call to 555-201-3344, both of which create a ticket.",
                "Support tickets raised by customers on weekends are answered on Monday.",
            ),
            ["email", "phone"],
        ),
    ],
)
def test_a_ticket_made_by_email_is_no_channel(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _kinds(tmp_path, text) == kinds


def test_a_ticket_system_stays_a_channel(tmp_path: Path) -> None:
    text = text_lines(
        "Tickets sent to help@example.org are logged in our support portal.",
        "Support: you may also open a ticket in the portal.",
    )
    assert _kinds(tmp_path, text) == ["email", "ticket"]
