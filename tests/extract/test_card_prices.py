"""A plan card's price alone on its line over its period's line ("$120" / "per month", "¥1999" / "/年") is the plan's
recurring price; a bare number in that layout is in the currency the document prices other things in. A number
over a period line in a document with no price, or a price whose next line is no period, is no such fee."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import fee_facts, text_lines


def test_card_prices_over_their_period_lines_are_recurring_fees(tmp_path: Path) -> None:
    text = text_lines("Support plans", "", "Basic", "", "$120", "per month", "", "Full", "", "$3,000", "/ year")
    assert fee_facts(tmp_path, text) == [("fee", "120 USD", "month"), ("fee", "3000 USD", "year")]


def test_a_bare_card_price_takes_the_documents_currency(tmp_path: Path) -> None:
    text = text_lines("Pricing", "Basic", "120", "per month", "Extra time is billed at €50 / hour.")
    assert fee_facts(tmp_path, text) == [("fee", "120 EUR", "month"), ("fee", "50 EUR", "hour")]


def test_zh_card_prices(tmp_path: Path) -> None:
    text = text_lines("服务套餐", "基础版", "¥199", "每月", "专业版", "¥1999", "/年")
    assert fee_facts(tmp_path, text) == [("fee", "199 CNY", "month"), ("fee", "1999 CNY", "year")]


def test_a_count_over_a_period_line_without_prices_is_no_fee(tmp_path: Path) -> None:
    text = text_lines("Basic", "10", "per month", "Support tickets included.")
    assert fee_facts(tmp_path, text) == []


def test_a_hardware_price_without_a_period_line_is_no_recurring_fee(tmp_path: Path) -> None:
    text = text_lines("Router", "$499", "Includes a one-year warranty.")
    assert ("fee", "499 USD", "month") not in fee_facts(tmp_path, text)
    assert ("fee", "499 USD", "year") not in fee_facts(tmp_path, text)


def test_zh_hant_card_prices(tmp_path: Path) -> None:
    text = text_lines("維護方案", "標準方案", "NT$3,999", "每月", "企業方案", "NT$36,000", "/年")
    assert fee_facts(tmp_path, text) == [("fee", "36000 TWD", "year"), ("fee", "3999 TWD", "month")]
