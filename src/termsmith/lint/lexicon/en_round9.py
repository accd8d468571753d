"""Ninth English round (linten9): classes closed by construction from held-out-11's misses (see
/work/notes/linten9-s6.md). Each entry has the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS``:
(name, family, replacement, bound kind, anchor words, pattern, before).
"""

from __future__ import annotations

_RATE_NOUN = r"(?:rates?|fees?|prices?|pricing|charges?)\b"

EN_CLASS_TERMS_9: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a rate card named by "standard" with a modifier, not stated: charged in accordance with our standard labour
        # rates, standard hourly rates ("standard rates" and "standard hourly rate" are fixed terms already and win where
        # they match; a modifier may be coordinated; a figure bounds it as before)
        "standard … rates",
        "VD",
        "the rate card in a schedule (e.g. USD 120 per hour)",
        "en-price",
        ("standard",),
        r"standard\s+(?!(?:business|working|office|support)\s+hours\b)(?:[a-z-]+\s+(?:or|and)\s+)?[a-z-]+\s+"
        + _RATE_NOUN
        # (linten13) with no modifier, the nouns "standard rates" (a fixed term) does not spell: our standard
        # charges for labour · at standard costs
        + r"|standard\s+(?:fees?|charges?|costs?)\b",
        r"",
    ),
    (
        # a further charge with no amount (charge a further labour charge), as "additional/extra fees"; not after
        # "no", "without" or "at no"
        "further … charge",
        "VD",
        "the price list or hourly rate (e.g. USD 120 per hour), or a cap",
        "en-price",
        ("further",),
        r"(?<!without )(?<!at no )(?<!\bno )further\s+(?:(?!(?:and|or|of|to|for)\b)[a-z-]+\s+){0,2}?"
        r"(?:fees?|charges?|costs?)\b",
        r"",
    ),
    (
        # a future release named by coordinated kinds, with no date or version: for a future maintenance or
        # scheduled major product release ("future release(s)/update(s)/version" are fixed terms already)
        "future … or … release",
        "VT",
        "the release date or version (e.g. in the next quarterly release)",
        "time",
        ("future",),
        r"future\s+(?:[a-z-]+\s+){0,2}?(?:or|and)\s+(?:[a-z-]+\s+){0,3}?(?:releases?|versions?|updates?)\b",
        r"",
    ),
    (
        # a count or amount graded, not stated: comprises a limited number of service desk accounts · a small amount
        # of your time allowance may be allocated
        "a limited number of",
        "VQ",
        "the number or amount itself (e.g. up to 3 service desk accounts)",
        "amount",
        ("limited", "small"),
        r"(?:limited|small)\s+(?:number|amount|quantity)\s+of\b",
        r"\ba\s+$",
    ),
)
