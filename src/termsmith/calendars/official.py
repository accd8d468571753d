"""Official holidays and make-up working days per region, from well-kept packages.

- ``cn-official``: the State Council schedule with its make-up working days (调休), from
  **chinesecalendar** (MIT). It carries the years the State Council has published; any
  other year raises ``CalendarDataMissing`` — a mainland schedule cannot be computed.
- ``hk-official`` and ``tw-official``: from **holidays** (MIT), which computes each
  region's statutory and lunar holidays by rule for 1946–2100 and lists Taiwan's announced
  make-up working days. Its idea of the weekend is not used: the working week always
  comes from the spec's ``working_days``.

A spec adds company holidays and working days itself (``extra_holidays``,
``extra_working_days``); those override the official data.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any


class CalendarDataMissing(LookupError):
    """No official data for a year: upgrade the package or list the dates in the spec."""

    def __init__(self, calendar: str, year: int, detail: str = ""):
        self.calendar, self.year = calendar, year
        super().__init__(
            f"the {calendar} calendar has no official data for {year}{f' ({detail})' if detail else ''}; "
            f"upgrade the chinesecalendar/holidays package once the schedule is published, or list that year's "
            f"days off and make-up working days in the calendar's extra_holidays and extra_working_days"
        )


def official_day(calendar: str, day: date) -> tuple[bool, bool]:
    """(is an official holiday, is an official make-up working day) of ``day``."""
    if calendar == "none":
        return False, False
    if calendar == "cn-official":
        return _cn(day)
    if calendar in ("hk-official", "tw-official"):
        table = _region(calendar[:2].upper(), day.year)
        return day in table, day in getattr(table, "weekend_workdays", ())
    raise ValueError(f"unknown holiday calendar {calendar!r}")


def _cn(day: date) -> tuple[bool, bool]:
    import chinese_calendar

    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
        workday = chinese_calendar.is_workday(day)
    except NotImplementedError as exc:
        raise CalendarDataMissing("cn-official", day.year, str(exc)) from None
    return bool(holiday and name is not None), bool(workday and day.weekday() >= 5)


@cache
def _region(code: str, year: int) -> Any:
    import holidays

    return holidays.country_holidays(code, years=year)


def years_with_data(calendar: str, years: range) -> list[int]:
    """The years of ``years`` the calendar has official data for."""
    out = []
    for year in years:
        try:
            official_day(calendar, date(year, 6, 1))
        except CalendarDataMissing:
            continue
        out.append(year)
    return out
