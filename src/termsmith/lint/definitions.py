"""Defined terms: a vague word the agreement itself defines is not vague.

English: a capitalised term in quotes that is then defined (``"Business Day"
means …``, ``(the "Reasonable Efforts")``). Chinese: a quoted term followed by
指 / 是指 / 系指 (``本协议所称“及时”是指…``). A spec adds the terms of its
definitions section. Only the capitalised spelling of an English defined term is
exempt: "Reasonable Efforts" is defined, "reasonable efforts" is still vague.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache
from termsmith.lint.prefilter import finditer_at_openings, opening_chars

_EN_DEF_RE = (
    # the leading character set lets re skip straight to the next quote or bracket;
    # the lookbehinds then pick the form: "Term" means … | (the "Term")
    r"[\"“'(]"
    r"(?:(?<=[\"“'])([A-Z][A-Za-z0-9\-]*(?:\s+[A-Za-z0-9\-]+){0,5})[\"”']"
    r"\s*(?:\)|,)?\s*(?:means|shall mean|refers to|has the meaning|is defined as)"
    r"|(?<=\()(?:the\s+|each\s+a\s+)?[\"“]([A-Z][A-Za-z0-9\-]*(?:\s+[A-Za-z0-9\-]+){0,5})[\"”]\))"
)
# compiled once: is_capitalised runs for every English hit of a text that defines terms
_WORD_BREAK = regex_cache.compile(r"[\s\-]+")
_ZH_DEF_RE = r"[“「\"]([^”」\"\s]{1,12})[”」\"]\s*(?:是指|系指|指|，?是指)"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str | None], tuple[re.Pattern[str], str | None]]:
    """English and Chinese definition patterns with the characters their matches open
    with (quotes, a bracket), compiled on first use (only text with a vague term is
    searched for definitions)."""
    return (regex_cache.compile(_EN_DEF_RE), opening_chars(_EN_DEF_RE)), (
        regex_cache.compile(_ZH_DEF_RE),
        opening_chars(_ZH_DEF_RE),
    )


def defined_terms(text: str) -> frozenset[str]:
    """Terms ``text`` defines: English as written (case kept), Chinese as written. Each
    pattern is tried only where a quote or bracket stands (found with ``str.find``, see
    :func:`termsmith.lint.prefilter.finditer_at_openings`): a regex scan of a long text
    for them cost more than all else done once per text."""
    found: set[str] = set()
    en_def, zh_def = _patterns()
    for m in finditer_at_openings(*en_def, text):
        term = m.group(1) or m.group(2)
        if term and is_capitalised(term):
            found.add(term)
    for m in finditer_at_openings(*zh_def, text):
        found.add(m.group(1))
    return frozenset(found)


def is_capitalised(phrase: str) -> bool:
    """Every word of more than three letters starts with a capital (``Best Efforts``)."""
    words = [w for w in _WORD_BREAK.split(phrase) if w]
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) > 3)


def is_defined(found: str, defined: frozenset[str]) -> bool:
    """``found`` (a match as written) is one of the ``defined`` terms.

    English needs the capitalised spelling (or a defined phrase that contains
    it); Chinese needs the same characters.
    """
    if not defined:
        return False
    if found.isascii():
        if not is_capitalised(found):
            return False
        return any(found == term or found in term.split(" ") or f"{found} " in f"{term} " for term in defined)
    return found in defined
