"""Service calendars: deadlines that official data can compute."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, structural

INFO = Severity.INFO


@structural(
    "TK001",
    "calendar-year-without-data",
    INFO,
    "the term runs into a year the official holiday calendar has no data for",
    what="Flags a business calendar on `cn-official` whose service term runs into a year for which the "
    "installed holiday data has no published schedule (the State Council publishes each year's holidays and "
    "make-up working days in the autumn before).",
    why="A business-hours deadline in such a year cannot be computed: termsmith never guesses a holiday "
    "schedule, so `termsmith deadline`, `termsmith report` and `check`'s worst case refuse those dates.",
    example="calendars:\n  - {id: cn-business, working_days: [mon, tue, wed, thu, fri], hours: 09:00-18:00, "
    "holidays: cn-official}\nterm: {start: 2026-07-01, length: 12 months}",
    instead="Upgrade the chinesecalendar package once the schedule is published, or list that year's days "
    "off and make-up working days:\n  extra_holidays: [2027-01-01, ...]\n  extra_working_days: [...]",
)
def year_without_data(spec: Any) -> Iterator[Flag]:
    from termsmith.calendars.official import years_with_data
    from termsmith.pricing import term_months
    from termsmith.spec.periods import add_months

    start = spec.term.start
    end = add_months(start, term_months(spec))
    years = range(start.year, end.year + 1)
    for i, calendar in enumerate(spec.calendars):
        if calendar.holidays.value != "cn-official":
            continue  # hk/tw data are computed by rule for 1946-2100; 'none' needs no data
        listed = {d.year for d in (*calendar.extra_holidays, *calendar.extra_working_days)}
        missing = [y for y in years if y not in listed and y not in years_with_data("cn-official", range(y, y + 1))]
        if missing:
            yield Flag(
                ("calendars", i, "holidays"),
                message=f"calendar {calendar.id!r}: the term runs into {', '.join(map(str, missing))}, for which "
                "the official mainland holiday schedule is not available",
                hint="upgrade chinesecalendar when the schedule is published, or list the dates in "
                "extra_holidays and extra_working_days",
            )
