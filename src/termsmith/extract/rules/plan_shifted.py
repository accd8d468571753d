"""A plan × level grid whose header lost its corner cells: the plans' names stand first in the header row, the empty
cells after them, while each level's row keeps its label cells first and the plans' times last.

    | Silver | Gold | Platinum | |  |                         ← the plans, shifted left over two empty cells
    | Critical | First Response | Within 48 hours | Within 24 hours | Within 4 hours |
    | Major    | First Response | Within 4 days   | Within 48 hours | Within 24 hours |

A row is read when its first cell names a level, its label cells (those before the plans' columns) name one kind and
two of its plan cells hold a time: each plan's time is the level under that plan ("Critical (Silver)", as every plan
reader names it). A cell stating two times for two clocks ("Within 4 hours during work hours Within 12 hours outside of
work hours") gives its first, on the clock its own clause states; hours counted with the weekends left out ("excluding
weekends") run on the business clock.
"""

from __future__ import annotations

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in, plan_level
from termsmith.extract.rules.tables import Table
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

# a clause counting only working time that the shared clock words leave out
_BUSINESS_CLAUSE = _re(r"\bexclud(?:ing|es?)\s+(?:the\s+)?weekends?\b|\bduring\s+(?:normal\s+)?work\s+hours\b")


def _plans(header: list[Sentence]) -> tuple[list[str], int] | None:
    """The plans' names the header holds (first, or after a corner cell put back) and the number of label columns the
    rows hold before the plans' times (the header's empty cells), or None when the header is
    no such row (fewer than two names, a name that is a kind, a level's id or a time, or no empty cell after them)."""
    cells = [c.norm.strip() for c in header]
    start = next((i for i, c in enumerate(cells) if c), len(cells))  # a corner put back first (`tables`) is empty
    end = next((i for i in range(start, len(cells)) if not cells[i]), len(cells))
    if end - start < 2 or end == len(cells) or any(cells[end:]):
        return None
    names = cells[start:end]
    # a plan may bear a level's word ("标准版", "Premium"); a level's id ("P1", "Severity 2") makes the row levels
    if any(len(n) > 30 or _kinds_in_order(n) or durations(n) or ((lv := _level_in(n)) and lv[2]) for n in names):
        return None
    return names, len(cells) - len(names)


def _time(cell: Sentence) -> tuple[FoundDuration, str | None] | None:
    """The cell's time and its clock: its only time, or the first of two on a clock of its own clause."""
    found = [d for d in durations(cell.norm) if not d.duration.unit.is_calendar]
    if not found or len(found) > 2:
        return None
    first = found[0]
    clause = cell.norm[: found[1].start] if len(found) == 2 else cell.norm
    if len(found) == 2 and not (_clock(clause, first) or _BUSINESS_CLAUSE.search(clause)):
        return None  # two times with no clock telling them apart: not one cell's time
    clock = _clock(clause, first) or ("business" if _BUSINESS_CLAUSE.search(clause) else None)
    return first, clock


def read_shifted_plan_grid(table: Table, levels: dict[str, _Level]) -> bool:
    """Read a plan grid whose header lost its corner cells into ``levels``; whether it was one."""
    if not table.aligned or (plans := _plans(table.header)) is None:
        return False
    names, labels = plans
    width = len(table.header)
    read = False
    for row in table.rows:
        if len(row) != width or (level := _level_in(row[0].norm)) is None:
            continue
        kinds = _kinds_in_order(" ".join(c.norm for c in row[:labels]))
        timed = [(plan, cell, t) for plan, cell in zip(names, row[labels:], strict=False) if (t := _time(cell))]
        if len(kinds) != 1 or len(timed) < 2:
            continue
        key, name, _ = level
        for plan, cell, (found, clock) in timed:
            at = plan_level(key, name, plan)
            entry = levels.setdefault(at[0], _Level(*at))
            entry.named_at = entry.named_at or row[0]
            entry.times.setdefault(kinds[0], (found, clock, cell))
            read = True
    return read
