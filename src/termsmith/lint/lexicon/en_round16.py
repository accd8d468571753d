"""Sixteenth English round (linten16): a class read from the misses of several batches, built from one and kept because
it gains on batches it was not built from (see /work/notes/linten16-s8.md). ``EN_CLASS_TERMS_16`` entries have the
shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words,
pattern, before).
"""

from __future__ import annotations

EN_CLASS_TERMS_16: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # the next release as the time of a fix or a delivery (may include the Fix in the next major release · The next
        # release will include the applied fix · available with the next maintenance release): when the next release
        # comes is not said (the lead's third set of label decisions). A release named by its cadence (the next
        # quarterly release) is a bound, as the replacement text of "future release" says
        "next release (no schedule)",
        "VT",
        "the release date or version (e.g. in the next quarterly release, or within 90 days)",
        "time",
        ("next",),
        r"next\s+(?:(?!(?:quarterly|monthly|weekly|annual|yearly|semi-annual|bi-?annual|daily)\b)[a-z-]+\s+){0,3}?"
        r"(?:releases?|versions?)\b(?!\s+(?:dates?|notes?|numbers?|schedule)\b)",
        r"",
    ),
)
