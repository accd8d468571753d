"""Issue 12 (session 30): Swiss prices group thousands with an apostrophe ("17'000 CHF", "CHF 6’000"). Before, the
apostrophe ended the number: "CHF 6’000 per year" read as a fee of 6.00 CHF, a wrong amount (en903, a Swiss vendor's
price sheet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines


def _prices(tmp_path: Path, line: str) -> list[str]:
    fees = terms_of(tmp_path, text_lines(line)).get("fees", {})
    return [f.get("amount") or f["price"] for key in ("recurring", "rate_card", "one_off") for f in fees.get(key, [])]


@pytest.mark.parametrize(
    "line",
    [
        "Maintenance costs CHF 6’000 per year.",
        "Maintenance costs 6'000 CHF / year.",
        "Maintenance / support: 6'000 - 12'000 CHF / year",  # a range: its lower end, as for 6,000 - 12,000
    ],
)
def test_an_apostrophe_groups_thousands(tmp_path: Path, line: str) -> None:
    assert _prices(tmp_path, line) == ["6000.00 CHF"]


def test_an_apostrophe_that_groups_nothing_is_no_separator(tmp_path: Path) -> None:
    # a quote mark after a price is no thousands separator: 45 stays 45
    assert _prices(tmp_path, "The 'Basic' plan costs CHF 45 per month.") == ["45.00 CHF"]
