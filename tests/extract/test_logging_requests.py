"""Ways named where the client logs its requests ("Follow our standard process for logging support requests (phone,
email, or portal only)", "Emails and logging tickets have a longer response time") are channels, however the
logging is worded; a vendor logging its own work is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "msa.txt",
            (
                "  • Service Requests: Follow our standard process for logging support requests (phone, email, or portal only)",
            ),
            ["email", "phone", "ticket"],
        ),
        ("sla.txt", ("Emails and logging tickets naturally have a longer response time.",), ["email", "ticket"]),
        ("服务.txt", ("服务请求：请通过电话、邮件或服务门户登记。",), ["email", "phone", "ticket"]),
        ("服務.txt", ("服務請求：請透過電話、電子郵件或服務入口網站登記。",), ["email", "phone", "ticket"]),
    ],
)
def test_ways_to_log_requests_are_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_a_vendor_logging_its_own_work_and_a_notice_by_email_are_no_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (
        "The vendor keeps a log of maintenance work performed.",
        "We will notify you by email of any scheduled maintenance.",
    )
    assert channel_kinds(tmp_path, capsys, lines, "log.txt") == []


def test_chats_in_the_plural_are_the_chat_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ("Quickest responses come from SMS chats via your desktop or phone calls.",)
    assert channel_kinds(tmp_path, capsys, lines, "chats.txt") == ["chat-group", "phone"]
