"""An amount whose ten-thousands are written before the rest ("9萬5,000元", "每月21萬7,350元", "3万500元") is one
amount (`values._with_wan_before`), not its last digits alone: Taiwanese contracts and judgments write sums so."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, fee_facts, file_fee_facts, text_lines

from termsmith.extract.values import money


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("服務費用為9萬5,000元", ["95000.00 TWD"]),
        ("價金新臺幣(下同)757萬5,750元", ["7575750.00 TWD"]),
        ("维护费3万500元", ["30500.00 TWD"]),
        ("共5万元", ["50000.00 TWD"]),
        # a range, a sum of its own scale and one below ten thousand stay as they were
        ("5000-8000元", ["5000.00 TWD"]),
        ("1~2万元", ["10000.00 TWD"]),
        ("第3萬次 費用 5,750元", ["5750.00 TWD"]),
    ],
)
def test_ten_thousands_before_the_rest(text: str, amounts: list[str]) -> None:
    assert [str(m.money) for m in money(text, "TWD")] == amounts


def test_a_traditional_service_order_with_monthly_fees(tmp_path: Path) -> None:
    text = text_lines(
        "服務訂單",
        "新加坡雲端及台灣主機代管服務:服務期間自103年9月16日起至104年9月15日止,服務費用分別為每月21萬7,350元及8萬2,000元。",
    )
    assert fee_facts(tmp_path, text) == [("fee", "217350 TWD", "month"), ("fee", "82000 TWD", "month")]


def test_a_simplified_docx_with_a_yearly_fee(tmp_path: Path) -> None:
    path = docx_paragraphs(tmp_path, ["维护服务", "甲方每年向乙方支付维护费3万500元。"])
    assert file_fee_facts(path) == [("fee", "30500 CNY", "year")]
