"""The last reading of a document whose levels no other reader found: a run of short lines naming kinds and no
time ("Acknowledgment" / "Troubleshooting", "Response Times:") heads a block; below it, each level a line names
("Critical", "Level 1: Within 4 business hours", "P2 - 2 hours") takes the times that follow it, up to the next
level, one kind after another in the order the head named them. It is layout-agnostic on purpose: a table copied as
one cell a line, a list under a label and a card per level all read the same way, whichever words the vendor chose
for its columns. It runs only when the document gave no level time and no untiered promise otherwise, so it never
overrides a reader that understood the layout."""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import (
    _LEVEL,
    _RECEIPT,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    not_a_limit,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_HEAD_LINE = 40  # the longest line read as part of a head naming kinds
_REACH = 40  # paragraphs a head governs
_ITEM = 120  # the longest line read as a level's line or its time's line


def _head_kinds(s: Sentence) -> list[str] | None:
    """The kinds a short line without a time names ([] for a short line naming none); None for any other line."""
    text = s.norm.strip()
    if len(text) > _HEAD_LINE or durations(text):
        return None
    return _kinds_in_order(text)


# an item naming what it is for in words of its own before its time ("Production down – 1 hour", "系统瘫痪：30分钟",
# "- Questions: within 2 business days")
_NAMED_ITEM = re.compile(
    r"^[-–•*·●▪]?\s*(?P<name>[^\d:：\-–—|]{2,40}?)\s*[:：\-–—]\s*(?:within\s+|in\s+|不超过|不超過)?$", re.I
)


_BULLET = re.compile(r"[-–•*·●▪\s]*(?:\d{1,2}[.、)）]\s*)?")


def _item_level(text: str, found: list[FoundDuration]) -> tuple[str, str, str | None] | None:
    """The level a line names before its time: a level word, else an item's own name ("Production down – 1 hour")
    when nothing but its times and a few characters follow."""
    before = text[: found[0].start] if found else text
    bullet = _BULLET.match(before)
    if (lead := _LEVEL.match(before, bullet.end() if bullet else 0)) is not None:
        return _level_in(lead.group(0))  # a level opening the line, not one a description mentions
    if not found:
        return None
    m = _NAMED_ITEM.match(before)
    if m is None or len(text) - found[-1].end > 12:
        return None
    name = m["name"].strip()
    return name.lower(), name, None


def _slots(run: list[str]) -> list[str | None]:
    """The kind each time of a level takes, in order: the kinds each head line names, line after line; of an
    acknowledge line and a respond line, the respond line is the response and the acknowledgement's time is read as
    none (the receipt of the request, as the table reader and the corpus keys have it)."""
    lines: list[list[str | None]] = [list(_kinds_in_order(line)) for line in run]
    receipts = [i for i, line in enumerate(run) if lines[i] == ["response"] and _RECEIPT.search(line)]
    if receipts and sum(k == "response" for kinds in lines for k in kinds) > len(receipts):
        for i in receipts:
            lines[i] = [None]
    return [k for kinds in lines for k in kinds]


def fallback_levels(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Read the blocks under heads naming kinds (see the module docstring) into ``levels``."""
    slots: list[str | None] = []
    head_at = -1_000
    run: list[str] | None = None  # the head lines naming kinds read so far in a row
    level: tuple[str, str, str | None] | None = None
    level_at: Sentence | None = None
    used = 0
    read: dict[str, _Level] = {}
    for s in sentences:
        text = s.norm.strip()
        head = _head_kinds(s)
        if head and not _level_in(text):
            run = [*(run or []), text]
            slots, head_at, level, used = _slots(run), s.paragraph.number, None, 0
            continue
        run = None if head is None or _level_in(text) else run
        if s.paragraph.number - head_at > _REACH or len(text) > _ITEM or not any(slots):
            continue
        found = [d for d in durations(text) if not d.duration.unit.is_calendar and not not_a_limit(text, d)]
        named = _item_level(text, found)
        if named is not None:
            level, level_at, used = named, s, 0
        if level is None or (_kinds_in_order(text) and found):
            continue  # a line naming its own kinds was for the other readers
        for d in found:
            if used >= len(slots):
                break
            kind = slots[used]
            used += 1
            if kind is None:
                continue
            key, name, ident = level
            entry = read.setdefault(key, _Level(key, name, ident))
            entry.named_at = entry.named_at or level_at
            entry.times.setdefault(kind, (d, _clock(text, d), s))
    # a block is a list: two levels at least, or it was a stray line under a heading
    if len(read) >= 2:
        levels.update(read)
