"""Eighth English round (linten8): classes closed by construction from held-out-10's misses (see
/work/notes/linten8-s6.md). Each entry has the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS``:
(name, family, replacement, bound kind, anchor words, pattern, before). ``hyphen_split`` gives the spellings of
hyphenated terms broken after their hyphen by a line-end (then- current rates).
"""

from __future__ import annotations

_RESULT = "will (state the result and the deadline)"

EN_CLASS_TERMS_8: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # an effort verb whose "to" comes after a parenthetical: Licensor shall attempt, based upon information
        # provided by Licensee, to recreate the suspected Defect ("attempt to" when adjacent is a term already)
        "attempt, …, to",
        "VE",
        _RESULT,
        "never",
        ("attempt", "attempts", "endeavour", "endeavours", "endeavor", "endeavors", "try", "tries"),
        r"(?:attempts?|endeavou?rs?|tries|try),\s+[^,.;:]{1,80},\s*to\b(?=\s+[a-z])",
        r"",
    ),
    (
        # a price basis named with no rate: on a time and materials basis (time-and-materials, T&M)
        "time and materials (no rate)",
        "VD",
        "the rates themselves (e.g. USD 120 per hour, materials at cost plus 10%), or the schedule that sets them",
        "en-price",
        ("materials",),  # anchored on the rare word, not on "time"
        r"materials\b",
        r"\btime[\s-]+(?:and|&)[\s-]+$",
    ),
)


def hyphen_split(terms: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """Each hyphenated English term spelled with a space after its hyphen (then-current → then- current)."""
    return tuple((t.replace("-", "- "), f, r) for t, f, r in terms if "-" in t and "- " not in t)
