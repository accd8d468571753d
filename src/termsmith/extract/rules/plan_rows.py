"""A plan × level grid with the plans as rows and the severity levels as columns:

    Response times by plan:                     ← the kind: named by the corner cell or a line just above
    | Plan   | Critical | Major  | Minor  |     ← the header: a corner cell, then a level per column
    | Silver | 8 hours  | 2 days | 5 days |     ← a plan's row: its times, one per level
    | 基础版 | 8小时    | 2天    | 5天    |

Each cell is its column's level under the row's plan ("Critical (Silver)", as every plan reader names it), the cell
its evidence. The header's cells after the corner must all name levels, and none a kind; a row's first cell names no
level, kind or time. The kind is the one the corner cell names, else the one the two lines above the table name
first; a grid naming no kind gives nothing (a table with the levels as columns and the kinds as rows is read across
by `level_tables`).
"""

from __future__ import annotations

from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in, plan_level
from termsmith.extract.rules.tables import Table
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations


def _one_time(cell: Sentence) -> FoundDuration | None:
    found = [d for d in durations(cell.norm) if not d.duration.unit.is_calendar]
    return found[0] if len(found) == 1 else None


def _plan_cell(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= 30 and not _level_in(text) and not _kinds_in_order(text) and not durations(text)


def read_plan_rows(table: Table, levels: dict[str, _Level]) -> bool:
    """Read a grid of plans as rows and levels as columns into ``levels``; whether the table was one."""
    # a DOCX or HTML table keeps its header as its first row
    header, rows = table.header, table.rows
    if not header and rows:
        header, rows = rows[0], rows[1:]
    if not table.aligned or len(header) < 3:
        return False
    columns = [_level_in(c.norm) for c in header[1:]]
    if any(c is None or _kinds_in_order(h.norm) for c, h in zip(columns, header[1:], strict=True)):
        return False
    corner = _kinds_in_order(header[0].norm)
    kinds = corner if corner else _kinds_in_order(" ".join(table.intro[-2:]))
    if len(corner) > 1 or not kinds:
        return False
    read: list[tuple[tuple[str, str, None], FoundDuration, Sentence, Sentence]] = []
    for row in rows:
        if len(row) != len(header) or not _plan_cell(row[0].norm):
            continue
        timed = [(lv, t, cell) for lv, cell in zip(columns, row[1:], strict=True) if lv and (t := _one_time(cell))]
        if len(timed) < 2:
            continue
        read.extend((plan_level(lv[0], lv[1], row[0].norm.strip()), t, cell, row[0]) for lv, t, cell in timed)
    for at, found, cell, plan_cell in read:
        entry = levels.setdefault(at[0], _Level(*at))
        entry.named_at = entry.named_at or plan_cell
        entry.times.setdefault(kinds[0], (found, _clock(cell.norm, found), cell))
    return bool(read)
