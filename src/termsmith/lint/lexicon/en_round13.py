"""Thirteenth English round (linten13): constructions from held-out-14's misses, each checked on every other batch
(see /work/notes/linten13-s7.md). ``EN_CLASS_TERMS_13`` entries have the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words, pattern,
before).
"""

from __future__ import annotations

EN_CLASS_TERMS_13: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a reserved right to charge for something, with no amount: We reserve the right to charge for this service ·
        # reserves the right to charge Licensee for such services at its then-current rates. A reserved right is
        # otherwise a remedy (see termsmith.lint.uses._en_legal_formula); a charge for a service is a price left open.
        # Not a computed sum (reserve the right to invoice the difference): no "for"; an amount in the clause bounds it
        "reserves the right to charge (no amount)",
        "VD",
        "the fee itself (e.g. USD 90 per hour), or the schedule that sets it",
        "en-price",
        ("charge", "bill", "invoice"),
        r"(?:charge|bill|invoice)\s+(?:(?:the\s+)?[a-z-]+\s+)?for\b",
        r"\breserves?\s+the\s+rights?\s+to\s+$",
    ),
    (
        # the price of additional work left to a quote given later: we would be happy to provide a quote for additional
        # services (the offer form of "quoted separately", "a separate quote", "quoted before proceeding", all of the
        # "billed separately" class). Not a quote for the work the agreement prices (a price quotation, prior to
        # undertaking such a project: no "additional"); an amount in the clause bounds it
        "a quote for additional work",
        "VD",
        "the price list or hourly rate (e.g. USD 120 per hour), or a cap",
        "en-price",
        ("quote", "quotation", "estimate"),
        r"(?:quote|quotation|estimate)\s+for\s+(?:any\s+|all\s+|such\s+)?(?:additional|extra|further|other|"
        r"out-of-scope|optional)\s+(?:[a-z-]+\s+)?(?:work|services?|tasks?|requests?|projects?|changes?|features?)\b",
        r"\b(?:provide|give|send|prepare|offer|issue|supply)\s+(?:you\s+|the\s+(?:client|customer)\s+)?(?:with\s+)?"
        r"(?:an?\s+)?(?:separate\s+|written\s+|free\s+|custom\s+)?$",
    ),
)
