"""How an outcome's values read in a report: the vendor's value, the required value, notes."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
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
from termsmith.checklist.labels import t, unit
from termsmith.checklist.model import Requirement
from termsmith.spec.service import CLOCK_24X7
from termsmith.spec.types import Duration, Money, Text

DASH = "—"


def duration(d: Duration, lang: str) -> str:
    word = unit(d.unit, lang)
    if word is None:
        return str(d)
    return f"{format(d.value.normalize(), 'f')} {word}"


def clock(t_: Timed, lang: str) -> str:
    if t_.basis is Basis.CALENDAR:
        return ""
    if t_.basis is Basis.WALL:
        return t("24x7", lang)
    if t_.calendar is None:
        return t("business", lang)
    name = t_.calendar.name.get(lang) if t_.calendar.name is not None else t_.calendar.id
    return f"{name} {t_.calendar.hours}"


def timed(t_: Timed, lang: str) -> str:
    text = duration(t_.duration, lang)
    where = clock(t_, lang)
    if not where:
        return text
    return f"{text}（{where}）" if lang != "en" else f"{text} ({where})"


def value(v: Any, lang: str) -> str:
    """Any spec value as short text in ``lang``."""
    if v is None:
        return DASH
    if isinstance(v, Timed):
        return timed(v, lang)
    if isinstance(v, Duration):
        return duration(v, lang)
    if isinstance(v, Money):
        return money(v)
    if isinstance(v, Count):
        if not v.items:
            return str(v.n)
        sep = "、" if lang != "en" else ", "
        return f"{v.n}（{sep.join(value(i, lang) for i in v.items)}）" if lang != "en" else (
            f"{v.n} ({sep.join(value(i, lang) for i in v.items)})")
    if isinstance(v, bool):
        return t("yes" if v else "no", lang)
    if isinstance(v, Enum):
        return str(v.value)
    if isinstance(v, Text):
        return v.get(lang)
    if isinstance(v, list):
        sep = "、" if lang != "en" else ", "
        return sep.join(value(i, lang) for i in v) if v else DASH
    if isinstance(v, BaseModel):
        return _model(v, lang)
    if isinstance(v, Decimal):
        return format(v.normalize(), "f")
    return str(v)


def _model(v: BaseModel, lang: str) -> str:
    """An element in a count or an 'exists' value: its kind, id or name, else 'stated'."""
    for key in ("kind", "item", "id"):
        inner = getattr(v, key, None)
        if inner is not None:
            return value(inner, lang)
    name = getattr(v, "name", None)
    if isinstance(name, Text):
        return name.get(lang)
    return t("stated", lang)


def money(m: Money) -> str:
    return f"{m.amount:,} {m.currency}"


def vendor(o: Outcome, lang: str) -> str:
    if o.verdict is Verdict.NOT_STATED:
        return t("not stated", lang)
    return value(o.vendor, lang)


def required(o: Outcome, lang: str) -> str:
    """The requirement's value for one spec, e.g. ``≤ 2 小时（7×24 小时）``."""
    return requirement(o.requirement, lang, o.required)


def requirement(req: Requirement, lang: str, on: Timed | None = None) -> str:
    """The requirement's value; a duration is shown on ``on``'s clock when given."""
    a = req.assertion
    sep = "、" if lang != "en" else ", "
    if isinstance(a, Exists):
        return t("stated", lang)
    if isinstance(a, Equals):
        return f"= {value(a.value, lang)}"
    if isinstance(a, OneOf):
        options = " / ".join(value(v, lang) for v in a.values)
        return f"{options}（{t('one of', lang)}）" if lang != "en" else f"{t('one of', lang)}: {options}"
    if isinstance(a, (DurationAtMost, DurationAtLeast)):
        op = "≤" if isinstance(a, DurationAtMost) else "≥"
        if on is not None:
            shown = timed(on, lang)
        elif a.clock == "business" and not a.value.unit.is_business:
            shown = f"{duration(a.value, lang)}（{t('business', lang)}）" if lang != "en" else (
                f"{duration(a.value, lang)} ({t('business', lang)})")
        else:
            shown = duration(a.value, lang)
        return f"{op} {shown}"
    if isinstance(a, (MoneyAtMost, MoneyAtLeast)):
        return f"{'≤' if isinstance(a, MoneyAtMost) else '≥'} {money(a.value)}"
    if isinstance(a, CountAtLeast):
        return f"≥ {a.value}"
    assert isinstance(a, Contains)
    return f"{t('contains', lang)} {sep.join(value(v, lang) for v in a.values)}"


def note(o: Outcome, lang: str, short: bool = False) -> str | None:
    if o.note is None:
        return None
    if short and o.note in (Note.OTHER_CLOCK, Note.NO_MATCH):
        return t(f"note.{o.note.value}.short", lang)
    if o.note is Note.OTHER_CURRENCY:
        a = o.requirement.assertion
        want = getattr(getattr(a, "value", None), "currency", "?")
        return t("note.other-currency", lang, have=o.vendor.currency, want=want)
    if o.note is Note.MISSING:
        sep = "、" if lang != "en" else ", "
        return t("note.missing", lang, items=sep.join(value(v, lang) for v in o.detail))
    return t(f"note.{o.note.value}", lang)


def clock_name(name: str, lang: str) -> str:
    return t("24x7", lang) if name == CLOCK_24X7 else name
