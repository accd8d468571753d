"""Session 23 (lint23R): effort promises read by grammatical position rather than word by word. An effort noun
(attempts, precautions, steps, measures, care) is what a party *makes*, *takes* or *exercises*, in either voice
(we will take every precaution · All attempts will be made to … · extra precautions are put in place), and nothing
says what is done: the promise is the trying, as "best efforts" is. Entries have the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words, pattern,
before).

An attempt followed by its "to" (makes every reasonable attempt to …) is left to the existing readers ("attempt to",
"reasonable"), which already flag it, so their findings are not merged into one.

Not read: a list the clause points at (take the following steps · the steps described below), taking care *of*
something (a service named, not an effort), the customer's attempts as the subject of an event (if the customer's
attempts to access … fail), and a verb whose object is not the effort noun.
"""

from __future__ import annotations

_NOUN = r"(?:attempts?(?!\s+to\b)|precautions?|steps|measures|(?<!\bevery\s)care)"  # every care: a fixed term already
# what may stand between the verb and the noun: a quantifier or a grade, never a bare article
_GRADE = (
    r"(?:(?:all|every|any|such|whatever|reasonable|necessary|appropriate|additional|extra|further|possible|due|"
    r"great|greater|proper|suitable|adequate|practicable|sufficient|certain|prudent|relevant|required|needed|utmost|"
    r"the\s+(?=(?:necessary|appropriate|utmost|required|needed|relevant|proper|reasonable|greatest|best)\b)|"
    r"greatest|best|special|diligent|active|proactive|prompt|immediate|remedial|corrective|preventive|"
    r"preventative|commercially|possible|available|and)\s+){0,4}"
)
# a list or a place the clause points at: the steps are then stated
_POINTED = (
    r"(?!\s+(?:of\b|listed|described|set\s+out|outlined|below|above|following|in\s+(?:section|clause|schedule|annex)))"
)
_MAKE = r"(?:make|makes|making|made|take|takes|taking|took|taken|exercise|exercises|exercising|put\s+in\s+place|puts\s+in\s+place)"

EN_EFFORT_TERMS_23: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        "take every precaution / make all attempts (an effort made)",
        "VE",
        "will (state the result and the deadline, e.g. daily off-site backups kept 30 days; restored within 4 hours)",
        "never",
        (
            "make",
            "makes",
            "making",
            "made",
            "take",
            "takes",
            "taking",
            "took",
            "taken",
            "exercise",
            "exercises",
            "exercising",
            "put",
            "puts",
        ),
        _MAKE + r"\s+" + _GRADE + r"(?<!\bthe\s)" + _NOUN + r"\b" + _POINTED,
        r"",
    ),
    (
        "all attempts will be made (an effort made, passive)",
        "VE",
        "will (state the result and the deadline, e.g. diagnosed and operational within 24 hours)",
        "never",
        ("attempts", "attempt", "precautions", "precaution", "steps", "measures", "care", "efforts", "effort"),
        r"(?:attempts?|precautions?|steps|measures|care|efforts?)\s+(?:will|shall|must|are|is|would|should|can|"
        r"may)\s+(?:always\s+|also\s+|then\s+|first\s+)?(?:be\s+)?(?:made|taken|put\s+in\s+place|exercised|undertaken)\b",
        r"(?:^|(?<=[\s(]))(?:all|every|any|such|reasonable|necessary|appropriate|additional|extra|further|certain|best|"
        r"great|due|utmost|diligent|proper|suitable|adequate|(?<![a-z])[a-z]+\s+possible)\s+$",
    ),
    (
        # care as the manner of the work, with nothing said of what it involves (All work is carried out professionally
        # and with due care · your concerns are … handled with care); not a care plan or a care team
        "with due care (care as a manner)",
        "VE",
        "what is done (e.g. a full backup before any change; changes tested on staging first)",
        "never",
        ("care",),
        r"care\b(?!\s*(?:\+|plans?\b|packages?\b|team\b|portal\b|services?\b|membership\b|of\b))",
        r"\bwith\s+(?:(?:all|due|reasonable|great|greatest|the|utmost|every|proper|appropriate|special|extreme)\s+){0,3}$",
    ),
)
