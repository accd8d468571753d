"""Session 34 (lint34B), English only: work done "on a paid basis", "on a fee basis" or "on a chargeable basis" names
a charge and not its price (VD001, bounded like "billed separately": a price in the clause bounds it); the hyphenated
efforts standards "best-efforts" and "best-endeavours" read as "best efforts" does (VE001). Own wording, in the forms
met in real support policies; through the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warning_codes as codes


@pytest.mark.parametrize(
    "text",
    [
        "After the warranty period, support is provided on a fee basis.",
        "Support for modified code is provided on a paid basis.",
        "Requests outside the plan may be handled on a chargeable basis.",
    ],
)
def test_a_charge_with_no_price_is_flagged(text: str) -> None:
    assert "VD001" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the warranty period, support is provided on a fee basis at USD 90 per hour.",
        "The agency works on a fixed-price basis for each release.",
        "Support is provided free of charge during the warranty period.",
    ],
)
def test_a_charge_with_its_price_or_no_charge_is_not_flagged(text: str) -> None:
    assert "VD001" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Questions posted on the forum are answered on a best-endeavours basis.",
        "The vendor will make its best-efforts to resolve incidents found in testing.",
        "Support is given on a best-endeavors basis.",
    ],
)
def test_hyphenated_efforts_standards_are_flagged(text: str) -> None:
    assert "VE001" in codes(text)
