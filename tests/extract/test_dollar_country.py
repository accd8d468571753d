"""Which dollar a bare "$" is (issue 12, extract25): a currency code beside the sign names it ("AUD $497",
"$4000 CAD"); else an English document that clearly says its country (an ABN or a Pty Ltd, the laws of an
Australian state; the laws of a Canadian province) means that country's dollar; else (session 28) a page naming two
places of one country only (Sydney, NSW); else US dollars, as before.
Texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines


def _amounts(tmp_path: Path, *lines: str) -> list[str]:
    fees = terms_of(tmp_path, text_lines(*lines)).get("fees", {})
    listed = fees.get("recurring", []) + fees.get("one_off", []) + fees.get("rate_card", [])
    return [f.get("amount") or f["price"] for f in listed]


def test_an_australian_agreement(tmp_path: Path) -> None:
    assert _amounts(
        tmp_path,
        "Support Agreement between Harbour IT Pty Ltd (ABN 11 222 333 444) and the Client.",
        "The monthly support fee is $450 per month.",
        "This Agreement is governed by the laws of Queensland, Australia.",
    ) == ["450.00 AUD"]


def test_a_canadian_agreement(tmp_path: Path) -> None:
    assert _amounts(
        tmp_path,
        "The monthly maintenance fee is $300 per month.",
        "This Agreement is governed by the laws of the Province of Ontario.",
    ) == ["300.00 CAD"]


def test_a_code_before_the_sign(tmp_path: Path) -> None:
    # "AUD $97" in a document that names no country: the code says which dollar
    assert _amounts(tmp_path, "The monthly hosting fee is AUD $97 per month.") == ["97.00 AUD"]


def test_a_code_after_the_sign(tmp_path: Path) -> None:
    assert _amounts(tmp_path, "The support retainer is $1000 CAD per month.") == ["1000.00 CAD"]


def test_no_clear_cue_stays_us_dollars(tmp_path: Path) -> None:
    # Sydney named in an address is no statement of the agreement's currency
    assert _amounts(
        tmp_path,
        "Our office moved to Sydney last year.",
        "The monthly support fee is $450 per month.",
    ) == ["450.00 USD"]


def test_both_countries_named_decide_nothing(tmp_path: Path) -> None:
    assert _amounts(
        tmp_path,
        "Northwind Pty Ltd resells the service in Canada.",
        "This Agreement is governed by the laws of British Columbia.",
        "The monthly support fee is $450 per month.",
    ) == ["450.00 USD"]


# session 28: a page that says where it stands only by its places (batch 89's en830, a Sydney firm's rates)
@pytest.mark.parametrize(
    ("place", "amount"),
    [
        ("Our technicians cover Sydney and the Central Coast, NSW.", "110.00 AUD"),
        ("Call our Auckland office or visit us in Wellington.", "110.00 NZD"),
        ("Our technicians cover Sydney.", "110.00 USD"),  # one place alone says too little
        ("Offices in Sydney, NSW and Austin, Texas.", "110.00 USD"),  # places of two countries
        ("Singapore office: +65 6221 4277", "110.00 USD"),  # a city-state and its phone code are one place
    ],
)
def test_a_page_placed_by_its_cities(tmp_path: Path, place: str, amount: str) -> None:
    assert _amounts(tmp_path, place, "Remote support is charged at $110 per hour.") == [amount]


def test_a_code_written_after_the_unit_names_every_bare_dollar(tmp_path: Path) -> None:
    # (session 30) "$175 per hour CAD": the code follows the rate's unit, and the page's other "$" is that dollar too
    assert _amounts(
        tmp_path,
        "Support rates",
        "$175 per hour CAD for standard WordPress support",
        "WooCommerce and complex custom code are $225 per hour.",
    ) == ["175.00 CAD", "225.00 CAD"]


def test_codes_after_the_unit_that_disagree_name_no_dollar(tmp_path: Path) -> None:
    # two codes: each names its own amount's dollar (extract30L), and the page names no one dollar, so its bare "$"
    # stays US dollars
    amounts = _amounts(
        tmp_path,
        "Remote support is $90 per hour CAD.",
        "On-site support is $120 per hour USD.",
        "Development is billed at $150 per hour.",
    )
    assert amounts == ["90.00 CAD", "120.00 USD", "150.00 USD"]  # each code names its own amount's dollar
