"""Field-level scoring of an extraction against expected terms (an answer key, or a
spec's own values): the facts both state, precision, recall and F1.

A *fact* is one value at one field: a party's role and name, a level's response
time, a fee's amount and basis, a channel kind. Names of courts, laws and
institutions match when one contains the other (whitespace and punctuation aside).

Values compare by what they mean, not by how they are spelled:

- **Time limits** (a level's response and resolution) compare by *length and clock*. The clock
  is *business* when the unit is a business unit (``4 business hours``) or the limit's clock is
  ``business`` or a calendar id; otherwise (``24x7`` or not stated) the time is *elapsed* time.
  On the elapsed clock minutes, hours, days and weeks are one scale: ``60 minutes`` = ``1 hour``,
  ``1 day`` = ``24 hours``. On the business clock the time runs on the calendar: ``4h`` on a
  business clock = ``4 business hours``, ``1 day`` = ``1 business day``; business hours and
  business days are *not* converted into each other (a business day's length is the
  calendar's, so ``1 business day`` ≠ ``8 business hours``), and ``1 day`` elapsed ≠
  ``1 business day``; ``2 business weeks`` = ``2 weeks`` on a business clock, not turned into days.
  Whether a stated ``24x7`` was recognised is not a fact of its own.
- **Lengths** (free period, term): the same elapsed scale, and months with years
  (``1 year`` = ``12 months``); months never equal a number of days.
- **Money** compares by Decimal amount and currency (``6000.00 CNY`` = ``CNY 6000``);
  **percentages** by Decimal (``30%`` = ``30`` = ``30.0%``).

**Levels are paired.** A response time counts only on the level it belongs to: the found
levels are paired one to one with the expected ones (whatever their names or order, the
pairs that agree on most times first), and a time is right when its level's partner has the
same time of the same kind. So "4 hours to respond, 24 to resolve" split over two levels, or
one tier's resolution read onto another tier, is wrong. ``score(..., pooled_levels=True)``
gives the older, lenient count, where a time matched any level's (kept to compare figures
with those published before the pairing).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from termsmith.spec.types import Duration, Money, TimeUnit

Fact = tuple[str, ...]
_FUZZY = {"law", "court", "arbitration", "party"}


_ELAPSED_MINUTES = {TimeUnit.MINUTES: 1, TimeUnit.HOURS: 60, TimeUnit.DAYS: 1440, TimeUnit.WEEKS: 10080}
_BUSINESS_MINUTES = {TimeUnit.MINUTES: 1, TimeUnit.HOURS: 60, TimeUnit.BUSINESS_HOURS: 60}
_BUSINESS_DAYS = (TimeUnit.DAYS, TimeUnit.BUSINESS_DAYS)


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _elapsed(minutes: Decimal) -> str:
    """Elapsed minutes in the largest of day, hour, minute that holds them whole."""
    for unit, size in (("days", 1440), ("hours", 60)):
        if minutes % size == 0:
            return f"{_number(minutes / size)} {unit}"
    return f"{_number(minutes)} minutes"


def _dur(text: Any, clock: Any = None) -> str:
    """A duration's meaning as one canonical text: its length on its clock (see the module
    docstring). Text that is not a duration stays as it is (and so matches only itself)."""
    try:
        d = Duration.parse(str(text))
    except ValueError:
        return str(text)
    business = d.unit.is_business or (clock is not None and str(clock) != "24x7")
    if business and d.unit in _BUSINESS_MINUTES:  # a plain unit on a business clock counts that clock's time
        minutes = d.value * _BUSINESS_MINUTES[d.unit]
        return (
            f"{_number(minutes / 60)} business hours" if minutes % 60 == 0 else f"{_number(minutes)} business minutes"
        )
    if business and d.unit in _BUSINESS_DAYS:
        return f"{_number(d.value)} business days"
    if business and d.unit in (TimeUnit.WEEKS, TimeUnit.BUSINESS_WEEKS):
        # "2 business weeks" and "2 weeks" on a business clock are one reading; not turned into business days, as
        # business hours are not (the keys write the week as it is said)
        return f"{_number(d.value)} business weeks"
    if d.unit in _ELAPSED_MINUTES:
        return _elapsed(d.value * _ELAPSED_MINUTES[d.unit])
    months = d.value * 12 if d.unit is TimeUnit.YEARS else d.value
    return f"{_number(months)} months"


def _money(text: Any) -> str:
    try:
        m = Money.parse(str(text))
    except ValueError:
        return str(text)
    return f"{_number(m.amount)} {m.currency}"


def _percent(text: Any) -> str:
    """A percentage by its Decimal value; a cap may exceed 100% ("twice the fees" = 200%)."""
    raw = str(text).strip().removesuffix("%").strip()
    try:
        value = Decimal(raw)
    except ArithmeticError:
        return str(text)
    return f"{_number(value)}%" if value.is_finite() else str(text)


def _plain(text: Any) -> str:
    s = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s()（）、,，.。:：\"'“”]", "", s)


def facts(terms: dict[str, Any]) -> list[Fact]:
    """The facts a terms mapping states (the extraction's JSON ``terms`` shape)."""
    out: list[Fact] = []
    for p in terms.get("parties", []):
        out.append(("party", str(p.get("role")), _plain(p.get("legal_name", ""))))
    for times in level_times(terms):
        out += [(kind, value) for kind, value in times.items()]
    fm = terms.get("free_maintenance", {})
    if fm.get("length"):
        out.append(("free_maintenance.length", _dur(fm["length"])))
    if fm.get("start_event"):
        out.append(("free_maintenance.start_event", str(fm["start_event"])))
    if terms.get("term", {}).get("length"):
        out.append(("term.length", _dur(terms["term"]["length"])))
    fees = terms.get("fees", {})
    for item in fees.get("recurring", []):
        out.append(("fee", _money(item["amount"]), str(item.get("period"))))
    for item in fees.get("rate_card", []):
        if item.get("price"):
            out.append(("fee", _money(item["price"]), str(item.get("unit"))))
    for item in fees.get("one_off", []):
        out.append(("fee", _money(item["amount"]), "one-off"))
    for ch in terms.get("support_channels", []):
        out.append(("channel", str(ch["kind"])))
    ip = terms.get("intellectual_property", {})
    if ip.get("source_code_owner"):
        out.append(("source_code_owner", str(ip["source_code_owner"])))
    disputes = terms.get("disputes", {})
    if disputes.get("governing_law"):
        out.append(("law", _plain(disputes["governing_law"])))
    if disputes.get("court"):
        out.append(("court", _plain(disputes["court"].get("name", ""))))
    if disputes.get("arbitration"):
        out.append(("arbitration", _plain(disputes["arbitration"].get("institution", ""))))
    liability = terms.get("liability", {})
    if liability.get("cap"):
        out.append(("liability.cap", _percent(liability["cap"])))
    if liability.get("cap_amount"):
        out.append(("liability.cap_amount", _money(liability["cap_amount"])))
    for m in terms.get("payment", {}).get("milestones", []):
        out.append(("milestone", _percent(m.get("percent"))))
    return _dedupe(out)


_TIMES = ("response", "resolution")


def level_times(terms: dict[str, Any]) -> list[dict[str, str]]:
    """Each level's stated times by kind (response, resolution), compared by meaning."""
    out = []
    for lv in terms.get("severity_levels", []):
        times = {
            kind: _dur(lv[kind]["within"], lv[kind].get("clock"))
            for kind in _TIMES
            if isinstance(lv.get(kind), dict) and lv[kind].get("within")
        }
        if times:
            out.append(times)
    return out


def _agreement(got: dict[str, str], want: dict[str, str]) -> int:
    return sum(1 for kind in _TIMES if kind in got and got.get(kind) == want.get(kind))


def _pair_levels(got: list[dict[str, str]], want: list[dict[str, str]]) -> list[tuple[int, int]]:
    """One-to-one pairs (found, expected), the pairs that agree on more times first; ties by
    position, so the pairing is deterministic."""
    agreements = ((_agreement(g, w), j, i) for i, g in enumerate(got) for j, w in enumerate(want))
    candidates = sorted((-agree, j, i) for agree, j, i in agreements if agree)
    pairs, used_got, used_want = [], set(), set()
    for _, j, i in candidates:
        if i not in used_got and j not in used_want:
            pairs.append((i, j))
            used_got.add(i)
            used_want.add(j)
    return pairs


def _score_levels(got: list[dict[str, str]], want: list[dict[str, str]]) -> Score:
    result = Score()
    partner = dict(_pair_levels(got, want))
    for i, times in enumerate(got):
        expected = want[partner[i]] if i in partner else {}
        for kind, value in times.items():
            if expected.get(kind) == value:
                result.tp += 1
            else:
                result.fp += 1
                result.wrong.append((kind, value))
    matched = {j: got[i] for i, j in partner.items()}
    for j, times in enumerate(want):
        found = matched.get(j, {})
        for kind, value in times.items():
            if found.get(kind) != value:
                result.fn += 1
                result.missed.append((kind, value))
    return result


def _dedupe(items: list[Fact]) -> list[Fact]:
    seen: list[Fact] = []
    for f in items:
        if f not in seen or f[0] in ("response", "resolution", "milestone", "fee"):
            seen.append(f)
    return seen


def _matches(got: Fact, want: Fact) -> bool:
    if got[0] != want[0] or len(got) != len(want):
        return False
    if got[0] in _FUZZY:
        head_ok = got[:-1] == want[:-1]
        a, b = got[-1], want[-1]
        return head_ok and bool(a) and bool(b) and (a in b or b in a)
    return got == want


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[Fact] = field(default_factory=list)
    wrong: list[Fact] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += other.missed
        self.wrong += other.wrong

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(got_terms: dict[str, Any], want_terms: dict[str, Any], *, pooled_levels: bool = False) -> Score:
    """Match facts one to one (a fact found twice counts once); level times on paired levels
    (see the module docstring), or as one pool per kind with ``pooled_levels``."""
    got, want = facts(got_terms), facts(want_terms)
    result = Score()
    if not pooled_levels:
        got = [f for f in got if f[0] not in _TIMES]
        want = [f for f in want if f[0] not in _TIMES]
        result.add(_score_levels(level_times(got_terms), level_times(want_terms)))
    unused = list(got)
    for w in want:
        hit = next((g for g in unused if _matches(g, w)), None)
        if hit is None:
            result.fn += 1
            result.missed.append(w)
        else:
            unused.remove(hit)
            result.tp += 1
    result.fp += len(unused)
    result.wrong += unused
    return result
