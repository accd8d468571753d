"""A level × kind table with the levels as its columns, flattened one cell per line (a DOCX or web table copied one
cell a paragraph): the levels' heads on lines of their own, then each row's kind label and one line per level.

    *Stage/Priority                          ← the corner cell (whatever it says)
    Severity 1                               ← the column heads: one level a line, directly above the first row
    Severity 2
    Fault Reception/Initial investigation    ← a row: its label names one kind (and no level) …
    Within 1 hour                            ← … then one cell a line, in the heads' order
    Within 5 hours
    Service Restoration
    Within 5 hours
    Within 10 hours

Each cell is its column's level, timed with the row's kind; a cell may be "-" or "N/A" (no time). The heads are the
lines right above the first row, as many as its cells, each naming another level; one row of a kind, of two cells or
more, makes the table. A table with a description row copies it as one more line per level between the heads and
the first row ("High (P1)" / "Medium (P2)" / "A critical production issue. …" / "Important production issue. …" /
"Target Response" / "4 hours" / "8 hours"): the heads are then the lines right above those descriptions, as many as
the row's cells, and each description is a line of prose (no cell).
"""

from __future__ import annotations

from termsmith.extract.rules.flat_grid import _cell, _lines
from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_LABEL = 60  # the longest line read as a row's kind label
_HEAD = 40  # the longest line read as a level's head

Line = tuple[str, Sentence, list[int]]


def _kind(text: str) -> str | None:
    """The one kind a row's label names, when the line is a label (no cell, no level, no time)."""
    if len(text) > _LABEL or _cell(text) is not None or _level_in(text) or durations(text):
        return None
    kinds = _kinds_in_order(text)
    return kinds[0] if len(kinds) == 1 else None


def _rows(lines: list[Line], start: int) -> list[tuple[str, int, list[int]]]:
    """The rows from lines[start] on, as (kind, label index, cell indexes), all as wide as the first."""
    rows: list[tuple[str, int, list[int]]] = []
    i = start
    while i < len(lines) and (kind := _kind(lines[i][0])) is not None:
        j = i + 1
        while j < len(lines) and _cell(lines[j][0]) is not None:
            j += 1
        cells = list(range(i + 1, j))
        if len(cells) < 2 or (rows and len(cells) != len(rows[0][2])):
            break
        rows.append((kind, i, cells))
        i = j
    return rows


def _heads(lines: list[Line], first: int, width: int) -> tuple[int, list[tuple[str, str, str | None]]] | None:
    """Where the heads start and the levels they name: the ``width`` lines right above the first row, else those
    right above the ``width`` description lines above it; one level each, all apart. None when neither."""
    if (heads := _head_lines(lines, first, width)) is not None:
        return first - width, heads
    notes = lines[max(0, first - width) : first]
    prose = len(notes) == width and all(_cell(t) is None for t, _s, _ids in notes)
    if prose and (heads := _head_lines(lines, first - width, width)) is not None:
        return first - 2 * width, heads
    return None


def _head_lines(lines: list[Line], first: int, width: int) -> list[tuple[str, str, str | None]] | None:
    """The levels the ``width`` lines right above ``first`` name, one each, all apart; else None."""
    if first < width:
        return None
    heads = []
    for text, _s, _ids in lines[first - width : first]:
        if len(text) > _HEAD or durations(text) or _kinds_in_order(text) or (level := _level_in(text)) is None:
            return None
        heads.append(level)
    return heads if len({h[0] for h in heads}) == width else None


def flat_level_heads(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every such table (see the module docstring) into ``levels``; the ids of the sentences read."""
    lines = _lines(sentences)
    read: set[int] = set()
    i = 0
    while i < len(lines):
        rows = _rows(lines, i)
        if not rows or (placed := _heads(lines, i, len(rows[0][2]))) is None:
            i += 1
            continue
        top, heads = placed
        for n in range(top, i):
            read.update(lines[n][2])
        for kind, label, cells in rows:
            read.update(lines[label][2])
            for column, ((key, name, ident), cell) in enumerate(zip(heads, cells, strict=True)):
                text, s, ids = lines[cell]
                read.update(ids)
                if not isinstance(found := _cell(text), FoundDuration):
                    continue
                entry = levels.setdefault(key, _Level(key, name, ident))
                entry.named_at = entry.named_at or lines[top + column][1]
                entry.times.setdefault(kind, (found, _clock(f"{lines[label][0]} {text}", found), s))
        i = rows[-1][2][-1] + 1
    return read
