"""Walking working time on one service calendar.

Conventions (documented in docs/calendars.md and the agreement's definitions):
- working time is the calendar's ``hours`` on its working days, in its time zone; a
  working day is a ``working_days`` weekday that is not an official or extra holiday,
  or an official or extra make-up working day;
- a clock that starts outside working time starts at the next working moment;
- a limit that ends exactly at the end of a span is due then (18:00), not the next morning;
- a business day is one working day's worth of working time (9 h on 09:00–18:00), so
  "1 business day" from Friday 17:30 is due Monday 17:30;
- months and years are calendar units on every clock: the same local time that many
  months later (the 31st clamps to the month's last day).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from termsmith.calendars.official import CalendarDataMissing, official_day
from termsmith.spec.service import CLOCK_24X7, ServiceCalendar
from termsmith.spec.types import BUSINESS_DAYS_PER_WEEK, Duration, TimeUnit

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SEARCH_DAYS = 3700  # ten years without a working minute is a broken calendar, not a deadline


class WorkingCalendar:
    """Working days and hours of one ``ServiceCalendar``."""

    def __init__(self, calendar: ServiceCalendar):
        self.calendar = calendar
        self.zone = ZoneInfo(calendar.time_zone)
        self._weekdays = frozenset(_WEEKDAYS.index(d.value) for d in calendar.working_days)
        self._spans = calendar.spans_minutes
        self._extra_off = frozenset(calendar.extra_holidays)
        self._extra_on = frozenset(calendar.extra_working_days)
        self.is_working_day = lru_cache(maxsize=4096)(self._is_working_day)
        self._day_spans = lru_cache(maxsize=4096)(self._compute_spans)

    @property
    def minutes_per_day(self) -> int:
        return sum(end - start for start, end in self._spans)

    def _is_working_day(self, day: date) -> bool:
        if day in self._extra_on:
            return True
        if day in self._extra_off:
            return False
        holiday, makeup = official_day(self.calendar.holidays.value, day)
        if makeup:
            return True
        return not holiday and day.weekday() in self._weekdays

    def spans(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The working spans of ``day`` as UTC datetimes (none on a day off)."""
        return self._day_spans(day)

    def _compute_spans(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        if not self.is_working_day(day):
            return ()
        midnight = datetime(day.year, day.month, day.day, tzinfo=self.zone)
        return tuple((_utc(midnight, start), _utc(midnight, end)) for start, end in self._spans)

    def add(self, opened: datetime, minutes: Decimal | int) -> datetime:
        """The moment ``minutes`` of working time after ``opened`` have run (in the calendar's zone)."""
        t = opened.astimezone(UTC)
        remaining = timedelta(minutes=float(minutes))
        day = opened.astimezone(self.zone).date()
        for _ in range(_SEARCH_DAYS):
            for start, end in self.spans(day):
                if end <= t:
                    continue
                begin = max(start, t)
                if remaining <= end - begin:
                    return (begin + remaining).astimezone(self.zone)
                remaining -= end - begin
            day += timedelta(days=1)
        raise ValueError(f"calendar {self.calendar.id!r} has no working time within ten years of {opened.isoformat()}")

    def between(self, start: datetime, end: datetime) -> Decimal:
        """Working minutes between two moments (0 when ``end`` is not after ``start``)."""
        a, b = start.astimezone(UTC), end.astimezone(UTC)
        total = timedelta()
        day = start.astimezone(self.zone).date()
        last = end.astimezone(self.zone).date()
        while day <= last:
            for s, e in self.spans(day):
                lo, hi = max(s, a), min(e, b)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return Decimal(int(total.total_seconds())) / 60

    def is_working_moment(self, moment: datetime) -> bool:
        t = moment.astimezone(UTC)
        return any(s <= t <= e for s, e in self.spans(moment.astimezone(self.zone).date()))

    def worst_elapsed(self, minutes: Decimal | int, first: date, last: date) -> timedelta:
        """The longest wall-clock time ``minutes`` of working time take when the clock starts
        on any day from ``first`` to ``last``: it is longest when it starts as work stops.

        Starts whose deadline would fall in a year without official data are left out; when
        no start is left, ``CalendarDataMissing`` is raised."""
        worst: timedelta | None = None
        missing: CalendarDataMissing | None = None
        day = first
        while day <= last:
            try:
                for _, end in self.spans(day):
                    elapsed = self.add(end, minutes) - end
                    worst = elapsed if worst is None else max(worst, elapsed)
            except CalendarDataMissing as exc:
                missing = exc
                break  # every later start runs into the same year
            day += timedelta(days=1)
        if worst is None:
            raise missing or CalendarDataMissing(self.calendar.holidays.value, first.year)
        return worst


def _utc(midnight: datetime, minute: int) -> datetime:
    local = midnight + timedelta(minutes=minute)  # wall-clock minutes of the local day
    return (
        datetime.fromtimestamp(local.timestamp(), UTC)
        if minute < 1440
        else (midnight + timedelta(days=1)).astimezone(UTC)
    )


def working_minutes(limit: Duration, calendar: ServiceCalendar | None) -> Decimal | None:
    """Working minutes a limit counts on a business calendar: minutes and hours as they are; days
    and weeks by the calendar's working day (a business week is five of them, a week the calendar's
    working days); None for months and years, and for days or weeks when the calendar is unknown."""
    unit, value = limit.unit, limit.value
    if unit is TimeUnit.MINUTES:
        return value
    if unit in (TimeUnit.HOURS, TimeUnit.BUSINESS_HOURS):
        return value * 60
    if calendar is None:
        return None
    per_day = Decimal(sum(end - start for start, end in calendar.spans_minutes))
    if unit in (TimeUnit.DAYS, TimeUnit.BUSINESS_DAYS):
        return value * per_day
    if unit is TimeUnit.BUSINESS_WEEKS:
        return value * BUSINESS_DAYS_PER_WEEK * per_day
    if unit is TimeUnit.WEEKS:
        return value * len(calendar.working_days) * per_day
    return None


def add_months(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.month - 1 + months, 12)
    target_year, target_month = moment.year + year, month + 1
    following = date(target_year + target_month // 12, target_month % 12 + 1, 1)
    last_day = (following - timedelta(days=1)).day
    return moment.replace(year=target_year, month=target_month, day=min(moment.day, last_day))


def due(spec: Any, clock: str, opened: datetime, limit: Duration) -> datetime:
    """When ``limit`` on ``clock`` (``24x7`` or a calendar id of ``spec``) runs out for a clock
    started at ``opened`` (an aware datetime)."""
    if limit.unit.is_calendar:
        months = int(limit.value * (12 if limit.unit is TimeUnit.YEARS else 1))
        return add_months(opened, months)
    if clock == CLOCK_24X7:
        if limit.unit.is_business:
            raise ValueError(f"{limit} needs a business-hours clock, not 24x7")
        minutes = limit.minutes
        assert minutes is not None
        return opened + timedelta(minutes=float(minutes))
    calendar = spec.calendar(clock)
    if calendar is None:
        raise ValueError(f"unknown clock {clock!r}: name '24x7' or an id from spec.calendars")
    working = WorkingCalendar(calendar)
    minutes = working_minutes(limit, calendar)
    assert minutes is not None
    return working.add(opened, minutes)
