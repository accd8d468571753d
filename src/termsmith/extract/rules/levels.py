"""Severity levels: response and resolution times per level, from sentences and table columns."""

from __future__ import annotations

import re
from typing import Any

from termsmith.extract.rules.context import Context, _re, clauses as _clauses
from termsmith.extract.rules.layouts import _CellColumns, _InlineTable, _LabelValue, _LineLayout
from termsmith.extract.rules.level_words import (
    _CLOCK_HINT_BUSINESS,
    _FINAL,
    _INTERIM,
    _RESOLUTION,
    _RESPONSE,
    _START_WORK,
    _clock,
    _last_level_in,
    _Level,
    _level_in,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact, durations

# The tier a level's name makes plain (the spec's SeverityTier); other names (严重, high, P1…) are
# left for the reader to decide, since vendors rank them differently.
_TIERS = (
    ("emergency", _re(r"紧急|緊急|emergency|critical|urgent")),
    ("important", _re(r"重要|重大|important|major")),
    ("general", _re(r"一般|general")),
    ("consultation", _re(r"咨询|諮詢|consultation|how-?to")),
)
_NOT_URGENT = _re(r"non-?urgent|not urgent|非紧急|非緊急")


def _tier(name: str) -> str | None:
    """emergency, important, general or consultation when the level's name says so."""
    if _NOT_URGENT.search(name):
        return None
    return next((tier for tier, pattern in _TIERS if pattern.search(name)), None)


_NEGATED = _re(r"(?:不能|无法|無法|未能|不能夠|不能够|cannot|can't|unable to)\s*(?:解决|解決|修复|修復|resolve|fix)")
_ON_SITE = _re(
    r"到达现场|到達現場|到现场|到現場|赶赴现场|趕赴現場|派员|派員|派工程师|派工程師|派技术|派技術|到场|到場|到府|上门|上門|协商|協商|on-?site|on site|dispatch"
)


def _as_response(m: re.Match[str]) -> str:
    """The same number of characters (offsets into the clause stay valid), read as a response."""
    word = "respond" if m.group(0).isascii() else "响应"
    return word.ljust(len(m.group(0)))


def _as_resolution(m: re.Match[str]) -> str:
    """The same number of characters, read as a resolution (a final answer: "回复最终处理结果")."""
    word = "resolve" if m.group(0).isascii() else "解决"
    return word.ljust(len(m.group(0)))


def _kind_of(clause: str, d: FoundDuration, following: str, preceding: str = "") -> str | None:
    """response / resolution for one duration: the verb right after it (zh: 2小时内响应),
    else the nearest before it (en: respond within 2 hours), else the next clause's start; a clause
    that is only "within N" ("…release a resolution, within 24 hours") takes the verb before its comma.
    A final answer is a resolution whatever verb carries it; an interim plan is neither."""
    clause = _FINAL.sub(_as_resolution, _START_WORK.sub(_as_response, clause))
    following = _FINAL.sub(_as_resolution, _START_WORK.sub(_as_response, following))
    rest = _NEGATED.sub("", clause[d.end :])
    after = re.sub(r"^\s*\([^)]{0,40}\)", "", rest)[:16]
    if _ON_SITE.search(after) or _INTERIM.match(re.sub(r"^\s*(?:内|內|之内|之內|以内|以內)", "", after)):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(after)] + [
        (m.start(), "resolution") for m in _RESOLUTION.finditer(after)
    ]
    if hits:
        return min(hits)[1]
    before = _NEGATED.sub("", clause[max(0, d.start - 80) : d.start])
    interim = [m.end() for m in _INTERIM.finditer(before)]
    if interim and not (_RESPONSE.search(before[interim[-1] :]) or _RESOLUTION.search(before[interim[-1] :])):
        return None  # "provide an initial assessment within 6 hours"
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(before)] + [
        (m.end(), "resolution") for m in _RESOLUTION.finditer(before)
    ]
    if hits:
        return max(hits)[1]
    head = _NEGATED.sub("", following)[:24]
    if _ON_SITE.search(head):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(head)] + [
        (m.start(), "resolution") for m in _RESOLUTION.finditer(head)
    ]
    if hits:
        return min(hits)[1]
    if not _DETACHED.fullmatch(clause[: d.start]):
        return None
    tail = _NEGATED.sub("", _START_WORK.sub(_as_response, preceding))[-60:]
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(tail)] + [
        (m.end(), "resolution") for m in _RESOLUTION.finditer(tail)
    ]
    return max(hits)[1] if hits else None


_DETACHED = _re(r"\s*(?:(?:all\s+)?within|in|no later than|at most|不超过|不超過|在)?\s*")


class _Table:
    """The columns of a table (DOCX row, Markdown row) that hold response and resolution times."""

    def __init__(self) -> None:
        self.columns: dict[int, tuple[str, str | None]] = {}
        self.intro: str | None = None  # the kind named in the sentence before the table
        self.paragraph = -1
        self.header: list[str] = []  # the first row's cells, when they name no kind (levels as columns)
        self.rows = 0


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def _table_row(ctx: Context, s: Sentence, table: _Table, levels: dict[str, _Level]) -> None:
    cells = _cells(s.norm)
    table.rows += 1
    kinds: dict[int, tuple[str, str | None]] = {}
    for i, cell in enumerate(cells):
        if durations(cell):
            continue
        kind = "response" if _RESPONSE.search(cell) else "resolution" if _RESOLUTION.search(cell) else None
        if kind and not re.search(r"outside|非工作|以外", cell, re.I):
            kinds.setdefault(i, (kind, "business" if _CLOCK_HINT_BUSINESS.search(cell) else None))
    if kinds and not any(durations(c) for c in cells):
        table.columns = kinds
        return
    if table.rows == 1 and not any(durations(c) for c in cells):
        table.header = cells
        return
    if table.header and not table.columns and _row_of_levels(s, cells, table.header, levels):
        return
    level = next((lv for c in cells if (lv := _level_in(c))), None)
    if level is None:
        return
    for i, cell in enumerate(cells):
        found = [d for d in durations(cell) if not d.duration.unit.is_calendar]
        if not found:
            continue
        kind, clock = table.columns.get(i, (None, None)) if table.columns else (table.intro, None)
        if kind is None:
            continue
        key, name, ident = level
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.times.setdefault(kind, (found[0], _clock(cell, found[0]) or clock, s))


def _row_of_levels(s: Sentence, cells: list[str], header: list[str], levels: dict[str, _Level]) -> bool:
    """A table with one column per level and one row per kind ("Metric | Standard | Priority",
    "First response | 1 business day | 4 business hours"): the header names the levels."""
    label = cells[0]
    if _level_in(label) or not (_RESPONSE.search(label) or _RESOLUTION.search(label)):
        return False
    kind = "response" if _RESPONSE.search(label) else "resolution"
    for i, cell in enumerate(cells[1:], 1):
        found = [d for d in durations(cell) if not d.duration.unit.is_calendar]
        if not found or i >= len(header) or not header[i]:
            continue
        key = f"column:{header[i].lower()}"
        entry = levels.setdefault(key, _Level(key, header[i], None))
        entry.times.setdefault(kind, (found[0], _clock(cell, found[0]) or _clock(label, found[0]), s))
    return True


def _prose(
    text: str,
    s: Sentence,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
    row: tuple[str, str, str | None] | None = None,
) -> None:
    """Times in a sentence written as prose: the verb next to each duration gives its kind. In a
    table cell, a clause naming no level is the row's level (`row`)."""
    if not (_RESPONSE.search(text) or _RESOLUTION.search(text)):
        return
    clauses = _clauses(text)
    for n, (offset, clause) in enumerate(clauses):
        following = clauses[n + 1][1] if n + 1 < len(clauses) else ""
        for duration in durations(clause):
            if duration.duration.unit.is_calendar:
                continue
            kind = _kind_of(clause, duration, following, text[:offset])
            if kind is None:
                continue
            # a level named earlier in the sentence governs this clause; one named only later does not
            # ("接报修后30分钟内响应,一般问题2小时内解决": the response is for every problem)
            level = _level_in(clause) or _last_level_in(text[:offset]) or row
            if level is None:
                untiered.append((kind, duration, _clock(clause, duration), s))
                continue
            key, name, ident = level
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.times.setdefault(kind, (duration, _clock(clause, duration), s))


# where a cell written as prose breaks into statements: sentence ends and bullets ("… hours* - Vendor will …")
_CELL_PARTS = re.compile(r"(?<=[。;；])|\s[-–•·*]\s|[•●▪]")


def _cell_prose(
    s: Sentence, levels: dict[str, _Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]
) -> None:
    """Cells written as prose ("乙方须在3个工作日内发补丁解决;…", "- We will respond within 2 hours - …"):
    each statement is read as a sentence, for the level the row's first cell names."""
    cells = _cells(s.norm)
    first = cells[0] if cells and len(cells[0]) <= 30 else ""
    row = _level_in(first) if first and not durations(first) else None
    for cell in cells:
        if _RESPONSE.search(cell) or _RESOLUTION.search(cell):
            for part in _CELL_PARTS.split(cell):
                if part and len(part.strip()) > 8:
                    _prose(part, s, levels, untiered, row)


def severity_levels(ctx: Context) -> None:
    levels: dict[str, _Level] = {}
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]] = []
    table = _Table()
    layout, cells, labels, inline = _LineLayout(), _CellColumns(), _LabelValue(), _InlineTable()
    previous: Sentence | None = None
    for s in ctx.sentences:
        if "|" in s.norm:
            if table.paragraph != s.paragraph.number - 1:
                table = _Table()
                if previous is not None and (_RESPONSE.search(previous.norm) or _RESOLUTION.search(previous.norm)):
                    table.intro = "response" if _RESPONSE.search(previous.norm) else "resolution"
            table.paragraph = s.paragraph.number
            _table_row(ctx, s, table, levels)
            _cell_prose(s, levels, untiered)
            previous = s
            continue
        previous = s
        if inline.read(s, levels) or cells.read(s, levels) or labels.read(s, levels) or layout.read(s, levels):
            continue
        _prose(s.norm, s, levels, untiered)
    tiers = _distinct([lv for lv in levels.values() if "response" in lv.times or "resolution" in lv.times])
    if not tiers and untiered:
        tiers = _untiered_levels(ctx, untiered)
    else:
        _shared_promise(tiers, untiered)
    out = []
    for i, lv in enumerate(tiers):
        item: dict[str, Any] = {"name": lv.name}
        if lv.id:
            item["id"] = lv.id
        if tier := _tier(lv.name):
            item["tier"] = tier
        for kind in ("response", "resolution"):
            if kind in lv.times:
                duration, clock, s = lv.times[kind]
                item[kind] = {"within": compact(duration.duration), "clock": clock}
                ctx.record(f"severity_levels[{i}].{kind}", s)
        ctx.record(f"severity_levels[{i}].name", next(iter(lv.times.values()))[2])
        out.append(item)
    if out:
        ctx.out.terms["severity_levels"] = out


def _distinct(tiers: list[_Level]) -> list[_Level]:
    """One level read twice, once by its name alone (a table cell "Emergency") and once with its id
    ("Severity Level P0 (Emergency)"), is one level when the times agree: the one with the id stays."""

    def same(a: _Level, b: _Level) -> bool:
        shared = a.times.keys() & b.times.keys()
        return bool(shared) and all(a.times[k][0].duration == b.times[k][0].duration for k in shared)

    return [
        lv
        for lv in tiers
        if lv.id
        or not any(
            o.id and o.name.lower() == lv.name.lower() and lv.times.keys() <= o.times.keys() and same(lv, o)
            for o in tiers
        )
    ]


def _shared_promise(tiers: list[_Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]) -> None:
    """One promise without a level ("接到报修后15分钟内响应") beside levels that all lack that kind
    (each states only its resolution): the promise holds for every level."""
    for kind in ("response", "resolution"):
        said = [u for u in untiered if u[0] == kind]
        if len({u[1].duration for u in said}) != 1 or any(kind in lv.times for lv in tiers):
            continue
        _, duration, clock, s = said[0]
        for lv in tiers:
            lv.times[kind] = (duration, clock, s)


def _untiered_levels(ctx: Context, found: list[tuple[str, FoundDuration, str | None, Sentence]]) -> list[_Level]:
    """Promises without a level name: one level per group of sentences that fill response and
    resolution once each ("对于简单的问题…2个工作日内解决" and "对于影响使用的问题…8小时内解决" are two)."""
    groups: list[_Level] = []
    current: _Level | None = None
    for kind, duration, clock, s in found:
        if current is not None and kind in current.times and current.times[kind][0].duration == duration.duration:
            continue  # the same promise said twice ("36小时内完成…不能在36小时内完成的")
        if current is None or kind in current.times:
            current = _Level(f"all-{len(groups)}", "", None)
            groups.append(current)
        current.times.setdefault(kind, (duration, clock, s))
    everything = {"en": "all issues", "zh-Hant": "所有故障"}.get(ctx.out.language, "所有故障")
    for g in groups:
        first = next(iter(g.times.values()))[2]
        head = re.split(r"[,，;；:：]", first.text)[0].strip()
        g.name = everything if len(groups) == 1 else (head[:24] or everything)
    return groups
