"""An amount after a currency sign may group its thousands with a space ("$2 000", "€1 250.50", batch 26's en141
prices its workshop "$2 000 / day"): it is read whole, not as $2. Without a sign before it a spaced number is no
amount ("2 000 users"), and a code before it ("USD 2 000") is not read this way. The lines are written for this test
in the shape of a pricing page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

from termsmith.extract.values import money

PRICES = [
    "Pricing (USD)",
    "Annual support: $2 000 per year.",
    "Plans from $49 per month, for up to 2 000 users.",
    "Training: €1 250.50 per visit",
]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("workshop – $2 000 / day + travel.", ["2000.00 USD"]),
        ("£1 250 000 per year", ["1250000.00 GBP"]),
        ("$2 000.50.", ["2000.50 USD"]),
        ("¥5 000元", ["5000.00 CNY"]),
        ("up to 2 000 users for $49", ["49.00 USD"]),
        ("$12 30 days", ["12.00 USD"]),  # two digits after the space are no thousands
    ],
)
def test_a_space_groups_thousands_after_a_sign(text: str, amounts: list[str]) -> None:
    assert [str(f.money) for f in money(text, "USD")] == amounts


def _prices(terms: dict[str, object]) -> list[tuple[str, str]]:
    fees = terms["fees"]
    assert isinstance(fees, dict)
    return [(f["amount"], f["period"]) for f in fees.get("recurring", [])] + [
        (f["price"], f["unit"]) for f in fees.get("rate_card", [])
    ]


def test_the_prices_read_whole(tmp_path: Path) -> None:
    assert _prices(terms_of(tmp_path, text_lines(*PRICES))) == [
        ("2000.00 USD", "year"),
        ("49.00 USD", "month"),
        ("1250.50 EUR", "visit"),
    ]


def test_the_prices_read_back_from_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "pricing.docx", PRICES), capsys)
    assert _prices(found["terms"])[0] == ("2000.00 USD", "year")
    assert found["evidence"]["fees.recurring[0].amount"]["quote"] == "Annual support: $2 000 per year."
