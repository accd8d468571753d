"""Capital amounts and article numbers at their edges: defaults, zeros between digits,
prefixes, refusals with their exact messages, and the parser's currency names.

Every expected string is written by hand from the PBOC rules quoted in numerals.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from termsmith.library.numerals import CURRENCY_NAMES, capital_amount, chinese_number, parse_capital
from termsmith.spec.types import CURRENCY_MINOR_UNITS


def test_defaults_are_simplified_script_and_renminbi() -> None:
    assert capital_amount(Decimal("12000")) == "人民币壹万贰仟元整"
    assert capital_amount(Decimal("12000"), "zh-Hant") == "人民幣壹萬貳仟元整"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1011", "壹仟零壹拾壹元整"),  # one 零 for the hundreds, none between 拾 and 壹
        ("10101", "壹万零壹佰零壹元整"),
        ("20304.05", "贰万零叁佰零肆元零伍分"),
        ("1001001", "壹佰万零壹仟零壹元整"),  # the zero 十万/万 places sit between 佰 and 仟: one 零 after 万
        ("100010001", "壹亿零壹万零壹元整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("0.01", "壹分"),
        ("0.10", "壹角"),
        ("1.01", "壹元零壹分"),
        ("1.10", "壹元壹角"),
    ],
)
def test_zeros_between_digits(amount: str, words: str) -> None:
    assert capital_amount(Decimal(amount), "zh-Hans", None) == words


def test_currency_prefixes() -> None:
    assert capital_amount(Decimal("1"), "zh-Hans", "MOP") == "澳门元壹元整"
    assert capital_amount(Decimal("1"), "zh-Hant", "TWD") == "新臺幣壹元整"
    assert capital_amount(Decimal("1"), "zh-Hant", "JPY") == "日圓壹元整"
    # a currency without a Chinese name (none the spec accepts: see the test below) keeps its code
    assert capital_amount(Decimal("1"), "zh-Hans", "INR") == "印度卢比壹元整"
    assert capital_amount(Decimal("1"), "zh-Hant", "AED") == "阿聯酋迪拉姆壹元整"
    assert capital_amount(Decimal("1"), "zh-Hans", "SCR") == "SCR壹元整"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (12000, "a capital amount needs a finite Decimal"),
        (1.5, "a capital amount needs a finite Decimal"),
        (Decimal("Infinity"), "a capital amount needs a finite Decimal"),
        (Decimal("-0.01"), "a capital amount cannot be negative"),
        (Decimal("999999999999.995"), "amounts of 1,000,000,000,000 or more are not written in capital numerals here"),
    ],
)
def test_refusals_say_why(amount: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        capital_amount(amount)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_half_a_fen_below_zero_rounds_to_zero() -> None:
    assert capital_amount(Decimal("-0.004"), "zh-Hans", None) == "零元整"


def test_other_language_is_named_in_the_refusal() -> None:
    with pytest.raises(ValueError) as info:
        capital_amount(Decimal(1), "en")
    assert str(info.value) == "capital numerals exist in zh-Hans and zh-Hant, not 'en'"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("港币壹万元整", "10000.00"),
        ("新台币伍佰元整", "500.00"),
        ("新臺幣伍佰元整", "500.00"),
        ("欧元壹元伍角", "1.50"),
        ("壹万元正", "10000.00"),  # 正 is the older spelling of 整
        ("  壹元整  ", "1.00"),
        ("壹万亿元整", "1000000000000.00"),  # 亿 multiplies everything before it
        ("贰亿叁仟万元整", "230000000.00"),
    ],
)
def test_parse_currency_names_and_suffixes(text: str, value: str) -> None:
    assert parse_capital(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("拾元整", "拾 needs a digit before it (write 壹拾)"),
        ("壹X元整", "unexpected character 'X' in a capital amount"),
        ("壹元伍角元", "unexpected character '元' after 元"),
        ("壹元零角", "角 needs a non-zero digit before it"),
        ("壹元分", "分 needs a non-zero digit before it"),
        ("壹元壹", "a digit after 元 needs 角 or 分"),
        ("壹元伍", "a digit after 元 needs 角 or 分"),
    ],
)
def test_parse_refusals_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_capital(text)
    assert str(info.value) == message


@pytest.mark.parametrize(("n", "text"), [(999, "九百九十九"), (120, "一百二十"), (305, "三百零五"), (200, "二百")])
def test_article_numbers_up_to_999(n: int, text: str) -> None:
    assert chinese_number(n) == text
    assert chinese_number(n, "zh-Hant") == text


@pytest.mark.parametrize("n", [0, 1000, -1])
def test_article_numbers_outside_1_to_999_are_refused(n: int) -> None:
    with pytest.raises(ValueError) as info:
        chinese_number(n)
    assert str(info.value) == "article numbers run from 1 to 999"


@pytest.mark.parametrize("currency", sorted(CURRENCY_MINOR_UNITS))
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_every_currency_a_spec_accepts_is_named_in_chinese_capitals(currency: str, lang: str) -> None:
    # a ZAR or AUD agreement printed "ZAR陆仟元整": the code where a Chinese lawyer reads the currency's name
    words = capital_amount(Decimal("6000"), lang, currency)
    assert not words.startswith(currency), words
    assert words.startswith(CURRENCY_NAMES[currency][lang])
    assert parse_capital(words) == Decimal("6000.00")
