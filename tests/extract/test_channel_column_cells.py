"""A table whose header row labels one column as the channels names its rows' channels, however long the header row
(`channels._names_a_channel_column`): the cell, not the line, is the label."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            (
                "Tiers",
                "| Tier | Eligibility | Channels | First-response (P1) | Included |",
                "|---|---|---|---|---|",
                "| Standard | All accounts | Portal, email | 4 hours, 24/7 | Free |",
                "| Business | SME and above | Portal, email, phone (BWH) | 1 hour, 24/7 | 5% of cloud spend |",
            ),
            ["email", "phone", "ticket"],
        ),
        (
            (
                "服务等级",
                "| 服务等级名称 | 适用客户范围说明 | 支持渠道 | 首次响应时间(P1级别故障) | 解决时间(P1级别故障) | 收费标准说明 |",
                "|---|---|---|---|---|---|",
                "| 标准版 | 全部客户 | 工单、邮件 | 4小时 | 24小时 | 免费 |",
                "| 企业版 | 企业客户 | 工单、邮件、电话 | 1小时 | 8小时 | 另行报价 |",
            ),
            ["email", "phone", "ticket"],
        ),
    ],
)
def test_a_channel_column_in_a_long_header_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], kinds: list[str]
) -> None:
    assert (
        sorted(
            c["kind"] for c in extract_lines(tmp_path, capsys, lines, "tiers.md")["terms"].get("support_channels", [])
        )
        == kinds
    )
