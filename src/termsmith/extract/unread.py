"""The figures termsmith did not read: an honest coverage report after extraction.

On contracts it has never seen the extractor reads roughly two thirds of the facts a hand-made key holds; what it
misses is mostly a value in a layout no reader knows (a level's times in an odd table or a run-on line, plan prices,
a contract sum). Pointing from an unread *term* to the place that states it is as hard as reading it (see
bench/replay/extract37/README.md); this module answers the reverse question, which needs no attribution: which
places of the document hold a figure of a kind the spec uses that no evidence of the extraction cites.

A *figure* is what the extractor's own parsers read on a sentence's normalised text (``termsmith.extract.values``):

- **duration** — ``durations``: 2小时, 5个工作日, 4 business hours, 二十四小時 (Chinese numerals by ``normalise``).
  Dates (2025年, 3月30日), cadences (每2个月, every 1 hour) and a service's adjective ("24-hour support") are no
  durations there already; clocks (7×24, 5×8) are tokens.
- **money** — ``money``: an amount with a currency on either side (¥1500, 6000元, NT$ 320,000, $75/user/month,
  壹万贰仟元整). A bare number is no money, so phone numbers, addresses, clause and version numbers are none.
- **percent** — ``percents``: the spec holds percentages (a liability cap, payment milestones, VAT, late interest,
  service credits), but not an uptime or availability target, a satisfaction or accuracy rate: a percentage in a
  clause that names one of those, or one above 90 with decimals (99.5%, 99.95%), is no figure here.

Template blanks (``____``, ``【】``, ``XXX``) are a marker after ``normalise`` and are never read as figures.

A figure is *read* when its value, by meaning, is one the extraction's terms hold (4个工作小时 is read when a level
holds 4h; a fee repeated in words is read once it is read in figures). Whether an evidence cites the figure's
sentence (its page, paragraph, line and column) is not the test, on measure (bench/eval_unread_figures.py,
development): leaving out every figure of a cited sentence lost the unread second figure of a sentence the readers
used for its first ("response within 4 business hours, mitigation within 1 business day": 36 of the 306 missed
figure facts), and listing every figure of an uncited sentence listed each restatement of a value already read
(2.4 places a document instead of 2.0, coverage no better). Places are listed one per paragraph (a table row is a
paragraph), quoted from the first sentence with an unread figure to the last, located at the first, in document
order, at most ``LIMIT``.

Not every unread figure is worth a reader's time. A figure whose clause is about no service term — a notice or
invoice deadline, late interest, a definition, a service's hours, a discount — is left out
(``termsmith.extract.unread_subject``), and a paragraph whose every unread figure stands in a place listed before
is a restatement, left out unless it is a table row or names a level's time. On the development batches this
lists 1.35 places a document instead of 2.02 and covers as many missed figure facts (184 of 325).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from termsmith.extract.report_words import place
from termsmith.extract.result import Evidence, Extraction
from termsmith.extract.sentences import Sentence
from termsmith.extract.source import Location
from termsmith.extract.unread_subject import LEVEL, clause, off_subject
from termsmith.extract.values import durations, local_currency, money, percents
from termsmith.spec.types import Duration, Money

LIMIT = 20  # places listed per document: a list a person checks by hand, not an index of the document
QUOTE_MAX = 240  # characters of a place's text quoted; a longer run is cut at its end

KINDS = ("duration", "money", "percent")

# a percentage that is no term of the spec: an uptime or availability target, a satisfaction or accuracy rate
_NOT_A_TERM_PERCENT = re.compile(
    r"可用|在线率|在線率|正常运行|正常運行|满意|滿意|准确|準確|成功率|完成率|达标率|達標率|及时率|及時率|覆盖率|覆蓋率|"
    r"uptime|availab|up-time|satisf|accura|success\s+rate|completion|on-time|service\s+level\s+target",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class UnreadFigure:
    """A place holding figures no evidence cites: its text (cut at ``QUOTE_MAX``), where it starts, their kinds."""

    quote: str
    location: Location
    kinds: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**Evidence(self.quote, self.location).to_dict(), "kinds": list(self.kinds)}

    def place(self, lang: str) -> str:
        """'p. 2 ¶3' / '第2页第3段' / '第2頁第3段': where to look, in the report's language."""
        return place(self.location, lang)


def _duration_key(d: Duration) -> str:
    """A duration's length, its clock aside (the terms write '4h' on a business clock for 4个工作小时)."""
    from termsmith.extract.score import _dur  # the scorer's one reading of a length's meaning

    unit = d.unit.value.replace("business ", "")
    return _dur(f"{format(d.value.normalize(), 'f')} {unit}")


def _money_key(m: Money) -> tuple[Decimal, str]:
    return (m.amount.normalize(), m.currency)


def _read_values(terms: Any) -> set[Any]:
    """Every duration, amount and percentage the extraction's terms hold, by meaning."""
    return {key for value in _scalars(terms) if (key := _value_key(str(value).strip())) is not None}


def _value_key(text: str) -> Any:
    """A term's value ("4h", "6000.00 CNY", "30%") keyed as ``figures`` keys a figure; None for any other."""
    try:
        return _duration_key(Duration.parse(text))
    except ValueError:
        pass
    try:
        return _money_key(Money.parse(text))
    except ValueError:
        pass
    try:
        return Decimal(text[:-1].strip()).normalize() if text.endswith("%") else None
    except ArithmeticError:
        return None


def _scalars(value: Any) -> Iterable[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from _scalars(item)
    elif value is not None and not isinstance(value, bool):
        yield value


class _Figure(NamedTuple):
    kind: str
    value: Any
    key: Any
    start: int  # in the normalised sentence
    end: int


def figures(norm: str, currency: str) -> list[tuple[str, Any, Any, int]]:
    """(kind, value, key, offset in ``norm``) of every figure of a normalised sentence, in text order."""
    return [(f.kind, f.value, f.key, f.start) for f in _figures(norm, currency)]


def _figures(norm: str, currency: str) -> list[_Figure]:
    out: list[_Figure] = []
    for d in durations(norm):
        out.append(_Figure("duration", d.duration, _duration_key(d.duration), d.start, d.end))
    for m in money(norm, currency):
        out.append(_Figure("money", m.money, _money_key(m.money), m.start, m.end))
    for value, start, end in percents(norm):
        lo, hi = clause(norm, start, end)
        if _NOT_A_TERM_PERCENT.search(norm, lo, hi) or (value > 90 and value != value.to_integral_value()):
            continue
        out.append(_Figure("percent", value, value.normalize(), start, end))
    return sorted(out, key=lambda f: f.start)


def unread_figures(
    sentences: list[Sentence], extraction: Extraction, text: str, limit: int = LIMIT
) -> list[UnreadFigure]:
    """The places (one per paragraph, in document order, at most ``limit``) holding figures the extraction did not
    read; see the module docstring. ``text`` is the document's (its bare 元 or $ is its own currency)."""
    known = _read_values(extraction.terms)
    currency = local_currency(extraction.language, text)
    places: dict[int, list[tuple[Sentence, list[_Figure]]]] = {}
    for s in sentences:
        found = [
            f
            for f in _figures(s.norm, currency)
            if f.key not in known and not off_subject(s.norm, f.kind, f.value, f.start, f.end, s.heading)
        ]
        if found:
            places.setdefault(s.paragraph.number, []).append((s, found))
    listed: list[UnreadFigure] = []
    seen: set[Any] = set()
    for group in places.values():
        keys = {f.key for _, found in group for f in found}
        if keys <= seen and not _own_row(group):
            continue  # a restatement: its every figure stands in a place listed before
        seen |= keys
        listed.append(_place(group))
        if len(listed) == limit:
            break
    return listed


def _own_row(group: list[tuple[Sentence, list[_Figure]]]) -> bool:
    """Whether a place is listed though its figures were listed before: a table row, or a line naming a level's
    time ("Request Response: 2 hours" after "Break-fix Resolution: 2 hours"), which is a fact of its own."""
    return any("|" in s.paragraph.text or LEVEL.search(s.norm) for s, _ in group)


def _place(group: list[tuple[Sentence, list[_Figure]]]) -> UnreadFigure:
    first, last = group[0][0], group[-1][0]
    text = first.paragraph.text[first.offset : last.offset + len(last.text)]
    quote = " ".join(text.split())
    if len(quote) > QUOTE_MAX:
        quote = quote[: QUOTE_MAX - 1].rstrip() + "…"
    found = [f for _, fs in group for f in fs]
    kinds = tuple(k for k in KINDS if any(f.kind == k for f in found))
    return UnreadFigure(quote, first.location, kinds)


HEADING = {
    "zh-Hans": "termsmith 未能读取的数字——请人工核对",
    "zh-Hant": "termsmith 未能讀取的數字——請人工核對",
    "en": "Figures termsmith did not read — check these by hand",
}
_SHOWN = 5  # places named in a one-line summary before "…"


def places_summary(unread: list[UnreadFigure], lang: str) -> str:
    """'¶5, ¶9, p. 2 ¶3 …' / '第5段、第9段…': the first places, for a one-line note."""
    sep = ", " if lang == "en" else "、"
    shown = sep.join(u.place(lang) for u in unread[:_SHOWN])
    if len(unread) <= _SHOWN:
        return shown
    return shown + (" …" if lang == "en" else "…")


def heading(lang: str) -> str:
    return HEADING.get(lang, HEADING["en"])
