"""A price per counted thing before its period ("$30 per computer per month", "75 EUR/site / month") recurs by that
period (`fees._PER_COUNTED`): the thing counted is no basis, and the period after it is read as it is when the thing
is left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_table, fee_facts, file_fee_facts, text_lines


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("1. $30 per computer per month.", ("fee", "30 USD", "month")),
        ("Administration fee of $15 per computer or server per month.", ("fee", "15 USD", "month")),
        ("Tier 1 · Essential 75 EUR/site / month", ("fee", "75 EUR", "month")),
        ("Monitoring: $120 per device per year.", ("fee", "120 USD", "year")),
        ("Help desk: $20 a seat each month.", ("fee", "20 USD", "month")),
    ],
)
def test_an_english_price_per_thing_per_period(tmp_path: Path, line: str, fact: tuple[str, str, str]) -> None:
    text = text_lines("Managed support contract", "The monthly support fee is charged as follows:", line)
    assert fee_facts(tmp_path, text) == [fact]


def test_a_rate_per_thing_per_hour_stays_an_hourly_rate(tmp_path: Path) -> None:
    text = text_lines("Rates", "On-site work is billed at $90 per hour per engineer.")
    assert fee_facts(tmp_path, text) == [("fee", "90 USD", "hour")]


def test_a_docx_plan_table_priced_per_user_per_month(tmp_path: Path) -> None:
    path = docx_table(
        tmp_path,
        "Support plans",
        [("Plan", "Price"), ("Essential", "$45 per user per month"), ("Premium", "$65 per user per month")],
    )
    assert file_fee_facts(path) == [("fee", "45 USD", "month"), ("fee", "65 USD", "month")]
