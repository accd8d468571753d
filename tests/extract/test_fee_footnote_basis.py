"""A footnote digit glued to an abbreviated period ("€ 1499.00 / mo2", "$900/yr1") leaves the period read: the fee
is recurring, not one-off. Own wording, in the shape of en620.pdf's price row."""

from __future__ import annotations

from pathlib import Path

from extract_support import fee_facts, file_fee_facts, text_lines


def test_a_footnote_digit_after_mo_and_yr(tmp_path: Path) -> None:
    text = text_lines(
        "| | Basic | Plus |",
        "|---|---|---|",
        "| Price | € 1499.00 / mo2 | € 9900 / yr1 |",
        "1 Billed in advance. 2 Plus VAT.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "1499 EUR", "month"), ("fee", "9900 EUR", "year")]


def test_a_footnote_digit_in_a_pdf_price_line(tmp_path: Path) -> None:
    import weasyprint

    path = tmp_path / "price.pdf"
    page = '<html><head><meta charset="utf-8"></head><body><p>Subscription Price: € 1499.00 / mo2</p></body></html>'
    weasyprint.HTML(string=page).write_pdf(str(path))
    assert file_fee_facts(path) == [("fee", "1499 EUR", "month")]


def test_a_longer_number_after_mo_is_no_footnote(tmp_path: Path) -> None:
    assert fee_facts(tmp_path, text_lines("Price: € 1499.00 / mo12")) != [("fee", "1499 EUR", "month")]
