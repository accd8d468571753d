"""The level a list item or a flattened row opens with: its later sentences' times are that level's when they
name none ("• For a High incident, we respond within 4 hours. The vendor shall provide a resolution within 2
business days." — the resolution is High's, not a promise for every request)."""

from __future__ import annotations

import re

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.level_words import _LEVEL, _level_in
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations

# what may stand before the level that opens an item: a bullet or list number, "For a/an/the"
_BULLET = re.compile(r"[\s\-–•·*●▪]*(?:\(?\d{1,2}[.)]\s+)?")
_FOR = re.compile(r"for\s+(?:an?\s+|the\s+)?", re.IGNORECASE)


def item_level(s: Sentence) -> tuple[str, str, str | None] | None:
    """The level that opens the sentence's paragraph, for a sentence after the first: the item's own level
    ("High – …", "Urgent Severity 1 Error …"), or one introduced by "For a …" in an opening sentence that states
    a time of its own ("For a High incident, we respond within 4 hours."). A level word later in the opening
    (a description's "an urgent or time-sensitive nature", "a low impact") names no item; neither does "For
    non-urgent needs, the client may request escalation", which promises nothing for a level."""
    if s.offset == 0:
        return None
    text = normalise(s.paragraph.text)  # the whole paragraph's, read once per document
    start = _BULLET.match(text)
    at = start.end() if start else 0
    introduced = _FOR.match(text, at)
    m = _LEVEL.match(text, introduced.end() if introduced else at)
    if m is None or (introduced and not durations(normalise(s.paragraph.text[: s.offset]))):
        return None
    return _level_in(m.group(0))
