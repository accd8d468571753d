"""Support given away from the client's site is remote support (`rules.channels`): "these Support Policies apply to
on-site and off-site support", "远程和现场支持"; off-site backups and the client's staff working remotely are no
channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds, text_lines


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            text_lines("Unless otherwise stated, these Support Policies apply to on-site and off-site support."),
            {"on-site", "remote"},
        ),
        (text_lines("Off-site support is provided during business hours."), {"remote"}),
        (text_lines("服务方式", "乙方提供远程和现场支持。"), {"remote", "on-site"}),
    ],
)
def test_off_site_support_is_remote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, kinds: set[str]
) -> None:
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == kinds


@pytest.mark.parametrize(
    "text",
    [
        text_lines("Hosting includes daily off-site backups (30 snapshots)."),
        text_lines("Your staff may use the software for remote work from home."),
    ],
)
def test_no_remote_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert set(channel_kinds(tmp_path, capsys, text.splitlines())) == set()
