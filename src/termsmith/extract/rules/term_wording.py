"""The term of an agreement from how public contracts and council records word it, when no term clause gave it.

- A contract's own wording: "The Agreement has a five-year term", "the term of this contract … for a three (3)
  year period", "This Agreement will be effective for a period of three (3) years".
- A council record's subject: "RENEWAL OF THE … AGREEMENT WITH TYLER TECHNOLOGIES … FOR THREE YEARS IN THE AMOUNT
  OF …", "extend an existing maintenance agreement with the firm X for one year".

Only months and years are terms; a length followed by "after/following/from" (a survival or a notice) is not.
What follows a renewal word in a contract's own wording ("renews for a one-year term") is the renewal, not the term.
"""

from __future__ import annotations

import re

from termsmith.extract.normalize import _WORDS
from termsmith.extract.rules.context import Context, _re
from termsmith.extract.rules.periods import _is_free
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
]
# a record's "agreement with <firm> … for 3 years": the length approved (a renewal included)
_RECORD = _re(r"\b(?:agreement|contract)\s+with\b[^.;]{0,160}?\bfor\s+(?:an?\s+)?(" + _N + r")" + _NOT_TERM)
_RENEWAL = _re(r"\brenew(?:s|ed|al|able)?\b|\bextend(?:ed|s)?\b|\bsuccessive\b|\badditional\b")


def _length(text: str) -> str | None:
    found = [d for d in durations(text.replace("-", " ")) if d.duration.unit.value in ("months", "years")]
    return compact(found[0].duration) if found else None


def _read(s: Sentence) -> str | None:
    text = _HYPHEN_WORD.sub(lambda m: str(_WORDS[m.group(1).lower()]) + " ", s.norm)
    for pattern in _OWN:
        m = pattern.search(text)
        if m and not _RENEWAL.search(text[: m.start(1)][-60:]):
            return _length(m.group(1))
    m = _RECORD.search(text)
    return _length(m.group(1)) if m else None


def term_wording(ctx: Context) -> None:
    """Fill term.length from contract-term wording, when nothing else gave the term."""
    if "term" in ctx.out.terms:
        return
    for s in ctx.sentences:
        if _is_free(s.norm):
            continue
        if (length := _read(s)) is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return
