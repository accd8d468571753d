"""A saving or a discount is no price, whatever basis follows it (`fees._threshold`): "Save $40 each month" beside a
plan's price, "$50 off", 节省/立减 … 元 — only the price itself is a fee."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import fee_facts as _fees


@pytest.mark.parametrize(
    "saving",
    [
        "Save $120 each month compared with our hourly rate.",
        "Save up to $120 a month on support.",
        "That is a saving of $120 per month.",
        "Annual billing gives you $120 off every month.",
        "Prepay and get a $120 discount each month.",
    ],
)
def test_an_english_saving_beside_a_plan_price_is_no_fee(tmp_path: Path, saving: str) -> None:
    text = f"Maintenance plan: the Client pays $450 per month for support.\n{saving}\n"
    assert _fees(tmp_path, text) == [("fee", "450 USD", "month")]


@pytest.mark.parametrize("saving", ["年付可节省600元。", "年付每月立减50元。", "年付每月減免50元。"])
def test_a_chinese_saving_beside_a_plan_price_is_no_fee(tmp_path: Path, saving: str) -> None:
    text = f"维护服务费:每月1500元。{saving}\n"
    assert _fees(tmp_path, text) == [("fee", "1500 CNY", "month")]


def test_a_discounted_price_is_still_a_price(tmp_path: Path) -> None:
    text = "Maintenance plan: the Client pays a discounted rate of $95 per hour for support.\n"
    assert _fees(tmp_path, text) == [("fee", "95 USD", "hour")]


@pytest.mark.parametrize(
    "saving",
    [
        "(a $40.00 p/hr. savings over our standard hourly rate of $125.00 p/hr.)",
        "That is a $40/hr saving on ad-hoc work at $125 per hour.",
        "Annual billing takes $40 a month off.",
    ],
)
def test_a_saving_with_its_basis_before_the_word_is_no_fee(tmp_path: Path, saving: str) -> None:
    # extract19F: the basis stands between the amount and the saving word ("$40.00 p/hr. savings")
    text = f"Extra time is billed at $85 per hour.\n{saving}\n"
    assert ("fee", "40 USD", "hour") not in _fees(tmp_path, text)
    assert ("fee", "40 USD", "month") not in _fees(tmp_path, text)
    assert ("fee", "85 USD", "hour") in _fees(tmp_path, text)
