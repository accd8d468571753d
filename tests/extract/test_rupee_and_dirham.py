"""Indian and UAE prices (issue 12): the rupee (₹, Rs., INR, rupees; lakh and crore, 2,30,000 grouping) and the
dirham (AED, Dhs) are read as money, and the spec accepts both, so a quotation from India or Dubai is no longer
read as having no fee at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.extract.values import money
from termsmith.spec.types import Money
from tests.extract.extract_support import fee_facts, text_lines


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("₹50000", "50000.00 INR"),
        ("Price ₹ 50,000", "50000.00 INR"),
        ("Rs. 5,000 per visit", "5000.00 INR"),
        ("Rs 5000/-", "5000.00 INR"),
        ("INR 1.3 Crore", "13000000.00 INR"),
        ("₹1.1 Lakh/month", "110000.00 INR"),
        ("₹1.8 L / mo", "180000.00 INR"),
        ("₹ 2,30,000", "230000.00 INR"),
        ("Rs. 1,00,00,000", "10000000.00 INR"),
        ("5000 rupees", "5000.00 INR"),
        ("AED 3,500 per month", "3500.00 AED"),
        ("Dhs 350 per hour", "350.00 AED"),
        ("2,000 dirhams", "2000.00 AED"),
    ],
)
def test_the_rupee_and_the_dirham_are_money(text: str, amount: str) -> None:
    assert [str(f.money) for f in money(text, "USD")] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "Responsive Website 120 ₹50000",  # the sign belongs to the digits after it, not to the count before
        "Mrs. 5 people",
        "€5 Cr",  # L and Cr are a lakh and a crore only against the rupee
    ],
)
def test_no_rupee_where_there_is_none(text: str) -> None:
    assert all(not (f.money.currency == "INR" and f.money.amount == 120) for f in money(text, "USD"))
    assert all(f.money.amount < 1000 for f in money(text, "USD") if f.money.currency != "INR")


def test_the_spec_accepts_both_currencies() -> None:
    assert Money.parse("24999.00 INR").currency == "INR"
    assert Money.parse("67000.50 AED").currency == "AED"


def test_an_indian_plan_sheet_gives_its_fees(tmp_path: Path) -> None:
    text = text_lines(
        "Annual Maintenance Plans",
        "3.1 Basic Plan (₹24,999/year) — Essential Support",
        "Emergency visits are charged at Rs. 1,500 per visit.",
        "Hourly support: ₹900 per hour",
    )
    assert fee_facts(tmp_path, text) == [
        ("fee", "1500 INR", "visit"),
        ("fee", "24999 INR", "year"),
        ("fee", "900 INR", "hour"),
    ]
