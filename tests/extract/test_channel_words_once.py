"""Support channels worded once in a sentence: a way's words inside an e-mail address name no other way
("support@portalnetworks.ca" is the mailbox, not a portal); a ticket or case opened by writing or calling is the
e-mail or the phone, the ticket only its record."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "support.txt",
            ("How to reach us: write to support@portalnetworks.ca or call 519-804-1234.",),
            ["email", "phone"],
        ),
        ("ticketsoft.txt", ("Support is available via e-mail at help@ticketsoft.io.",), ["email"]),
        ("支持.txt", ("技术支持邮箱：service@wechatdesk.cn，工作日9:00-18:00。",), ["email"]),
        ("支援.txt", ("技術支援信箱：help@portaldesk.com.tw，週一至週五。",), ["email"]),
    ],
)
def test_an_addresss_words_name_no_other_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_a_portal_named_beside_a_mailbox_stays_a_ticket_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ("Report issues through our support portal or by e-mail to help@example.com.",)
    assert channel_kinds(tmp_path, capsys, lines, "portal.txt") == ["email", "ticket"]


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "reach.txt",
            ("How to reach us: Submit a ticket by emailing help@example.com, or call 519-804-1234.",),
            ["email", "phone"],
        ),
        (
            "case.txt",
            (
                "The customer will open a support case by sending an e-mail to help@example.com.",
                "The support case is closed when the customer says so.",
            ),
            ["email"],
        ),
        ("hours.txt", ("Out of hours support is available via phone or email ticket.",), ["email", "phone"]),
        ("工单.txt", ("客户可通过邮件提交工单，邮箱：help@example.cn。",), ["email"]),
        ("工單.txt", ("客戶可透過電話開立工單，服務電話：(02)2345-6789。",), ["phone"]),
    ],
)
def test_a_ticket_opened_by_writing_or_calling_is_that_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_a_ticket_raised_in_a_portal_stays_the_ticket_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ("Raise a ticket in the customer portal, or by emailing help@example.com.",)
    assert channel_kinds(tmp_path, capsys, lines, "portal.txt") == ["email", "ticket"]
