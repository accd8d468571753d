"""A level table or list a reader took is read whole: its other rows, of the same shape, get the same reading.

A reader that timed "P1" and "P2" from their lines but lost "P3" and "P4" beside them (a range "1–2 business days"
glued to the cell before it, a note line between the rows, a "next business day" where the others say "4 hours")
left rows it would have read had they looked like the first. Here every line that opens with a level of the same
family (P, Severity, Priority, …) near a line a reader timed and holds as many times as that line takes that
line's column map: its n-th time is the kind the timed line's n-th time was read as (unless it names its kinds in
another order). A row with a time more or fewer, or beside a row a reader read in part, is left as it was.
"""

from __future__ import annotations

import dataclasses
import re

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.layouts import BULLETS
from termsmith.extract.rules.level_words import _LEVEL, _clock, _kinds_in_order, _Level, _level_in, row_clock
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_REACH = 6  # lines between a timed row and a sibling row (a wrapped description, a note line)


@dataclasses.dataclass
class _Row:
    at: int  # the paragraph number
    line: Sentence  # the whole line, for the evidence
    key: str
    name: str
    ident: str | None
    family: str
    found: list[FoundDuration]


def _family(ident: str | None) -> str:
    """The word a level's id is ranked by ("P", "severity", "priority"); levels named by words form one family."""
    if not ident:
        return "name"
    return re.sub(r"[\s\d]+$|(?<=\s)[A-D]$|(?-i:IV|I{1,3})$", "", ident.lower()).strip() or ident.lower()


def _rows(sentences: list[Sentence]) -> dict[int, _Row]:
    """Every line that opens with a level and holds times, by paragraph."""
    rows: dict[int, _Row] = {}
    for s in sentences:
        if s.offset != 0 or s.paragraph.number in rows:
            continue
        text = normalise(s.paragraph.text)
        lead = text.lstrip(BULLETS)
        if not _LEVEL.match(lead) or not (level := _level_in(lead)):
            continue
        found = [d for d in durations(text) if not d.duration.unit.is_calendar]
        if found:
            line = dataclasses.replace(s, norm=text, text=s.paragraph.text.strip())
            rows[s.paragraph.number] = _Row(s.paragraph.number, line, *level, _family(level[2]), found)
    return rows


def _column_map(row: _Row, level: _Level) -> dict[int, str] | None:
    """The kind each time of a timed row was read as, by the time's place in the row; None when a time the
    reader gave the level is not on the row (it came from elsewhere) or a time on the row was left unread."""
    taken: dict[int, str] = {}
    for kind, (found, _, s) in level.times.items():
        if s.paragraph.number != row.at:
            return None
        place = next(
            (i for i, d in enumerate(row.found) if i not in taken and d.duration == found.duration),
            None,
        )
        if place is None:
            return None
        taken[place] = kind
    return taken if len(taken) == len(row.found) else None  # a row read in part is no model


def sibling_rows(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Time the untimed level rows of a table or list beside its timed rows, by the timed rows' column map."""
    rows = _rows(sentences)
    timed = {k for k, lv in levels.items() if lv.times}
    models: list[tuple[_Row, dict[int, str]]] = []
    for lv in levels.values():
        ats = {s.paragraph.number for _, _, s in lv.times.values()}
        row = rows.get(ats.pop()) if len(ats) == 1 else None
        if row is not None and row.key == lv.key and (columns := _column_map(row, lv)) is not None:
            models.append((row, columns))
    if not models:
        return
    # rows a reader timed in part (one of two times) leave the table's column map in doubt
    modelled = {m.at for m, _ in models}
    read_at = {s.paragraph.number for lv in levels.values() for _, _, s in lv.times.values()}
    partial = [rows[at] for at in read_at - modelled if at in rows]
    for at in sorted(rows):
        row = rows[at]
        if row.key in timed:
            continue
        near = [(m, columns) for m, columns in models if m.family == row.family and abs(m.at - at) <= _REACH]
        shapes = {(len(m.found), tuple(sorted(columns.items()))) for m, columns in near}
        doubt = any(r.family == row.family and abs(r.at - at) <= _REACH for r in partial)
        if doubt or len(shapes) != 1 or len(near[0][0].found) != len(row.found):
            continue  # no timed sibling near, siblings of two shapes, or a row of another shape
        columns = near[0][1]
        said = _kinds_in_order(row.line.norm)
        if len(said) == len(columns) > 1 and said != [columns[i] for i in sorted(columns)]:
            continue  # the row names its kinds in another order than the map ("resolved in 2 days, answered in 4 hours")
        level = levels.setdefault(row.key, _Level(row.key, row.name, row.ident))
        for place, kind in columns.items():
            found = row.found[place]
            clock = _clock(row.line.norm, found) or row_clock([row.line.norm])
            level.times[kind] = (found, clock, row.line)
        timed.add(row.key)
        models.append((row, columns))
