"""Prices left open, session 22 (lint22E): the forms of a charge with no price that the lexicon lacked, built as
families (every inflection and near-synonym of the verb, every determiner) rather than from one sentence. Each is
bounded like "billed separately" (kind ``en-price``): an amount, a rate card or a reference in the clause bounds it.

- a quote or price still to come, with "for" before the adverb (will be quoted for separately · priced for
  separately);
- a rate named only by its determiner: at the/our/its hourly rate, at our usual hourly rates, billed by the hour (an
  article before it is read already: "at an hourly rate (no figure)" in ``terms.py``);

Entries have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind,
anchor words, pattern, before).
"""

from __future__ import annotations

from termsmith.lint.lexicon.en_charge import _REPLACEMENT  # the same advice as every charge with no price

# a rate the clause points at (at our hourly rate advertised at the time · specified above · set out in Schedule 2)
_REFERRED = (
    r"(?!\s+(?:as\s+)?(?:specified|advertised|set\s+out|set\s+forth|stated|listed|shown|quoted|published|posted|"
    r"in\s+(?:the\s+)?(?:schedule|section|appendix|exhibit|table|order|quote|proposal))\b)"
)
_DETERMINER = r"(?:the|our|its|their|my|his|her|your|[a-z0-9&.-]+['’]s?)"

EN_OPEN_TERMS_22: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # will be quoted for separately · priced for separately · invoiced for additionally
        "quoted for separately (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("quoted", "priced", "billed", "charged", "invoiced"),
        r"(?:quoted|priced|billed|charged|invoiced)\s+for\s+(?:separately|additionally)\b",
        r"",
    ),
    (
        # a rate named only by its determiner (billed at the hourly rate · at our usual hourly rates · at ACME's
        # hourly rate): which rate, and how much, is the vendor's to say. An amount after it bounds it
        "at the hourly rate (no figure)",
        "VD",
        "the rate itself (e.g. USD 120 per hour), or the schedule that sets it",
        "en-price",
        ("hourly", "per-hour"),
        r"(?:hourly|per-hour)\s+(?:rates?|fees?|charges?)\b" + _REFERRED,
        r"\bat\s+" + _DETERMINER + r"\s+(?:(?:normal|usual|regular|current|prevailing|applicable|then-current)\s+)?$",
    ),
    (
        # billed by the hour · charged by the hour · invoiced by the hour: time is charged, at no stated rate
        "billed by the hour (no rate)",
        "VD",
        "the rate itself (e.g. USD 120 per hour), or the schedule that sets it",
        "en-price",
        ("billed", "charged", "invoiced"),
        r"(?:billed|charged|invoiced)\s+by\s+the\s+hour\b",
        r"",
    ),
)

# Terms of art and names that hold a graded word and grade nothing (exclusions, as "reasonable attorneys' fees"
# already was): every spelling of the attorneys' fees formula, and a policy's own name (the fair use policy · our
# Reasonable Use Policy), which names the document; what the policy lets a party do is read where it is said.
EN_NAME_EXCLUSIONS_22: tuple[str, ...] = (
    *(
        f"reasonable {who} {fee}"
        for who in (
            *("attorney", "attorneys", "attorneys'", "attorney's", "attorneys’", "attorney’s"),
            *("lawyer", "lawyers", "lawyers'", "lawyer's", "lawyers’", "lawyer’s", "counsel"),
        )
        for fee in ("fee", "fees", "costs")
    ),
    *(
        f"{grade} {use} {policy}"
        for grade in ("fair", "reasonable", "acceptable")
        for use in ("use", "usage")
        for policy in ("policy", "policies")
    ),
)
