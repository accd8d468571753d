"""The term of an agreement from how public contracts and council records word it, when no term clause gave it.

- A contract's own wording: "The Agreement has a five-year term", "the term of this contract … for a three (3)
  year period", "This Agreement will be effective for a period of three (3) years".
- A council record's subject: "RENEWAL OF THE … AGREEMENT WITH TYLER TECHNOLOGIES … FOR THREE YEARS IN THE AMOUNT
  OF …", "extend an existing maintenance agreement with the firm X for one year".

- A record's period between two dates: "renew a Software Maintenance Contract … for the period of October 1, 2016
  through September 30, 2017", "The renewal contract is for one year beginning October 31, 2012 and ending
  October 30, 2013" (the length between them, the renewal approved included, as for a record's length).

- A Chinese agreement valid for a length from its signing ("本协议…自签字之日起一年内有效", "本合約自簽訂日起二年內有效").

Only months and years are terms; a length followed by "after/following/from" (a survival or a notice) is not.
What follows a renewal word in a contract's own wording ("renews for a one-year term") is the renewal, not the term.
"""

from __future__ import annotations

import re
from itertools import pairwise

from termsmith.extract.normalize import _WORDS
from termsmith.extract.rules.context import Context, _re
from termsmith.extract.rules.periods import _DATE, _date, _free_part, _is_free, _length_between
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import compact, durations

# "five-year" is not turned into a number by normalise (it wants a space after the word)
_HYPHEN_WORD = re.compile(
    r"\b(" + "|".join(w for w in _WORDS if " " not in w and "-" not in w) + r")-(?=(?:year|month)s?\b)", re.I
)
_N = r"\d+[\s-]+(?:years?|months?)\b"
_NOT_TERM = r"(?!\s+(?:after|following|from the (?:termination|expiration|end)|prior|before|notice))"
_OWN = [
    # "The Agreement has a 5-year term", "the term of this contract … for a 3 year period"
    _re(r"\b(?:agreement|contract|term)\b[^.;]{0,80}?\b(?:an?|the)\s+(?:initial\s+)?(" + _N + r")\s+(?:term|period)\b"),
    # "This Agreement will be effective for a period of 3 years", "services … for a period of 12 months"
    _re(r"\b(?:agreement|contract)\b[^.;]{0,80}?\bfor\s+(?:a|the)\s+(?:period|term)\s+of\s+(" + _N + r")" + _NOT_TERM),
    # a minimum commitment: "all contracts run for a minimum of 12 months", "is contracted for a minimum of 6 months"
    _re(
        r"\b(?:agreements?|contracts?|contracted|subscriptions?|subscribed|committed|signed)\b[^.;]{0,60}?"
        r"\bfor\s+a\s+minimum\s+(?:term\s+|period\s+)?of\s+(" + _N + r")"
    ),
    # a length counted from the agreement's start: "for a 12-month renewable period from the Effective Date", "for
    # the period of 1 year from the date AMS is licensed" (a warranty or free period so worded is skipped before)
    _re(
        r"\bfor\s+(?:a|the)\s+(?:(?:period|term)\s+of\s+(" + _N + r")|(" + _N + r")(?:\s+[a-z]+)?\s+(?:period|term))"
        r"\s+(?:from|commencing|starting|beginning)\s+(?:on\s+|from\s+)?the\s+(?:effective\s+|commencement\s+|start\s+)?date\b"
    ),
    # the initial term named by its length: "The initial 12-month term begins …", "an initial term of 1 year"
    _re(r"\b(?:the|an?)\s+initial\s+(?:(" + _N + r")\s+(?:term|period)|term\s+of\s+(" + _N + r"))"),
    # a term given as a label in a header ("Date: March 30, 2016 Term: 1 Year") or a table's cell ("Term | 12 months");
    # a payment term is no length
    _re(r"(?<!payment )(?<!payment)\b(?:contract\s+|agreement\s+)?term\s*[:：|｜]\s*(" + _N + r")"),
]
# a record's "agreement with <firm> … for 3 years": the length approved (a renewal included)
_RECORD = _re(r"\b(?:agreement|contract)\s+with\b[^.;]{0,160}?\bfor\s+(?:an?\s+)?(" + _N + r")" + _NOT_TERM)
_RENEWAL = _re(r"\brenew(?:s|ed|al|able)?\b|\bextend(?:ed|s)?\b|\bsuccessive\b|\badditional\b")


# 本协议 … 自签字之日起1年内有效 (the normaliser turned 一年 into 1年)
_ZH_VALID = _re(
    r"(?:协议|協議|合同|合约|合約|契约|契約)[^。;；]{0,40}?(?:自|从|從)[^。;；,，]{0,16}?(?:起|后|後)\s*"
    r"(\d+\s*(?:年|[个個]月))\s*(?:之?内|之?內)?\s*有效"
)


def _length(text: str) -> str | None:
    found = [d for d in durations(text.replace("-", " ")) if d.duration.unit.value in ("months", "years")]
    return compact(found[0].granted) if found else None


_CONTRACT = _re(r"\b(?:agreement|contract)\b")
# what opens a span of two dates and what joins them ("for the period of A through B", "beginning A and ending B")
_SPAN_OPENS = _re(r"\b(?:period\s+of|(?:beginning|starting|commencing)(?:\s+on)?|from)\s*$")
_SPAN_JOINS = _re(r"\s*(?:through|thru|until|to|and\s+ending(?:\s+on)?|-|–)\s*")


def _date_span(text: str) -> str | None:
    """The length between a contract's two dates joined as one span, within 160 characters after the word."""
    contract = _CONTRACT.search(text)
    if contract is None:
        return None
    found = [m for m in _DATE.finditer(text) if m.start() > contract.end()]
    for first, second in pairwise(found):
        if first.start() - contract.end() > 160 or not _SPAN_OPENS.search(text[: first.start()]):
            continue
        if not _SPAN_JOINS.fullmatch(text[first.end() : second.start()]):
            continue
        start, end = _date(first), _date(second)
        if start is not None and end is not None and end > start:
            return _length_between(start, end)
    return None


def _read(s: Sentence) -> str | None:
    text = _digits(s.norm)
    for pattern in _OWN:
        m = pattern.search(text)
        if m is None:
            continue
        group = next(g for g in range(1, m.re.groups + 1) if m.group(g))  # the alternative that matched
        if not _RENEWAL.search(text[: m.start(group)][-60:]):
            return _length(m.group(group))
    m = _RECORD.search(text) or _ZH_VALID.search(text)
    return _length(m.group(1)) if m else _date_span(s.norm)


# a "Term:" label ending a line whose value opens the next one (a PDF header line broken after the label)
_LABEL_ENDS = _re(r"(?<!payment )\b(?:contract\s+|agreement\s+)?term\s*[:：]\s*$")
_VALUE_OPENS = _re(r"^\s*(" + _N + r")")


def _digits(text: str) -> str:
    """``text`` with its lengths in words written in digits ("twelve-month" → "12 month")."""
    return _HYPHEN_WORD.sub(lambda m: str(_WORDS[m.group(1).lower()]) + " ", text)


def _label_value(s: Sentence, following: Sentence | None) -> str | None:
    if following is None or not _LABEL_ENDS.search(s.norm):
        return None
    m = _VALUE_OPENS.search(_digits(following.norm))
    return _length(m.group(1)) if m else None


def term_wording(ctx: Context) -> None:
    """Fill term.length from contract-term wording, when nothing else gave the term."""
    if "term" in ctx.out.terms:
        return
    for s, following in zip(ctx.sentences, [*ctx.sentences[1:], None], strict=True):
        if (length := _label_value(s, following)) is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return
        if _is_free(_free_part(s.norm)):
            continue  # what follows "after the warranty period ends" is no longer the free period
        if (length := _read(s)) is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return
