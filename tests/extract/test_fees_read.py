"""Fees as a document states them: which dollar a "$" is, and the words that name each amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of


def _fees(terms: dict) -> list[str]:  # type: ignore[type-arg]
    fees = terms.get("fees", {})
    return [
        f.get("amount") or f.get("price")
        for group in ("recurring", "rate_card", "one_off")
        for f in fees.get(group, [])
    ]


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("香港中環辦事處提供上門服務。\n年費：$780，到場服務每小時$500。", ["780.00 HKD", "500.00 HKD"]),
        ("香港商藍鯨資訊股份有限公司台灣分公司\n年費：$7,800。", ["7800.00 TWD"]),
        ("本公司提供系統維護。\n年費：$7,800。", ["7800.00 TWD"]),
        ("All prices in HK$.\nAnnual support fee: $780 per year.", ["780.00 HKD"]),
        ("Annual support fee: $780 per year.", ["780.00 USD"]),
        ("年度维护费：人民币6000元。香港国际仲裁中心仲裁。", ["6000.00 CNY"]),
    ],
)
def test_a_bare_dollar_is_the_documents_own(tmp_path: Path, text: str, amounts: list[str]) -> None:
    assert sorted(_fees(terms_of(tmp_path, text))) == sorted(amounts)


@pytest.mark.parametrize(
    "text, names",
    [
        ("A:向乙方支付年度一般维护费(包括数据备份、流程优化、系统答疑)¥6000.00,双方签定年度合同;", ["年度一般维护费"]),
        ("甲方应向乙方缴纳年度技术服务费人民币8000元。", ["年度技术服务费"]),
        ("收费标准为300元/次、800元/次。", ["收费标准", None]),
        ("乙方另收取上门服务费(每次上门)500元/次。", ["上门服务费"]),
        # session 28, en804: what is charged, not the words of the rate ("Services at the rate" before)
        ("The Contractor will charge the Client for the Services at the rate of £10.00 per hour.", ["Services"]),
    ],
)
def test_a_fee_is_named_by_its_own_words(tmp_path: Path, text: str, names: list[str | None]) -> None:
    """Not by the payer, the verb of paying, a remark in brackets, or the amount before it in a list."""
    fees = terms_of(tmp_path, text).get("fees", {})
    items = [f for group in ("recurring", "rate_card", "one_off") for f in fees.get(group, [])]
    assert [f.get("name") for f in items] == names
