"""A level table copied from a web page as text, each row's times on a line of their own below its name.

    Severity LevelDefinitionTarget Response TimesTarget Resolution      ← the header: cells run together
    1. HighPerformance or technical issue                               ← a row: its level, then its description
    Example: The website has an issue with its performance …            ← more description (any number of lines)
    Within 1 Business HourWithin 1 Business Day                         ← the row's times, cells run together
    2. MediumAdding Site Functionality …

A browser copies a table's cells without a space between them when each cell's text ends flush ("Yes15 minutes4
hours", "HourWithin"); cells may also come apart by a pipe or a tab. The header names the level column first and
the kinds in later columns; a times row fills the header's last columns (the description column and the level's own
cell stay on the row's first line), so its cells are matched to the header from the right. A cell is a time only
when the time opens it ("Within 1 Business Day"; not "Meeting … within 3 business days", a remark). Two rows or more,
each a level line with a times row under it, make the table.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.layouts import _LIST_NUMBER
from termsmith.extract.rules.level_words import (
    _COLUMN_OF_LEVELS,
    _LEVEL,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
)
from termsmith.extract.rules.numbered_times import _TIME_OPENS  # what may stand before a time that opens a cell
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

# where two cells ran together: a word's lower case running into a capitalised word ("HourWithin", "LevelDefinition"),
# a word running into a number ("Yes15", "minutes4"), or a pipe or tab between them
_SEAM = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Za-z]{2})(?=\d)|\s*[|\t]\s*")
_ROW_MARK = re.compile(r"[|\t]")
_FIRST_COLUMN = _re(r"classification|category|categories|urgency|impact|type")
# a column saying whether the level is worked out of hours ("Out of Hours Support": Yes / No): yes puts its times on
# the round-the-clock clock, no on business hours
_OUT_OF_HOURS = _re(
    r"out[- ]of[- ](?:business[- ]|office[- ])?hours|after[- ]hours|24\s*[x×/]\s*7|round[- ]the[- ]clock"
)
_YES_NO = {"yes": "24x7", "y": "24x7", "no": "business", "n": "business"}
_GAP = 6  # description lines a row may hold between its level line and its times


def cells(text: str) -> list[str]:
    """A line's cells, cut where they ran together or at a pipe or tab."""
    return [c.strip() for c in _SEAM.split(text) if c.strip()]


def _header(text: str) -> list[list[str]] | None:
    """The kinds each column of a header line names; None when the line is no such header (a level column
    first, two columns or more naming a kind, its cells run together: a pipe table's header is the table
    readers')."""
    if _ROW_MARK.search(text):
        return None
    heads = cells(text)
    if len(heads) < 3 or not (_COLUMN_OF_LEVELS.search(heads[0]) or _FIRST_COLUMN.match(heads[0])):
        return None
    kinds = [_kinds_in_order(h) for h in heads]
    if sum(1 for k in kinds if len(k) == 1) < 2 or len({k[0] for k in kinds if len(k) == 1}) < 2:
        return None
    return [
        k if len(k) == 1 else ["clock"] if _OUT_OF_HOURS.search(h) else [] for k, h in zip(kinds, heads, strict=True)
    ]


def _opening_time(cell: str) -> FoundDuration | None:
    found = durations(cell)
    return found[0] if found and _TIME_OPENS.match(cell[: found[0].start]) else None


def _times_row(text: str, width: int) -> list[tuple[str, FoundDuration | None]] | None:
    """A line of cells with one time or more that opens its cell, fewer cells than the header has; else None."""
    row = cells(text)
    if not 2 <= len(row) < width:
        return None
    timed = [(c, _opening_time(c)) for c in row]
    if not any(d for _, d in timed) or any(d is None and durations(c) == [] and len(c.split()) > 3 for c, d in timed):
        return None
    return timed


def _level_line(text: str) -> tuple[str, str, str | None] | None:
    """The level a row's first line opens with (after its list number): the first cell's level."""
    first = cells(text)[0] if cells(text) else ""
    bare = _LIST_NUMBER.sub("", first)
    if not _LEVEL.match(bare) or durations(first):
        return None
    return _level_in(bare)


def times_below(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every such table into ``levels``; the ids of the sentences read."""
    lines = [s for s in sentences if s.offset == 0]
    read: set[int] = set()
    i = 0
    while i < len(lines):
        heads = _header(lines[i].paragraph.text)
        if heads is None:
            i += 1
            continue
        rows: list[tuple[tuple[str, str, str | None], Sentence, Sentence, list[tuple[str, FoundDuration | None]]]] = []
        j, last = i + 1, i
        while j < len(lines) and j - last <= _GAP + 1:
            level = _level_line(lines[j].paragraph.text)
            if level is None:
                j += 1
                continue
            k = j + 1
            while k < len(lines) and k - j <= _GAP and _level_line(lines[k].paragraph.text) is None:
                timed = _times_row(lines[k].paragraph.text, len(heads))
                if timed is not None:
                    rows.append((level, lines[j], lines[k], timed))
                    break
                k += 1
            else:
                break
            last = j = k + 1
        if len(rows) >= 2 and len({r[0][0] for r in rows}) == len(rows):
            for (key, name, ident), named, timed_line, timed in rows:
                row_level = levels.setdefault(key, _Level(key, name, ident))
                row_level.named_at = next(
                    (s for s in sentences if s.paragraph is named.paragraph and name in s.text), named
                )
                columns = list(zip(heads[-len(timed) :], timed, strict=True))
                worked = next((_YES_NO.get(c.lower().strip(" .")) for h, (c, _) in columns if h == ["clock"]), None)
                for head, (cell, d) in columns:
                    if d is not None and head and head != ["clock"]:
                        row_level.times.setdefault(head[0], (d, _clock(cell, d) or worked, timed_line))
            first, end = lines[i].paragraph.number, rows[-1][2].paragraph.number
            read |= {id(s) for s in sentences if first <= s.paragraph.number <= end}
            i = j
        else:
            i += 1
    return read
