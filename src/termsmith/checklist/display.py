"""How an outcome's values read in a report: the vendor's value, the required value, notes."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from pydantic import BaseModel

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
)
from termsmith.checklist.durations import Basis, Timed
from termsmith.checklist.evaluate import Count, Note, Outcome, Verdict
from termsmith.checklist.labels import t
from termsmith.checklist.model import Requirement
from termsmith.checklist.paths import PathError, path_type, split
from termsmith.library import formatting
from termsmith.library.labels import label as library_label
from termsmith.spec.model import Spec
from termsmith.spec.service import CLOCK_24X7, ServiceCalendar
from termsmith.spec.types import Duration, Money, Text

DASH = "—"


class _OneCalendar:
    """Lets the library's ``clock_short`` word a calendar we already hold."""

    def __init__(self, calendar: ServiceCalendar) -> None:
        self._calendar = calendar

    def calendar(self, _id: str) -> ServiceCalendar:
        return self._calendar


def paren(text: str, inner: str, lang: str) -> str:
    """``text（inner）`` in Chinese, ``text (inner)`` in English."""
    return f"{text} ({inner})" if lang == "en" else f"{text}（{inner}）"


def listing(items: list[str], lang: str) -> str:
    return ("、" if lang != "en" else ", ").join(items)


# Who holds or owns something, as a check report words it (``party.*`` in the report's labels):
# our agreements call the client 甲方 and the vendor 乙方, but a vendor's own agreement often has
# them the other way round, and a report reading "源代码归属：乙方" beside it would name the wrong party.
_PARTY_ENUMS = frozenset({"Holder", "Owner", "PartyRole"})
_PARTIES = frozenset({"client", "vendor", "joint"})


def word(v: Enum, lang: str) -> str:
    """A spec choice in words as a check report shows it: the clause library's label, except
    that parties are client and vendor, never 甲方/乙方."""
    if type(v).__name__ in _PARTY_ENUMS and v.value in _PARTIES:
        return t(f"party.{v.value}", lang)
    return library_word(v, lang)


def library_word(v: Enum, lang: str) -> str:
    """A spec choice in words, as our agreements word it: the clause library's label ("the
    Client" reads "Client" in a cell)."""
    try:
        text = library_label(v, lang)
    except KeyError:
        return str(v.value)
    return text[4:] if lang == "en" and text.startswith("the ") else text


@cache
def enum_at(path: str) -> type[Enum] | None:
    """The spec enum a checklist path holds, so its plain values ("client") can be worded."""
    try:
        return path_type(path).enum()
    except PathError:
        return None


def choice(v: Any, path: str, lang: str) -> str:
    """A value as the checklist writes it (``client``), worded for the field at ``path``."""
    enum = enum_at(path)
    if enum is not None and not isinstance(v, Enum):
        try:
            v = enum(v)
        except ValueError:
            return str(v)
    if isinstance(v, str) and split(path)[-1] == "clock":
        return clock_name(v, lang)
    return value(v, lang)


def duration(d: Duration, lang: str) -> str:
    return formatting.duration(d, lang)


def clock(t_: Timed, lang: str) -> str:
    """The clock a duration runs on, as the agreements word it; empty for months and years."""
    if t_.basis is Basis.CALENDAR:
        return ""
    if t_.basis is Basis.WALL:
        return clock_name(CLOCK_24X7, lang) if t_.clock is not None else ""
    if t_.calendar is None:
        return t("business", lang)
    return formatting.clock_short(t_.calendar.id, _OneCalendar(t_.calendar), lang)


def timed(t_: Timed, lang: str) -> str:
    text = duration(t_.duration, lang)
    where = clock(t_, lang)
    return paren(text, where, lang) if where else text


def value(v: Any, lang: str) -> str:
    """Any spec value as short text in ``lang``."""
    if v is None:
        return DASH
    if isinstance(v, Timed):
        return timed(v, lang)
    if isinstance(v, Duration):
        return duration(v, lang)
    if isinstance(v, Money):
        return money(v, lang)
    if isinstance(v, Count):
        if not v.items:
            return str(v.n)
        return paren(str(v.n), listing([value(i, lang) for i in v.items], lang), lang)
    if isinstance(v, bool):
        return t("yes" if v else "no", lang)
    if isinstance(v, Enum):
        return word(v, lang)
    if isinstance(v, Text):
        return v.get(lang)
    if isinstance(v, list):
        return listing([value(i, lang) for i in v], lang) if v else DASH
    if isinstance(v, BaseModel):
        return _model(v, lang)
    if isinstance(v, Decimal):
        return formatting.number_text(v)
    return str(v)


def _model(v: BaseModel, lang: str) -> str:
    """An element in a count or an 'exists' value: its kind or item, else its name, else its id, else 'stated'.
    The name comes before the id: a level the report lists is 危急 or 紧急, as the agreement calls it, not the id
    a spec author (P0) or the extractor (L1, where the vendor gave none) put on it."""
    for key in ("kind", "item"):
        inner = getattr(v, key, None)
        if inner is not None:
            return value(inner, lang)
    name = getattr(v, "name", None)
    if isinstance(name, Text):
        return name.get(lang)
    inner = getattr(v, "id", None)
    return value(inner, lang) if inner is not None else t("stated", lang)


def money(m: Money, lang: str) -> str:
    """``¥3,000.00`` in Chinese, ``CNY 3,000.00`` in English, ``HKD 3,000.00`` in both (the library's wording)."""
    return formatting.money(m, lang)


def vendor(o: Outcome, lang: str, spec: Spec | None = None) -> str:
    """The vendor's value in words; a calendar clock is described from ``spec`` when given."""
    if o.verdict is Verdict.NOT_STATED:
        return t("not stated", lang)
    path = o.requirement.assertion.path
    v = o.vendor
    if (
        isinstance(v, str)
        and split(path)[-1] == "clock"
        and v != CLOCK_24X7
        and spec is not None
        and spec.calendar(v) is not None
    ):
        return formatting.clock_short(v, spec, lang)
    if isinstance(v, list):
        return listing([choice(i, path, lang) for i in v], lang) if v else DASH
    return choice(v, path, lang)


def required(o: Outcome, lang: str) -> str:
    """The requirement's value for one spec, e.g. ``≤ 2小时（7×24小时）``."""
    return requirement(o.requirement, lang, o.required)


def requirement(req: Requirement, lang: str, on: Timed | None = None) -> str:
    """The requirement's value; a duration is shown on ``on``'s clock when given."""
    a = req.assertion
    if isinstance(a, Exists):
        return t("stated", lang)
    if isinstance(a, Equals):
        return f"= {choice(a.value, a.path, lang)}"
    if isinstance(a, OneOf):
        options = " / ".join(choice(v, a.path, lang) for v in a.values)
        return f"{options}（{t('one of', lang)}）" if lang != "en" else f"{t('one of', lang)}: {options}"
    if isinstance(a, (DurationAtMost, DurationAtLeast)):
        op = "≤" if isinstance(a, DurationAtMost) else "≥"
        if on is not None:
            shown = timed(on, lang)
        elif a.clock == "business" and not a.value.unit.is_business:
            shown = paren(duration(a.value, lang), t("business", lang), lang)
        else:
            shown = duration(a.value, lang)
        return f"{op} {shown}"
    if isinstance(a, (MoneyAtMost, MoneyAtLeast)):
        return f"{'≤' if isinstance(a, MoneyAtMost) else '≥'} {money(a.value, lang)}"
    if isinstance(a, CountAtLeast):
        return f"≥ {a.value}"
    assert isinstance(a, Contains)
    space = " " if lang == "en" else ""
    return f"{t('contains', lang)}{space}{listing([choice(v, a.path, lang) for v in a.values], lang)}"


def note(o: Outcome, lang: str, short: bool = False) -> str | None:
    if o.note is None:
        return (t("note.default.short", lang) if short else t("note.default", lang)) if o.default else None
    if short and o.note in (Note.OTHER_CLOCK, Note.NO_MATCH, Note.WORST_CASE):
        return t(f"note.{o.note.value}.short", lang)
    if o.note is Note.OTHER_CURRENCY:
        a = o.requirement.assertion
        want = getattr(getattr(a, "value", None), "currency", "?")
        return t("note.other-currency", lang, have=o.vendor.currency, want=want)
    if o.note is Note.MISSING:
        path = o.requirement.assertion.path
        return t("note.missing", lang, items=listing([choice(v, path, lang) for v in o.detail], lang))
    return t(f"note.{o.note.value}", lang)


def clock_name(name: str, lang: str) -> str:
    """The 24×7 clock as the agreements word it; a calendar id as written."""
    return formatting.clock_short(CLOCK_24X7, None, lang) if name == CLOCK_24X7 else name
