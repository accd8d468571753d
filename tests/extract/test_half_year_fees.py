"""A price by the half year is no yearly fee (`fees.HALF_YEAR`): the spec prices by month, quarter and year only, so
"Semi-Annually - $2040", "a half yearly payment incurs a $50 fee" or 每半年 … 元 is read as no fee, while the plan's
monthly, quarterly and annual prices beside it still are."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_table, fee_facts, file_fee_facts, text_lines


def test_an_english_plan_priced_by_month_quarter_half_year_and_year(tmp_path: Path) -> None:
    text = text_lines(
        "Service plans and payment terms",
        "Basic support plan",
        "Monthly - $340",
        "Quarterly - $1020",
        "Semi-Annually - $2040",
        "Annually - $4080",
    )
    found = fee_facts(tmp_path, text)
    assert ("fee", "2040 USD", "year") not in found
    assert ("fee", "4080 USD", "year") in found
    assert ("fee", "340 USD", "month") in found


@pytest.mark.parametrize(
    "half",
    [
        "Paying half yearly incurs a $50 administration fee.",
        "Billed every six months: $900 maintenance fee.",
        "A bi-annual maintenance fee of $900 applies.",
    ],
)
def test_an_english_half_year_fee_is_no_yearly_fee(tmp_path: Path, half: str) -> None:
    text = text_lines("Maintenance agreement", "The annual maintenance fee is $1,800 per year.", half)
    assert fee_facts(tmp_path, text) == [("fee", "1800 USD", "year")]


@pytest.mark.parametrize("half", ["每半年维护费900元。", "半年付维护费900元。"])
def test_a_chinese_half_year_fee_is_no_yearly_fee(tmp_path: Path, half: str) -> None:
    text = text_lines("维护协议", "年度维护费:每年1800元。", half)
    assert fee_facts(tmp_path, text) == [("fee", "1800 CNY", "year")]


def test_a_docx_table_row_priced_semi_annually(tmp_path: Path) -> None:
    path = docx_table(
        tmp_path,
        "Support plans",
        [("Plan", "Billing", "Price"), ("Basic", "Monthly", "$340"), ("Basic", "Semi-Annually", "$2040")],
    )
    assert ("fee", "2040 USD", "year") not in file_fee_facts(path)
