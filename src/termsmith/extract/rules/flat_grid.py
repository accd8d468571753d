"""A plan × level grid flattened one cell per line (a web page's table copied as text, a PDF table read line by
line): each row's label on a line of its own, then one line per column, each holding one time.

    Basic Support                                    ← the column heads (plans): short lines above the grid
    Extended Support
    …                                                ← rows whose cells are no times are not read
    Priority 1 Response Time* (within Support Hours) ← a row: a level word and the kind it times
    1 day                                            ← its cells, one time each, in the heads' order
    4 hours
    Priority 2 Response Time* (within Support Hours)
    2 days
    4 hours

Two or more rows with the same number (two or more) of cells make a grid; each cell is a level of its own, the
row's level under the column's plan ("Basic Support Priority 1"). The kind comes from the row label, else from a
title line above naming one kind ("Response Times"); a grid whose heads name the kinds (Response / Resolution) is a
level table of another shape and is left to `flat_rows`. A cell may be "-", "N/A" or "—" (no time in that plan).
"""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in, plan_level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_EMPTY = re.compile(r"^\s*(?:-|–|—|n/?a|none|not (?:included|available|offered)|x|✗|✘)\s*$", re.IGNORECASE)
# what may stand beside a cell's time: "within", "up to", "<", "≤", a footnote mark
_CELL_WORDS = re.compile(
    r"^\s*(?:within|up to|in|<|≤|<=|under|max(?:imum)?\.?)?\s*$|^\s*(?:\*+|†|max(?:imum)?|or less|or sooner)?\s*$",
    re.IGNORECASE,
)
_HEAD = re.compile(r"^[^:：.。;；|0-9]{2,40}$")
# the grid's corner cell: it names the rows' dimension, not a plan ("Priority Level", "Severity", "等级")
_CORNER = re.compile(
    r"^(?:priority|severity|impact|urgency|issue|incident|ticket|case)(?:\s+(?:level|type|class))?s?$|^levels?$"
    r"|^(?:故障|问题|問題|事件)?(?:等级|等級|级别|級別|优先级|優先級)$",
    re.IGNORECASE,
)
_HEAD_REACH = 14  # how many lines above the first row the column heads may stand


def _cell(text: str) -> FoundDuration | bool | None:
    """A line that is one grid cell: its time, True for an empty cell, None for no cell."""
    if _EMPTY.match(text):
        return True
    found = [d for d in durations(text) if not d.duration.unit.is_calendar]
    if len(found) != 1:
        return None
    d = found[0]
    if not (_CELL_WORDS.match(text[: d.start]) and _CELL_WORDS.match(text[d.end :])):
        return None
    return d


def _lines(sentences: list[Sentence]) -> list[tuple[str, Sentence, list[int]]]:
    """One entry per paragraph outside tables: its text, its first sentence, the ids of its sentences."""
    out: list[tuple[str, Sentence, list[int]]] = []
    for s in sentences:
        if s.offset != 0 and out and out[-1][1].paragraph is s.paragraph:
            out[-1][2].append(id(s))
            continue
        out.append((s.paragraph.text.strip(), s, [id(s)]))
    return [line for line in out if "|" not in line[0]]


def _rows(lines: list[tuple[str, Sentence, list[int]]], start: int) -> list[tuple[int, list[int]]]:
    """The grid rows from lines[start] on, as (label index, cell indexes), all with the same number of cells."""
    rows: list[tuple[int, list[int]]] = []
    i = start
    while i < len(lines):
        label = lines[i][0]
        if _cell(label) is not None or _level_in(label) is None or len(label) > 90:
            break
        cells = []
        j = i + 1
        while j < len(lines) and _cell(lines[j][0]) is not None:
            cells.append(j)
            j += 1
        if len(cells) < 2 or (rows and len(cells) != len(rows[0][1])):
            break
        rows.append((i, cells))
        i = j
    return rows


def _heads(lines: list[tuple[str, Sentence, list[int]]], first: int, width: int) -> list[str] | None:
    """The column heads: the run of short lines (no time, no level word) nearest above the grid holding at least
    ``width`` lines, its first ``width`` lines after the table's title and its corner cell ("Response times",
    "Priority Level"); None when the heads name the kinds (the columns are no plans). A run further up (the
    document's title lines) is no head row when a nearer one stands between it and the grid."""
    start = max(0, first - _HEAD_REACH)
    run: list[str] = []
    nearest: list[str] = []
    for text, _s, _ids in lines[start:first]:
        if _HEAD.match(text) and _level_in(text) is None and not durations(text):
            run.append(text)
            continue
        if len(run) >= width:
            nearest = run
        run = []
    run = run if len(run) >= width else nearest
    while len(run) > width and (_CORNER.match(run[0]) or _kinds_in_order(run[0])):
        run.pop(0)  # the table's title ("Response times") or its corner cell ("Priority Level") opens the run
    heads = run[:width] if len(run) >= width else [f"column {n + 1}" for n in range(width)]
    if any(_kinds_in_order(h) for h in heads):
        return None
    return heads


def _lead_kind(lines: list[tuple[str, Sentence, list[int]]], first: int) -> str | None:
    """The one kind a line above the grid names ("Response Times", "… Response Times during Support Hours …")."""
    for text, _s, _ids in reversed(lines[max(0, first - _HEAD_REACH) : first]):
        kinds = _kinds_in_order(text)
        if len(kinds) == 1:
            return kinds[0]
    return None


def flat_grid(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every flattened plan × level grid into ``levels``; the ids of the sentences read."""
    lines = _lines(sentences)
    read: set[int] = set()
    i = 0
    while i < len(lines):
        rows = _rows(lines, i)
        if len(rows) < 2:
            i += 1
            continue
        width = len(rows[0][1])
        heads = _heads(lines, rows[0][0], width)
        lead = _lead_kind(lines, rows[0][0])
        kinds = [_kinds_in_order(lines[label][0]) for label, _cells in rows]
        if heads is None or any(len(k) > 1 or (not k and lead is None) for k in kinds):
            i = rows[-1][1][-1] + 1
            continue
        for (label, cells), own in zip(rows, kinds, strict=True):
            text, s, ids = lines[label]
            kind = own[0] if own else str(lead)
            level = _level_in(text)
            assert level is not None  # a row's label names a level (_rows)
            for head, cell in zip(heads, cells, strict=True):
                found = _cell(lines[cell][0])
                read.update(lines[cell][2])
                if not isinstance(found, FoundDuration):
                    continue
                key, name, ident = plan_level(level[0], level[1], head)
                entry = levels.setdefault(key, _Level(key, name, ident))
                clock = _clock(f"{text} {lines[cell][0]}", found)
                entry.times.setdefault(kind, (found, clock, lines[cell][1]))
                entry.named_at = entry.named_at or s
            read.update(ids)
        i = rows[-1][1][-1] + 1
    return read
