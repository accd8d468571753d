"""Calendar arithmetic of the term, the free period and the billed period: one rule for all.

The rule (documented here, in ``termsmith.pricing`` and in the quote's notes):

- The term runs from ``term.start`` for its length; its *end* is the first day after it
  (``start + N months``, the day clamped to the month's length, or ``start + N days``).
- The free period ends on the first day after it, counted the same way from its start
  event's date; when that date is not in the spec (no acceptance or go-live date), the free
  period is taken to start with the term.
- A recurring fee that starts ``after-free-period`` is billed from the day the free period
  ends (or from the term start if that is later) to the term end; one that starts at
  ``signing`` is billed for the whole term.
- The billed period is counted in whole months from its first day, plus the remaining days
  prorated by the length of the month they fall in (the days from the last whole month's
  anniversary to the next one): 12 months and 29 days of a 31-day month = 12 + 29/31 months.
- A line's quantity is billed months ÷ months per billing period, rounded half up to 4
  decimals; its amount is unit price × quantity, rounded half up to the currency's minor unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from termsmith.spec.types import Duration, TimeUnit

if TYPE_CHECKING:  # model.py imports this module
    from termsmith.spec.model import Spec

QUANTITY_PLACES = Decimal("0.0001")


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, the day clamped to the target month's length."""
    year, month = divmod(day.month - 1 + months, 12)
    target = date(day.year + year, month + 1, 1)
    next_month = date(target.year + (target.month // 12), target.month % 12 + 1, 1)
    return target.replace(day=min(day.day, (next_month - timedelta(days=1)).day))


def whole_months_between(start: date, end: date) -> int:
    """The most whole months n with ``add_months(start, n) <= end`` (0 when end <= start)."""
    if end <= start:
        return 0
    n = (end.year - start.year) * 12 + (end.month - start.month)
    while n > 0 and add_months(start, n) > end:
        n -= 1
    return n


def months_in(length: Duration) -> int | None:
    """Whole months of a length in months or years; None for other units."""
    if length.unit is TimeUnit.MONTHS:
        return int(length.value)
    if length.unit is TimeUnit.YEARS:
        return int(length.value * 12)
    return None


def after(start: date, length: Duration) -> date:
    """The first day after a period of ``length`` that starts on ``start``."""
    months = months_in(length)
    return add_months(start, months) if months is not None else start + timedelta(days=int(length.value))


def term_end(spec: Spec) -> date:
    return after(spec.term.start, spec.term.length)


def free_period_start(spec: Spec) -> date | None:
    fm = spec.free_maintenance
    return {
        "date": fm.start_date,
        "signing": spec.agreement.signing_date or spec.term.start,
        "acceptance": spec.project.accepted_on,
        "go-live": spec.project.live_on,
    }[fm.start_event.value]


def free_period_end(spec: Spec) -> date | None:
    """The first day after the free maintenance period, when its start date is known."""
    start = free_period_start(spec)
    return None if start is None else after(start, spec.free_maintenance.length)


@dataclass(frozen=True, slots=True)
class BilledPeriod:
    """The part of the term a recurring fee is charged for: [start, end)."""

    start: date
    end: date

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def whole_months(self) -> int:
        return whole_months_between(self.start, self.end)

    @property
    def anchor(self) -> date:
        """The start of the last, partial month."""
        return add_months(self.start, self.whole_months)

    @property
    def extra_days(self) -> int:
        return max(0, (self.end - self.anchor).days) if self.end > self.start else 0

    @property
    def days_in_partial_month(self) -> int:
        return (add_months(self.anchor, 1) - self.anchor).days

    @property
    def months(self) -> Decimal:
        """Whole months plus the remaining days prorated by the days of their month (exact)."""
        if self.end <= self.start:
            return Decimal(0)
        return Decimal(self.whole_months) + Decimal(self.extra_days) / Decimal(self.days_in_partial_month)

    def quantity(self, months_per_period: int) -> Decimal:
        """Billing periods in this period, rounded half up to 4 decimals."""
        return (self.months / months_per_period).quantize(QUANTITY_PLACES, rounding=ROUND_HALF_UP).normalize()


def billed_period(spec: Spec, starts_after_free_period: bool) -> BilledPeriod:
    start, end = spec.term.start, term_end(spec)
    if starts_after_free_period:
        free_end = free_period_end(spec)
        if free_end is None:  # the free period's start date is unknown: it is taken to start with the term
            free_end = after(spec.term.start, spec.free_maintenance.length)
        start = max(start, free_end)
    return BilledPeriod(start, end)
