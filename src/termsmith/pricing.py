"""Pricing a quote (报价单) from the fee schedule, in Decimal with explicit rounding.

Lines
- a recurring fee is charged for the part of the term it covers (the rule, in full, is in
  ``termsmith.spec.periods``): from the term start — or, when it starts after the free
  maintenance period, from the day that period ends — to the term end, counted in whole
  months plus the remaining days prorated by the days of their month. Quantity = billed
  months / months per billing period, rounded half up to 4 decimals. Worked example
  (the fuel-station sample): free period ends 2026-12-20, term ends 2028-01-18 → 12 months
  + 29/31 → 12.9355 months → a yearly fee's quantity 1.0780.
- a rate-card item appears when it has an ``estimate`` (e.g. 5 person-days);
  negotiable items without a price are listed in the rate card, not priced here.
- one-off items: quantity × amount.

Rounding (documented in the quote): every line amount is rounded ROUND_HALF_UP to
the currency's minor unit; tax is computed once on the subtotal and rounded the
same way (inclusive prices: tax = total − total / (1 + rate)); the total is
split by way of billing (``group_totals``): recurring fees per period, estimated rate-card
work on acceptance, one-off items in the milestones of ``payment.milestones``; milestone
amounts are rounded except the last, which is the one-off total minus the others, so each
schedule adds up exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from termsmith.spec.commercial import FeeStart, Milestone
from termsmith.spec.model import Spec
from termsmith.spec.periods import (  # noqa: F401  (add_months, free_period_end, whole_months_between: re-exported)
    BilledPeriod,
    add_months,
    billed_period,
    free_period_end,
    term_end,
    whole_months_between,
)
from termsmith.spec.types import Money, Percent, Text, quantize_money


@dataclass(frozen=True, slots=True)
class QuoteLine:
    id: str
    name: Text
    source: str  # "recurring" | "rate-card" | "one-off"
    unit: str  # a period or rate unit value, e.g. "year", "person-day"; "item" for one-off
    quantity: Decimal
    unit_price: Money
    amount: Money
    period: BilledPeriod | None = None  # recurring lines: the part of the term billed


@dataclass(frozen=True, slots=True)
class Quote:
    currency: str
    lines: tuple[QuoteLine, ...]
    subtotal: Money  # sum of line amounts, as priced (tax included or not, per tax.included)
    tax_rate: Percent
    tax_included: bool
    net: Money  # before tax
    tax: Money
    total: Money  # payable
    milestones: tuple[tuple[Milestone, Money], ...]  # instalments of the one-off items (payment.milestones)
    valid_until: date | None
    # What each way of billing collects, tax as priced included; the three add up to ``total`` exactly.
    recurring_total: Money | None = None  # billed per period (payment.recurring)
    acceptance_total: Money | None = None  # estimated rate-card work, billed on acceptance (payment.on_acceptance)
    one_off_total: Money | None = None  # billed in milestones


GROUPS = ("recurring", "rate-card", "one-off")


def group_totals(lines: list[QuoteLine], total: Money, rate: Decimal, included: bool) -> dict[str, Money]:
    """Payable per way of billing. Prices with tax: each group's line amounts. Prices without tax:
    each group's lines plus its tax rounded half up, and the last group present takes the rest,
    so that the groups add up to the total exactly."""
    cur = total.currency
    present = [g for g in GROUPS if any(line.source == g for line in lines)]
    out: dict[str, Money] = {}
    running = Decimal(0)
    for i, group in enumerate(present):
        subtotal = sum((line.amount.amount for line in lines if line.source == group), Decimal(0))
        if i == len(present) - 1:
            amount = total.amount - running
        else:
            amount = subtotal if included else subtotal + quantize_money(subtotal * rate, cur)
        running += amount
        out[group] = Money(amount, cur)
    return out


def _money(amount: Decimal, currency: str) -> Money:
    return Money(quantize_money(amount, currency), currency)


def term_months(spec: Spec) -> int:
    """Whole months of the term (a term in days: the whole months it spans)."""
    return whole_months_between(spec.term.start, term_end(spec))


def billable_months(spec: Spec, starts: FeeStart) -> Decimal:
    """Billed months of a recurring fee, partial months prorated by days (see termsmith.spec.periods)."""
    return billed_period(spec, starts is FeeStart.AFTER_FREE_PERIOD).months


def _lines(spec: Spec) -> list[QuoteLine]:
    cur = spec.fees.currency
    lines: list[QuoteLine] = []
    for fee in spec.fees.recurring:
        period = billed_period(spec, fee.starts is FeeStart.AFTER_FREE_PERIOD)
        quantity = period.quantity(12 // fee.period.per_year)
        lines.append(
            QuoteLine(
                fee.id,
                fee.name,
                "recurring",
                fee.period.value,
                quantity,
                fee.amount,
                _money(fee.amount.amount * quantity, cur),
                period,
            )
        )
    for item in spec.fees.rate_card:
        if item.estimate is None or item.price is None:
            continue
        lines.append(
            QuoteLine(
                item.id,
                item.name,
                "rate-card",
                item.unit.value,
                item.estimate,
                item.price,
                _money(item.price.amount * item.estimate, cur),
            )
        )
    for one in spec.fees.one_off:
        quantity = Decimal(one.quantity)
        lines.append(
            QuoteLine(
                one.id, one.name, "one-off", "item", quantity, one.amount, _money(one.amount.amount * quantity, cur)
            )
        )
    return lines


def split_milestones(total: Money, milestones: list[Milestone]) -> tuple[tuple[Milestone, Money], ...]:
    """Milestone amounts that add up to ``total`` exactly (the last one takes the remainder)."""
    out: list[tuple[Milestone, Money]] = []
    running = Decimal(0)
    for i, m in enumerate(milestones):
        if i == len(milestones) - 1:
            amount = total.amount - running
        else:
            amount = quantize_money(total.amount * m.percent.fraction, total.currency)
        running += amount
        out.append((m, Money(amount, total.currency)))
    return tuple(out)


def price_quote(spec: Spec) -> Quote:
    cur = spec.fees.currency
    lines = _lines(spec)
    subtotal = sum((line.amount.amount for line in lines), Decimal(0))
    rate = spec.fees.tax.rate.fraction
    if spec.fees.tax.included:
        total = quantize_money(subtotal, cur)
        net = quantize_money(total / (1 + rate), cur)
        tax = total - net
    else:
        net = quantize_money(subtotal, cur)
        tax = quantize_money(net * rate, cur)
        total = net + tax
    total_money = Money(total, cur)
    groups = group_totals(lines, total_money, rate, spec.fees.tax.included)
    one_off = groups.get("one-off")
    valid_until = (
        spec.agreement.signing_date + timedelta(days=spec.agreement.quote_valid_days)
        if spec.agreement.signing_date
        else None
    )
    return Quote(
        currency=cur,
        lines=tuple(lines),
        subtotal=_money(subtotal, cur),
        tax_rate=spec.fees.tax.rate,
        tax_included=spec.fees.tax.included,
        net=Money(net, cur),
        tax=Money(tax, cur),
        total=total_money,
        milestones=split_milestones(one_off, list(spec.payment.milestones)) if one_off else (),
        valid_until=valid_until,
        recurring_total=groups.get("recurring"),
        acceptance_total=groups.get("rate-card"),
        one_off_total=one_off,
    )
