"""Quote pricing: Decimal amounts, explicit rounding, milestones that add up exactly."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, strategies as st

from termsmith.pricing import add_months, billable_months, price_quote, split_milestones, whole_months_between
from termsmith.spec.commercial import Milestone, PaymentTrigger
from termsmith.spec.types import Money, Percent, Text
from termsmith.validation import validate_path, validate_text

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _spec(replacements: dict[str, str] | None = None):
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in (replacements or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    result = validate_text(text, "sample.yaml")
    assert result.ok, result.diagnostics
    return result.document.spec


def test_sample_quote_lines_and_totals() -> None:
    quote = price_quote(validate_path(SAMPLE).document.spec)
    lines = {line.id: line for line in quote.lines}
    # free period: acceptance 2025-12-20 + 12 months → ends 2026-12-20; term 2026-01-18 + 24 months → 2028-01-18.
    # Billed: 2026-12-20 .. 2028-01-17 = 12 whole months (to 2027-12-20) + 29 days of the 31-day month
    # 2027-12-20 .. 2028-01-20 → 12 + 29/31 = 12.93548… months; a yearly fee: /12 = 1.07795… → 1.0780.
    spec = _spec()
    period = lines["retainer"].period
    assert (period.start, period.end, period.whole_months, period.extra_days, period.days_in_partial_month) == (
        date(2026, 12, 20),
        date(2028, 1, 18),
        12,
        29,
        31,
    )
    assert billable_months(spec, spec.fees.recurring[0].starts) == Decimal(12) + Decimal(29) / Decimal(31)
    assert lines["retainer"].quantity == Decimal("1.078")
    assert lines["retainer"].amount == Money(Decimal("6468.00"), "CNY")  # 6000 x 1.0780
    assert lines["feature-work"].amount == Money(Decimal("15000.00"), "CNY")  # 5 person-days x 3000
    assert lines["training-extra"].amount == Money(Decimal("1500.00"), "CNY")
    assert "api-simple" not in lines  # no estimate: listed in the rate card, not priced
    assert quote.total == Money(Decimal("22968.00"), "CNY")
    # prices include 6% VAT: net = 22968 / 1.06 = 21667.9245… -> 21667.92; tax = the rest
    assert quote.net.amount == Decimal("21667.92")
    assert quote.tax.amount == Decimal("1300.08")
    assert quote.net.amount + quote.tax.amount == quote.total.amount
    # billed three ways: the retainer per year in advance, the feature-work estimate on acceptance,
    # the one-off training in one milestone (100% on completion)
    assert quote.recurring_total.amount == Decimal("6468.00")
    assert quote.acceptance_total.amount == Decimal("15000.00")
    assert quote.one_off_total.amount == Decimal("1500.00")
    assert [amount.amount for _, amount in quote.milestones] == [Decimal("1500.00")]
    assert quote.valid_until == date(2026, 2, 17)


def test_tax_exclusive_adds_rounded_tax() -> None:
    spec = _spec({"      rate: 6%\n      included: true": "      rate: 6%\n      included: false"})
    quote = price_quote(spec)
    assert quote.net.amount == Decimal("22968.00")
    assert quote.tax.amount == Decimal("1378.08")  # 22968 x 6% = 1378.08
    assert quote.total.amount == Decimal("24346.08")
    # tax per group: 6468 x 6% = 388.08 → 6856.08; 15000 x 6% = 900 → 15900.00; the one-off takes the rest:
    # 24346.08 − 6856.08 − 15900.00 = 1590.00 (= 1500 + 90)
    assert (quote.recurring_total.amount, quote.acceptance_total.amount, quote.one_off_total.amount) == (
        Decimal("6856.08"),
        Decimal("15900.00"),
        Decimal("1590.00"),
    )


def test_recurring_fee_from_signing_bills_every_month_of_the_term() -> None:
    spec = _spec({"        starts: after-free-period\n": "        starts: signing\n"})
    line = next(line for line in price_quote(spec).lines if line.id == "retainer")
    assert line.quantity == Decimal(2)  # 24 months of a yearly fee
    assert line.amount.amount == Decimal("12000.00")
    assert (line.period.start, line.period.end) == (date(2026, 1, 18), date(2028, 1, 18))


def test_monthly_fee_prorates_the_partial_month_by_its_days() -> None:
    # term 2026-03-10 + 12 months → 2027-03-10; free period from acceptance 2026-03-25 + 3 months → 2026-06-25.
    # Billed 2026-06-25 .. 2027-03-09: 8 whole months (to 2027-02-25) + 13 days of the 28-day month
    # 2027-02-25 .. 2027-03-25 → 8 + 13/28 = 8.4642857… → 8.4643 months; 500.00 x 8.4643 = 4232.15.
    spec = _spec(
        {
            "    start: 2026-01-18\n    length: 24 months": "    start: 2026-03-10\n    length: 12 months",
            "signing_date: 2026-01-18": "signing_date: 2026-03-10",
            "accepted_on: 2025-12-20": "accepted_on: 2026-03-25",
            "live_on: 2025-12-28": "live_on: 2026-03-28",
            "    start_event: acceptance\n    length: 12 months": "    start_event: acceptance\n    length: 3 months",
            "amount: 6000.00 CNY\n        period: year": "amount: 500.00 CNY\n        period: month",
        }
    )
    line = next(line for line in price_quote(spec).lines if line.id == "retainer")
    assert (line.period.whole_months, line.period.extra_days, line.period.days_in_partial_month) == (8, 13, 28)
    assert line.quantity == Decimal("8.4643")
    assert line.amount.amount == Decimal("4232.15")


def test_a_free_period_that_outlasts_the_term_by_date_is_refused() -> None:
    text = (
        SAMPLE.read_text(encoding="utf-8")
        .replace("    length: 24 months", "    length: 12 months", 1)
        .replace("accepted_on: 2025-12-20", "accepted_on: 2026-03-01", 1)
        .replace("live_on: 2025-12-28", "live_on: 2026-03-05", 1)
    )
    result = validate_text(text, "late.yaml")
    assert [d.message for d in result.diagnostics] == [
        "the free maintenance period ends on 2027-03-01, on or after the term ends (2027-01-18): a fee that "
        "starts after it would bill nothing"
    ]


def test_month_arithmetic_clamps_and_counts_whole_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert whole_months_between(date(2026, 1, 18), date(2026, 2, 17)) == 0
    assert whole_months_between(date(2026, 1, 18), date(2026, 2, 18)) == 1
    assert whole_months_between(date(2026, 5, 1), date(2026, 4, 1)) == 0
    assert whole_months_between(date(2026, 1, 31), date(2026, 2, 28)) == 1  # the clamped anniversary counts


def _milestones(percents: list[Decimal]) -> list[Milestone]:
    return [
        Milestone(name=Text.parse(f"m{i}"), trigger=PaymentTrigger.SIGNING, percent=Percent(p), due_days=0)
        for i, p in enumerate(percents)
    ]


@st.composite
def _percent_splits(draw: st.DrawFn) -> list[Decimal]:
    cuts = sorted(draw(st.lists(st.integers(1, 9999), min_size=0, max_size=5, unique=True)))
    bounds = [0, *cuts, 10000]
    return [Decimal(b - a) / 100 for a, b in itertools.pairwise(bounds)]


@given(
    total=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    percents=_percent_splits(),
)
def test_milestones_always_add_up_to_the_total(total: Decimal, percents: list[Decimal]) -> None:
    assert sum(percents) == 100
    parts = split_milestones(Money(total, "CNY"), _milestones(percents))
    amounts = [money.amount for _, money in parts]
    assert sum(amounts) == total
    for amount in amounts[:-1]:
        assert amount == amount.quantize(Decimal("0.01"))
    # each part is within one minor unit per milestone of its exact share
    for milestone, money in parts:
        assert abs(money.amount - total * milestone.percent.fraction) <= Decimal("0.01") * len(parts)


def test_zero_decimal_currency_rounds_to_whole_units() -> None:
    parts = split_milestones(
        Money(Decimal("1000"), "JPY"), _milestones([Decimal("33.33"), Decimal("33.33"), Decimal("33.34")])
    )
    assert [m.amount for _, m in parts] == [Decimal("333"), Decimal("333"), Decimal("334")]
