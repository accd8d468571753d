"""Working time on real calendars: official holidays and make-up working days, due times.

``WorkingCalendar(spec_calendar)`` answers which days are worked and walks working
time: ``add(opened, minutes)`` is when n working minutes have run, ``between(a, b)``
how many working minutes lie between two moments. ``due(spec, clock, opened, limit)``
applies a spec time limit on its clock. Official data comes from ``official``; a year
it has no data for raises ``CalendarDataMissing`` — it is never guessed.
"""

from termsmith.calendars.official import CalendarDataMissing
from termsmith.calendars.working import WorkingCalendar, due

__all__ = ["CalendarDataMissing", "WorkingCalendar", "due"]
