"""Eleventh English round (linten11): classes closed by construction from held-out-13's misses (see
/work/notes/linten11-s6.md). ``EN_CLASS_TERMS_11`` entries have the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words, pattern,
before).
"""

from __future__ import annotations

EN_CLASS_TERMS_11: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a notice whose period is never stated: we may suspend the Services … with prior notification · upon advance
        # notice ("provide notice (no period)" covers provide/give/send notice; a figure after it bounds it: with
        # prior notice of 30 days, and a figure before it is not this form: with 30 days' prior notice)
        "with prior notice (no period)",
        "VT",
        "the notice period (e.g. with at least 5 business days' prior notice)",
        "time",
        ("notice", "notification"),
        r"(?:notice|notification)\b(?!\s+(?:of\s+|period\s+of\s+)?(?:at\s+least|not\s+less|no\s+less|\d))",
        r"\b(?:with|upon|on|after|following|given)\s+(?:prior|advance|advanced)\s+(?:written\s+)?$",
    ),
    (
        # the vendor supplies whatever service it judges necessary: shall provide customers with necessary
        # after-sales service ("needed … work" lists the kinds of work; "service" is too common for that list)
        "necessary … service",
        "VD",
        "the services listed (e.g. on-site repair and parts replacement within the warranty period)",
        "list",
        ("necessary", "needed", "requisite"),
        r"(?:necessary|needed|requisite)\s+(?:[a-z-]+\s+)?services?\b",
        r"",
    ),
)
