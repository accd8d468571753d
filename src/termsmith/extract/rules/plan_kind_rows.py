"""One severity level's table per heading: the plans as columns, the kinds as rows, the level named by the heading
just above the table (a plan × level grid cut into one block per level).

    ## Priority 1 Tickets                          ← the heading: names the level
    | Response Head   | Standard | Enterprise |    ← the plans' row (its first cell is a corner, whatever it says)
    | Support Window  | 12x5     | 24x7       |    ← an hours row: each plan's clock (`plan_hours`)
    | Resolution Time | 1 week   | 48 hrs     |    ← a row naming one kind: each plan's time of that kind

Each plan's cell is the level under that plan ("Priority 1 (Standard)", as every plan reader names it), the cell its
evidence. The heading is a markdown heading or a short line within the two lines above the table; a description
under it ("> … High priority bugs are included.") names no level. A row naming no kind, or two, is skipped; the table
counts when a row of a kind holds times in two plan columns or more.

The grid may also keep its levels inside: a row naming a level and nothing else opens that level's block, the rows of
a kind under it time it, until the next such row (a web page's plan grid, its header shifted over the corner cell):

    | Professional | Enterprise       | Gold             |   |   ← the plans (or after a corner cell)
    | Severity 1 (Urgent) |  |  |  |                            ← a level's row: the level of the rows below
    | First Response | –   | 8 Business Hours | 8 Business Hours |
    | Resolution     | –   | 32 Business Hours | 16 Business Hours |

A dash or "Best Effort" is no time, so that plan has no level of that kind.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import _clock, _kinds_in_order, _Level, _level_in, plan_level
from termsmith.extract.rules.plan_hours import column_clocks
from termsmith.extract.rules.plan_shifted import _plans as shifted_plans
from termsmith.extract.rules.tables import Table
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_HEADING = re.compile(r"^\s*#{1,6}\s*(?P<text>.+?)\s*#*\s*$")


def _heading_level(intro: list[str]) -> tuple[str, str, str | None] | None:
    """The level a heading among the two lines above the table names (nearest first), or None."""
    for line in reversed(intro[-2:]):
        text = m["text"] if (m := _HEADING.match(line)) else line.strip()
        if (m is not None or len(text) <= 40) and not durations(text) and (level := _level_in(text)):
            return level
    return None


def _plan_row(row: list[Sentence]) -> list[str] | None:
    """The plans a row names after its corner cell, or None when it is no plans' row."""
    names = [c.norm.strip() for c in row[1:]]
    if len(names) < 2 or not all(names) or len(set(names)) != len(names):
        return None
    if any(len(n) > 30 or _kinds_in_order(n) or durations(n) or ((lv := _level_in(n)) and lv[2]) for n in names):
        return None
    return names


def _times(row: list[Sentence]) -> dict[int, FoundDuration]:
    """Column → the one time a cell of the row holds."""
    out: dict[int, FoundDuration] = {}
    for i, cell in enumerate(row[1:], 1):
        found = [d for d in durations(cell.norm) if not d.duration.unit.is_calendar]
        if len(found) == 1:
            out[i] = found[0]
    return out


def _plans_at(row: list[Sentence]) -> tuple[list[str], int] | None:
    """The plans a row names and the column of the first one: after a corner cell, or first over a corner cell the
    header lost (`plan_shifted`)."""
    if (plans := _plan_row(row)) is not None:
        return plans, 1
    if (shifted := shifted_plans(row)) is not None and shifted[1] == 1:
        return shifted[0], 1
    return None


def _section_level(row: list[Sentence]) -> tuple[str, str, str | None] | None:
    """The level a row names in its first cell and nothing else (a level's row inside the grid), or None."""
    if any(c.norm.strip() for c in row[1:]) or durations(row[0].norm) or _kinds_in_order(row[0].norm):
        return None
    return _level_in(row[0].norm)


def read_plan_kind_rows(table: Table, levels: dict[str, _Level]) -> bool:
    """Read a level's table of plans by kinds into ``levels``; whether the table was one."""
    if not table.aligned:
        return False
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    if not rows or (found_plans := _plans_at(rows[0])) is None:
        return False
    plans, first = found_plans
    level = _heading_level(table.intro)
    width = len(rows[0])
    hours: dict[int, str] = {}
    read: list[tuple[tuple[str, str, str | None], str, int, FoundDuration, Sentence]] = []
    wide = False  # a row of a kind timed in two plan columns or more
    for row in rows[1:]:
        if len(row) != width:
            return False
        if (stated := column_clocks(row)) is not None:
            hours = stated
            continue
        if (section := _section_level(row)) is not None:
            level = section
            continue
        kinds = _kinds_in_order(row[0].norm)
        times = _times(row)
        if level is not None and len(kinds) == 1 and not _level_in(row[0].norm) and times:
            read.extend((level, kinds[0], i, found, row[i]) for i, found in times.items() if i - first < len(plans))
            wide = wide or len(times) >= 2
    if not read or not wide:
        return False
    for (key, name, _), kind, i, found, cell in read:
        at = plan_level(key, name, plans[i - first])
        entry = levels.setdefault(at[0], _Level(*at))
        entry.named_at = entry.named_at or cell
        entry.times.setdefault(kind, (found, _clock(cell.norm, found) or hours.get(i), cell))
    return True
