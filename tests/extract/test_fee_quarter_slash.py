"""A price by the quarter written with a slash ("$162/quarter", "$1,000 / quarter", "$90 each quarter") recurs
quarterly: before, only "per quarter" and "quarterly" were read, so a series such as "$162/quarter/$576/year" gave its
quarter's price the year named after the next price."""

from __future__ import annotations

from pathlib import Path

from extract_support import fee_facts, text_lines


def test_a_series_of_quarter_and_year_prices(tmp_path: Path) -> None:
    text = text_lines(
        "Web Site Maintenance (Billed Quarterly)",
        "Up to one hour of Monthly Web Maintenance",
        "Up to three hours of Monthly Web Maintenance",
        "$162/quarter/$576/year",
        "$486/quarter/$1,728/year",
    )
    assert fee_facts(tmp_path, text) == [
        ("fee", "162 USD", "quarter"),
        ("fee", "1728 USD", "year"),
        ("fee", "486 USD", "quarter"),
        ("fee", "576 USD", "year"),
    ]


def test_a_spaced_slash_and_each_quarter(tmp_path: Path) -> None:
    text = text_lines(
        "Support subscription",
        "The support fee is $1,000 / quarter, invoiced in advance.",
        "Monitoring costs $90 each quarter.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "1000 USD", "quarter"), ("fee", "90 USD", "quarter")]
