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
    (
        # what one side must supply or do, graded by what is "necessary" after the noun (The Client shall provide all
        # information, data and documents necessary for the execution of the order · support all measures necessary for
        # the rendering of services · take measures, which are necessary for …): necessary by whose judgment is not
        # said, as with "the necessary resources" before the noun (the guide's customer duty with an unmeasured
        # standard, either party). Only after a verb of supplying or doing and one of these nouns
        "… necessary for (what one side supplies)",
        "VD",
        "what is needed, listed (e.g. admin credentials, the server's IP address and a test account)",
        "list",
        ("necessary",),
        r"necessary\s+(?:for|to)\b",
        r"\b(?:provide|provides|providing|take|takes|taking|support|supports|supply|supplies|give|gives|undertake|"
        r"undertakes|furnish|furnishes)\s+(?:(?:all|any|the|such|every)\s+)?(?:measures|information|data|documents|"
        r"documentation|steps|actions|co-?operation|assistance|access)(?:,?\s+(?:and\s+|or\s+)?[a-z-]+){0,3}?"
        r"(?:,?\s+(?:which|that)\s+(?:are|is))?\s+$",
    ),
    (
        # the same standard before access items (Necessary passwords and credentials are made available to us securely)
        "necessary passwords / credentials",
        "VD",
        "which accounts, listed (e.g. an administrator account on the web server and the database)",
        "list",
        ("necessary",),
        r"necessary\s+(?:passwords?|credentials|log-?ins?|login\s+details|permissions|user\s+accounts?)\b",
        r"",
    ),
)
