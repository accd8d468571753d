"""A row of a flattened web table whose cells run together with no capital between them to cut at: its level a bare
number glued to the description ("1Major Impact: …"), its times the line's trailing run of durations glued to each
other ("… business.up to 2 hoursup to 8 hours"). `tables._run_together_tables` reads such rows under a header whose
cells run together ("Priority LevelDescriptionResponse TimeResolution Time")."""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import level_key
from termsmith.extract.values import FoundDuration, durations

_GLUED_ID = re.compile(r"\s*(?P<id>\d{1,2})(?=[A-Z])")
_LABEL = re.compile(r"[^:.;]{2,40}(?=:)")  # the level's own label before its description ("Major Impact:")
# what may stand before a time in its cell, and between two glued times
_LEAD = re.compile(r"(?:up\s+to|within|under|less\s+than|no\s+more\s+than|max(?:imum)?|<=?|≤)\s*$", re.IGNORECASE)
_GAP = re.compile(r"\s*(?:up\s+to|within|under|less\s+than|no\s+more\s+than|max(?:imum)?|<=?|≤)?\s*\Z", re.IGNORECASE)


def glued_row(text: str) -> tuple[tuple[str, str, str | None], int, int] | None:
    """The level of a row opening with a bare number glued to its description, and where the row's trailing run of
    times starts and ends in ``text`` (None when the line does not open so or does not end in two times or more)."""
    m = _GLUED_ID.match(text)
    if m is None or int(m["id"]) == 0:
        return None
    run = trailing_times(text)
    if run is None:
        return None
    label = _LABEL.match(text, m.end())
    name = f"{m['id']} {label.group(0).strip()}" if label else m["id"]
    return (level_key(m["id"]), name, m["id"]), run[0], run[1]


def trailing_times(text: str) -> tuple[int, int] | None:
    """Where the line's closing run of two times or more, glued to each other, starts and ends ("…unusable30
    minutes1 hour*"; a footnote mark after the last time closes the run); None when the line ends otherwise."""
    found: list[FoundDuration] = [d for d in durations(text) if not d.duration.unit.is_calendar]
    end = len(text.rstrip(" .;*†"))
    if len(found) < 2 or found[-1].end != end:
        return None
    first = len(found) - 1
    while first > 0 and _GAP.match(text[found[first - 1].end : found[first].start]):
        first -= 1
    if first == len(found) - 1:
        return None
    lead = _LEAD.search(text[: found[first].start])
    return (lead.start() if lead else found[first].start), end
