"""A numbered list of request types under a line naming one kind of time, each item's time on the line under it.

    We aim for the following reply times:                 ← the intro: ends in ":", its last sentence names one kind
    1. Shop offline - nobody can buy                      ← an item: its number and name (the words before " - ")
    < 12 hours - usually much sooner, within minutes      ← its time, opening the line; the rest is a remark
    2. Content edits
    < 4 days

Each item is a level named by its first words, timed by the kind the intro names. The remark after the time is no
promise of its own ("usually much sooner"): the time line is read only for its opening time, and its clock is the
one that time's own words give ("< 5 working days"), not the remark's ("during business hours, usually …"). Two
items or more, each followed by its time line, make the list; an item with no time line ends it.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<name>\S.*)$")
_TIME_OPENS = re.compile(r"^\s*(?:<|≤|<=|within|up to|under)?\s*$", re.IGNORECASE)
_REMARK = re.compile(r"\s+[-–—]\s+|\s*[,;:(]\s*")  # where an item's name or a time's own words end
_NAME_WORDS = 6


def _intro_kind(text: str) -> str | None:
    """The one kind an intro's last sentence names, when the intro ends in a colon."""
    text = text.strip()
    if not text.endswith((":", "：")):
        return None
    kinds = _kinds_in_order(re.split(r"(?<=[.!?])\s+", text)[-1])
    return kinds[0] if len(kinds) == 1 else None


def _opening_time(text: str) -> tuple[FoundDuration, str] | None:
    """The time that opens a line ("< 48 hours - …"), with the words that are its own (up to the remark); None when
    other words follow the time with no dash or comma between."""
    found = [d for d in durations(text) if not d.duration.unit.is_calendar]
    if not found or not _TIME_OPENS.match(text[: found[0].start]):
        return None
    d = found[0]
    rest = _REMARK.match(text, d.end)
    if rest is None and text[d.end :].strip(" *."):
        return None  # more words right after the time ("24 Hours Monitoring"): a feature, not a time line
    return d, text[: rest.start() if rest else len(text)]


def numbered_times(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every such list into ``levels``; the ids of the sentences read."""
    lines = [s for s in sentences if s.offset == 0]
    read: set[int] = set()
    for i, intro in enumerate(lines):
        kind = _intro_kind(intro.paragraph.text)
        if kind is None:
            continue
        items: list[tuple[str, FoundDuration, str | None, Sentence, Sentence]] = []
        j = i + 1
        while j + 1 < len(lines):
            item, timed = _ITEM.match(lines[j].paragraph.text), _opening_time(lines[j + 1].paragraph.text)
            if item is None or timed is None or durations(item["name"]):
                break
            name = _REMARK.split(item["name"], maxsplit=1)[0].strip()
            if not name or len(name.split()) > _NAME_WORDS:
                break
            items.append((name, timed[0], _clock(timed[1], timed[0]), lines[j], lines[j + 1]))
            j += 2
        if len(items) < 2 or len({name.lower() for name, *_ in items}) != len(items):
            continue
        for name, d, clock, item_line, time_line in items:
            level = levels.setdefault(f"item-{name.lower()}", _Level(f"item-{name.lower()}", name, None))
            level.times.setdefault(kind, (d, clock, time_line))
            level.named_at = next(
                (s for s in sentences if s.paragraph is item_line.paragraph and name in s.text), item_line
            )
        rows = {s.paragraph.number for *_, a, b in items for s in (a, b)}
        read |= {id(s) for s in sentences if s.paragraph.number in rows}
    return read
