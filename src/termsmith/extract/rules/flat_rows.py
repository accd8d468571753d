"""A severity-level table flattened into running text (a PDF page copied into one paragraph): a header naming
the level column and the time columns ("故障级别 响应时间 故障解决时间", "Severity Response Resolution"), then
per level its name, perhaps a description, and the times of its cells in the header's order ("I 级:属于紧急问题;
…。 1 小时,2 小时内提交故障处理方案 12 小时以内 Ⅱ级:…"). A time standing alone (ended by a comma, a space or
``以内``) is a cell; a time inside a statement of its own ("2 小时内提交故障处理方案") is prose in a cell and no
column's value."""

from __future__ import annotations

import itertools
import re

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import (
    _INTERIM,
    _LEVEL,
    _RESOLUTION,
    _RESPONSE,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    not_a_limit,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_LEVEL_COLUMN = _re(
    r"(?:故障|问题|問題|事件|服务|服務)?(?:级别|級別|等级|等級|优先级|優先級)|\b(?:severity|priority)(?: levels?)?\b"
)
_HEADER_LINE = 120  # a header on a line of its own is short; a longer paragraph is prose
_ROWS_REACH = 40  # how many paragraphs below such a header its rows may run
_HEADER_REACH = 40  # the longest run of column heads between the level column and the first row
# what may close a cell's time: 以内, "or less", then a separator (a comma, a space, the end)
_CELL_END = _re(r"\s*(?:以内|以內|之内|之內|内|內|or less|or sooner|max(?:imum)?)?\s*(?:[,，;；、。.]|\s|$)")


def flat_rows(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every flattened level table in the sentences into ``levels``; the ids of the sentences it read."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph.number, []).append(s)
    read: set[int] = set()
    groups = list(paragraphs.values())
    for n, group in enumerate(groups):
        if id(group[0]) in read or "|" in group[0].norm:  # a table row (DOCX, PDF, Markdown) is read as a table
            continue
        found = _paragraph(group, levels)
        if not found and _header_alone(group) and _bare_level(groups[n + 1 : n + 3]):
            # the header on a line of its own, each row's level, description and times on the lines below (up
            # to a table: its rows are read as a table)
            below = list(itertools.takewhile(lambda g: "|" not in g[0].norm, groups[n : n + _ROWS_REACH]))
            found = _paragraph([s for g in below for s in g], levels, lines=True)
        read |= found
    return read


def _bare_level(below: list[list[Sentence]]) -> bool:
    """The first row below a header alone starts with its level on a line of its own ("P1"), the table's cells
    one block per row; a row that runs on in one line ("• LOW 1 hrs, 1 hrs, 24 hrs") is a table of spaced
    columns, read as one (`space_columns`)."""
    first = next((g for g in below if g[0].paragraph.text.strip()), None)
    if first is None:
        return False
    text = first[0].paragraph.text.strip()
    return len(text.split()) <= 3 and _level_in(text) is not None and not durations(text)


def _header_alone(group: list[Sentence]) -> bool:
    """A paragraph that is a level table's header with no row after it ("Priority Definition Target Response
    Time Target Resolution Time Example/s")."""
    text = " ".join(s.norm for s in group)
    head = _LEVEL_COLUMN.search(text)
    if head is None or _LEVEL.search(text, head.end()) is not None or len(text) > _HEADER_LINE:
        return False
    after = text[head.end() :]
    return bool(_kinds_in_order(after)) and not durations(after) and not re.search(r"[。;；:：]", after)


def _paragraph(group: list[Sentence], levels: dict[str, _Level], lines: bool = False) -> set[int]:
    starts, text = [], ""
    for s in group:
        starts.append(len(text))
        text += s.norm + " "
    for head in _LEVEL_COLUMN.finditer(text):
        first = _LEVEL.search(text, head.end())
        reach = _HEADER_LINE if lines else _HEADER_REACH  # a header alone runs to its line's end
        if first is None or first.start() - head.end() > reach:
            continue
        between = text[head.end() : first.start()]
        kinds = _kinds_in_order(between)
        if not kinds or durations(between) or re.search(r"[。;；:：]", between):
            continue
        ends = {start + len(s.norm) for s, start in zip(group, starts, strict=True)} if lines else None
        rows = _rows(text, first, kinds, ends)
        if len(rows) < 2 or _labelled(text, first.start(), rows[-1][1][-1].end):
            continue
        used = {id(s) for s, start in zip(group, starts, strict=True) if head.start() <= start + len(s.norm)}
        used &= {id(s) for s, start in zip(group, starts, strict=True) if start <= rows[-1][1][-1].end}
        for level, cells in rows:
            key, name, ident = level
            entry = levels.setdefault(key, _Level(key, name, ident))
            for kind, d in zip(kinds, cells, strict=False):
                s = next(s for s, start in reversed(list(zip(group, starts, strict=True))) if start <= d.start)
                entry.times.setdefault(kind, (d, _clock(text[d.start : d.end + 8], d), s))
        return used
    return set()


# a time after its kind's label and a colon ("Response Time: 15 minutes", "解决时间：4小时")
_LABELLED_TIME = re.compile(r"[:：]\s*(?:within\s+|<\s*|≤\s*|in\s+)?\d")


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether the rows name each time's kind themselves ("Priority 1 (Critical)" / "Response Time: 15 minutes" /
    "Resolution Time: 4 hours"): then a title above them ("Priority Levels and Response Times") is no table header
    whose one column would take every time, and the labels are read where they stand."""
    for m in _LABELLED_TIME.finditer(text, start, end):
        window = text[max(start, m.start() - 30) : m.start()]
        if _RESPONSE.search(window) or _RESOLUTION.search(window):
            return True
    return False


def _rows(
    text: str, first: re.Match[str], kinds: list[str], line_ends: set[int] | None = None
) -> list[tuple[tuple[str, str, str | None], list[FoundDuration]]]:
    """Each row: its level and its cells' times (as many as the header has kinds). The rows' level names
    are of the first one's family (ids such as "I 级" / "P1", or words such as 紧急): a word of the other
    family in a description ("属于紧急问题") starts no row. With ``line_ends`` (rows on lines of their own, where
    each line ends) a cell's time ends its line or stands before the next time ("30 minutes 6 hours"; "24 Hours
    Monitoring" is no cell), and a row whose later cells hold no time ("4 business hours | As agreed case by case")
    keeps the times it has, in the header's first columns."""
    by_id = first["id"] is not None
    marks = [m for m in _LEVEL.finditer(text, first.start()) if (m["id"] is not None) == by_id]
    rows = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        level = _level_in(m.group(0))
        cells = [d for d in _times(text, m.end(), end) if _is_cell(text, d) and _ends_cell(text, d, line_ends)]
        if level is None or not cells or (len(cells) < len(kinds) and line_ends is None):
            break
        rows.append((level, cells[: len(kinds)]))
    return rows


def _ends_cell(text: str, d: FoundDuration, line_ends: set[int] | None) -> bool:
    """A time at the end of its line, or before the next time on it (always true without ``line_ends``)."""
    if line_ends is None:
        return True
    tail = re.match(r"(?:\s*(?:or less|or sooner|max(?:imum)?|\*+))?", text[d.end :])
    end = d.end + (tail.end() if tail else 0)
    return end in line_ends or re.match(r"\s+(?:<|≤|within\s+)?\s*\d", text[end:]) is not None


def _times(text: str, start: int, end: int) -> list[FoundDuration]:
    part = text[start:end]
    return [
        FoundDuration(d.duration, d.start + start, d.end + start, d.lower)
        for d in durations(part)
        if not d.duration.unit.is_calendar and not not_a_limit(part, d)
    ]


def _is_cell(text: str, d: FoundDuration) -> bool:
    """A time alone in its cell: closed by 以内 / a separator, with no verb or plan of its own after it."""
    after = text[d.end : d.end + 24]
    end = _CELL_END.match(after)
    if end is None or re.match(r"\s+[a-z]", after):
        return False
    if not end.group(0)[-1:].isspace():
        return True  # closed by a comma or the end
    # closed by a space: the words after it are the next cell's, not a statement of this time's own
    nxt = after[end.end() : end.end() + 8]
    return not (_INTERIM.match(nxt) or _RESPONSE.match(nxt) or _RESOLUTION.match(nxt))
