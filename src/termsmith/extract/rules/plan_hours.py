"""A plan grid's row of support hours: each plan column's clock, for the times below it in that column.

    |                                | Basic  | Silver     | Gold       |
    | Support Hours                  | 24x5*  | 24x7       | 24x7       |   ← the hours row: a clock per plan
    | Priority Level 1 Response Time | 2 hours | 1 hour    | 30 minutes |   ← Basic's 2 hours count 24x5 time

"**Support Window** | 12x5 | 24x7", "Support hours | Business hours | Business hours | up to 24x7" likewise. The row's
label names only the hours (support / service / coverage hours, support window, availability); its cells state a
clock each (24x7, 12x5, 24x5, business hours) and no time. A cell's own clock still wins over its column's.
"""

from __future__ import annotations

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import row_clock
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations

_HOURS_LABEL = _re(
    r"\W*(?:(?:support|service|coverage|operating|business|working|office)\s+)?"
    r"(?:hours|window|coverage|availability)(?:\s+of\s+(?:support|service|coverage|operations?))?\W*|"
    r"\W*(?:服务|服務|支持|支援)(?:时间|時間|时段|時段)\W*"
)


def column_clocks(row: list[Sentence]) -> dict[int, str] | None:
    """Column index → clock when ``row`` is a plan grid's hours row, else None."""
    if len(row) < 2 or not _HOURS_LABEL.fullmatch(row[0].norm.strip()):
        return None
    if any(durations(cell.norm) for cell in row[1:]):
        return None
    clocks = {i: clock for i, cell in enumerate(row[1:], 1) if (clock := row_clock([cell.norm]))}
    return clocks or None
