"""English evaluative words recognised by their form, not by a list.

A vendor's promise is vague when it grades its service with a word nobody can
measure: *convenient* access, *highly* skilled engineers, the *newest*
technologies. Each new vendor brings such words that no list has, so the open class
is recognised by morphology:

- an adjective with an evaluative suffix: -ive, -ous, -ful, -ent, -ant, -able,
  -ible, -less, -ory (responsive, meticulous, successful, convenient, dependable,
  flexible, seamless, satisfactory);
- a superlative (newest, finest, greatest);
- an adverb in -ly whose base is such an adjective or one of a few evaluative
  stems (highly, quickly, conveniently, satisfactorily), also before a hyphen
  (highly-skilled).

Words of those forms that grade nothing are left out (:data:`NOT_EVALUATIVE`:
available, applicable, current, respective, latest …), and so is an adjective that
takes a complement (responsible for, available to, dependent on): it states a
relation, not a grade. Whether the word is a commitment is decided as for every
evaluative word (termsmith.lint.uses.en_in_promise): only inside a vendor promise
clause, and only with no quantity of its kind in that clause. Candidates are
looked for only in the words after a promise marker (shall, will, provides …), so
a text without promises costs one dictionary lookup per marker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from termsmith import regex_cache

TERM = "evaluative word (by form)"
REPLACEMENT = "a measurable target (e.g. monthly availability >= 99.9%, response within 4 business hours)"
# the promise markers after which candidates are looked for (found by the lexicon's trie)
MARKERS: tuple[str, ...] = (
    "will",
    "shall",
    "must",
    "provide",
    "provides",
    "offer",
    "offers",
    "deliver",
    "delivers",
    "ensure",
    "ensures",
    "guarantee",
    "guarantees",
)
_WINDOW = 60  # characters after a marker searched for candidates, up to the end of the clause

_SUFFIX = r"(?:ive|ous|ful|ent|ant|able|ible|less|ory)"
# a base adjective of the open class, or (for -ly adverbs and superlatives) a few
# evaluative stems that have no suffix of their own
_STEMS = frozenset(("high", "quick", "prompt", "swift", "smooth", "proper", "thorough", "great", "fine", "easy", "new"))
# nouns and verbs that only look like the class: payment, receive, believe, arrive, derive
_NOT_ADJECTIVE_ENDINGS = ("ment", "eive", "ieve", "rive", "give")
# forms of the class that grade nothing: relations, states, legal and calendar words
NOT_EVALUATIVE = frozenset(
    (
        "available",
        "applicable",
        "payable",
        "responsible",
        "liable",
        "current",
        "currently",
        "different",
        "differently",
        "subsequent",
        "subsequently",
        "respective",
        "respectively",
        "exclusive",
        "exclusively",
        "effective",
        "inclusive",
        "consecutive",
        "relevant",
        "independent",
        "independently",
        "dependent",
        "equivalent",
        "sufficient",
        "present",
        "permanent",
        "permanently",
        "urgent",
        "corrective",
        "preventive",
        "preventative",
        "adaptive",
        "perfective",
        "previous",
        "previously",
        "various",
        "numerous",
        "obvious",
        "latest",
        "earliest",
        "least",
        "nearest",
        "interest",
        "request",
        "test",
        "best",
        "honest",
        "modest",
        "oldest",
        "highest",
        "shortest",
        "longest",
        "largest",
        "smallest",
        "lowest",
        "executive",
        "representative",
        "incentive",
        "objective",
        "directive",
        "alternative",
        "negative",
        "positive",
        "active",
        "inactive",
        "relative",
        "native",
        "reasonable",
        "reasonably",
        "unable",
        "able",
        "table",
        "variable",
        "valuable",
        "capable",
        "possible",
        "possibly",
        "visible",
        "eligible",
        "compatible",
        "accessible",
        "billable",
        "chargeable",
        "refundable",
        "non-refundable",
        "renewable",
        "terminable",
        "enforceable",
        "transferable",
        "reproducible",
        "unless",
        "regardless",
        "less",
        "wireless",
        "serverless",
        "mandatory",
        "statutory",
        "directory",
        "history",
        "category",
        "memory",
        "territory",
        "inventory",
        "repository",
        "factory",
        "agent",
        "client",
        "patent",
        "extent",
        "event",
        "intent",
        "content",
        "consent",
        "incident",
        "parent",
        "component",
        "percent",
        "recent",
        "recently",
        "frequent",
        "frequently",
        "tenant",
        "warrant",
        "assistant",
        "consultant",
        "merchant",
        "applicant",
        "grant",
        "want",
        "instant",
        "meant",
        "lawful",
        "unlawful",
        "wrongful",
        "truthful",  # (lint24Q) true or false, not a degree, as accurate (held-out-10's decision)
        "truthfully",
        "rightful",
        "useful",
        "harmless",
        "continuous",
        "continuously",
        "serious",
        "seriously",
        "only",
        "likely",
        "early",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "quarterly",
        "hourly",
        "fully",
        "solely",
        "jointly",
        "severally",
        "mutually",
        "element",
        "talent",
        "student",
        "resident",
        "president",
        "accident",
        "participant",
        "archive",
        "initiative",
        "perspective",
        "detective",
        "motive",
        "theory",
        "accessory",
        "laboratory",
        "advisory",
        "famous",
        "anonymous",
        "autonomous",
        "subsequent",
        "descriptive",
        "prescriptive",
        "inventive",
        "extensible",
        "responsible",
        "accountable",
        "attributable",
        "excusable",
        "reimbursable",
        "deductible",
        "submittable",
        "deliverable",
        "deliverables",
    )
)


@cache
def probe() -> re.Pattern[str]:
    """Matches after a marker when a word of a candidate's shape stands in the rest of
    the clause within the window: the quick test before :func:`candidates`."""
    return regex_cache.compile(
        rf"[^.;:!?()\n]{{0,{_WINDOW - 4}}}?(?<![a-z'-])([a-z][a-z'-]*?(?:ive|ous|ful|ent|ant|able|ible|less|ory|est|ly))(?![a-z'])"
        r"(?:-[a-z]+)*(?:,?\s+([a-z]+))?"
    )


@cache
def _quick() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word's run, the clause stops and a suffix at a word's end (see :func:`probe_at`)."""
    return (
        regex_cache.compile(r"[a-z'-]*"),
        regex_cache.compile(r"[.;:!?()\n]"),
        regex_cache.compile(r"(?:ive|ous|ful|ent|ant|able|ible|less|ory|est|ly)(?![a-z'])"),
    )


def probe_at(lower: str, pos: int) -> re.Match[str] | None:
    """``probe().match(lower, pos)``, after a quick search that rules most places out.

    A probe match is a word that starts at most ``_WINDOW - 4`` characters after ``pos``
    (its characters and those before it are no clause stops) and ends in a suffix that
    no letter or apostrophe follows. So the suffix ends, at the latest, where the run of
    word characters through that last possible start ends, and before the first clause
    stop: searched there alone (one scan to the first of a few characters each), no
    suffix means no match. At that end the text holds a stop, a character outside the
    run, or nothing, so the suffix's lookahead reads the same with the end cut there.
    The probe runs only when a suffix is found (a third of the places after a marker
    in the bench text)."""
    run, stops, suffix = _quick()
    last = pos + _WINDOW - 4
    last = last if last < len(lower) else len(lower)  # the last place a word may start
    word = run.match(lower, last)  # always matches (maybe empty)
    end = word.end() if word is not None else last
    stop = stops.search(lower, pos, end)
    if suffix.search(lower, pos, stop.start() if stop else end) is None:
        return None
    return probe().match(lower, pos)


def is_evaluative(word: str) -> bool:
    """``word`` (lower case) has the form of an evaluative adjective or adverb."""
    head = word.split("-", 1)[0] if "-" in word else word
    if head in NOT_EVALUATIVE or len(head) < 4 or head.endswith(_NOT_ADJECTIVE_ENDINGS):
        return False
    if head.endswith("ly"):
        return _evaluative_base(_adverb_base(head))
    if head.endswith("est") and len(head) > 5:
        base = head[:-3]
        return base in _STEMS or base[:-1] in _STEMS or base + "e" in _STEMS or base[:-1] + "y" in _STEMS
    return _evaluative_base(head)


def _adverb_base(adverb: str) -> str:
    stem = adverb[:-2]
    if stem.endswith("i"):
        return stem[:-1] + "y"  # satisfactorily → satisfactory, easily → easy
    if stem.endswith("ab") or stem.endswith("ib"):
        return stem + "le"  # reliably → reliable
    return stem


def _evaluative_base(base: str) -> bool:
    if base in _STEMS:
        return True
    if base.endswith(("able", "ible")) and len(base) < 7:
        return False  # enable, usable: a stem of one or two letters before -able makes a verb or a plain word
    return base not in NOT_EVALUATIVE and len(base) > 5 and re.search(_SUFFIX + "$", base) is not None


def candidates(lower: str, first: re.Match[str], lookup: Mapping[str, object]) -> list[tuple[int, int]]:
    """The evaluative words (by form) in the clause after a promise marker: within
    :data:`_WINDOW` characters, not in the lexicon, not taking a complement
    (responsible for, suitable to: a relation, not a grade). ``first`` is the
    :func:`probe` match where the marker ends (its ``pos``): the caller has run the
    probe there already, and running it again would only repeat that work."""
    out: list[tuple[int, int]] = []
    limit = first.pos + _WINDOW
    match = probe().match
    m: re.Match[str] | None = first
    while m is not None and m.end(1) <= limit:
        word = m.group(1)
        pos = m.end(1)
        if word not in lookup and is_evaluative(word) and m.group(2) not in _COMPLEMENT:
            out.append(m.span(1))
        m = match(lower, pos) if pos < limit else None
    return out


_COMPLEMENT = frozenset(("to", "for", "of", "on", "with", "by", "in", "from", "that", "than"))
