"""The fallback's second reading: a grid of levels × plans (or any columns) flattened one row a line, its cells
separated by spaces ("Priority Built-In Starter Pro Enterprise" / "P1 Best-effort 4 hours 1 hour* 30 minutes*"). The
header's first cell names the level column, the others one word each; each row opens with a level and holds one cell
a column, a time or a word ("Best-effort", "N/A"); a row whose cells do not count out to the header's is left alone.
The kind is the one the nearest line just above the header names ("The following table defines the initial response time
…"). It runs only where the block reading of rules/level_fallback.py found no list of levels."""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import (
    _COLUMN_OF_LEVELS,
    _LEVEL,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    plan_level,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_LEAD = 2  # paragraphs above the header whose lines may name the kind
_WORD = re.compile(r"[^\W\d_][\w&+/-]*")
_MARKS = re.compile(r"[*†‡¹²³,;|]+")


def _columns(text: str) -> list[str] | None:
    """The column names of a header line: its first cell names levels, then two to six one-word names."""
    m = _COLUMN_OF_LEVELS.match(text)
    if m is None or durations(text):
        return None
    names = text[m.end() :].split()
    ok = 2 <= len(names) <= 6 and all(_WORD.fullmatch(n) for n in names)
    return names if ok else None


def _cells(text: str, start: int) -> list[FoundDuration | str]:
    """A row's cells from ``start`` (after its level): each time, and each word between the times."""
    out: list[FoundDuration | str] = []
    at = start
    for d in [*(d for d in durations(text) if d.start >= start), None]:
        out.extend(_MARKS.sub(" ", text[at : d.start if d else len(text)]).split())
        if d is not None:
            out.append(d)
            at = d.end
    return out


def grid_rows(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Read the flattened grids (see the module docstring) into ``levels``."""
    read: dict[str, _Level] = {}
    for i, head in enumerate(sentences):
        names = _columns(head.norm.strip())
        if names is None:
            continue
        lead = [s.norm for s in sentences[:i] if 0 < head.paragraph.number - s.paragraph.number <= _LEAD]
        kinds = next((k for k in map(_kinds_in_order, reversed(lead)) if k), [])  # the nearest line naming kinds
        if len(kinds) != 1:
            continue
        for s in sentences[i + 1 :]:
            text = s.norm.strip()
            if (m := _LEVEL.match(text)) is None or (level := _level_in(m.group(0))) is None:
                break
            cells = _cells(text, m.end())
            if len(cells) != len(names):
                continue
            for plan, cell in zip(names, cells, strict=True):
                # a cell holds its time alone: a word in the cell before it ("不提供", "N/A") is that column's, not
                # this one's, so the prose test of a time not applied (not_a_limit) does not apply here
                if isinstance(cell, str) or cell.duration.unit.is_calendar:
                    continue
                key, name, _ = plan_level(level[0], level[1], plan)
                entry = read.setdefault(key, _Level(key, name, None))
                entry.named_at = entry.named_at or s
                entry.times.setdefault(kinds[0], (cell, _clock(text, cell), s))
    if len(read) >= 2:
        levels.update(read)
