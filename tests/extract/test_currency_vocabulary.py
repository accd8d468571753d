"""Currencies by every name the spec's currencies have (`values._CURRENCY_WORDS`) and the dollar a page means by "$"
when it names its country once (`values.local_currency`): a Singapore company's "$" is Singapore's; a New Zealand
page's "$" is no US dollar (the spec has no New Zealand dollar, so its amounts are not read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import fee_facts as _fees


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("75 US dollars", "USD"),
        ("75 Singapore dollars", "SGD"),
        ("75 euros", "EUR"),
        ("75 pounds sterling", "GBP"),
        ("75 yuan", "CNY"),
        ("CHF 75", "CHF"),
        ("RM75", "MYR"),
        ("75 baht", "THB"),
        ("JPY 75", "JPY"),
        ("KRW 75", "KRW"),
    ],
)
def test_a_currency_named_in_words_or_by_its_code(tmp_path: Path, amount: str, code: str) -> None:
    text = f"Support fee: the Client shall pay {amount} per month for support.\n"
    assert _fees(tmp_path, text) == [("fee", f"75 {code}", "month")]


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("Acme Pte Ltd (UEN 201912345K) provides the support below.", "SGD"),
        ("This Agreement is governed by the laws of Singapore.", "SGD"),
        ("Acme Pty Ltd (ABN 12 345 678 901) provides the support below.", "AUD"),
        ("Acme Inc. provides the support below.", "USD"),
    ],
)
def test_a_bare_dollar_is_the_named_countrys(tmp_path: Path, lead: str, code: str) -> None:
    text = f"{lead}\nSupport fee: $120 per month.\n"
    assert _fees(tmp_path, text) == [("fee", f"120 {code}", "month")]


def test_a_new_zealand_dollar_is_no_us_dollar(tmp_path: Path) -> None:
    # New Zealand's dollar is a spec currency since session 23 (its amounts used to be dropped without a word)
    assert _fees(tmp_path, "Support fee: NZ$120 per month.\n") == [("fee", "120 NZD", "month")]
    assert _fees(
        tmp_path, "This Agreement is governed by the laws of New Zealand.\nSupport fee: $120 per month.\n"
    ) == [("fee", "120 NZD", "month")]


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("Acme Pty Ltd (ABN 12 345 678 901). All prices are quoted in USD.", "USD"),
        ("All Fees are stated in Australian Dollars (AUD) and exclude GST.", "AUD"),
        ("All amounts are in Singapore dollars.", "SGD"),
    ],
)
def test_the_currency_a_page_states_once_for_its_prices(tmp_path: Path, lead: str, code: str) -> None:
    text = f"{lead}\nSupport fee: $120 per month.\n"
    assert _fees(tmp_path, text) == [("fee", f"120 {code}", "month")]
