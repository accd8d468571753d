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
)
