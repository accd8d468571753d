"""A level table printed one cell a line, its header too (a web table copied as text, a PDF table read line by line):

    Error Level                                   ← the level column's head
    Target Initial Response                       ← one kind label a line, in the columns' order
    Target Time to Resolve
    "Level 1" means an Error causing Downtime.    ← a row: its level (a description may follow on the line)
    2 Business Hours                              ← then one cell a line, in the header's order
    Fix within 24 hours
    (a remark line may close the row)
    "Level 2" means …

The n-th line under a row's level line is the n-th kind's cell; a cell holds its time near its start ("Fix within
24 hours", not a sentence that mentions one). Two rows or more, each naming another level, make the table.

The header may hold columns that time nothing ("Priority / Description / Initial Response / Resolution Target",
"Severity / Response Time / Description; Example", "Priority / Respond Within / Escalation Time / Resolve Within"):
each is a short label line of its own, and each row has one line for it, read as no cell. Such a header names one
kind or more; a header of kinds alone names two or more, as before.
"""

from __future__ import annotations

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.layouts import _LIST_NUMBER, BULLETS, _kind_label
from termsmith.extract.rules.level_words import _COLUMN_OF_LEVELS, _LEVEL, _clock, _kinds_in_order, _Level, _level_in
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_QUOTES = "\"'“”‘’「」"
_CELL = 60  # the longest line read as a cell
_CELL_LEAD = 24  # how far into its cell a time may start ("Fix within 24 hours", "Workaround within 1 day")
_REMARKS = 2  # lines a row may carry after its cells, before the next row's level line
_OTHER_HEAD = 40  # the longest line read as the head of a column that times nothing ("Description", "Examples")
_COLUMNS = 6  # the most columns a header names after the level column's head


def _head_label(text: str) -> bool:
    """The level column's head: a short line naming levels and no kind ("Error Level", "Priority")."""
    return (
        len(text) <= 30 and bool(_COLUMN_OF_LEVELS.search(text)) and not _kinds_in_order(text) and not durations(text)
    )


def _level_line(text: str) -> tuple[str, str, str | None] | None:
    """The level a row's first line opens with (quoted, numbered or bulleted), the line holding no time."""
    bare = _LIST_NUMBER.sub("", text.lstrip(BULLETS + _QUOTES)).replace("”", "").replace("“", "")
    if not _LEVEL.match(bare) or durations(bare):
        return None
    return _level_in(bare)


def _other_head(text: str) -> bool:
    """The head of a column that times nothing: a short label, no time, no level ("Description", "Examples")."""
    return 0 < len(text) <= _OTHER_HEAD and not durations(text) and _level_line(text) is None and "|" not in text


def _header(texts: list[str], i: int) -> list[str | None]:
    """The columns a header at ``texts[i]`` names after the level column's head, in order: a kind each, None for a
    column that times nothing; empty when the lines there are no such header."""
    if not _head_label(texts[i]):
        return []
    columns: list[str | None] = []
    n = i + 1
    while n < len(texts) and len(columns) < _COLUMNS and _level_line(texts[n]) is None:
        kind = _kind_label(texts[n])
        if (kind is None and not _other_head(texts[n])) or (kind is not None and kind in columns):
            break
        columns.append(kind)
        n += 1
    kinds = [c for c in columns if c is not None]
    if n >= len(texts) or _level_line(texts[n]) is None:
        # a header of kinds alone may run on into lines that are no row (the table's rows read by other readers)
        return columns if len(kinds) == len(columns) and len(kinds) >= 2 else []
    return columns if len(kinds) >= 2 or (kinds and len(columns) >= 2) else []


def _cell_time(text: str) -> FoundDuration | None:
    """The time of a cell line: its first duration, near its start, in a line short enough to be a cell."""
    if len(text) > _CELL:
        return None
    found = [d for d in durations(text) if not d.duration.unit.is_calendar]
    return found[0] if found and found[0].start <= _CELL_LEAD and not _LEVEL.match(text) else None


def header_lines(sentences: list[Sentence], levels: dict[str, _Level], described: bool = False) -> set[int]:
    """Read every such table into ``levels``; the ids of the sentences read. ``described``: only the tables whose
    header names a column that times nothing, else only those of kinds alone."""
    lines = [s for s in sentences if s.offset == 0]
    texts = [normalise(s.paragraph.text).strip() for s in lines]
    read: set[int] = set()
    i = 0
    while i < len(lines):
        columns = _header(texts, i)
        if not columns or (None in columns) != described:
            i += 1
            continue
        rows: list[tuple[tuple[str, str, str | None], Sentence, list[tuple[str, FoundDuration, Sentence]]]] = []
        j = i + 1 + len(columns)
        while j < len(lines) and (level := _level_line(texts[j])) is not None:
            cells = texts[j + 1 : j + 1 + len(columns)]
            if len(cells) < len(columns) or any(_level_line(c) for c, k in zip(cells, columns, strict=True) if k):
                break
            timed = [(k, d, lines[j + 1 + n]) for n, k in enumerate(columns) if k and (d := _cell_time(cells[n]))]
            if not timed:
                break
            rows.append((level, lines[j], timed))
            j += 1 + len(columns)
            j = next((j + r for r in range(_REMARKS + 1) if j + r < len(lines) and _level_line(texts[j + r])), j)
        if len(rows) < 2 or len({r[0][0] for r in rows}) != len(rows):
            i += 1
            continue
        for (key, name, ident), named, timed in rows:
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.named_at = named
            for kind, d, s in timed:
                entry.times.setdefault(kind, (d, _clock(s.norm, d), s))
        first, end = lines[i].paragraph.number, lines[j - 1].paragraph.number
        read |= {id(s) for s in sentences if first <= s.paragraph.number <= end}
        i = j
    return read
