"""Comparing durations that run on different clocks, without pretending.

A duration is measured on one of three bases:

- ``wall``: elapsed time, 7×24 (``30m``, ``4h`` on the 24x7 clock);
- ``business``: working time on a service calendar (``2 business hours``, or ``4h``
  on a business-hours clock);
- ``calendar``: months and years, whose length in days varies.

Like compares exactly with like (business days and business hours convert through
the calendar's hours per day). Across bases each side becomes an *interval* of
wall-clock minutes, and a verdict is given only when the intervals decide it:
working time elapses no faster than wall time, so ``B`` business minutes take at
least ``B`` wall minutes (and exactly ``B`` only on a calendar that never stops);
a month is 28 to 31 days, a year 365 or 366. Otherwise the answer is "not
comparable": 1 business day is not 24 hours unless the calendar makes it so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from termsmith.calendars.working import working_minutes
from termsmith.spec.service import CLOCK_24X7, HolidayCalendar, ServiceCalendar
from termsmith.spec.types import BUSINESS_DAYS_PER_WEEK, Duration, TimeUnit

INFINITY = Decimal("Infinity")
_DAY = Decimal(1440)


class Basis(StrEnum):
    WALL = "wall"
    BUSINESS = "business"
    CALENDAR = "calendar"


@dataclass(frozen=True, slots=True)
class Timed:
    """A duration, the basis it is counted on, and the calendar behind business time."""

    duration: Duration
    basis: Basis
    calendar: ServiceCalendar | None = None
    clock: str | None = CLOCK_24X7  # the clock's name as the spec writes it, for display; None: not stated
    window: tuple[date, date] | None = None  # the days the clock may start on (the term's first year)


def timed(
    duration: Duration, clock: str | None, calendars: list[ServiceCalendar], window: tuple[date, date] | None = None
) -> Timed:
    """A spec duration on its clock. Business units with no clock use the spec's only calendar.
    ``window`` (the days the clock may start on) lets business time be bounded by the calendar."""
    if duration.unit.is_calendar:
        return Timed(duration, Basis.CALENDAR, clock=clock or CLOCK_24X7)
    calendar = next((c for c in calendars if c.id == clock), None) if clock else None
    if duration.unit.is_business or clock == "business":  # "business": a document's business hours, calendar unknown
        if calendar is None and len(calendars) == 1:
            calendar = calendars[0]
        return Timed(duration, Basis.BUSINESS, calendar, clock or "business", window)
    if calendar is not None:
        return Timed(duration, Basis.BUSINESS, calendar, clock or CLOCK_24X7, window)
    return Timed(duration, Basis.WALL, clock=clock)  # None: elapsed time on no stated clock


def required(
    duration: Duration, clock: Literal["24x7", "business"] | None, like: Timed | None, calendars: list[ServiceCalendar]
) -> Timed:
    """The checklist's duration. Business units (or ``clock: business``) borrow the
    calendar of the vendor's value, else the spec's only calendar."""
    if duration.unit.is_calendar:
        return Timed(duration, Basis.CALENDAR)
    if duration.unit.is_business or clock == "business":
        calendar = (
            like.calendar
            if like is not None and like.calendar is not None
            else (calendars[0] if len(calendars) == 1 else None)
        )
        return Timed(duration, Basis.BUSINESS, calendar, "business", like.window if like is not None else None)
    return Timed(duration, Basis.WALL)


def _business_minutes(t: Timed) -> Decimal | None:
    """Working minutes of a business-basis duration; None when the calendar is unknown."""
    return working_minutes(t.duration, t.calendar)


def _same_basis_value(t: Timed) -> tuple[Decimal, str] | None:
    """An exact number on the duration's own basis, with a tag of what it counts."""
    if t.basis is Basis.WALL:
        minutes = t.duration.minutes
        return None if minutes is None else (minutes, "minutes")
    if t.basis is Basis.CALENDAR:
        months = t.duration.value * (12 if t.duration.unit is TimeUnit.YEARS else 1)
        return months, "months"
    minutes = _business_minutes(t)
    if minutes is not None:
        return minutes, "business minutes"
    if t.duration.unit is TimeUnit.BUSINESS_DAYS or t.duration.unit is TimeUnit.DAYS:
        return t.duration.value, "business days"
    if t.duration.unit is TimeUnit.BUSINESS_WEEKS:
        return t.duration.value * BUSINESS_DAYS_PER_WEEK, "business days"
    return None


def _continuous(calendar: ServiceCalendar | None) -> bool:
    """A calendar that never stops: every day, all day, no holidays. Its time is wall time."""
    return (
        calendar is not None
        and len(set(calendar.working_days)) == 7
        and calendar.spans_minutes == ((0, 1440),)
        and calendar.holidays is HolidayCalendar.NONE
        and not calendar.extra_holidays
    )


def wall_interval(t: Timed) -> tuple[Decimal, Decimal]:
    """The wall-clock minutes the duration may take, as [low, high]."""
    d = t.duration
    if t.basis is Basis.WALL:
        minutes = d.minutes
        assert minutes is not None
        return minutes, minutes
    if t.basis is Basis.CALENDAR:
        if d.unit is TimeUnit.YEARS:
            return d.value * 365 * _DAY, d.value * 366 * _DAY
        return d.value * 28 * _DAY, d.value * 31 * _DAY
    minutes = _business_minutes(t)
    if minutes is None:
        return Decimal(0), INFINITY
    if _continuous(t.calendar):
        return minutes, minutes
    worst = worst_case_minutes(t, minutes)
    return minutes, INFINITY if worst is None else worst


def worst_case_minutes(t: Timed, minutes: Decimal) -> Decimal | None:
    """The longest wall-clock minutes ``minutes`` of working time take on the real calendar
    (official holidays and make-up days) for a clock started on any day of ``t.window``;
    None without a calendar, a window or official data for those days."""
    if t.calendar is None or t.window is None:
        return None
    from termsmith.calendars import CalendarDataMissing, WorkingCalendar

    try:
        worst = WorkingCalendar(t.calendar).worst_elapsed(minutes, *t.window)
    except CalendarDataMissing:
        return None
    return Decimal(int(worst.total_seconds())) / 60


def at_most(vendor: Timed, limit: Timed) -> bool | None:
    """Is the vendor's duration within ``limit``? None when it cannot be decided."""
    exact = _exact(vendor, limit)
    if exact is not None:
        return exact[0] <= exact[1]
    (vlo, vhi), (llo, lhi) = wall_interval(vendor), wall_interval(limit)
    if vhi <= llo:
        return True
    if vlo > lhi:
        return False
    if _calendar_bounded(vendor, vhi) and limit.basis is Basis.WALL:
        return False  # on the real calendar the vendor's time can run past the limit
    return None


def at_least(vendor: Timed, floor: Timed) -> bool | None:
    """Is the vendor's duration at least ``floor``? None when it cannot be decided."""
    exact = _exact(vendor, floor)
    if exact is not None:
        return exact[0] >= exact[1]
    (vlo, vhi), (flo, fhi) = wall_interval(vendor), wall_interval(floor)
    if vlo >= fhi:
        return True
    if vhi < flo:
        return False
    if _calendar_bounded(vendor, vhi) and floor.basis is Basis.WALL:
        return False  # on the real calendar the vendor's time can be shorter than the floor
    return None


def _calendar_bounded(t: Timed, high: Decimal) -> bool:
    """Business time whose longest elapsed time the real calendar fixed (the worst case)."""
    return t.basis is Basis.BUSINESS and high != INFINITY and not _continuous(t.calendar)


def _exact(a: Timed, b: Timed) -> tuple[Decimal, Decimal] | None:
    """Both as one exact number on a shared basis, or None (then intervals decide)."""
    if a.basis is not b.basis:
        return None
    va, vb = _same_basis_value(a), _same_basis_value(b)
    if va is None or vb is None or va[1] != vb[1]:
        return None
    return va[0], vb[0]
