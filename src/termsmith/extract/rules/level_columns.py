"""Levels across the columns of a pipe table: a row naming the kind over each column, a row naming a level in each
column, and the row under them holding each level's time.

    | First Reply: | First Reply: | First Reply: |        ← the kind row: every cell names the same one kind
    | Priority A   | Priority B   | Priority C   |        ← the level row: every cell one level
    | < 2 hours    | < 8 hours    | < 3 days     |        ← the times row: one time per level, in order

A web page's grid copied as pipe text: read as a table, the level row took the kind row for its header and the times
row was read with no level. The three rows count only together: as many levels as times, every kind cell naming the
same kind (a row of levels and times with no kind is no promise of either), and no times row cell holding more than
its time ("< 2 hours", "within 8 hours*"). Empty cells ("| |||") are dropped first.
"""

from __future__ import annotations

from termsmith.extract.rules.flat_grid import _cell
from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration


def _cells(text: str) -> list[str] | None:
    """A pipe row's non-empty cells; None when the line is no pipe row."""
    if "|" not in text:
        return None
    return [c.strip() for c in text.split("|") if c.strip()]


def _level_row(cells: list[str]) -> list[tuple[str, str, str | None]] | None:
    """Each cell's level when every cell is only a level's name ("Severity 2", "Priority B"); else None."""
    found = [_level_in(c) for c in cells]
    if len(cells) < 2 or any(f is None or len(c.split()) > 3 for f, c in zip(found, cells, strict=True)):
        return None
    keys = [f[0] for f in found if f is not None]
    return [f for f in found if f is not None] if len(set(keys)) == len(keys) else None


def level_columns(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read the kind / level / times rows into ``levels``; the ids of the sentences read."""
    lines = [s for s in sentences if s.offset == 0]
    read: set[int] = set()
    for above, named, timed in zip(lines, lines[1:], lines[2:], strict=False):
        kinds, names, times = (_cells(s.paragraph.text) for s in (above, named, timed))
        if not kinds or not names or not times or len(names) != len(times):
            continue
        kind = {tuple(_kinds_in_order(c)) for c in kinds}
        if len(kind) != 1 or len(next(iter(kind))) != 1 or (found := _level_row(names)) is None:
            continue
        cells = [_cell(c) for c in times]
        durations = [d for d in cells if isinstance(d, FoundDuration)]
        if len(durations) != len(cells):
            continue
        (only,) = kind
        for (key, name, ident), text, d in zip(found, times, durations, strict=True):
            level = levels.setdefault(key, _Level(key, name, ident))
            level.times.setdefault(only[0], (d, _clock(text, d), timed))
        rows = {line.paragraph.number for line in (above, named, timed)}
        read |= {id(s) for s in sentences if s.paragraph.number in rows}
    return read
