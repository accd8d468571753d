"""The support team answering the phone or e-mails, a way offered as a service or as a plan's line, and calls
named beside tickets or mails as the client's requests name channels (English wording). A phone the vendor's sales
team answers stays no support channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (("Our support team answers the phone on weekdays between 09:00 and 17:00.",), ["phone"]),
        (("The help desk staff answer the phone and emails.",), ["email", "phone"]),
        (("Email or phone service may be utilized.",), ["email", "phone"]),
        (("Premium plan", "- Priority phone line and priority email address"), ["email", "phone"]),
        (("All calls or tickets submitted to the Service Desk are assigned a priority.",), ["phone", "ticket"]),
    ],
)
def test_answered_and_offered_ways_are_channels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, "support.txt") == kinds


def test_a_sales_phone_is_no_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        channel_kinds(tmp_path, capsys, ("Our sales team answers the phone for billing enquiries.",), "support.txt")
        == []
    )
