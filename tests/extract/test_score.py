"""The scorer compares values by meaning, not spelling: a time limit by its length and its
clock, money by Decimal amount and currency, a percentage by Decimal. It is unfair in
neither direction: equal meanings match whatever their spelling, different clocks or
currencies never match."""

from __future__ import annotations

from typing import Any

import pytest

from termsmith.extract.score import score


def _level(kind: str, within: str, clock: str | None = None) -> dict[str, Any]:
    return {"severity_levels": [{"name": "P1", kind: {"within": within, "clock": clock}}]}


def _same(got: dict[str, Any], want: dict[str, Any]) -> bool:
    result = score(got, want)
    assert result.tp + result.fn == 1, result
    return result.tp == 1 and result.fp == 0


@pytest.mark.parametrize(
    ("got", "want"),
    [
        (("60 minutes", None), ("1h", None)),
        (("90m", None), ("1.5 hours", None)),
        (("1 day", None), ("24h", None)),  # unstated clock: elapsed time
        (("1 day", "24x7"), ("24 hours", None)),  # 24x7 and unstated are both elapsed time
        (("2 weeks", None), ("14 days", None)),
        (("4h", "business"), ("4 business hours", None)),  # the hours run on the business clock
        (("4h", "cn-business"), ("4 business hours", "business")),  # a calendar id is a business clock
        (("30m", "business"), ("30 minutes", "business")),
        (("1 day", "business"), ("1 business day", None)),
        (("1 business day", "24x7"), ("1 business day", None)),  # a business unit names its own clock
        (("2 working days", None), ("2 business days", "business")),
    ],
)
def test_equal_lengths_on_the_same_clock_match(got: tuple[str, str | None], want: tuple[str, str | None]) -> None:
    assert _same(_level("response", *got), _level("response", *want))


@pytest.mark.parametrize(
    ("got", "want"),
    [
        (("4h", None), ("4h", "business")),  # elapsed hours are not business hours
        (("4 hours", "24x7"), ("4 business hours", None)),
        (("1 day", None), ("1 business day", None)),  # a calendar day is not a business day
        (("1 business day", None), ("8 business hours", None)),  # the calendar says how long a day is
        (("24h", "business"), ("1 day", "business")),  # 24 business hours are not one business day
        (("1 week", "business"), ("5 business days", None)),  # nor is a week five of them
        (("1h", None), ("2h", None)),
    ],
)
def test_different_lengths_or_clocks_do_not_match(got: tuple[str, str | None], want: tuple[str, str | None]) -> None:
    assert not _same(_level("response", *got), _level("response", *want))


def test_response_and_resolution_stay_apart() -> None:
    assert not _same(_level("response", "4h"), _level("resolution", "4h"))


def test_free_period_and_term_compare_calendar_lengths() -> None:
    assert _same({"term": {"length": "1 year"}}, {"term": {"length": "12 months"}})
    assert _same({"free_maintenance": {"length": "2 years"}}, {"free_maintenance": {"length": "24 months"}})
    assert not _same({"term": {"length": "365 days"}}, {"term": {"length": "1 year"}})
    assert not _same({"term": {"length": "1 year"}}, {"term": {"length": "18 months"}})


def test_money_compares_by_amount_and_currency() -> None:
    def fee(amount: str) -> dict[str, Any]:
        return {"fees": {"recurring": [{"amount": amount, "period": "year"}]}}

    assert _same(fee("6000 CNY"), fee("6000.00 CNY"))
    assert _same(fee("CNY 6,000"), fee("6000.00 CNY"))
    assert not _same(fee("6000.00 HKD"), fee("6000.00 CNY"))
    assert not _same(fee("6000.01 CNY"), fee("6000.00 CNY"))
    assert not _same(
        {"fees": {"recurring": [{"amount": "6000 CNY", "period": "month"}]}},
        fee("6000 CNY"),
    )  # the basis is part of the fact


def test_liability_cap_amount_and_percentages_by_decimal() -> None:
    assert _same({"liability": {"cap_amount": "CNY 100000"}}, {"liability": {"cap_amount": "100000.00 CNY"}})
    assert _same({"liability": {"cap": "100"}}, {"liability": {"cap": "100.0%"}})
    assert not _same({"liability": {"cap": "100%"}}, {"liability": {"cap": "200%"}})
    assert _same({"liability": {"cap": "200"}}, {"liability": {"cap": "200%"}})
    milestones = {"payment": {"milestones": [{"percent": "30"}]}}
    assert _same(milestones, {"payment": {"milestones": [{"percent": "30.00%"}]}})


def test_text_that_is_no_duration_matches_only_itself() -> None:
    assert not _same(_level("response", "soon"), _level("response", "1h"))
    assert _same({"term": {"length": "TODO"}}, {"term": {"length": "TODO"}})


def _levels(*times: tuple[str | None, str | None]) -> dict[str, Any]:
    levels = []
    for n, (response, resolution) in enumerate(times, 1):
        level: dict[str, Any] = {"name": f"P{n}"}
        if response:
            level["response"] = {"within": response}
        if resolution:
            level["resolution"] = {"within": resolution}
        levels.append(level)
    return {"severity_levels": levels}


def test_levels_pair_whatever_their_order_or_names() -> None:
    got = _levels(("4h", "24h"), ("1h", "8h"))
    want = _levels(("1h", "8h"), ("4h", "24h"))
    result = score(got, want)
    assert (result.tp, result.fp, result.fn) == (4, 0, 0)


def test_a_time_read_onto_another_level_is_wrong_though_the_pool_holds_it() -> None:
    """One tier's resolution time put on another tier's level: right in a pool of times,
    wrong on paired levels."""
    got = _levels(("8 business hours", "24h"), ("4h", None))
    want = _levels(("8 business hours", None), ("4h", "24h"))
    paired = score(got, want)
    assert (paired.tp, paired.fp, paired.fn) == (2, 1, 1)
    assert [kind for kind, _ in paired.wrong] == ["resolution"] == [kind for kind, _ in paired.missed]
    pooled = score(got, want, pooled_levels=True)
    assert (pooled.tp, pooled.fp, pooled.fn) == (3, 0, 0)


def test_a_level_found_twice_counts_once() -> None:
    result = score(_levels(("2h", None), ("2h", None)), _levels(("2h", None)))
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)


def test_levels_pair_by_most_agreement_first() -> None:
    """The found level that agrees on both times takes the expected level, not the first
    found level, which agrees on one (pairing in order would score 2 right, not 3)."""
    got = _levels(("2h", "48h"), ("2h", "24h"))
    want = _levels(("2h", "24h"), ("8h", "48h"))
    result = score(got, want)
    assert (result.tp, result.fp, result.fn) == (3, 1, 1)
