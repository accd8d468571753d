"""Quote pricing: Decimal amounts, explicit rounding, milestones that add up exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

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
    # free period: acceptance 2025-12-20 + 12 months = 2026-12-20; term 2026-01-18 + 24 months = 2028-01-18
    spec = _spec()
    assert billable_months(spec, spec.fees.recurring[0].starts) == 12
    assert lines["retainer"].quantity == Decimal(1)
    assert lines["retainer"].amount == Money(Decimal("6000.00"), "CNY")
    assert lines["feature-work"].amount == Money(Decimal("15000.00"), "CNY")  # 5 person-days x 3000
    assert lines["training-extra"].amount == Money(Decimal("1500.00"), "CNY")
    assert "api-simple" not in lines  # no estimate: listed in the rate card, not priced
    assert quote.total == Money(Decimal("22500.00"), "CNY")
    # prices include 6% VAT: net = 22500 / 1.06 = 21226.415... -> 21226.42; tax = the rest
    assert quote.net.amount == Decimal("21226.42")
    assert quote.tax.amount == Decimal("1273.58")
    assert quote.net.amount + quote.tax.amount == quote.total.amount
    assert [amount.amount for _, amount in quote.milestones] == [Decimal("11250.00"), Decimal("11250.00")]
    assert quote.valid_until == date(2026, 2, 17)


def test_tax_exclusive_adds_rounded_tax() -> None:
    spec = _spec({"      rate: 6%\n      included: true": "      rate: 6%\n      included: false"})
    quote = price_quote(spec)
    assert quote.net.amount == Decimal("22500.00")
    assert quote.tax.amount == Decimal("1350.00")
    assert quote.total.amount == Decimal("23850.00")


def test_recurring_fee_from_signing_bills_every_month_of_the_term() -> None:
    spec = _spec({"        starts: after-free-period\n": "        starts: signing\n"})
    line = next(line for line in price_quote(spec).lines if line.id == "retainer")
    assert line.quantity == Decimal(2)  # 24 months of a yearly fee
    assert line.amount.amount == Decimal("12000.00")


def test_month_arithmetic_clamps_and_counts_whole_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert whole_months_between(date(2026, 1, 18), date(2026, 2, 17)) == 0
    assert whole_months_between(date(2026, 1, 18), date(2026, 2, 18)) == 1
    assert whole_months_between(date(2026, 5, 1), date(2026, 4, 1)) == 0


def _milestones(percents: list[Decimal]) -> list[Milestone]:
    return [Milestone(name=Text.parse(f"m{i}"), trigger=PaymentTrigger.SIGNING, percent=Percent(p), due_days=0)
            for i, p in enumerate(percents)]


@st.composite
def _percent_splits(draw: st.DrawFn) -> list[Decimal]:
    cuts = sorted(draw(st.lists(st.integers(1, 9999), min_size=0, max_size=5, unique=True)))
    bounds = [0, *cuts, 10000]
    return [Decimal(b - a) / 100 for a, b in zip(bounds, bounds[1:])]


@given(total=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       percents=_percent_splits())
def test_milestones_always_add_up_to_the_total(total: Decimal, percents: list[Decimal]) -> None:
    assert sum(percents) == 100
    parts = split_milestones(Money(total, "CNY"), _milestones(percents))
    amounts = [money.amount for _, money in parts]
    assert sum(amounts) == total
    for amount in amounts[:-1]:
        assert amount == amount.quantize(Decimal("0.01"))
    # each part is within one minor unit per milestone of its exact share
    for (milestone, money) in parts:
        assert abs(money.amount - total * milestone.percent.fraction) <= Decimal("0.01") * len(parts)


def test_zero_decimal_currency_rounds_to_whole_units() -> None:
    parts = split_milestones(Money(Decimal("1000"), "JPY"), _milestones([Decimal("33.33"), Decimal("33.33"),
                                                                        Decimal("33.34")]))
    assert [m.amount for _, m in parts] == [Decimal("333"), Decimal("333"), Decimal("334")]
