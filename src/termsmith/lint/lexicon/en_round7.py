"""Seventh English round (linten7): classes closed by construction from held-out-9's first-run
misses (see /work/notes/linten7-s5b.md). Each entry has the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS``: (name, family, replacement, bound kind, anchor
words, pattern, before). Both are vague only inside a promise (``EN_PROMISE_ONLY_CLASSES``).
"""

from __future__ import annotations

_TARGET = "a measurable target (e.g. monthly availability >= 99.9%, page load < 2 s, every checklist item passes)"
# the state promised: a grade of how the thing works, with no figure
_STATE = (
    r"(?:well|fresh|functional|healthy|secure|safe|fast|quick|up-to-date|up\s+to\s+date|current|optimi[sz]ed|"
    r"smooth(?:ly)?|stable|reliable|effective|efficient|relevant|modern|performant|responsive|protected|operational|"
    r"in\s+(?:top|good|great|peak|perfect)\s+(?:shape|condition|health|order|working\s+order)|at\s+its\s+best)\b"
)

EN_CLASS_TERMS_7: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a state one side ensures the thing stays in, graded with no figure: I'll ensure your website continues
        # to perform well · this service ensures your website stays fresh
        "stays … (no measure)",
        "VQ",
        _TARGET,
        "measure",
        ("stays", "stay", "remains", "remain", "continues", "continue"),
        r"(?:stays?|remains?|continues?\s+to\s+(?:be|perform|run|work|function|operate|look|load))\s+"
        r"(?:(?:as\s+)?(?:very\s+)?)?" + _STATE,
        r"\b(?:ensure|ensures|ensuring|make\s+sure|makes\s+sure|making\s+sure|help|helps|helping)\b[^.;:]{0,60}?$",
    ),
    (
        # expertise sold with no measure: access to expert support, expert advice
        "expert support (no measure)",
        "VQ",
        "a stated qualification (e.g. engineers certified for the product, at least 3 years on it)",
        "measure",
        ("expert",),
        r"expert\s+(?:technical\s+)?(?:support|advice|help|assistance|guidance|care|service|services)\b",
        r"",
    ),
)
