"""Localised formatting of spec values: money, amounts in capital numerals, durations, dates,
percentages, enum labels, lists, clocks and calendars, in zh-Hans, zh-Hant and en.

Plain functions (``money(m, lang)``) with no notion of a render: the clause sandbox uses them
as filters, the tables build cells with them, and ``helpers.template_context`` binds them to
one render. Nothing here imports the sandbox or the tables, so each depends one way:
``formatting`` ← ``sandbox``, ``tables``, ``billing`` ← ``helpers``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from termsmith.library.labels import label as _label
from termsmith.library.numerals import capital_amount, chinese_number
from termsmith.spec.types import CURRENCY_MINOR_UNITS, Duration, Money, Percent, Text, TimeUnit

ZH = ("zh-Hans", "zh-Hant")
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ZH_SYMBOL = {"CNY": "¥"}


# ---------------------------------------------------------------- plain formatting
def t(value: Any, lang: str) -> str:
    """A spec text in the clause's language (``{{ spec.project.name|t }}``)."""
    if isinstance(value, Text):
        return value.get(lang)
    if value is None:
        raise ValueError("t() got an empty value (None); guard optional text with {% if … %}")
    return str(value)


def figures(amount: Decimal, currency: str) -> str:
    places = CURRENCY_MINOR_UNITS.get(currency, 2)
    return format(amount.quantize(Decimal(1).scaleb(-places)), f",.{places}f")


def money(m: Money, lang: str) -> str:
    """``¥12,000.00`` for CNY in Chinese, ``HKD 12,000.00`` otherwise, ``CNY 12,000.00`` in English."""
    number = figures(m.amount, m.currency)
    if lang in ZH and m.currency in _ZH_SYMBOL:
        return f"{_ZH_SYMBOL[m.currency]}{number}"
    return f"{m.currency} {number}"


def amount(m: Money, lang: str) -> str:
    """Figures, and in Chinese the capital numerals too: ``¥12,000.00（人民币壹万贰仟元整）``."""
    if lang not in ZH:
        return money(m, lang)
    return f"{money(m, lang)}（{capital_amount(m.amount, lang, m.currency)}）"


def number_text(value: Decimal | int) -> str:
    return format(Decimal(value).normalize(), "f") if isinstance(value, Decimal) else str(value)


_ZH_UNITS = {
    "zh-Hans": {TimeUnit.HOURS: "小时"},
    "zh-Hant": {TimeUnit.HOURS: "個小時"},
}


def duration(d: Duration, lang: str) -> str:
    """``2小时`` / ``2個小時`` / ``2 hours``; ``3个工作日`` / ``3 business days``; ``12个月`` / ``12 months``."""
    n = number_text(d.value)
    if lang in ZH:
        unit = _ZH_UNITS[lang].get(d.unit) or _label(d.unit, lang)
        return f"{n}{unit}"
    unit = d.unit.value
    if d.value == 1:
        unit = unit[:-1]
    return f"{n} {unit}"


_EN_IRREGULAR = {"copy": "copies", "person": "people", "party": "parties", "day": "days"}


def plural_noun(noun: str, n: Decimal | int) -> str:
    """``noun`` in English for a count of ``n``: the last word takes the plural form
    unless ``n`` is 1 ("1 session", "2 sessions", "2 disaster-recovery drills")."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    word = last.lower()
    if word in _EN_IRREGULAR:
        plural = _EN_IRREGULAR[word]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    plural = last[: len(last) - len(word)] + plural if last.islower() else plural
    return f"{head} {plural}" if head else plural


def counted(n: Decimal | int, noun: str, lang: str) -> str:
    """A count with its noun: ``2 sessions`` / ``1 session`` in English; in Chinese the
    noun is the measure word and follows the number: ``2次``."""
    if lang in ZH:
        return f"{number_text(n)}{noun}"
    return f"{number_text(n)} {plural_noun(noun, n)}"


def date(d: _dt.date, lang: str) -> str:
    """A date: ``2026年1月18日`` / ``18 January 2026``."""
    if lang in ZH:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def percent(p: Percent | Decimal, lang: str) -> str:
    """A percentage: ``6%``."""
    value = p.value if isinstance(p, Percent) else p
    return f"{number_text(value)}%"


def label(value: Enum | str, lang: str) -> str:
    """The label of a spec choice (an enum value): ``每月`` / ``monthly``; every label is in ``labels.py``."""
    if isinstance(value, Enum):
        return _label(value, lang)
    raise ValueError(f"label() takes a spec choice (an enum value), not {type(value).__name__}")


def join(items: Iterable[Any], lang: str) -> str:
    """``a、b、c`` in Chinese; ``a, b and c`` in English."""
    texts = [display(i, lang) for i in items]
    if lang in ZH:
        return "、".join(texts)
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def party(role: str, lang: str) -> str:
    """A party by its role, ``'client'`` or ``'vendor'``: 甲方 / 乙方, the Client / the Vendor."""
    role = getattr(role, "value", role)
    if role not in ("client", "vendor"):
        raise ValueError(f"party() takes 'client' or 'vendor', not {role!r}")
    if lang in ZH:
        return "甲方" if role == "client" else "乙方"
    return "the Client" if role == "client" else "the Vendor"


def article_number(n: int, lang: str) -> str:
    if lang == "zh-Hans":
        return f"第{chinese_number(n, lang)}条"
    if lang == "zh-Hant":
        return f"第{chinese_number(n, lang)}條"
    return f"Article {n}"


REF_OPEN, REF_MID, REF_CLOSE = "\ue000", "\ue001", "\ue002"  # private-use: never in a spec's text


def mark_ref(text: str, target: str) -> str:
    """``text`` tagged as a cross reference to ``target``; assembly turns the tags into ``Ref`` spans."""
    return f"{REF_OPEN}{target}{REF_MID}{text}{REF_CLOSE}"


def list_label(i: int, lang: str) -> str:
    """The i-th (0-based) list item label: （一） in Chinese, (a) in English."""
    if lang in ZH:
        return f"（{chinese_number(i + 1, lang)}）"
    letters = ""
    n = i
    while True:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
        if n == 0:
            break
        n -= 1
    return f"({letters})"


def clock_short(clock: str, spec: Any, lang: str) -> str:
    """A clock in brief: ``7×24小时`` / ``24×7`` or a calendar's days and hours."""
    if clock == "24x7":
        return {"zh-Hans": "7×24小时", "zh-Hant": "7×24小時", "en": "24×7"}[lang]
    cal = spec.calendar(clock)
    if cal is None:
        raise ValueError(f"unknown clock {clock!r}")
    return (
        f"{_days(cal.working_days, lang)} {_hours(cal.hours, lang)}"
        if lang == "en"
        else f"{_days(cal.working_days, lang)}{_hours(cal.hours, lang)}"
    )


def _hours(hours: str, lang: str) -> str:
    """``09:00-12:00,13:30-18:00`` → ``9:00–12:00、13:30–18:00`` / ``09:00–12:00 and 13:30–18:00``."""
    spans = []
    for span in hours.split(","):
        start, end = span.split("-")
        if lang in ZH and start.startswith("0"):
            start = start[1:]
        spans.append(f"{start}–{end}")
    return "、".join(spans) if lang in ZH else " and ".join(spans)


def _days(days: list[Any], lang: str) -> str:
    order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    values = sorted((d.value for d in days), key=order.index)
    idx = [order.index(v) for v in values]
    names = [_label(d, lang) for d in sorted(days, key=lambda d: order.index(d.value))]
    if len(idx) > 2 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{names[0]}至{names[-1]}" if lang in ZH else f"{names[0]}–{names[-1]}"
    return "、".join(names) if lang in ZH else ", ".join(names)


def calendar_text(clock: str, spec: Any, lang: str) -> str:
    """A clock in full: days, hours, time zone when not Beijing time, and holidays."""
    if clock == "24x7":
        return {
            "zh-Hans": "7×24小时（含法定节假日）",
            "zh-Hant": "7×24小時（含法定假日）",
            "en": "24×7, public holidays included",
        }[lang]
    cal = spec.calendar(clock)
    if cal is None:
        raise ValueError(f"calendar_text(): no calendar {clock!r} in spec.calendars")
    days = _days(cal.working_days, lang)
    weekdays = [d.value for d in cal.working_days] == ["mon", "tue", "wed", "thu", "fri"]
    if lang in ZH and weekdays and cal.holidays.value == "cn-official":
        days = "工作日"
    holiday = _label(cal.holidays, lang)
    zone_text = zone_name(cal.time_zone, lang)
    if lang in ZH:
        return f"{days}{_hours(cal.hours, lang)}（{zone_text}，{holiday}）"
    return f"{days} {_hours(cal.hours, lang)} ({zone_text}), {holiday}"


_ZONE_NAMES = {  # IANA zone → (zh-Hans, zh-Hant, en); other zones print their IANA id and UTC offset
    "Asia/Shanghai": ("北京时间", "北京時間", "China Standard Time"),
    "Asia/Taipei": ("台北时间", "臺北時間", "Taipei Time"),
    "Asia/Hong_Kong": ("香港时间", "香港時間", "Hong Kong Time"),
    "Asia/Macau": ("澳门时间", "澳門時間", "Macau Time"),
    "Asia/Singapore": ("新加坡时间", "新加坡時間", "Singapore Time"),
}


def zone_name(zone: str, lang: str) -> str:
    """A time zone as a reader names it: 北京时间, 臺北時間, Hong Kong Time; else its IANA id."""
    names = _ZONE_NAMES.get(zone)
    if names is not None:
        return names[{"zh-Hans": 0, "zh-Hant": 1}.get(lang, 2)]
    return f"{zone}时间" if lang == "zh-Hans" else f"{zone}時間" if lang == "zh-Hant" else zone


def display(value: Any, lang: str) -> str:
    """How ``{{ value }}`` prints in ``lang``."""
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, Money):
        return money(value, lang)
    if isinstance(value, Duration):
        return duration(value, lang)
    if isinstance(value, Percent):
        return percent(value, lang)
    if isinstance(value, Enum):
        try:
            return _label(value, lang)
        except KeyError:
            return str(value.value)
    if isinstance(value, bool):
        return {"zh-Hans": ("否", "是"), "zh-Hant": ("否", "是"), "en": ("no", "yes")}[lang][value]
    if isinstance(value, _dt.date):
        return date(value, lang)
    if isinstance(value, Decimal):
        return number_text(value)
    if isinstance(value, (list, tuple)):
        return join(value, lang)
    if isinstance(value, BaseModel):
        raise ValueError(f"cannot print a whole {type(value).__name__}; print one of its fields")
    return str(value)


# The formatting functions clause templates may also use as filters: ``{{ x|money }}``.
FILTERS = ("t", "money", "amount", "duration", "date", "percent", "label")
