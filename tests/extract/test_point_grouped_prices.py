"""Prices grouped with points and cents after a comma, as continental European vendors write them ("€ 1.200,- per
month", "1.200,50 EUR", "EUR 2.400.000") are twelve hundred euros, not 1.20 (`values.plain_amount`): a client
comparing a German or Dutch vendor's plan read its price a thousand times too low."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, fee_facts, file_fee_facts, text_lines

from termsmith.extract.values import money


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("€ 1.200,- per month", ["1200.00 EUR"]),
        ("1.200,50 EUR", ["1200.50 EUR"]),
        ("EUR 2.400.000", ["2400000.00 EUR"]),
        ("12.500,– € per year", ["12500.00 EUR"]),
        ("EUR 1.250.000,00", ["1250000.00 EUR"]),
        # comma grouping, decimals and the cents dash alone read as before
        ("€1,200", ["1200.00 EUR"]),
        ("$1,200.50", ["1200.50 USD"]),
        ("€ 95,-", ["95.00 EUR"]),
        ("€ 12.34", ["12.34 EUR"]),
        ("€ 1.5 per hour", ["1.50 EUR"]),
    ],
)
def test_point_grouped_amounts(text: str, amounts: list[str]) -> None:
    assert [str(m.money) for m in money(text, "EUR")] == amounts


def test_a_european_support_plan_in_text(tmp_path: Path) -> None:
    text = text_lines(
        "Support and Maintenance Agreement",
        "The Customer pays the Provider a maintenance fee of € 1.200,- per month.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "1200 EUR", "month")]


def test_a_european_support_plan_in_docx(tmp_path: Path) -> None:
    path = docx_paragraphs(tmp_path, ["Fees", "The annual support fee is EUR 14.400,00 per year, payable in advance."])
    assert file_fee_facts(path) == [("fee", "14400 EUR", "year")]
