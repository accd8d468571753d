"""An amount in brackets right after a price restates it ("an annual subscription fee of $600 ($50/mo.)",
"年度维护费12,000元（约1,000元/月）"): it is the same fee said by another period, so it is no second fee, and its basis
is no basis of the price before it. A bracket that goes on with a clause of its own holds a price of its own."""

from __future__ import annotations

from pathlib import Path

from extract_support import fee_facts, text_lines


def test_an_english_annual_fee_restated_by_the_month(tmp_path: Path) -> None:
    text = text_lines(
        "Website hosting and maintenance agreement",
        "Fees: Client will pay an annual subscription fee of $600 ($50/mo.) for the hosting and maintenance services.",
    )
    assert fee_facts(tmp_path, text) == [("fee", "600 USD", "year")]


def test_a_chinese_yearly_fee_restated_by_the_month(tmp_path: Path) -> None:
    text = text_lines("维护服务合同", "甲方每年向乙方支付年度维护费12,000元（约1,000元/月），于每年1月支付。")
    assert fee_facts(tmp_path, text) == [("fee", "12000 CNY", "year")]


def test_a_bracket_with_its_own_clause_holds_its_own_price(tmp_path: Path) -> None:
    text = text_lines(
        "Maintenance plans",
        "The plan rate is $50 per hour in 3 month blocks = $150 ($45 per hour in 6 month blocks).",
    )
    assert ("fee", "45 USD", "hour") in fee_facts(tmp_path, text)
    assert ("fee", "150 USD", "hour") not in fee_facts(tmp_path, text)
