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


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Support is available by live chat.", "chat-group"),
        ("Support is available by WhatsApp.", "chat-group"),
        ("Incidents are raised through our customer portal.", "ticket"),
        ("Support is available by remote session.", "remote"),
    ],
)
def test_support_given_by_a_way_after_by_or_through(tmp_path: Path, sentence: str, kind: str) -> None:
    assert _kinds(tmp_path, sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The app lets your customers book appointments through WhatsApp.",
        "Questions about this privacy policy may be sent through email to privacy@example.com.",
        "The vendor will migrate the site through a remote session scheduled with the client.",
    ],
)
def test_a_way_after_through_with_no_support_word_is_no_channel(tmp_path: Path, sentence: str) -> None:
    assert _kinds(tmp_path, sentence) == []


def test_business_customers_are_no_sales_desk(tmp_path: Path) -> None:
    """商務客戶 (business customers) reaching support by phone or portal is no sales contact line."""
    text = "商務客戶可以透過電話或支援入口網站聯絡我們的技術支援團隊。\n"
    assert _kinds(tmp_path, text) == ["phone", "ticket"]


def test_a_web_form_in_hong_kong_words(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "技術支援請求可透過網站上的網絡表格提交。\n") == ["ticket"]


def test_a_sales_contact_stays_no_channel(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "商務聯絡電話:02-2345-6789。\n") == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Customers may report an issue via screen sharing.", "remote"),
        ("客户可通过屏幕共享获得远程支持。", "remote"),
        ("客户报修后,我们派遣工程师上门处理。", "on-site"),
        ("Customers may report an issue via IRC.", "chat-group"),
        ("客户可通过即时聊天报修。", "chat-group"),
    ],
)
def test_a_session_a_visit_or_a_chat_by_its_other_names(tmp_path: Path, sentence: str, kind: str) -> None:
    assert _kinds(tmp_path, sentence) == [kind]


def test_a_product_feature_named_screen_sharing_is_no_channel(tmp_path: Path) -> None:
    assert _kinds(tmp_path, "Our app supports screen sharing for your staff.\n") == []


# session 28: remote support named by how it is given (batch 91's en835, en837, en838), and what is no way to reach
# support (watching the systems, the vendor's own deployment)
@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Remote log in support is available on weekdays.", ["remote"]),
        ("Remote log in support is charged at $2.20 per minute.", []),  # a priced way is a paid service
        ("Technician Assisted Emergency Remote Help Service", ["remote"]),
        ("Your technician may request remote access to your system.", ["remote"]),
        ("We offer remote monitoring of your servers.", []),
    ],
)
def test_remote_support_named_by_how(tmp_path: Path, sentence: str, kinds: list[str]) -> None:
    assert _kinds(tmp_path, sentence + "\n") == kinds


def test_a_way_named_in_quotes(tmp_path: Path) -> None:
    """Batch 93's en855: the way's name in quotes ('made through the “Tickets” page') still names it."""
    text = "A staff member will respond to any support request made through the “Tickets” page within 7 hours.\n"
    assert _kinds(tmp_path, text) == ["ticket"]
