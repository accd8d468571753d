"""Item prices that a later total line sums are parts of that total: the total is the one-off fee
(`rules.price_totals`); items with no total that sums them (tiers, add-ons) stay fees of their own."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import fee_facts, terms_of, text_lines


def test_phases_summed_by_a_total_give_the_total(tmp_path: Path) -> None:
    text = text_lines(
        "| Phase | Scope | Price |",
        "| Phase 1: Backend | Models and API | ₹ 35,000 |",
        "| Phase 2: Admin | Screens and reports | ₹ 40,000 |",
        "| Phase 3: Mobile App | iOS and Android | ₹ 50,000 |",
        "| Total Estimated Project Cost | Source code and deployment | ₹ 1,25,000 |",
    )
    assert fee_facts(tmp_path, text) == [("fee", "125000 INR", "one-off")]
    one_off = terms_of(tmp_path, text)["fees"]["one_off"]
    assert one_off == [{"name": "Total Estimated Project Cost", "amount": "125000.00 INR"}]


def test_alternatives_with_no_total_stay_fees(tmp_path: Path) -> None:
    text = text_lines("Website Packages", "• Starter: $900", "• Business: $1,800", "• Enterprise: $3,000")
    assert fee_facts(tmp_path, text) == [
        ("fee", "1800 USD", "one-off"),
        ("fee", "3000 USD", "one-off"),
        ("fee", "900 USD", "one-off"),
    ]


def test_a_total_that_does_not_sum_the_items_folds_nothing(tmp_path: Path) -> None:
    text = text_lines("Add-ons", "• Blog Setup: $350", "• Booking Widget: $250", "Project total: $4,000")
    assert ("fee", "350 USD", "one-off") in fee_facts(tmp_path, text)
    assert ("fee", "250 USD", "one-off") in fee_facts(tmp_path, text)
