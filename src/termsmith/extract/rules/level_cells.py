"""A cell under a kind's column listing several levels inline, each with its time, in a row that names no level
(a channel's row: "Support Portal Ticket | 24 × 7 | P1: < 1 h • P2: 4 h • P3: 1 BD" under "Initial Response"; "P1：
30分钟；P2：2小时" under 响应时间): each level takes its time for the column's kind."""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import _clock, _Level, _level_in
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations

# the separators between inline items: a bullet, a semicolon, a slash or a vertical bar set off by spaces
_SEPARATOR = re.compile(r"\s*[•·●▪;；]\s*|\s+[/|]\s+")
_ITEM = re.compile(r"\s*(?P<label>[^:：]{1,24}?)\s*[:：]\s*(?P<value>\S.*?)\s*")


def read_level_cells(row: list[Sentence], kinds: list[str | None], levels: dict[str, _Level]) -> bool:
    """True when a cell of the row (``kinds``: each column's kind) listed two or more levels and was read."""
    read = False
    for cell, kind in zip(row, kinds, strict=False):
        if kind is None:
            continue
        items = [m for part in _SEPARATOR.split(cell.norm) if part.strip() and (m := _ITEM.fullmatch(part))]
        named = [(level, m["value"]) for m in items if (level := _level_in(m["label"]))]
        if len(named) < 2 or len(named) != len(_SEPARATOR.split(cell.norm.strip(" •;；"))):
            continue
        for (key, name, ident), value in named:
            found = [d for d in durations(value) if not d.duration.unit.is_calendar]
            if len(found) != 1:
                continue
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.named_at = entry.named_at or cell
            entry.times.setdefault(kind, (found[0], _clock(value, found[0]), cell))
            read = True
    return read
