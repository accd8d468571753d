"""A currency sign written against the digits after it opens that amount ("7/1/2018 to 6/30/19 $203,940",
"$50 $60"): before, the money reader took it as the sign after the number before it, so a table row's date gave
"19 $" and its price was lost."""

from __future__ import annotations

from pathlib import Path

from extract_support import fee_facts, text_lines

from termsmith.extract.values import money


def test_the_sign_belongs_to_the_digits_after_it() -> None:
    assert [str(f.money) for f in money("7/1/2018 to 6/30/19 $203,940 7/1/2018", "USD")] == ["203940.00 USD"]
    assert [str(f.money) for f in money("Basic $50 $60", "USD")] == ["50.00 USD", "60.00 USD"]
    assert [str(f.money) for f in money("price 20 € per month", "USD")] == ["20.00 EUR"]


def test_a_price_after_a_date_in_a_row(tmp_path: Path) -> None:
    text = text_lines("Support plans", "Plan | Renewed | Price", "Basic | 6/30/19 $350 per month")
    assert fee_facts(tmp_path, text) == [("fee", "350 USD", "month")]
