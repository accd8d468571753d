"""Prices one a line under one lead naming the fee and its period ("The Client agrees to pay a monthly fee … based on
the tier selected:" / "£99 + VAT" / "£149 + VAT" …, batch 24's en112): the lead titles every price of the list, not
only the first. A line may add the price's tax ("+ VAT", "excl. VAT") and nothing else. A lead naming no period, or
a line that says more than a price, titles nothing. The lines are written for this test in en112's shape."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

TIERS = [
    "2. Subscription Plans & Pricing",
    "The Client agrees to pay a monthly fee for the website subscription service, based on the tier selected:",
    "£89 + VAT",
    "£139 + VAT",
    "£189 excl. VAT",
    "£239 + VAT",
    "Minimum Term: 24 months",
]
MONTHLY = [("89.00 GBP", "month"), ("139.00 GBP", "month"), ("189.00 GBP", "month"), ("239.00 GBP", "month")]


def _recurring(terms: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["amount"], f["period"]) for f in terms.get("fees", {}).get("recurring", [])]


def test_every_price_under_the_lead_is_a_monthly_fee(tmp_path: Path) -> None:
    assert _recurring(terms_of(tmp_path, text_lines(*TIERS))) == MONTHLY


def test_the_list_read_back_from_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "tiers.docx", TIERS), capsys)
    assert _recurring(found["terms"]) == MONTHLY
    assert found["evidence"]["fees.recurring[3].amount"]["quote"] == "£239 + VAT"


def test_the_list_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in TIERS)
    path = tmp_path / "tiers.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _recurring(found["terms"]) == MONTHLY
    assert found["evidence"]["fees.recurring[2].amount"]["page"] == 1


def test_a_lead_without_a_period_titles_nothing(tmp_path: Path) -> None:
    lines = [*TIERS]
    lines[1] = "The Client agrees to pay a fee for the website build, based on the package selected:"
    assert _recurring(terms_of(tmp_path, text_lines(*lines))) == []


def test_a_line_saying_more_than_its_price_ends_the_list(tmp_path: Path) -> None:
    lines = [*TIERS]
    lines[3] = "£139 + VAT setup, paid once"
    # the first price is under the lead; the list stops at the line that says more, so the prices after it are
    # under no lead
    assert _recurring(terms_of(tmp_path, text_lines(*lines))) == [("89.00 GBP", "month")]
