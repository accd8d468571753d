"""A price "/day" or "/ day" ("£750/day", "$2 000 / day") is a rate per person-day, as "per day" and "800元/天" are
(batch 26's en139 rate card, batch 19's en90 and batch 26's en141 price days so; the lines are written for this test
in that shape). A "/day" further from the price than its own unit ("£40/hour, at most 8 hours/day") leaves that
unit alone, as does a "/day" that counts hours ("£99/mo, 24 hrs/day")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

RATES = [
    "Professional services",
    "Consultant rate: £750/day",
    "Senior architect: £850 / day",
    "Extra support hours: £40/hour, at most 8 hours/day",
]


def _rates(terms: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["price"], f["unit"]) for f in terms.get("fees", {}).get("rate_card", [])]


def test_a_price_per_slash_day_is_a_person_day_rate(tmp_path: Path) -> None:
    assert _rates(terms_of(tmp_path, text_lines(*RATES))) == [
        ("750.00 GBP", "person-day"),
        ("850.00 GBP", "person-day"),
        ("40.00 GBP", "hour"),
    ]


def test_the_rates_read_back_from_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "rates.docx", RATES), capsys)
    assert _rates(found["terms"])[:2] == [("750.00 GBP", "person-day"), ("850.00 GBP", "person-day")]
    assert found["evidence"]["fees.rate_card[0].price"]["quote"] == "Consultant rate: £750/day"


def test_a_spaced_thousands_day_rate(tmp_path: Path) -> None:
    text = text_lines("Pricing (USD)", "* **On-site training workshop** – $2 000 / day + travel.")
    assert _rates(terms_of(tmp_path, text)) == [("2000.00 USD", "person-day")]


def test_a_day_that_is_no_unit_of_the_price_stays_out(tmp_path: Path) -> None:
    text = text_lines("Monitoring", "Monitoring plan: £99/mo, 24 hrs/day, every day of the year.")
    assert _rates(terms_of(tmp_path, text)) == [("99.00 GBP", "month")]
