"""Evaluating a checklist against one validated spec: a verdict per requirement.

Verdicts: ``pass``, ``fail``, ``not stated`` (the spec does not state the value
the requirement is about) and ``not comparable`` (the value is stated but cannot
be measured against the requirement: another currency, another clock).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from termsmith.checklist import durations
from termsmith.checklist.assertions import (
    Contains,
    CountAtLeast,
    DurationAtLeast,
    DurationAtMost,
    Equals,
    Exists,
    MoneyAtLeast,
    MoneyAtMost,
    OneOf,
    matches_where,
    plain,
)
from termsmith.checklist.durations import Timed
from termsmith.checklist.model import ChecklistSpec, Level, Requirement
from termsmith.checklist.paths import Found, Status, resolve
from termsmith.spec.defaults import is_default
from termsmith.spec.model import Spec
from termsmith.spec.service import TimeLimit
from termsmith.spec.types import Duration, Money


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_STATED = "not stated"
    NOT_COMPARABLE = "not comparable"


class Note(StrEnum):
    """Why a verdict is what it is, when the value alone does not say."""

    NO_MATCH = "no-match"  # the selection matched no element (no such severity level)
    OTHER_CURRENCY = "other-currency"  # money in another currency: reported, not converted
    OTHER_CLOCK = "other-clock"  # durations on different clocks that the calendar cannot reconcile
    WORST_CASE = "worst-case"  # business time against elapsed time, decided on the calendar's worst case
    MISSING = "missing"  # exists / contains: what is missing


@dataclass(frozen=True, slots=True)
class Count:
    """How many elements were counted, and which."""

    n: int
    items: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    requirement: Requirement
    verdict: Verdict
    vendor: Any = None  # the vendor's value: Timed, Money, Count, a list or a scalar; None when not stated
    where: str | None = None  # the concrete spec path of the vendor's value, e.g. severity_levels[0].response
    note: Note | None = None
    detail: tuple[Any, ...] = ()  # e.g. the values a 'contains' misses
    required: Timed | None = None  # the requirement's duration on its basis, for display
    default: bool = False  # the value is a default declared on the model, not written in the spec

    @property
    def level(self) -> Level:
        return self.requirement.level

    @property
    def blocking(self) -> bool:
        """A must-requirement that did not pass: the check fails."""
        return self.level is Level.MUST and self.verdict is not Verdict.PASS


def evaluate(checklist: ChecklistSpec, spec: Spec) -> list[Outcome]:
    """One outcome per requirement, in checklist order."""
    return [evaluate_one(req, spec) for req in checklist.requirements]


def evaluate_one(req: Requirement, spec: Spec) -> Outcome:
    """The outcome of ``req``; a value the spec does not write but the model declares (the one the
    agreement prints) is judged like a written one and marked ``default``."""
    outcome = _evaluate_one(req, spec)
    if outcome.verdict is not Verdict.NOT_STATED and outcome.where and is_default(spec, outcome.where):
        return replace(outcome, default=True)
    return outcome


def _evaluate_one(req: Requirement, spec: Spec) -> Outcome:
    a = req.assertion
    found, status = resolve(spec, a.segments, a.select)
    if status is Status.UNMATCHED:
        verdict = Verdict.FAIL if isinstance(a, Exists) else Verdict.NOT_STATED
        return Outcome(req, verdict, where=a.path, note=Note.NO_MATCH)
    where = found[0].where if found else a.path
    if isinstance(a, Exists):
        stated = [f for f in found if f.value != []]
        return Outcome(
            req, Verdict.PASS if stated else Verdict.FAIL, vendor=stated[0].value if stated else None, where=where
        )
    if isinstance(a, CountAtLeast):
        return _count(req, a, found, status, where)
    if isinstance(a, Contains):
        return _contains(req, a, found, status, where)
    if not found:
        return Outcome(req, Verdict.NOT_STATED, where=where)
    first = found[0]
    if isinstance(a, Equals):
        return Outcome(req, _verdict(plain(first.value) == a.value), vendor=first.value, where=where)
    if isinstance(a, OneOf):
        return Outcome(req, _verdict(plain(first.value) in a.values), vendor=first.value, where=where)
    if isinstance(a, (MoneyAtMost, MoneyAtLeast)):
        return _money(req, a, first.value, where)
    assert isinstance(a, (DurationAtMost, DurationAtLeast))
    return _duration(req, a, first, spec, where)


def _verdict(ok: bool | None) -> Verdict:
    if ok is None:
        return Verdict.NOT_COMPARABLE
    return Verdict.PASS if ok else Verdict.FAIL


def _flatten(found: list[Found]) -> list[Any]:
    items: list[Any] = []
    for f in found:
        items.extend(f.value if isinstance(f.value, list) else [f.value])
    return items


def _count(req: Requirement, a: CountAtLeast, found: list[Found], status: Status, where: str) -> Outcome:
    if status is Status.ABSENT:
        return Outcome(req, Verdict.NOT_STATED, where=where)
    if len(found) == 1 and isinstance(found[0].value, int) and not isinstance(found[0].value, bool):
        n = found[0].value
        return Outcome(req, _verdict(n >= a.value), vendor=Count(n, ()), where=where)
    items = _flatten(found)
    if a.where:
        items = [item for item in items if matches_where(item, a.where)]
    if a.distinct:  # the first element of each kind stands for its kind
        keys: list[Any] = []
        firsts: list[Any] = []
        for item in items:
            key = _distinct_key(item)
            if key not in keys:
                keys.append(key)
                firsts.append(item)
        items = firsts
    return Outcome(req, _verdict(len(items) >= a.value), vendor=Count(len(items), tuple(items)), where=where)


def _distinct_key(item: Any) -> Any:
    """Elements count once per kind (channels), else per value."""
    kind = getattr(item, "kind", None)
    return plain(kind) if kind is not None else plain(item)


def _contains(req: Requirement, a: Contains, found: list[Found], status: Status, where: str) -> Outcome:
    if status is Status.ABSENT:
        return Outcome(req, Verdict.NOT_STATED, where=where)
    have = [plain(v) for v in _flatten(found)]
    missing = tuple(v for v in a.values if v not in have)
    return Outcome(
        req, _verdict(not missing), vendor=have, where=where, note=Note.MISSING if missing else None, detail=missing
    )


def _money(req: Requirement, a: MoneyAtMost | MoneyAtLeast, value: Money, where: str) -> Outcome:
    if value.currency != a.value.currency:
        return Outcome(req, Verdict.NOT_COMPARABLE, vendor=value, where=where, note=Note.OTHER_CURRENCY)
    ok = value.amount <= a.value.amount if isinstance(a, MoneyAtMost) else value.amount >= a.value.amount
    return Outcome(req, _verdict(ok), vendor=value, where=where)


def clock_of(found: Found) -> tuple[Duration, str | None]:
    """A found duration (or time limit) and the clock it runs on, from the objects above it."""
    value, owners = found.value, found.owners
    limit: TimeLimit | None = None
    holder: Any = None
    if isinstance(value, TimeLimit):
        limit, holder = value, owners[-1] if owners else None
    elif owners and isinstance(owners[-1], TimeLimit):
        limit, holder = owners[-1], owners[-2] if len(owners) > 1 else None
    if limit is not None:
        clock = limit.clock or getattr(holder, "clock", None)
        return limit.within, clock if isinstance(clock, str) else None
    for owner in reversed(owners):
        clock = getattr(owner, "clock", None)
        if isinstance(clock, str):
            return value, clock
    return value, None


def _first_year(spec: Spec) -> tuple[date, date] | None:
    """The days an incident may be opened on, for worst cases: the term's first year. None when
    the term or its start is not stated (a partial spec extracted from a vendor's document)."""
    start = spec.term.start if spec.term is not None else None
    return (start, start + timedelta(days=364)) if start is not None else None


def _duration(req: Requirement, a: DurationAtMost | DurationAtLeast, found: Found, spec: Spec, where: str) -> Outcome:
    duration, clock = clock_of(found)
    vendor = durations.timed(duration, clock, spec.calendars, _first_year(spec))
    limit = durations.required(a.value, a.clock, vendor, spec.calendars)
    ok = durations.at_most(vendor, limit) if isinstance(a, DurationAtMost) else durations.at_least(vendor, limit)
    note = Note.OTHER_CLOCK if ok is None else None
    if (
        ok is not None
        and vendor.basis is not limit.basis
        and durations.Basis.BUSINESS in (vendor.basis, limit.basis)
        and durations.Basis.CALENDAR not in (vendor.basis, limit.basis)
    ):
        note = Note.WORST_CASE
    return Outcome(req, _verdict(ok), vendor=vendor, where=where, note=note, required=limit)
