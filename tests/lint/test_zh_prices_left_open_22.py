"""Issue 10, Chinese (lint22Z, session 22): prices and terms left open in the forms the lexicon lacked.

A price floor with no price list (…元起); the price or time left to later agreement (双方协定 · 另定 · 另外报价 ·
相应增加报价/工期); a charge settled at whatever is spent (实报实销 · 据实结算). Sentences written for these tests,
in both scripts, through the public API.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def vd_terms(text: str) -> list[str]:
    return [
        str(d.extra.get("term"))
        for d in lint_text(text, "t.txt")
        if d.code == "VD001" and d.severity is not Severity.INFO
    ]


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
