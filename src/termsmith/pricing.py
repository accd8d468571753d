"""Pricing a quote (报价单) from the fee schedule, in Decimal with explicit rounding.

Lines
- a recurring fee is charged for the months of the term it covers: all of them,
  or — when it starts after the free maintenance period — the whole months of the
  term left after that period ends. Quantity = billable months / months per period.
- a rate-card item appears when it has an ``estimate`` (e.g. 5 person-days);
  negotiable items without a price are listed in the rate card, not priced here.
- one-off items: quantity × amount.

Rounding (documented in the quote): every line amount is rounded ROUND_HALF_UP to
the currency's minor unit; tax is computed once on the subtotal and rounded the
same way (inclusive prices: tax = total − total / (1 + rate)); milestone amounts
are rounded except the last, which is the total minus the others, so the schedule
always adds up to the total exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from termsmith.spec.commercial import FeeStart, Milestone
from termsmith.spec.model import Spec
from termsmith.spec.service import StartEvent
from termsmith.spec.types import Money, Percent, Text, TimeUnit, quantize_money


@dataclass(frozen=True, slots=True)
class QuoteLine:
    id: str
    name: Text
    source: str  # "recurring" | "rate-card" | "one-off"
    unit: str  # a period or rate unit value, e.g. "year", "person-day"; "item" for one-off
    quantity: Decimal
    unit_price: Money
    amount: Money


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
    milestones: tuple[tuple[Milestone, Money], ...]
    valid_until: date | None


def _money(amount: Decimal, currency: str) -> Money:
    return Money(quantize_money(amount, currency), currency)


def _months(length_value: Decimal, unit: TimeUnit) -> int | None:
    if unit is TimeUnit.MONTHS:
        return int(length_value)
    if unit is TimeUnit.YEARS:
        return int(length_value * 12)
    return None


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    target = date(day.year + year, month + 1, 1)
    # clamp the day to the target month's length
    next_month = date(target.year + (target.month // 12), target.month % 12 + 1, 1)
    return target.replace(day=min(day.day, (next_month - timedelta(days=1)).day))


def whole_months_between(start: date, end: date) -> int:
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months - (1 if end.day < start.day else 0)


def term_months(spec: Spec) -> int:
    length = spec.term.length
    months = _months(length.value, length.unit)
    if months is None:  # a term in days: count whole months
        return whole_months_between(spec.term.start, spec.term.start + timedelta(days=int(length.value)))
    return months


def free_period_end(spec: Spec) -> date | None:
    """The day the free maintenance period ends, when its start is known."""
    fm = spec.free_maintenance
    start = {
        StartEvent.DATE: fm.start_date,
        StartEvent.SIGNING: spec.agreement.signing_date or spec.term.start,
        StartEvent.ACCEPTANCE: spec.project.accepted_on,
        StartEvent.GO_LIVE: spec.project.live_on,
    }[fm.start_event]
    months = _months(fm.length.value, fm.length.unit)
    if start is None:
        return None
    if months is None:
        return start + timedelta(days=int(fm.length.value))
    return add_months(start, months)


def billable_months(spec: Spec, starts: FeeStart) -> int:
    total = term_months(spec)
    if starts is FeeStart.SIGNING:
        return total
    free_end = free_period_end(spec)
    if free_end is None:  # unknown start event date: the free period is assumed to start with the term
        fm = spec.free_maintenance.length
        return max(0, total - (_months(fm.value, fm.unit) or 0))
    term_end = add_months(spec.term.start, total)
    return whole_months_between(max(spec.term.start, free_end), term_end)


def _lines(spec: Spec) -> list[QuoteLine]:
    cur = spec.fees.currency
    lines: list[QuoteLine] = []
    for fee in spec.fees.recurring:
        months = Decimal(billable_months(spec, fee.starts))
        quantity = (months / Decimal(12 // fee.period.per_year)).quantize(Decimal("0.0001")).normalize()
        lines.append(QuoteLine(fee.id, fee.name, "recurring", fee.period.value, quantity, fee.amount,
                               _money(fee.amount.amount * quantity, cur)))
    for item in spec.fees.rate_card:
        if item.estimate is None or item.price is None:
            continue
        lines.append(QuoteLine(item.id, item.name, "rate-card", item.unit.value, item.estimate, item.price,
                               _money(item.price.amount * item.estimate, cur)))
    for one in spec.fees.one_off:
        quantity = Decimal(one.quantity)
        lines.append(QuoteLine(one.id, one.name, "one-off", "item", quantity, one.amount,
                               _money(one.amount.amount * quantity, cur)))
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
    valid_until = (spec.agreement.signing_date + timedelta(days=spec.agreement.quote_valid_days)
                   if spec.agreement.signing_date else None)
    return Quote(
        currency=cur,
        lines=tuple(lines),
        subtotal=_money(subtotal, cur),
        tax_rate=spec.fees.tax.rate,
        tax_included=spec.fees.tax.included,
        net=Money(net, cur),
        tax=Money(tax, cur),
        total=total_money,
        milestones=split_milestones(total_money, list(spec.payment.milestones)),
        valid_until=valid_until,
    )
