"""Issue 10, Chinese (lint22Z, session 22): prices and terms left open in the forms the lexicon lacked.

A price floor with no price list (…元起); the price or time left to later agreement (由双方协定 · 另定 · 另外报价 ·
相应增加报价/工期); a charge settled at whatever is spent (实报实销 · 据实结算). Sentences written for these tests,
in both scripts, through the public API.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings


def vd_terms(text: str) -> list[str]:
    return [term for code, term in warnings(text) if code == "VD001"]


@pytest.mark.parametrize(
    "text",
    [
        "上门检测费最低60元起。",
        "上門檢測費最低60元起。",
        "定制报表开发 800起(加急另议)",
        "客製報表開發 800起",
        "維修費用1500元起。",
    ],
)
def test_a_price_floor_leaves_the_price_open(text: str) -> None:
    assert any(t.endswith("起") for t in vd_terms(text))


@pytest.mark.parametrize(
    "text",
    [
        "本协议自2025年1月1日起生效。",
        "本協議自2025年起生效。",
        "乙方自第3天起提供驻场服务。",
        "服务费每月500元。",
    ],
)
def test_a_date_an_ordinal_or_a_fixed_price_is_no_floor(text: str) -> None:
    assert not any(t.endswith("起") for t in vd_terms(text))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("如需延期，具体时间由双方协定。", "由双方协定"),
        ("如需延期，具體時間由雙方協定。", "由雙方協定"),
        ("驻场服务的收费标准另定。", "标准另定"),
        ("駐場服務價格另定。", "價格另定"),
        ("需求变更时，乙方相应增加报价和工期。", "相应增加报价"),
        ("需求變更時，乙方相應調整費用。", "相應調整費用"),
        ("偏远地区运费需另外报价。", "另外报价"),
        ("偏遠地區運費需另外報價。", "另外報價"),
        ("工程师差旅费用实报实销。", "实报实销"),
        ("工程師差旅費用實報實銷。", "實報實銷"),
        ("流量费用按月据实结算。", "据实结算"),
    ],
)
def test_a_price_or_time_left_to_later_agreement(text: str, term: str) -> None:
    assert term in vd_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "甲乙双方协定如下：",  # the agreement's own opening: what follows is agreed
        "甲乙雙方協定如下：",
        "乙方相应增加驻场工程师一名。",  # a count, not a price
        "如需另定制开发，请与乙方联系。",  # 另 + 定制, not 另定
    ],
)
def test_the_same_words_in_another_role(text: str) -> None:
    assert vd_terms(text) == []


def test_another_routine_check_is_not_a_price_set_later() -> None:
    found = warnings("乙方另定期检查设备。")
    assert ("VT001", "定期") in found and all(code != "VD001" for code, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "我公司为小型客户提供单次收费的上门维护服务。",
        "我公司為小型客戶提供單次收費的上門維護服務。",
        "维修完成后请保留收费凭证。",
        "維修完成後請保留收費憑證。",
    ],
)
def test_a_charge_naming_a_kind_of_service_or_a_receipt_is_not_a_price_left_open(text: str) -> None:
    assert vd_terms(text) == []


@pytest.mark.parametrize("text", ["超出保修范围的，乙方将收取维修费。", "超出保修範圍的，乙方將收取維修費。"])
def test_a_charge_made_with_no_amount_stays(text: str) -> None:
    assert vd_terms(text)
