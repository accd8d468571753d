"""Capital amounts (大写金额) under the PBOC rules, both scripts, and their parser."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from termsmith.library.numerals import capital_amount, chinese_number, parse_capital

PBOC = [
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("10005.50", "壹万零伍元伍角"),
    ("1000000", "壹佰万元整"),
    ("100200300.09", "壹亿零贰拾万零叁佰元零玖分"),
    ("0.50", "伍角"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    ("10", "壹拾元整"),
    ("110000", "壹拾壹万元整"),
    ("0", "零元整"),
    ("12000", "壹万贰仟元整"),
    ("1010", "壹仟零壹拾元整"),
    ("100000001", "壹亿零壹元整"),
    ("107000.53", "壹拾万零柒仟元伍角叁分"),
    ("20000000000", "贰佰亿元整"),
]


@pytest.mark.parametrize(("amount", "words"), PBOC)
def test_pboc_examples_zh_hans(amount: str, words: str) -> None:
    assert capital_amount(Decimal(amount), "zh-Hans", currency=None) == words
    assert capital_amount(Decimal(amount), "zh-Hans") == "人民币" + words


HANT = [
    ("325.04", "人民幣參佰貳拾伍元零肆分"),
    ("6007.14", "人民幣陸仟零柒元壹角肆分"),
    ("100200300.09", "人民幣壹億零貳拾萬零參佰元零玖分"),
    ("12000", "人民幣壹萬貳仟元整"),
    ("110000", "人民幣壹拾壹萬元整"),
]


@pytest.mark.parametrize(("amount", "words"), HANT)
def test_zh_hant_forms(amount: str, words: str) -> None:
    text = capital_amount(Decimal(amount), "zh-Hant")
    assert text == words
    assert not set("叁贰陆万亿币") & set(text)


def test_other_currencies_and_rounding() -> None:
    assert capital_amount(Decimal("12000"), "zh-Hans", "HKD") == "港币壹万贰仟元整"
    assert capital_amount(Decimal("0.005"), "zh-Hans", None) == "壹分"  # ROUND_HALF_UP to 分
    assert capital_amount(Decimal("1.994"), "zh-Hans", None) == "壹元玖角玖分"


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("1000000000000"), Decimal("NaN")])
def test_refuses_what_it_cannot_write(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        capital_amount(bad)


def test_english_has_no_capital_numerals() -> None:
    with pytest.raises(ValueError):
        capital_amount(Decimal(1), "en")


@pytest.mark.parametrize(
    ("text", "value"), [(w, Decimal(a)) for a, w in PBOC] + [("人民幣參佰貳拾伍元零肆分", Decimal("325.04"))]
)
def test_parse_examples(text: str, value: Decimal) -> None:
    assert parse_capital(text) == value


@pytest.mark.parametrize("bad", ["拾元整", "壹元零角", "壹元伍", "壹仟X元整"])
def test_parse_rejects_malformed(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_capital(bad)


amounts = st.decimals(
    min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False, allow_infinity=False
)


@given(amounts, st.sampled_from(["zh-Hans", "zh-Hant"]))
def test_every_capital_amount_parses_back(amount: Decimal, lang: str) -> None:
    text = capital_amount(amount, lang)
    assert parse_capital(text) == amount
    assert text.endswith("整") == (amount == amount.to_integral_value())
    assert "零零" not in text
    assert not text.replace("人民币", "").replace("人民幣", "").startswith("拾")


@given(amounts)
def test_zero_rules_hold(amount: Decimal) -> None:
    words = capital_amount(amount, "zh-Hans", None)
    assert not words.endswith("零整") and "零元" not in words[1:] and "零万" not in words and "零亿" not in words
    if amount >= 1 and (amount * 100) % 100 == 0:
        assert words.endswith("元整")


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
    ],
)
def test_article_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text
