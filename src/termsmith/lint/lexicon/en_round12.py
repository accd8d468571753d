"""Twelfth English round (linten12): the lead's session-7 decisions on disputed labels, read as constructions
(see tests/lint/realtext/README.md, "Decisions on disputed labels", and /work/notes/linten12-s7.md).

"normal/regular business hours" is vague unless the document states the hours. The ``normal business hours``
pattern (``terms.py``) covers normal/standard/usual/customary/ordinary/local hours; "regular" was a term of art
(``EN_EXCLUSIONS``) and is a time word here, with the same bound kind (``hours``: stated hours in its clause, or a
published document that states them, lower the finding to info).
"""

from __future__ import annotations

_HOURS = "the hours and days (e.g. 09:00-17:00 CET, Monday to Friday, excluding public holidays)"

EN_TERMS_12: tuple[tuple[str, str, str], ...] = tuple(
    (f"regular {kind} hours", "VT", _HOURS) for kind in ("business", "support", "working", "office")
)
