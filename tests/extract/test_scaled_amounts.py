"""An English amount may be counted in thousands or millions: a "k"/"m" written against the digits or a word after them
("$30K/year", "£1.5m", "$2 million"). It was read as ones — "$30K/year" became a 30-dollar annual fee. A letter that
starts a word ("$30 monthly", "$5 min") or stands apart ("$5 M") is no scale; 万/千 work as before, and a range says its
scale once, after the upper end ("$10-15K", like "¥1-2万"). The pricing lines are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines

from termsmith.extract.values import money


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("$30K/year", ["30000.00 USD"]),
        ("about $1.5k per month", ["1500.00 USD"]),
        ("£1.5m", ["1500000.00 GBP"]),
        ("a cap of $2 million", ["2000000.00 USD"]),
        ("3k USD", ["3000.00 USD"]),
        ("USD 10-15K", ["10000.00 USD"]),
        ("$30 monthly", ["30.00 USD"]),
        ("$5 min call-out", ["5.00 USD"]),
        ("$5 M", ["5.00 USD"]),
        ("30K users", []),  # no currency: no amount
        ("¥1-2万", ["10000.00 CNY"]),
        ("5000-1万元", ["5000.00 CNY"]),
    ],
)
def test_a_scale_after_the_digits_multiplies(text: str, amounts: list[str]) -> None:
    assert [str(f.money) for f in money(text, "CNY" if "万" in text else "USD")] == amounts


def test_scaled_fees_read_end_to_end(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Support and Maintenance Agreement",
            "Fees",
            "The annual support fee is $30K/year, payable in advance.",
            "Premium plan: $1.5k per month.",
        ),
    )
    fees = terms["fees"]
    assert isinstance(fees, dict)
    assert [(f["amount"], f["period"]) for f in fees["recurring"]] == [("30000.00 USD", "year")]
    assert [(f["price"], f["unit"]) for f in fees["rate_card"]] == [("1500.00 USD", "month")]
