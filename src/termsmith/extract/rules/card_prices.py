"""Plan-card prices: a pricing page's price on a line of its own with the period it buys on the next line, as a
card's price and period spans come out of a web page or a PDF::

    Basic
    €120                 ← the price alone (its sign may be lost with the page's styling: "120")
    per month            ← the period alone: "per month", "/ month", "/mo", "a year", "每月", "/年"
    Includes 3 hours …

A bare number counts only where the document prices other things in one currency, which it then is in."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from termsmith.extract.rules.context import _re
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundMoney, money

_PERIOD_LINE = _re(
    r"^\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)?(?P<u>month|mo|year|yr|annum|hour|hr)s?\.?\s*$|"
    r"^\s*(?:monthly|annually|yearly|hourly)\s*$|^\s*(?:每|/\s*)(?P<zh>月|年|小时|小時)\s*$"
)
_UNITS = {
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "月": "month",
    "year": "year",
    "yr": "year",
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "年": "year",
    "hour": "hour",
    "hr": "hour",
    "hourly": "hour",
    "小时": "hour",
    "小時": "hour",
}
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s*$")


def _period(text: str) -> str | None:
    m = _PERIOD_LINE.match(text)
    if m is None:
        return None
    return _UNITS[(m["u"] or m["zh"] or text.strip()).lower()]


def card_prices(sentences: list[Sentence], default: str) -> dict[int, tuple[FoundMoney, str]]:
    """The index of each line holding a price alone followed by a line naming its period alone → (price, period)."""
    lines = [(i, s) for i, s in enumerate(sentences) if s.offset == 0 and s.norm.strip()]
    currencies: Counter[str] | None = None  # counted only when a bare number stands over a period line
    out: dict[int, tuple[FoundMoney, str]] = {}
    for (i, s), (_, after) in pairwise(lines):
        period = _period(after.norm)
        if period is None:
            continue
        found = money(s.norm, default)
        if not found and _BARE_NUMBER.match(s.norm) and currencies is None:
            currencies = Counter(m.money.currency for t in sentences for m in money(t.norm, default))
        if not found and _BARE_NUMBER.match(s.norm) and currencies and len(currencies) == 1:
            code = next(iter(currencies))
            found = [FoundMoney(m.money, 0, len(s.norm)) for m in money(f"{s.norm.strip()} {code}", default)]
        if len(found) == 1 and not s.norm[: found[0].start].strip() and not s.norm[found[0].end :].strip():
            out[i] = (found[0], period)
    return out
