"""A severity-level table flattened into running text (a PDF page copied into one paragraph): a header naming
the level column and the time columns ("故障级别 响应时间 故障解决时间", "Severity Response Resolution"), then
per level its name, perhaps a description, and the times of its cells in the header's order ("I 级:属于紧急问题;
…。 1 小时,2 小时内提交故障处理方案 12 小时以内 Ⅱ级:…"). A time standing alone (ended by a comma, a space or
``以内``) is a cell; a time inside a statement of its own ("2 小时内提交故障处理方案") is prose in a cell and no
column's value."""

from __future__ import annotations

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
_HEADER_REACH = 40  # the longest run of column heads between the level column and the first row
# what may close a cell's time: 以内, "or less", then a separator (a comma, a space, the end)
_CELL_END = _re(r"\s*(?:以内|以內|之内|之內|内|內|or less|or sooner|max(?:imum)?)?\s*(?:[,，;；、。.]|\s|$)")


def flat_rows(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read every flattened level table in the sentences into ``levels``; the ids of the sentences it read."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph.number, []).append(s)
    read: set[int] = set()
    for group in paragraphs.values():
        if "|" not in group[0].norm:  # a table row (DOCX, PDF, Markdown) is read as a table
            read |= _paragraph(group, levels)
    return read


def _paragraph(group: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    starts, text = [], ""
    for s in group:
        starts.append(len(text))
        text += s.norm + " "
    for head in _LEVEL_COLUMN.finditer(text):
        first = _LEVEL.search(text, head.end())
        if first is None or first.start() - head.end() > _HEADER_REACH:
            continue
        between = text[head.end() : first.start()]
        kinds = _kinds_in_order(between)
        if not kinds or durations(between) or re.search(r"[。;；:：]", between):
            continue
        rows = _rows(text, first, kinds)
        if len(rows) < 2:
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


def _rows(
    text: str, first: re.Match[str], kinds: list[str]
) -> list[tuple[tuple[str, str, str | None], list[FoundDuration]]]:
    """Each row: its level and its cells' times (as many as the header has kinds). The rows' level names
    are of the first one's family (ids such as "I 级" / "P1", or words such as 紧急): a word of the other
    family in a description ("属于紧急问题") starts no row."""
    by_id = first["id"] is not None
    marks = [m for m in _LEVEL.finditer(text, first.start()) if (m["id"] is not None) == by_id]
    rows = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        level = _level_in(m.group(0))
        cells = [d for d in _times(text, m.end(), end) if _is_cell(text, d)]
        if level is None or len(cells) < len(kinds):
            break
        rows.append((level, cells[: len(kinds)]))
    return rows


def _times(text: str, start: int, end: int) -> list[FoundDuration]:
    part = text[start:end]
    return [
        FoundDuration(d.duration, d.start + start, d.end + start, d.upper)
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
