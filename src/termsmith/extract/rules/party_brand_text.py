"""The text the brand readers look at: a sentence without emphasis marks ("**Acme** will") and without the marks a
brand carries ("ERP Maestro® reserves", "Acme™ will", "Opsaro℠ Support"), which would otherwise end a name before its
act or its desk."""

from __future__ import annotations

import re

# the marks as written, and as the normalised text spells ™ and ℠ right after a word ("KorvaliTM")
_MARKS = re.compile(r"\*\*|__|\s?[®™℠]|(?<=[a-z0-9])(?:TM|SM)\b")


def unmarked(text: str) -> str:
    """The text without emphasis marks and trademark marks."""
    return _MARKS.sub("", text)
