"""Tenth English round (linten10): classes and terms closed by construction from held-out-12's misses (see
/work/notes/linten10-s6.md). ``EN_CLASS_TERMS_10`` entries have the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words, pattern,
before); ``EN_TERMS_10`` entries that of ``EN_TERMS`` (term, family, replacement).
"""

from __future__ import annotations

EN_CLASS_TERMS_10: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # an outcome left to a condition nobody measures: Inclusion will depend on the number of requests we receive ·
        # a patch or a new release depending upon what the problem requires · dependent on current risks · depending
        # on our project schedule ("depends on the complexity" covers complexity, nature, scope, work, demand …;
        # a choice the customer makes — plan, package, tier — is not here and stays clean)
        "depends on what it requires",
        "VD",
        "the figure per case (e.g. Severity 2: resolved within 3 business days) or the formula",
        "never",
        ("depends", "depend", "depending", "dependent"),
        r"(?:depends?|depending|dependent)\s+(?:up)?on\s+(?:"
        r"(?:the\s+)?number\s+of\s+(?:[a-z-]+\s+)?(?:requests|votes|customers\s+(?:asking|requesting))|"
        r"what\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:requires?|needs?)|"
        r"(?:(?:the|our)\s+)?(?:current|perceived|assessed)\s+(?:risks?|priorit(?:y|ies)|workload)|"
        r"our\s+(?:[a-z-]+\s+)?(?:schedule|priorities|resources|capacity))\b",
        r"",
    ),
)

EN_TERMS_10: tuple[tuple[str, str, str], ...] = (
    # the work waits for free time, however the clock is named (as time permits is a term already)
    ("as time allows", "VT", "within N business days"),
    ("time allows", "VT", "within N business days"),
    ("time permits", "VT", "within N business days"),
    ("time permitting", "VT", "within N business days"),
    # the condition is the vagueness itself, so the condition gate does not excuse it (as "if we feel")
    ("if time permits", "VT", "within N business days"),
    ("if time allows", "VT", "within N business days"),
    # an effort promised with no result (make every effort is a term already)
    ("make an effort", "VE", "will (state the result and the deadline)"),
    ("makes an effort", "VE", "will (state the result and the deadline)"),
)
