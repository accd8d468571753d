"""An amount whose own words after it say it is paid once ("£500 one-time fee", "£2,500 one-time payment", "$1,200
flat fee") is a one-off fee, with no verb of paying in its clause (batch 24's en128 lists its packages so; the lines
here are written for this test in that shape). A one-time credit or discount is no fee, and a price per month stays
a price per month."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

PACKAGES = [
    "Packages",
    "The Buyer may choose one of these packages:",
    "  • Starter Site: £600 one-time fee, with optional hosting;",
    "  • Care Plan: £120 per month (12-month minimum term), including monthly hosting and maintenance;",
    "  • Full Build: £3,000 one-time payment, including a year of hosting;",
    "  • Redesign: £1,200 flat fee.",
]


def _fees(terms: dict[str, Any]) -> tuple[list[str], list[tuple[str, str]]]:
    fees = terms.get("fees", {})
    once = [f["amount"] for f in fees.get("one_off", [])]
    periodic = [(f["amount"], f["period"]) for f in fees.get("recurring", [])]
    periodic += [(f["price"], f["unit"]) for f in fees.get("rate_card", [])]
    return once, periodic


def test_one_time_and_flat_amounts_are_one_off_fees(tmp_path: Path) -> None:
    once, periodic = _fees(terms_of(tmp_path, text_lines(*PACKAGES)))
    assert once == ["600.00 GBP", "3000.00 GBP", "1200.00 GBP"]
    assert periodic == [("120.00 GBP", "month")]


def test_the_packages_read_back_from_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "packages.docx", PACKAGES), capsys)
    assert _fees(found["terms"])[0] == ["600.00 GBP", "3000.00 GBP", "1200.00 GBP"]
    assert found["terms"]["fees"]["one_off"][0]["name"] == "Starter Site"
    assert "£600 one-time fee" in found["evidence"]["fees.one_off[0].amount"]["quote"]


@pytest.mark.parametrize(
    "line",
    [
        "Loyalty: £100 one-time credit on renewal.",
        "Charities: £400 one-time discount on the first invoice.",
        "Orders over £500 one-time fee waived.",
    ],
)
def test_a_credit_a_discount_or_a_threshold_is_no_fee(tmp_path: Path, line: str) -> None:
    assert _fees(terms_of(tmp_path, text_lines("Packages", line))) == ([], [])
