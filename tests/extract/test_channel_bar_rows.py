"""A table flattened one row a line with each row ending in its bar ("Support channels | Email |" / "Email Phone
Chat available upon request |") keeps its rows under the channel column, as a row with cells on both sides does; the
same rows under another column name no channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import channel_kinds


@pytest.mark.parametrize(
    ("name", "lines", "kinds"),
    [
        (
            "plans.txt",
            (
                "Support channels | Email |",
                "Email Phone Chat available upon request |",
                "Screen share for critical issues |",
            ),
            ["chat-group", "email", "phone", "remote"],
        ),
        ("方案.txt", ("支持渠道 | 基础版 |", "电话 邮件 |"), ["email", "phone"]),
        ("方案.txt", ("支援管道 | 基本版 |", "電話 電子郵件 |"), ["email", "phone"]),
    ],
)
def test_rows_ending_in_a_bar_stay_under_the_channel_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert channel_kinds(tmp_path, capsys, lines, name) == kinds


def test_rows_ending_in_a_bar_under_another_column_name_no_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ("Features | Included |", "Email Phone Chat widgets for your site |")
    assert channel_kinds(tmp_path, capsys, lines, "features.txt") == []
