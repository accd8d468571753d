"""A month of tickets measured against the agreement: per level, breaches, service credits.

Rules (printed in the report's notes):
- a time is measured on its level's clock: elapsed minutes on 24×7, working minutes on a
  business calendar (official holidays and make-up days included);
- a limit is met when the measured time is at most the limit;
- a ticket still without a response (or resolution) is a breach once its deadline passed
  before the month ended, and is otherwise left out of that measure;
- median is the middle value (the mean of the two middle ones for an even count); the 90th
  percentile is the nearest-rank value (the ⌈0.9·n⌉-th smallest);
- service credits: each breach a ``service_credits`` rule names credits its percentage of the
  monthly fee (the recurring fees as a monthly amount); the month's total is capped at
  ``monthly_cap`` of that fee. Amounts are Decimal, ROUND_HALF_UP to the currency's minor unit.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from termsmith.calendars.working import WorkingCalendar, add_months, due, working_minutes
from termsmith.service_report.tickets import Ticket
from termsmith.spec.service import CLOCK_24X7
from termsmith.spec.types import Duration, Money, quantize_money

MEASURES = ("response", "resolution")


@dataclass(frozen=True, slots=True)
class Breach:
    ticket: str
    line: int
    level: str
    measure: str  # response | resolution
    took: Decimal | None  # minutes on the clock; None while still open
    limit: Decimal  # minutes on the clock
    clock: str
    day: int  # day of the month the ticket was opened
    credit: Money | None = None


@dataclass(slots=True)
class LevelStats:
    level: Any  # the SeverityLevel
    count: int = 0
    times: dict[str, list[Decimal]] = field(default_factory=lambda: {m: [] for m in MEASURES})
    met: dict[str, int] = field(default_factory=lambda: {m: 0 for m in MEASURES})
    limits: dict[str, Decimal | None] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    breaches: list[Breach] = field(default_factory=list)

    def median(self, measure: str) -> Decimal | None:
        values = self.times[measure]
        return Decimal(statistics.median(values)) if values else None

    def p90(self, measure: str) -> Decimal | None:
        values = sorted(self.times[measure])
        return values[math.ceil(0.9 * len(values)) - 1] if values else None

    def attainment(self, measure: str) -> Decimal | None:
        """Share of measured tickets that met the limit, in percent (one decimal)."""
        judged = len(self.times[measure]) + sum(1 for b in self.breaches if b.measure == measure and b.took is None)
        if not judged:
            return None
        return (Decimal(self.met[measure]) * 100 / judged).quantize(Decimal("0.1"))


@dataclass(slots=True)
class MonthReport:
    month: str  # YYYY-MM
    levels: list[LevelStats]
    requests: int
    responded: int
    resolved: int
    average_response: Decimal | None  # minutes, each on its level's clock
    monthly_fee: Money
    credits_uncapped: Money
    credits: Money  # after the monthly cap
    credit_cap: Money | None

    @property
    def resolution_rate(self) -> Decimal | None:
        return (Decimal(self.resolved) * 100 / self.requests).quantize(Decimal("0.1")) if self.requests else None

    @property
    def breaches(self) -> list[Breach]:
        return [b for stats in self.levels for b in stats.breaches]


class Clocks:
    """Measures and limits on the spec's clocks, one WorkingCalendar per calendar."""

    def __init__(self, spec: Any):
        self.spec = spec
        self._calendars: dict[str, WorkingCalendar] = {}

    def calendar(self, clock: str) -> WorkingCalendar | None:
        if clock == CLOCK_24X7:
            return None
        if clock not in self._calendars:
            self._calendars[clock] = WorkingCalendar(self.spec.calendar(clock))
        return self._calendars[clock]

    def elapsed(self, clock: str, start: datetime, end: datetime) -> Decimal:
        calendar = self.calendar(clock)
        if calendar is None:
            return Decimal(int((end - start).total_seconds())) / 60
        return calendar.between(start, end)

    def limit_minutes(self, clock: str, limit: Duration) -> Decimal | None:
        calendar = self.calendar(clock)
        return limit.minutes if calendar is None else working_minutes(limit, calendar.calendar)


def month_bounds(month: str, zone: ZoneInfo) -> tuple[datetime, datetime]:
    year, mon = (int(p) for p in month.split("-"))
    start = datetime(year, mon, 1, tzinfo=zone)
    return start, add_months(start, 1)


def monthly_fee(spec: Any) -> Money:
    currency = spec.fees.currency
    total = sum((fee.amount.amount * fee.period.per_year / 12 for fee in spec.fees.recurring), Decimal(0))
    return Money(quantize_money(total, currency), currency)


def measure_month(spec: Any, tickets: list[Ticket], month: str, zone: ZoneInfo) -> MonthReport:
    clocks = Clocks(spec)
    _, month_end = month_bounds(month, zone)
    stats = {lv.id: LevelStats(lv) for lv in spec.severity_levels}
    for lv in spec.severity_levels:
        for measure in MEASURES:
            clock = lv.clock_of(measure)
            stats[lv.id].clocks[measure] = clock
            stats[lv.id].limits[measure] = clocks.limit_minutes(clock, getattr(lv, measure).within)
    responded = resolved = 0
    response_times: list[Decimal] = []
    for t in tickets:
        s = stats[t.level]
        s.count += 1
        day = t.opened.astimezone(zone).day
        for measure, done in (("response", t.first_response), ("resolution", t.resolved)):
            _measure(s, t, measure, done, clocks, month_end, spec, day)
        if t.first_response is not None:
            responded += 1
            response_times.append(s.times["response"][-1])
        if t.resolved is not None:
            resolved += 1
    fee = monthly_fee(spec)
    uncapped, capped, cap = _credits(spec, stats, fee)
    average = (
        (sum(response_times, Decimal(0)) / len(response_times)).quantize(Decimal("0.1")) if response_times else None
    )
    return MonthReport(
        month, list(stats.values()), len(tickets), responded, resolved, average, fee, uncapped, capped, cap
    )


def _measure(
    s: LevelStats,
    t: Ticket,
    measure: str,
    done: datetime | None,
    clocks: Clocks,
    month_end: datetime,
    spec: Any,
    day: int,
) -> None:
    clock, limit = s.clocks[measure], s.limits[measure]
    if done is not None:
        took = clocks.elapsed(clock, t.opened, done)
        s.times[measure].append(took)
        if limit is None or took <= limit:
            s.met[measure] += 1
        else:
            s.breaches.append(Breach(t.id, t.line, t.level, measure, took, limit, clock, day))
        return
    if limit is None:
        return
    deadline = due(spec, clock, t.opened, getattr(s.level, measure).within)
    if deadline < month_end:
        s.breaches.append(Breach(t.id, t.line, t.level, measure, None, limit, clock, day))


def _credits(spec: Any, stats: dict[str, LevelStats], fee: Money) -> tuple[Money, Money, Money | None]:
    currency = fee.currency
    zero = Money(quantize_money(Decimal(0), currency), currency)
    credits = getattr(spec, "service_credits", None)
    if credits is None:
        return zero, zero, None
    rules = {(r.level, r.breach.value): r.credit for r in credits.rules}
    total = Decimal(0)
    for s in stats.values():
        for i, breach in enumerate(s.breaches):
            share = rules.get((breach.level, breach.measure))
            if share is None:
                continue
            amount = quantize_money(fee.amount * share.fraction, currency)
            s.breaches[i] = dataclasses.replace(breach, credit=Money(amount, currency))
            total += amount
    cap = Money(quantize_money(fee.amount * credits.monthly_cap.fraction, currency), currency)
    return Money(quantize_money(total, currency), currency), Money(min(total, cap.amount), currency), cap


def months_of(tickets: list[Ticket], zone: ZoneInfo) -> list[str]:
    months = {(local.year, local.month) for local in (t.opened.astimezone(zone) for t in tickets)}
    return [f"{year:04d}-{month:02d}" for year, month in sorted(months)]


__all__ = ["Breach", "LevelStats", "MonthReport", "measure_month", "month_bounds", "monthly_fee", "months_of"]
