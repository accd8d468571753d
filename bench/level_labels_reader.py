"""Experiment (extract27, session 11), not part of termsmith: levels read the same way whatever the layout: a severity label (P1, Sev 2, Critical, 紧急, 一级, 優先順序 1…) and the
times near it, each time given the kind (response / resolution) of the nearest kind word in its own clause, else of
its column's head, else of the head's kinds in order.

    | Severity | Response | Resolution |        a head (no time, names kinds): its columns' kinds
    | P1       | 1 hour   | 4 hours    |        a label opening the row; the times take their column's kinds
    P1: respond within 1 hour, resolve within 4 hours      the kind word in each time's clause
    一级故障：1小时内响应，4小时内解决                        (both scripts, any order of time and verb)
    Priority 2 – High                           a label alone on its line: the lines under it (up to the next
    - Response: 2 hours                         label, a few lines at most) are its times
    - Resolution: 1 business day

One reader for a pipe table, a flattened row, a list item, prose and a heading with bullets: it does not know the
layout, only the label, the time and the kind word beside it. A block counts when it gives two levels or more, so a
stray "high … within 4 hours" in prose is no level list.

It tested the hypothesis that the level readers (level_tables, level_prose, level_lists, level_fallback, flat_rows)
fail on never-seen documents because each handles one layout. Measured (see /work/notes/extract27-s11.md):
alone it reads fewer level times than those readers on never-seen first runs (batches 22-28) and on today's
corpus; as a fallback it never fires on a first run and adds 4 wrong facts on today's corpus (en83); filling the
kinds they leave empty loses slightly. So it stays here, as a measuring tool (bench/eval_levels.py --reader labels,
bench/replay/level_labels.py), and is not wired into `severity_levels`."""

from __future__ import annotations

import re

from termsmith.extract.rules.level_words import (
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

_LABEL_REACH = 60  # a label opens its line: it starts within this many characters, before the line's first time
_UNDER_LABEL = 4  # paragraphs a label alone on its line governs
_HEAD_REACH = 30  # paragraphs a head naming the kinds governs
_HEAD_LINE = 120  # the longest line read as a head
_CELL_LINE = 40  # the longest line read as one cell of a head copied a cell a line
# what separates one time's clause from the next one's: a cell, a comma, a slash, "and", a full stop
_CLAUSE = re.compile(r"[|,，;；/／、。]|\band\b|\.(?:\s|$)", re.I)
_LEAD = re.compile(r"[\s|*#>•·●▪◆■\-–—]*(?:\d{1,2}(?:\.\d{1,2})*[.)、]?\s+|[(（]\d{1,2}[)）])?")


def _times(text: str) -> list[FoundDuration]:
    return [d for d in durations(text) if not d.duration.unit.is_calendar and not not_a_limit(text, d)]


def _label(text: str, first_time: int) -> tuple[tuple[str, str, str | None], int] | None:
    """The level a line opens with and where its label ends."""
    lead = _LEAD.match(text)
    m = _LEVEL.search(text, lead.end() if lead else 0)
    if m is None or m.start() > min(_LABEL_REACH, first_time):
        return None
    level = _level_in(m.group(0))
    return (level, m.end()) if level else None


def _cells(text: str) -> list[str]:
    return [c for c in text.strip().strip("|").split("|")]


def _clause(text: str, d: FoundDuration, floor: int) -> tuple[int, int]:
    """Where the clause the time stands in starts and ends: from the last separator before it (not before ``floor``)
    to the next after it."""
    start = max([floor, *(m.end() for m in _CLAUSE.finditer(text, floor, d.start))])
    after = _CLAUSE.search(text, d.end)
    return start, after.start() if after else len(text)


class _Head:
    """The kinds a head names, in order, and per column when it is a pipe row; a head copied a cell a line
    ("Expected Initial Response Time" / "Typical Resolution Response Time") names the first kind of each line."""

    def __init__(self, text: str, at: int) -> None:
        self.at, self.text, self.lines = at, text, [text]
        self.kinds = _kinds_in_order(text)
        self.columns = [_kinds_in_order(c) for c in _cells(text)] if "|" in text else []

    def extend(self, text: str, at: int) -> None:
        self.lines.append(text)
        self.at, self.kinds = at, [_kinds_in_order(line)[0] for line in self.lines]

    def cell(self, text: str, at: int) -> bool:
        """Whether the line is the next cell of this head."""
        return at - self.at == 1 and not self.columns and max(len(text), len(self.lines[-1])) <= _CELL_LINE

    def kind(self, row: str, d: FoundDuration, slot: int) -> str | None:
        """The kind of a time that names none: its column's, else the head's kind at its place under its label."""
        if len(self.kinds) == 1:  # "Response Times:" over a list or a table: every time below is a response
            return self.kinds[0]
        if self.columns and "|" in row:
            column = _column(row, d)
            if 0 <= column < len(self.columns) and len(self.columns[column]) == 1:
                return self.columns[column][0]
            return None
        return self.kinds[slot] if slot < len(self.kinds) else None


def _column(row: str, d: FoundDuration) -> int:
    return row[: d.start].count("|") - (1 if row.lstrip().startswith("|") else 0)


def _kind(text: str, d: FoundDuration, floor: int) -> str | None:
    """The kind word nearest the time in its own clause."""
    start, end = _clause(text, d, floor)
    words = [
        (min(abs(m.start() - d.start), abs(m.start() - d.end)), kind)
        for kind, pattern in (("response", _RESPONSE), ("resolution", _RESOLUTION))
        for m in pattern.finditer(text, start, end)
    ]
    return min(words)[1] if words else None


def _labels(text: str, found: list[FoundDuration]) -> list[tuple[tuple[str, str, str | None], int, int]]:
    """The labels of a line that each open a stretch of times: (level, start, end). A label with no time between it and
    the one before is that one's description ("P1 – Critical", "Critical – high impact") and opens none; the labels
    are of the first one's family (ids such as P1 / 一级, or words such as Critical / 紧急)."""
    out: list[tuple[tuple[str, str, str | None], int, int]] = []
    family: bool | None = None
    for m in _LEVEL.finditer(text):
        by_id = m["name"] is None
        if family is not None and by_id != family:
            continue
        if out and not any(out[-1][2] <= d.start < m.start() for d in found):
            continue
        if (level := _level_in(m.group(0))) is not None:
            out.append((level, m.start(), m.end()))
            family = by_id
    return out


def label_levels(sentences: list[Sentence]) -> dict[str, _Level]:
    """Every level a label names with the times near it (see the module docstring); {} for fewer than two."""
    read: dict[str, _Level] = {}
    head: _Head | None = None
    current: tuple[tuple[str, str, str | None], Sentence, int] | None = None  # the label, where it stands, its end
    slot = 0  # the times read under the current label
    for s in sentences:
        text, number = s.norm, s.paragraph.number
        found = _times(text)
        if not found:
            if len(text) <= _HEAD_LINE and _kinds_in_order(text) and _label(text, len(text)) is None:
                if head is not None and "|" not in text and head.cell(text, number):
                    head.extend(text, number)  # a table copied a cell a line: one column head after another
                else:
                    head = _Head(text, number)
            elif len(text) <= _LABEL_REACH and (named := _label(text, len(text))) is not None:
                current, slot = (named[0], s, named[1]), 0
            continue
        labels = _labels(text, found)
        if current is not None and number - current[1].paragraph.number > _UNDER_LABEL:
            current = None
        for d in found:
            opening = [lb for lb in labels if lb[2] <= d.start]
            if opening:
                if current is None or current[1] is not s or current[2] != opening[-1][2]:
                    slot = 0  # a new label: its times take the head's kinds from the first on
                current, floor = (opening[-1][0], s, opening[-1][2]), opening[-1][2]
            elif current is not None:
                floor = 0
            else:
                continue
            kind = _kind(text, d, floor)
            if kind is None and head is not None and number - head.at <= _HEAD_REACH:
                kind = head.kind(text, d, slot)
            slot += 1
            if kind is None:
                continue
            (key, name, ident), named_at, _ = current
            entry = read.setdefault(key, _Level(key, name, ident))
            entry.named_at = entry.named_at or named_at
            start, end = _clause(text, d, floor)
            entry.times.setdefault(kind, (d, _clock(text[start:end], d) or _column_clock(head, text, d), s))
    return read if len(read) >= 2 else {}


def _column_clock(head: _Head | None, row: str, d: FoundDuration) -> str | None:
    """The clock the head states for the time's column ("Response Time (in working hours)")."""
    if head is None:
        return None
    if head.columns and "|" in row:
        cells = _cells(head.text)
        column = _column(row, d)
        return _clock(cells[column], d) if 0 <= column < len(cells) else None
    return None
