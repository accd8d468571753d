"""What is serviced and how fast: scope, calendars, channels, severity levels, free period."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ConfigDict, Field, field_validator, model_validator

from termsmith.spec.base import RuleError, SpecModel
from termsmith.spec.defaults import default_duration
from termsmith.spec.types import Duration, Identifier, Lang, SpecDate, Text, TimeUnit

CLOCK_24X7 = "24x7"


class Languages(SpecModel):
    """Output languages: one, or two for a bilingual agreement with the prevailing one named."""

    output: list[Lang] = Field(min_length=1, max_length=2)
    prevailing: Lang | None = Field(
        default=None, description="Which text prevails in a conflict; required when bilingual"
    )

    @model_validator(mode="after")
    def _bilingual_names_prevailing(self) -> Languages:
        if len(set(self.output)) != len(self.output):
            raise RuleError(("output",), "the same language is listed twice")
        if len(self.output) == 2 and self.prevailing is None:
            raise RuleError(
                ("prevailing",),
                "a bilingual agreement must name the prevailing language",
                hint=f"add 'prevailing: {self.output[0]}'",
            )
        if self.prevailing is not None and self.prevailing not in self.output:
            raise RuleError(
                ("prevailing",),
                f"prevailing language {self.prevailing} is not an output language",
                related=(("output",),),
            )
        return self


class RenewalMode(StrEnum):
    AUTOMATIC = "automatic"
    BY_AGREEMENT = "by-agreement"
    NONE = "none"


class Renewal(SpecModel):
    mode: RenewalMode
    notice: Duration = default_duration(
        "30 days", "Notice before the term ends: to stop an automatic renewal, or to ask for a renewal by agreement"
    )


def _no_renewal() -> Renewal:  # a named function: the stored validator names it (termsmith.validator_cache)
    return Renewal(mode=RenewalMode.NONE)


class Term(SpecModel):
    """How long the agreement runs."""

    start: SpecDate
    length: Duration
    renewal: Renewal = Field(default_factory=_no_renewal)

    @field_validator("length")
    @classmethod
    def _calendar_length(cls, v: Duration) -> Duration:
        if v.unit not in (TimeUnit.MONTHS, TimeUnit.YEARS, TimeUnit.DAYS):
            raise ValueError("the term is counted in days, months or years, e.g. '12 months'")
        return v

    @property
    def end(self) -> date | None:
        """The first day after the term (months from the 1st of the start's month, as before);
        None for a term in days, which is not compared with dates here."""
        if self.length.unit not in (TimeUnit.MONTHS, TimeUnit.YEARS):
            return None
        months = int(self.length.value * (12 if self.length.unit is TimeUnit.YEARS else 1))
        end_year, end_month = divmod(self.start.month - 1 + months, 12)
        return date(self.start.year + end_year, end_month + 1, 1)


class ServiceKind(StrEnum):
    """What a scope item is; checklists and lint rules reason about these."""

    DEFECT_FIXES = "defect-fixes"
    COMPATIBILITY_UPDATES = "compatibility-updates"
    SECURITY_PATCHES = "security-patches"
    SERVER_UPKEEP = "server-upkeep"
    THIRD_PARTY_INTERFACES = "third-party-interfaces"
    MONITORING = "monitoring"
    BACKUPS = "backups"
    CONSULTATION = "consultation"
    TRAINING = "training"
    REPORTING = "reporting"
    CONTENT_ENTRY = "content-entry"
    NEW_FEATURES = "new-features"
    NEW_HARDWARE_INTEGRATION = "new-hardware-integration"
    DATA_MIGRATION = "data-migration"
    OTHER = "other"


class ServiceItem(SpecModel):
    id: Identifier
    kind: ServiceKind
    name: Text
    description: Text


class Scope(SpecModel):
    included: list[ServiceItem] = Field(min_length=1)
    excluded: list[ServiceItem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_unique(self) -> Scope:
        seen: set[str] = set()
        for where, items in (("included", self.included), ("excluded", self.excluded)):
            for i, item in enumerate(items):
                if item.id in seen:
                    raise RuleError((where, i, "id"), f"scope item id {item.id!r} is used twice")
                seen.add(item.id)
        return self


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class HolidayCalendar(StrEnum):
    CN_OFFICIAL = "cn-official"  # State Council calendar with make-up working days (调休), chinesecalendar
    HK_OFFICIAL = "hk-official"  # Hong Kong general holidays, from the holidays package
    TW_OFFICIAL = "tw-official"  # Taiwan public holidays and make-up working days, from the holidays package
    NONE = "none"


_SPAN = r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d"


class ServiceCalendar(SpecModel):
    """Business hours that a clock runs on: working days, hours, time zone, holidays."""

    id: Identifier
    name: Text | None = None
    time_zone: str = Field(
        default="Asia/Shanghai", description="IANA time zone the hours are in (default Asia/Shanghai)"
    )
    working_days: list[Weekday] = Field(min_length=1)
    hours: str = Field(
        pattern=rf"^{_SPAN}(,{_SPAN})*$",
        description="Working hours of a working day, e.g. 09:00-18:00, or with a lunch break 09:00-12:00,13:30-18:00",
    )
    holidays: HolidayCalendar = HolidayCalendar.CN_OFFICIAL
    extra_holidays: list[date] = Field(
        default_factory=list, description="Further days off (company holidays), on top of the official ones"
    )
    extra_working_days: list[date] = Field(
        default_factory=list, description="Further working days (e.g. make-up days not in the package's data)"
    )

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA time zone {v!r}; e.g. Asia/Shanghai, Asia/Taipei, Asia/Hong_Kong") from None
        return v

    @field_validator("hours")
    @classmethod
    def _start_before_end(cls, v: str) -> str:
        previous_end = ""
        for span in v.split(","):
            start, end = span.split("-")
            if start >= end:
                raise ValueError(f"business hours {span} end before they start")
            if start < previous_end:
                raise ValueError(f"business hours {v}: the spans overlap or are out of order")
            previous_end = end
        return v

    @model_validator(mode="after")
    def _extra_days_disjoint(self) -> ServiceCalendar:
        both = sorted(set(self.extra_holidays) & set(self.extra_working_days))
        if both:
            raise RuleError(
                ("extra_working_days",),
                f"{both[0].isoformat()} is listed both as a holiday and as a working day",
                hint="keep each date in one of extra_holidays and extra_working_days",
            )
        return self

    @property
    def spans_minutes(self) -> tuple[tuple[int, int], ...]:
        """The working spans of a day as (start, end) minutes after midnight."""
        out = []
        for span in self.hours.split(","):
            start, end = span.split("-")
            (sh, sm), (eh, em) = (map(int, start.split(":")), map(int, end.split(":")))
            out.append((sh * 60 + sm, eh * 60 + em))
        return tuple(out)

    @property
    def hours_per_day(self) -> float:
        return sum(end - start for start, end in self.spans_minutes) / 60


class ChannelKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    TICKET = "ticket"
    CHAT_GROUP = "chat-group"
    REMOTE = "remote"
    ON_SITE = "on-site"


class SupportChannel(SpecModel):
    kind: ChannelKind
    address: str = Field(description="The number, address, URL or group name")
    clock: str = Field(description="'24x7' or a calendar id: when the channel is staffed (stated, never assumed)")
    note: Text | None = None


def _time_limit_schema(schema: dict[str, Any]) -> None:
    """JSON Schema of a TimeLimit: the object, or the shorthand duration text (``response: 2h``)."""
    whole = dict(schema)
    schema.clear()
    schema.update(title=whole.pop("title", "TimeLimit"), description=whole.pop("description", ""))
    schema["anyOf"] = [{"type": "string", "description": "Shorthand: a duration on the level's clock, e.g. 2h"}, whole]


class TimeLimit(SpecModel):
    """A deadline and the clock it runs on. Shorthand: ``2h`` uses the level's clock."""

    model_config = ConfigDict(json_schema_extra=_time_limit_schema)

    within: Duration
    clock: str | None = Field(default=None, description="'24x7' or a calendar id; default: the level's clock")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: object) -> object:
        # Anything but a mapping is the shorthand, so "30" is reported as a duration without a unit.
        return data if isinstance(data, dict) else {"within": data}


class SeverityTier(StrEnum):
    """What kind of severity a level is, whatever it is called (紧急, 严重, P0, Sev 1…).

    Checklists and lint rules select levels by tier, never by name."""

    EMERGENCY = "emergency"  # whole system down, payment failure, data loss (紧急)
    IMPORTANT = "important"  # one section broken, data not syncing (重要)
    GENERAL = "general"  # a page's layout off, a non-core plugin broken (一般)
    CONSULTATION = "consultation"  # how-to questions (咨询)

    @property
    def rank(self) -> int:
        """0 for the most severe; levels are listed in non-decreasing rank."""
        return list(SeverityTier).index(self)


class SeverityLevel(SpecModel):
    """One tier of the severity matrix, most severe first in the list."""

    id: Identifier = Field(description="e.g. P0, P1, P2, consult")
    tier: SeverityTier = Field(
        description="emergency, important, general or consultation: what checklists select "
        "on, whatever the level is named"
    )
    name: Text
    definition: Text
    examples: list[Text] = Field(default_factory=list)
    clock: str = Field(default=CLOCK_24X7, description="'24x7' or a calendar id")
    response: TimeLimit
    resolution: TimeLimit
    recovery_plan: TimeLimit | None = Field(default=None, description="Initial recovery plan deadline")
    progress_updates: TimeLimit | None = Field(default=None, description="Interval between progress updates")
    on_site: TimeLimit | None = Field(default=None, description="On site when remote fixing fails")
    incident_report: TimeLimit | None = Field(default=None, description="Written report after resolution")

    TIME_FIELDS: ClassVar[tuple[str, ...]] = (
        "response",
        "resolution",
        "recovery_plan",
        "progress_updates",
        "on_site",
        "incident_report",
    )

    def times(self) -> dict[str, TimeLimit]:
        return {name: t for name in self.TIME_FIELDS if (t := getattr(self, name)) is not None}

    def clock_of(self, name: str) -> str:
        limit: TimeLimit | None = getattr(self, name)
        return (limit.clock if limit and limit.clock else None) or self.clock

    @model_validator(mode="after")
    def _response_before_resolution(self) -> SeverityLevel:
        r, s = self.response.within, self.resolution.within
        same_clock = self.clock_of("response") == self.clock_of("resolution")
        if same_clock and r.comparable(s) and s < r:
            raise RuleError(
                ("resolution",),
                f"resolution ({s}) is faster than response ({r}) in level {self.id}",
                hint="the resolution deadline must be at least the response deadline",
                related=(("response",),),
            )
        return self


class StartEvent(StrEnum):
    SIGNING = "signing"
    ACCEPTANCE = "acceptance"
    GO_LIVE = "go-live"
    DATE = "date"


class FreeMethod(StrEnum):
    REMOTE = "remote"
    PHONE = "phone"
    ON_SITE = "on-site"


def _remote_only() -> list[FreeMethod]:
    return [FreeMethod.REMOTE]


class FreeMaintenance(SpecModel):
    """The free maintenance / warranty period (免费维护期 / 质保期)."""

    start_event: StartEvent
    start_date: SpecDate | None = Field(default=None, description="Required when start_event is 'date'")
    length: Duration
    covers: list[ServiceKind] = Field(min_length=1, description="What is free during the period")
    methods: list[FreeMethod] = Field(default_factory=_remote_only)
    free_trainings: int = Field(default=0, ge=0, le=50)
    training_notice: Duration = default_duration(
        "5 business days", "Client's notice of the time and trainees of a free training session"
    )
    notes: Text | None = None

    @model_validator(mode="after")
    def _date_when_date(self) -> FreeMaintenance:
        if self.start_event is StartEvent.DATE and self.start_date is None:
            raise RuleError(
                ("start_date",),
                "start_event 'date' needs a start_date",
                hint="add 'start_date: YYYY-MM-DD' or name an event: signing, acceptance, go-live",
            )
        if self.start_event is not StartEvent.DATE and self.start_date is not None:
            raise RuleError(
                ("start_date",), f"start_date is only used with start_event 'date', not {self.start_event.value!r}"
            )
        if self.length.unit not in (TimeUnit.MONTHS, TimeUnit.YEARS, TimeUnit.DAYS):
            raise RuleError(("length",), "the free period is counted in days, months or years, e.g. '12 months'")
        return self
