"""Support channels named by the rest of each way's vocabulary (`channels._CHANNELS`): a help line or a landline,
electronic mail or a support mailbox, an issue tracker or a service portal, the other chat products and LINE after a
way word — each in a sentence that already says how an issue is reported. A website's contact form and a support
centre (the vendor's team) stay no ticket system."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of


def _kinds(tmp_path: Path, text: str) -> list[str]:
    return sorted(c["kind"] for c in terms_of(tmp_path, text).get("support_channels", []))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Customers may report an issue via the helpline.", "phone"),
        ("Customers may report an issue via our support line.", "phone"),
        ("客户可通过座机报修。", "phone"),
        ("客戶可透過0800專線報修。", "phone"),
        ("Customers may report an issue via electronic mail.", "email"),
        ("客戶可透過服務信箱報修。", "email"),
        ("Customers may report an issue via our issue tracker.", "ticket"),
        ("Customers may report an issue via GitHub Issues.", "ticket"),
        ("客户可通过服务门户报修。", "ticket"),
        ("客户可通过报修小程序报修。", "ticket"),
        ("客戶可透過叫修系統報修。", "ticket"),
        ("Customers may report an issue via Discord.", "chat-group"),
        ("Customers may report an issue via LINE.", "chat-group"),
        ("客戶可透過線上客服報修。", "chat-group"),
        ("客戶可透過Line報修。", "chat-group"),
    ],
)
def test_a_way_named_by_its_other_words_is_read(tmp_path: Path, sentence: str, kind: str) -> None:
    assert _kinds(tmp_path, sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The website includes a contact form, which the client may update by submitting a change.",
        "Upon notice from the client through the Support Center, the vendor shall respond.",
    ],
)
def test_a_contact_form_or_a_support_centre_is_no_ticket_system(tmp_path: Path, sentence: str) -> None:
    assert "ticket" not in _kinds(tmp_path, sentence)
