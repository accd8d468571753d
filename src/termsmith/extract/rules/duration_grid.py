"""The last reading of a document whose levels no reader timed: any block of two or more consecutive rows (a pipe
table's rows, or lines) that each hold a label and one or more durations, under a header naming kinds, levels or
plans, is read by the header's axis whatever the layout: rows of levels under kind columns (level × kind), rows of
plans under level columns (plan × level, the kind from a title above), rows of levels under plan columns, rows of
kinds under level columns. A block is refused when it speaks of prices, uptime, credits, backups or update cadences,
or when its rows do not hold as many times each. It runs only where the other fallbacks (level_fallback,
level_grid_rows) read nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from termsmith.extract.rules.context import _re, pipe_cells
from termsmith.extract.rules.level_words import _LEVEL, _clock, _kinds_in_order, _Level, _level_in, plan_level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_HEAD = 80  # the longest header line
_HEAD_LINES = 4  # header lines gathered above a block (a header cell per line: "Offering Critical" / "(Severity 1)")
_TITLE_REACH = 6  # paragraphs above the header a title naming the kind may stand in
_LABEL = 40  # the longest row label
# what a grid of times is not: prices, uptime and its credits, backups, how often a status is updated
_REFUSE = _re(
    r"price|pricing|fee\b|fees\b|cost|\$|€|£|¥|元|价格|價格|费用|費用|uptime|availability|credit|可用性|赔偿|賠償|"
    r"backup|back-up|retention|备份|備份|\bevery\b|frequency|cadence|status updates?|\bupdates?\b|每|更新|%"
)
_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")
_TRIM = re.compile(r"^[\s|:：\-–—•*·]+|[\s|:：\-–—*]+$")


@dataclass
class _Row:
    label: str
    slots: list[tuple[FoundDuration, str, Sentence] | None]  # each cell's time, its cell text and sentence
    text: str


def _lines(sentences: list[Sentence]) -> list[tuple[str, list[Sentence]]]:
    out: list[tuple[str, list[Sentence]]] = []
    for s in sentences:
        if out and out[-1][1][-1].paragraph is s.paragraph:
            out[-1] = (f"{out[-1][0]} {s.norm.strip()}", [*out[-1][1], s])
        else:
            out.append((s.norm.strip(), [s]))
    return out


def _time(cell: str) -> FoundDuration | None:
    found = [d for d in durations(cell) if not d.duration.unit.is_calendar]
    return found[0] if found else None


def _sentence_of(part: list[Sentence], cell: str) -> Sentence:
    return next((s for s in part if cell and cell in s.norm), part[0])


def _row(text: str, part: list[Sentence]) -> _Row | None:
    """A line holding a label and times: a pipe row's first cell and one time a cell, or the words before a line's
    first time and each time after them."""
    if "|" in text.strip("|"):
        cells = pipe_cells(text)
        label, values = cells[0], cells[1:]
        slots: list[tuple[FoundDuration, str, Sentence] | None] = []
        for cell in values:
            d = _time(cell)
            slots.append((d, cell, _sentence_of(part, cell)) if d else None)
    else:
        found = [d for d in durations(text) if not d.duration.unit.is_calendar]
        if not found:
            return None
        label = text[: found[0].start]
        ends = [d.start for d in found[1:]] + [len(text)]
        slots = []
        for d, end in zip(found, ends, strict=True):
            cell = text[d.start : end]
            s = _sentence_of(part, text[d.start : d.end])
            slots.append((_shifted(d, s, text), cell, s))
    label = _TRIM.sub("", label)
    if not label or len(label) > _LABEL or not any(slots) or durations(label):
        return None
    return _Row(label, slots, text)


def _shifted(d: FoundDuration, s: Sentence, text: str) -> FoundDuration:
    """The time with its place in its own sentence (the evidence quotes the sentence)."""
    at = s.norm.find(text[d.start : d.end])
    return replace(d, start=at, end=at + d.end - d.start) if at >= 0 else d


def _header_cells(text: str) -> list[str]:
    if "|" in text.strip("|"):
        return pipe_cells(text)
    return []


def _levels_named(text: str) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for m in _LEVEL.finditer(text):
        level = _level_in(m.group(0))
        if level is not None and level[0] not in {lv[0] for lv in out}:
            out.append(level)
    return out


def _title_kind(lines: list[tuple[str, list[Sentence]]], at: int, head: str) -> str | None:
    """The one kind the header, the nearest line above it naming kinds, or the section heading names."""
    number = lines[at][1][0].paragraph.number
    texts = [head] + [t for t, part in reversed(lines[:at]) if 0 < number - part[0].paragraph.number <= _TITLE_REACH]
    texts.append(lines[at][1][0].heading)
    for t in texts:
        kinds = _kinds_in_order(t)
        if kinds:
            return kinds[0] if len(kinds) == 1 else None
    return None


class _Grid:
    def __init__(self) -> None:
        self.read: dict[str, _Level] = {}

    def put(self, level: tuple[str, str, str | None], kind: str, slot: tuple[FoundDuration, str, Sentence]) -> None:
        d, cell, s = slot
        entry = self.read.setdefault(level[0], _Level(level[0], level[1], level[2]))
        entry.named_at = entry.named_at or s
        entry.times.setdefault(kind, (d, _clock(cell, d), s))


def _read_block(grid: _Grid, rows: list[_Row], head: str, kind: str | None) -> bool:
    width = len(rows[0].slots)
    cells = _header_cells(head)
    columns = cells[1:] if cells else []
    head_levels = _levels_named(head if not cells else " ".join(columns))
    head_kinds = [k for c in columns for k in _kinds_in_order(c)[:1]] if cells else _kinds_in_order(head)
    row_levels = [_level_in(r.label) for r in rows]
    row_kinds = [_kinds_in_order(r.label) for r in rows]
    if all(row_levels) and len({lv[0] for lv in row_levels if lv}) == len(rows):
        if len(head_kinds) == width and len(set(head_kinds)) == width:  # levels × kinds
            for r, lv in zip(rows, row_levels, strict=True):
                for k, slot in zip(head_kinds, r.slots, strict=True):
                    if lv and slot:
                        grid.put(lv, k, slot)
            return True
        if kind is None:
            return False
        if width == 1:  # one column of times of the title's kind
            for r, lv in zip(rows, row_levels, strict=True):
                if lv and r.slots[0]:
                    grid.put(lv, kind, r.slots[0])
            return True
        if len(columns) == width and not head_levels and not head_kinds:  # levels × plans
            for r, lv in zip(rows, row_levels, strict=True):
                for plan, slot in zip(columns, r.slots, strict=True):
                    if lv and slot:
                        grid.put(plan_level(lv[0], lv[1], _TRIM.sub("", plan)), kind, slot)
            return True
        return False
    if len(head_levels) != width:
        return False
    if all(len(k) == 1 for k in row_kinds) and len({k[0] for k in row_kinds}) == len(rows):  # kinds × levels
        for r, kinds in zip(rows, row_kinds, strict=True):
            for lv, slot in zip(head_levels, r.slots, strict=True):
                if slot:
                    grid.put(lv, kinds[0], slot)
        return True
    if kind is None or any(_level_in(r.label) or _kinds_in_order(r.label) for r in rows):
        return False
    for r in rows:  # plans × levels
        for lv, slot in zip(head_levels, r.slots, strict=True):
            if slot:
                grid.put(plan_level(lv[0], lv[1], r.label), kind, slot)
    return True


def duration_grid(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Read the grids of times (see the module docstring) into ``levels``."""
    lines = _lines(sentences)
    grid = _Grid()
    i = 0
    while i < len(lines):
        rows: list[_Row] = []
        j = i
        while j < len(lines):
            text, part = lines[j]
            if _SEPARATOR.match(text) and "-" in text:
                j += 1
                continue
            row = _row(text, part)
            if row is None or (rows and len(row.slots) != len(rows[0].slots)):
                break
            rows.append(row)
            j += 1
        if len(rows) >= 2:
            _block(grid, lines, i, rows)
        i = max(j, i + 1)
    if len(grid.read) >= 2:
        levels.update(grid.read)


def _block(grid: _Grid, lines: list[tuple[str, list[Sentence]]], first: int, rows: list[_Row]) -> None:
    """Read one block of rows under the header lines above it, unless it is refused."""
    above: list[str] = []
    at = first - 1
    while at >= 0 and len(above) < _HEAD_LINES:
        text = lines[at][0]
        if _SEPARATOR.match(text) and "-" in text:
            at -= 1
            continue
        if len(text) > _HEAD or durations(text):
            break
        above.insert(0, text)
        at -= 1
        if "|" in text:
            break  # a pipe table's header is one line
    if not above:
        return
    head = " ".join(above)
    if _REFUSE.search(head) or any(_REFUSE.search(r.text) for r in rows):
        return
    _read_block(grid, rows, head, _title_kind(lines, at + 1, head))
