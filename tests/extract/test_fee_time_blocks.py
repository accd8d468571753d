"""A price list of time blocks ("1 hour $90.00", "2 hours $160.00", "10 hours $1080.00") gives its one-hour block
as the hourly rate and no fee for the other blocks (`fees._block_of`; the corpus's session-21 clock decision,
point 5): a block of two or sixteen hours is a price of its own, not a rate per hour."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, fee_facts, file_fee_facts, text_lines

_EN_BLOCKS = (
    "Prices for tech support during office hours without a plan are as follows:",
    "15 minutes $35.00",
    "30 minutes $55.00",
    "1 hour $90.00",
    "1.5 hours $135.00",
    "2 hours $160.00",
    "16 hours $1,040.00",
)


def test_an_english_block_list_gives_only_its_hour(tmp_path: Path) -> None:
    assert fee_facts(tmp_path, text_lines("Tech support hours", *_EN_BLOCKS)) == [("fee", "90 USD", "hour")]


def test_a_docx_block_list_gives_only_its_hour(tmp_path: Path) -> None:
    path = docx_paragraphs(tmp_path, ["Tech support hours", *_EN_BLOCKS])
    assert file_fee_facts(path) == [("fee", "90 USD", "hour")]


def test_prepaid_hour_bundles_beside_the_hourly_rate(tmp_path: Path) -> None:
    text = text_lines(
        "Billable support fees are $120 an hour.",
        "Prepaid blocks:",
        "10 hours   $1080.00",
        "20 hours   $1920.00",
    )
    assert fee_facts(tmp_path, text) == [("fee", "120 USD", "hour")]


@pytest.mark.parametrize(
    ("lines", "fact"),
    [
        (("技术支持收费标准如下:", "1 小时 300元", "4 小时 1000元", "8 小时 1800元"), ("fee", "300 CNY", "hour")),
        (("技術支援收費標準如下:", "1 小時 300元", "4 小時 1000元", "8 小時 1800元"), ("fee", "300 TWD", "hour")),
    ],
)
def test_a_chinese_block_list_gives_only_its_hour(
    tmp_path: Path, lines: tuple[str, ...], fact: tuple[str, str, str]
) -> None:
    assert fee_facts(tmp_path, text_lines(*lines)) == [fact]


def test_a_table_row_naming_the_hour_still_prices_the_hour(tmp_path: Path) -> None:
    text = text_lines("Rates", "Remote support hour HKD 950.00")
    assert fee_facts(tmp_path, text) == [("fee", "950 HKD", "hour")]
