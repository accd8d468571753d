"""Field-level scoring of an extraction against expected terms (an answer key, or a
spec's own values): the facts both state, precision, recall and F1.

A *fact* is one value at one field: a party's role and name, a level's response
time, a fee's amount and basis, a channel kind. Names of courts, laws and
institutions match when one contains the other (whitespace and punctuation aside);
durations and money match by value (``30m`` = ``30 minutes``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from termsmith.spec.types import Duration, Money

Fact = tuple[str, ...]
_FUZZY = {"law", "court", "arbitration", "party"}


def _dur(text: Any) -> str:
    try:
        d = Duration.parse(str(text))
    except ValueError:
        return str(text)
    return f"{d.value.normalize():f} {d.unit.value}"


def _money(text: Any) -> str:
    try:
        m = Money.parse(str(text))
    except ValueError:
        return str(text)
    return f"{m.amount.normalize():f} {m.currency}"


def _plain(text: Any) -> str:
    s = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s()（）、,，.。:：\"'“”]", "", s)


def facts(terms: dict[str, Any]) -> list[Fact]:
    """The facts a terms mapping states (the extraction's JSON ``terms`` shape)."""
    out: list[Fact] = []
    for p in terms.get("parties", []):
        out.append(("party", str(p.get("role")), _plain(p.get("legal_name", ""))))
    for lv in terms.get("severity_levels", []):
        for kind in ("response", "resolution"):
            if isinstance(lv.get(kind), dict) and lv[kind].get("within"):
                out.append((kind, _dur(lv[kind]["within"])))
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
        out.append(("liability.cap", str(liability["cap"])))
    if liability.get("cap_amount"):
        out.append(("liability.cap_amount", _money(liability["cap_amount"])))
    for m in terms.get("payment", {}).get("milestones", []):
        out.append(("milestone", str(m.get("percent"))))
    return _dedupe(out)


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


def score(got_terms: dict[str, Any], want_terms: dict[str, Any]) -> Score:
    """Match facts one to one (a fact found twice counts once)."""
    got, want = facts(got_terms), facts(want_terms)
    result = Score()
    unused = list(got)
    for w in want:
        hit = next((g for g in unused if _matches(g, w)), None)
        if hit is None:
            result.fn += 1
            result.missed.append(w)
        else:
            unused.remove(hit)
            result.tp += 1
    result.fp = len(unused)
    result.wrong = unused
    return result
