"""What a clause template may call: localised formatting of spec values, cross
references, tables and the signature block.

Each function localises to the template's language. Formatting functions are
plain (``money(m, lang)``); ``template_context`` binds them to one render (the
spec, the language, the article numbers, the table markers) under the names the
clause format documents: ``t``, ``party``, ``party_name``, ``money``, ``amount``,
``duration``, ``time_limit``, ``date``, ``percent``, ``label``, ``join``, ``ref``,
``calendar_text``, the table functions and ``signature_block``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from termsmith.document.model import Block
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
    if lang in ZH:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def percent(p: Percent | Decimal, lang: str) -> str:
    value = p.value if isinstance(p, Percent) else p
    return f"{number_text(value)}%"


def label(value: Enum | str, lang: str) -> str:
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


# ---------------------------------------------------------------- one render's bindings
@dataclass(slots=True)
class RenderContext:
    """What one clause render in one language may reach."""

    spec: Any  # termsmith.spec.Spec
    lang: str
    article_of: dict[str, int]  # clause id → article number in this document
    nonce: str
    metadata: Any = None
    quote: Any = None
    languages: tuple[str, ...] = ()
    markers: dict[str, Block] = field(default_factory=dict)
    ref_targets: dict[int, str] | None = None  # article number → its anchor; set: ref() marks its text

    def marker(self, block: Block) -> str:
        key = f"\u27e6termsmith:{self.nonce}:{len(self.markers)}\u27e7"
        self.markers[key] = block
        return key


def _record(path: str, value: Any) -> None:
    from termsmith.library.sandbox import current_recorder

    rec = current_recorder()
    if rec is not None:
        rec.note(path, value)


def _path_of(obj: Any) -> str | None:
    from termsmith.library.sandbox import current_recorder

    rec = current_recorder()
    return rec.path_of(obj) if rec is not None else None


def template_context(rc: RenderContext) -> dict[str, Any]:
    """The names a clause template sees."""
    from termsmith.library import tables

    lang, spec = rc.lang, rc.spec

    def bind(fn: Callable[..., str]) -> Callable[..., str]:
        def bound(value: Any, *args: Any) -> str:
            if value is None:
                raise ValueError(f"{fn.__name__}() got an empty value (None); guard optional fields with {{% if … %}}")
            return fn(value, *args, lang)

        bound.__name__ = fn.__name__
        return bound

    def party_name(role: str) -> str:
        role = getattr(role, "value", role)
        chosen = spec.party(role)
        _record(f"spec.{role}.legal_name", chosen.legal_name)
        return t(chosen.legal_name, lang)

    def ref(clause_id: str) -> str:
        if clause_id not in rc.article_of:
            raise ValueError(f"ref('{clause_id}'): that clause is in no article of this document")
        number = rc.article_of[clause_id]
        text = article_number(number, lang)
        if rc.ref_targets is not None and number in rc.ref_targets:
            return mark_ref(text, rc.ref_targets[number])
        return text

    def time_limit(level: Any, name: str) -> str:
        if isinstance(level, str):
            found = spec.level(level)
            if found is None:
                raise ValueError(f"time_limit(): no severity level {level!r}")
            level = found
        if name not in level.TIME_FIELDS:
            raise ValueError(f"time_limit(): {name!r} is not one of {', '.join(level.TIME_FIELDS)}")
        limit = getattr(level, name)
        if limit is None:
            raise ValueError(f"time_limit(): level {level.id} has no {name}; guard it with {{% if … %}}")
        base = _path_of(level) or f"spec.level({level.id!r})"
        _record(f"{base}.{name}", limit.within)
        clock = clock_short(level.clock_of(name), spec, lang)
        text = duration(limit.within, lang)
        return f"{text}（{clock}）" if lang in ZH else f"{text} ({clock})"

    def cal_text(clock: str) -> str:
        _record(f"spec.calendars[{clock}]", clock)
        return calendar_text(clock, spec, lang)

    def table(builder: Callable[..., Any], path: str) -> Callable[[], str]:
        def make() -> str:
            block = builder(rc)
            _record(path, f"table, {len(block.rows)} rows")
            return rc.marker(block)

        make.__name__ = builder.__name__
        return make

    def count(n: Any, noun: str) -> str:
        if n is None:
            raise ValueError("count() got an empty value (None); guard optional fields with {% if … %}")
        return counted(n, noun, lang)

    def service_name(kind: Any) -> str:
        """The spec's own name of the included service of ``kind`` (so one item has one
        name everywhere); the kind's label when the scope lists no such service."""
        names = [item.name for item in spec.scope.included if item.kind == kind]
        return join(names, lang) if names else label(kind, lang)

    def recurring_billing() -> str:
        from termsmith.library.billing import recurring_terms

        _record("spec.payment.recurring.billing", spec.payment.recurring.billing)
        _record("spec.payment.recurring.due_days", spec.payment.recurring.due_days)
        return recurring_terms(spec, lang)

    def acceptance_billing() -> str:
        from termsmith.library.billing import acceptance_terms

        _record("spec.payment.on_acceptance.due_days", spec.payment.on_acceptance.due_days)
        return acceptance_terms(spec, lang)

    def signature_block() -> str:
        _record("spec.signatures", f"({len(spec.signatures.signatories)} signatories)")
        return rc.marker(tables.signature_block(rc))

    return {
        "spec": spec,
        "metadata": rc.metadata,
        "lang": lang,
        "quote": rc.quote,
        "t": bind(t),
        "party": bind(party),
        "party_name": party_name,
        "money": bind(money),
        "amount": bind(amount),
        "duration": bind(duration),
        "time_limit": time_limit,
        "date": bind(date),
        "percent": bind(percent),
        "label": bind(label),
        "join": bind(join),
        "ref": ref,
        "calendar_text": cal_text,
        "count": count,
        "service_name": service_name,
        "severity_table": table(tables.severity_table, "spec.severity_levels"),
        "rate_card_table": table(tables.rate_card_table, "spec.fees.rate_card"),
        "recurring_fees_table": table(tables.recurring_fees_table, "spec.fees.recurring"),
        "payment_table": table(tables.payment_table, "spec.payment.milestones"),
        "channels_table": table(tables.channels_table, "spec.support_channels"),
        "quote_lines_table": table(tables.quote_lines_table, "quote.lines"),
        "quote_totals_table": table(tables.quote_totals_table, "quote.total"),
        "signature_block": signature_block,
        "recurring_billing": recurring_billing,
        "acceptance_billing": acceptance_billing,
    }


HELPER_NAMES = frozenset(
    {
        "t",
        "party",
        "party_name",
        "money",
        "amount",
        "duration",
        "time_limit",
        "date",
        "percent",
        "label",
        "join",
        "ref",
        "calendar_text",
        "count",
        "service_name",
        "severity_table",
        "rate_card_table",
        "recurring_fees_table",
        "payment_table",
        "channels_table",
        "quote_lines_table",
        "quote_totals_table",
        "signature_block",
        "recurring_billing",
        "acceptance_billing",
    }
)
CONTEXT_NAMES = frozenset({"spec", "metadata", "lang", "quote"}) | HELPER_NAMES
FILTERS = ("t", "money", "amount", "duration", "date", "percent", "label")
