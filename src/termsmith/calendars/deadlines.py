"""Every time limit of a severity level, with its due time on its own clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from termsmith.calendars.working import due
from termsmith.spec.service import CLOCK_24X7

DEFAULT_ZONE = "Asia/Shanghai"


@dataclass(frozen=True, slots=True)
class LimitDue:
    name: str  # response, resolution, recovery_plan, progress_updates, on_site, incident_report
    within: str  # the limit as the spec states it, e.g. "4 business hours"
    clock: str  # 24x7 or a calendar id
    due: datetime
    note: str | None = None  # e.g. that progress updates repeat, or incident reports count from resolution


NOTES = {
    "progress_updates": "the first update; then one every interval until resolution",
    "incident_report": "the latest: counted from the resolution deadline; due that long after the actual resolution",
}


def level_zone(spec: Any, level: Any) -> ZoneInfo:
    """The zone a naive --opened time is read in: the level's calendar, else Asia/Shanghai."""
    calendar = spec.calendar(level.clock) if level.clock != CLOCK_24X7 else None
    return ZoneInfo(calendar.time_zone if calendar else DEFAULT_ZONE)


def level_deadlines(spec: Any, level: Any, opened: datetime) -> list[LimitDue]:
    """Due times of every limit of ``level`` for an incident opened at ``opened`` (aware)."""
    out = []
    resolved_by = due(spec, level.clock_of("resolution"), opened, level.resolution.within)
    for name, limit in level.times().items():
        clock = level.clock_of(name)
        start = resolved_by if name == "incident_report" else opened
        out.append(LimitDue(name, str(limit.within), clock, due(spec, clock, start, limit.within), NOTES.get(name)))
    return out
