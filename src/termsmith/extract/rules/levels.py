"""Severity levels: response and resolution times per level, from sentences and table columns."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from termsmith.extract.rules.context import Context, _re, clauses as _clauses
from termsmith.extract.rules.layouts import _LabelValue, _LineLayout
from termsmith.extract.rules.level_words import (
    _CLOCK_HINT_BUSINESS,
    _COLUMN_OF_LEVELS,
    _FINAL,
    _INTERIM,
    _LEVEL,
    _RESOLUTION,
    _RESPONSE,
    _START_WORK,
    _clock,
    _kinds_in_order,
    _last_level_in,
    _Level,
    _level_in,
    document_clock,
    level_key,
    row_clock,
)
from termsmith.extract.rules.tables import Table, find_tables
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact, durations
from termsmith.spec.types import Duration

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
    r"到达现场|到達現場|到现场|到現場|赶赴现场|趕赴現場|派员|派員|派工程师|派工程師|派技术|派技術|到场|到場|到府|上门|上門|协商|協商|"
    # arriving and dispatching are neither a response nor a resolution ("12小时内派人抵达现场", "3小时到位服务",
    # "1小时内安排处理", "dispatch an engineer")
    r"派人|派遣|派工|抵达|抵達|到位|赶到|趕到|安排(?:处理|處理|人员|人員|工程师|工程師|维修|維修)|"
    r"on-?site|on site|dispatch"
)


def _as_response(m: re.Match[str]) -> str:
    """The same number of characters (offsets into the clause stay valid), read as a response."""
    word = "respond" if m.group(0).isascii() else "响应"
    return word.ljust(len(m.group(0)))


def _as_resolution(m: re.Match[str]) -> str:
    """The same number of characters, read as a resolution (a final answer: "回复最终处理结果")."""
    word = "resolve" if m.group(0).isascii() else "解决"
    return word.ljust(len(m.group(0)))


def _kind_of(
    clause: str, d: FoundDuration, following: str, preceding: str = "", label: str | None = None
) -> str | None:
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
        return label
    tail = _NEGATED.sub("", _START_WORK.sub(_as_response, preceding))[-60:]
    hits = [(m.end(), "response") for m in _RESPONSE.finditer(tail)] + [
        (m.end(), "resolution") for m in _RESOLUTION.finditer(tail)
    ]
    return max(hits)[1] if hits else None


_DETACHED = _re(r"\s*(?:(?:all\s+)?within|in|no later than|at most|不超过|不超過|在)?\s*")


_OUTSIDE = _re(r"outside|非工作|以外")
# a unit the header gives its column's bare numbers: "Response (hours)", "修复时限（小时）", "in business days"
_HEADER_UNIT = _re(
    r"[(（]\s*(?:in\s+)?(?P<unit>(?:business |working )?(?:hours?|hrs?|minutes?|mins?|days?)|工作小[时時]|小[时時]|分[钟鐘]|"
    r"工作日|[个個]?工作天|天|日)\s*[)）]|\bin\s+(?P<unit2>(?:business |working )?(?:hours|minutes|days))\b"
)
_BARE_NUMBER = _re(r"(?:[<≤]=?|within|不超过|不超過)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?:内|內|以内|以內)?")
_Column = tuple[str | None, str | None, str | None]  # kind, clock, unit of a column's bare numbers


def _column(cell: str) -> _Column:
    """What a header cell says of its column: the kind of time it holds, a clock, a unit."""
    if durations(cell):
        return None, None, None
    kinds = _kinds_in_order(cell)
    kind = kinds[0] if kinds and not _OUTSIDE.search(cell) else None
    clock = "business" if _CLOCK_HINT_BUSINESS.search(cell) else None
    unit = _HEADER_UNIT.search(cell)
    name = (unit["unit"] or unit["unit2"]) if unit else None
    if name and clock == "business" and not re.search(r"business|working|工作", name):
        name = ("business " if name[0] in "hHdD" else "") + name if name.isascii() else "工作" + name.lstrip("个個")
    return kind, clock, name


def _cell_values(cell: Sentence, unit: str | None) -> list[FoundDuration]:
    """The cell's durations; a bare number ("4", "≤ 2") in a column whose header gives the unit."""
    found = [d for d in durations(cell.norm) if not d.duration.unit.is_calendar]
    if found or unit is None:
        return found
    m = _BARE_NUMBER.fullmatch(cell.norm.strip())
    if m is None or Decimal(m["num"]) <= 0:
        return []
    try:
        return [FoundDuration(Duration.parse(f"{m['num']} {unit}"), 0, len(cell.norm))]
    except ValueError:
        return []


def _row_level(
    table: Table, r: int, row: list[Sentence], header: list[Sentence]
) -> tuple[tuple[str, str, str | None], Sentence] | None:
    """The level a row is for and the cell naming it: the one the reconstruction found, a bare id
    ("1", "B") under a level column, else the first short cell naming a level, else any cell naming one."""
    if r < len(table.row_levels) and (found := table.row_levels[r]) and row:
        return found, row[0]
    if row and header and _COLUMN_OF_LEVELS.search(header[0].norm) and not _kinds_in_order(header[0].norm):
        first = row[0].norm
        if re.fullmatch(r"[0-9]|[A-D]", first):
            return (level_key(first), first, first), row[0]
        if table.aligned and 0 < len(first) <= 30 and not _cell_values(row[0], None):
            # under a level column the row's first cell is its level, whatever its name ("Gold", "Normal")
            return _level_in(first) or _named_level(first), row[0]
    short = [c for c in row if len(c.norm) <= 40]
    return next(((lv, c) for c in [*short, *row] if (lv := _level_in(c.norm))), None)


_NAME_AND_ID = re.compile(r"(?P<name>.+?)\s*[(（](?P<id>[A-Za-z][\w-]{0,15})[)）]")


def _named_level(text: str) -> tuple[str, str, str | None]:
    """A level by a name of the vendor's own ("Gold", "Consultation (consult)": the id in brackets is
    the key the same level has elsewhere)."""
    if m := _NAME_AND_ID.fullmatch(text):
        return level_key(m["id"]), m["name"], m["id"]
    return text.lower(), text, None


def _is_header(row: list[Sentence], first: bool) -> bool:
    """A row without values that names a kind or the level column (any such row at the top)."""
    if any(_cell_values(c, None) for c in row):
        return False
    return first or any(_kinds_in_order(c.norm) or _COLUMN_OF_LEVELS.search(c.norm) for c in row)


def read_table(
    table: Table, levels: dict[str, _Level], untiered: list[tuple[str, FoundDuration, str | None, Sentence]]
) -> None:
    """A reconstructed table's times: each value cell's kind is its own word ("Response: 4h"), else its
    column's header (aligned cells), else the next kind in the header's order (one cell per line). A
    header naming fewer kinds than the rows hold values is completed from the lines above it when they
    name the same kinds first ("Response time … Resolution time …" defined above the table). A table
    whose header names the levels and whose rows name the kinds is read across."""
    header = table.header
    for r, row in enumerate(table.rows):
        if not table.row_levels and _is_header(row, r == 0 and not header):
            header = row
            continue
        columns = [_column(c.norm) for c in header]
        named = _row_level(table, r, row, header)
        if named is None:
            if not _read_across(row, header, columns, levels):
                _row_prose(row, None, levels, untiered)
            continue
        level, level_cell = named
        if table.runs:
            _read_run(row, level, level_cell, _kind_order(table, columns, row, every=True), levels)
            continue
        stated = row_clock([c.norm for c in row if not _cell_values(c, None)])
        order = _kind_order(table, columns, row)
        # a row with fewer or more cells than the header (DOCX drops merged and empty cells): its values
        # take the header's kinds in order rather than by position
        shifted = table.aligned and bool(columns) and len(row) != len(columns)
        # one cell per line: a row with exactly the header's number of cells sits in its columns
        aligned = table.aligned or (len(header) > 1 and len(row) == len(header))
        used = 0
        for i, cell in enumerate(row):
            kind, clock, unit = columns[i] if aligned and i < len(columns) else (None, None, None)
            found = _cell_values(cell, unit)
            if not found and not aligned and used < len(order) and _PLACEHOLDER.fullmatch(cell.norm.strip()):
                used += 1  # "Best effort" stands where a time would: the next time is the next kind
                continue
            if not found or (cell is row[0] and not table.aligned):
                continue
            own = _kinds_in_order(cell.norm)
            if len(found) > 1 or len(own) > 1 or len(cell.norm) > 48:
                pair = _kinds_in_order(header[i].norm) if aligned and i < len(header) else []
                _row_prose([cell], level, levels, untiered, pair if len(pair) == len(found) else None)
                continue
            if own:
                kind = own[0]
            elif not aligned or not any(k for k, _, _ in columns) or shifted:
                kind = order[used] if used < len(order) else None
            if kind is None:
                continue
            used = order.index(kind) + 1 if kind in order else used + 1
            key, name, ident = level
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.named_at = entry.named_at or level_cell
            entry.times.setdefault(kind, (found[0], _clock(cell.norm, found[0]) or clock or stated, cell))


_LABELLED = _re(r"[:：]\s*$")


def _read_run(
    row: list[Sentence],
    level: tuple[str, str, str | None],
    level_cell: Sentence,
    order: list[str],
    levels: dict[str, _Level],
) -> None:
    """A row whose times stand in one run of text: each takes the first of the header's kinds the row
    has not filled yet; a time right after a label ("Response: 4h") takes the label's kind."""
    run = row[-1]
    text = run.norm
    key, name, ident = level
    filled: set[str] = set()
    for d in (d for d in durations(text) if not d.duration.unit.is_calendar):
        before = text[max(0, d.start - 24) : d.start]
        labelled = _kinds_in_order(before) if _LABELLED.search(before) else []
        kind = labelled[-1] if labelled else next((k for k in order if k not in filled), None)
        if kind is None:
            break
        filled.add(kind)
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.named_at = entry.named_at or level_cell
        entry.times.setdefault(kind, (d, _clock(text[d.start : d.end + 40], d), run))


# what stands in a time's cell when there is no time
_PLACEHOLDER = _re(
    r"best[- ]effort|n/?a|none|as agreed|tbd|to be agreed|next (?:release|version)|future release|[-–—/]+|"
    r"不适用|不適用|无|無|待定|协商|協商|另行约定|另行約定"
)


def _kind_order(table: Table, columns: list[_Column], row: list[Sentence], every: bool = False) -> list[str]:
    """The kinds the row's values take in order when their cells do not sit under a header naming them
    (``every``: all the kinds each header cell names, for a header printed as one line)."""
    order: list[str] = []
    named = [k for c in table.header for k in _kinds_in_order(c.norm)] if every else [k for k, _, _ in columns]
    for kind in named:
        if kind and kind not in order:
            order.append(kind)
    values = sum(1 for c in row[1:] if _cell_values(c, None) and not _kinds_in_order(c.norm))
    if not order and table.intro:  # "our response and resolution times below:" name the kinds of a bare table
        order = _kinds_in_order(table.intro[-1])
    elif len(order) < values:
        above = _kinds_in_order(" ".join(table.intro))
        if above[: len(order)] == order:
            order = above
    return order


def _read_across(
    row: list[Sentence], header: list[Sentence], columns: list[_Column], levels: dict[str, _Level]
) -> bool:
    """A table with one column per level and one row per kind ("Metric | Standard | Priority",
    "First response | 1 business day | 4 business hours"): the header names the levels."""
    if not row or any(k for k, _, _ in columns) or len(header) < 2:
        return False
    label = row[0].norm
    kinds = _kinds_in_order(label)
    if _level_in(label) or len(kinds) != 1:
        return False
    for i, cell in enumerate(row[1:], 1):
        found = _cell_values(cell, None)
        if not found or i >= len(header) or not header[i].norm:
            continue
        key, name, ident = _level_in(header[i].norm) or (f"column:{header[i].norm.lower()}", header[i].norm, None)
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.times.setdefault(kinds[0], (found[0], _clock(cell.norm, found[0]) or _clock(label, found[0]), cell))
    return True


_LABEL = re.compile(r"^\W{0,3}(?:[A-Za-z0-9]{1,2}[.、．)）]\s*)?(?P<label>[^:：,，;；。]{1,28})[:：]")


def _label_kinds(text: str) -> list[str]:
    """The kinds a sentence's opening label names ("完工時間:走保不超3小時,一般故障不超8小時", "Response /
    Resolution: …"): the items of the list after it take them when their own words name none."""
    m = _LABEL.match(text)
    return _kinds_in_order(m["label"]) if m else []


_PAIR = re.compile(r"\s*[/／]\s*")


def _prose(
    text: str,
    s: Sentence,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
    row: tuple[str, str, str | None] | None = None,
    inherited: list[str] | None = None,
) -> None:
    """Times in a sentence written as prose: the verb next to each duration gives its kind. In a
    table cell, a clause naming no level is the row's level (`row`). A label (the sentence's own, or
    ``inherited`` from a label line or the paragraph's opening label above) gives the kind of a clause
    whose words name none; two times paired by a slash ("30分钟/4小时") take a two-kind label in order."""
    own = _label_kinds(text)
    if not (own or inherited or _RESPONSE.search(text) or _RESOLUTION.search(text)):
        return
    clauses = _clauses(text)
    for n, (offset, clause) in enumerate(clauses):
        following = clauses[n + 1][1] if n + 1 < len(clauses) else ""
        label = (own or inherited or []) if offset else (inherited or [])
        found = [d for d in durations(clause) if not d.duration.unit.is_calendar]
        paired = len(found) == 2 and len(label) == 2 and bool(_PAIR.fullmatch(clause[found[0].end : found[1].start]))
        paired = paired and not _kinds_in_order(clause)
        for i, duration in enumerate(found):
            if paired:
                kind: str | None = label[i]
            else:
                kind = _kind_of(clause, duration, following, text[:offset], label[0] if len(label) == 1 else None)
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


def _row_prose(
    row: list[Sentence],
    level: tuple[str, str, str | None] | None,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
    header: list[str] | None = None,
) -> None:
    """Cells written as prose ("乙方须在3个工作日内发补丁解决;…", "- We will respond within 2 hours - …"):
    each statement is read as a sentence, for the row's level (untiered when the row names none). The
    kinds the cell's header names label it ("Response / Resolution" over "1 hour / 4 hours")."""
    for cell in row:
        if header and not (_RESPONSE.search(cell.norm) or _RESOLUTION.search(cell.norm)):
            _prose(cell.norm, cell, levels, untiered, level, inherited=header)
            continue
        if _RESPONSE.search(cell.norm) or _RESOLUTION.search(cell.norm):
            for part in _CELL_PARTS.split(cell.norm):
                if part and len(part.strip()) > 8:
                    _prose(part, cell, levels, untiered, level)


_LABEL_REACH = 8  # lines a label line governs
_LABEL_LINE = _re(r"[^\d:：。.;；,，]{1,30}[:：]?")


def _carried_label(s: Sentence, label: tuple[int, list[str]]) -> tuple[int, list[str]]:
    """The label over the sentence: a short line naming kinds and no time ("Response times", "响应/修复:")
    governs the lines below it; a paragraph's opening label ("Response Time: Critical – 1 hour; High – 4
    hours") governs its later sentences."""
    if s.offset == 0:
        text = s.norm.strip().lstrip("-•*·●▪ ")
        if _LABEL_LINE.fullmatch(text) and (kinds := _kinds_in_order(text)) and not durations(text):
            return s.paragraph.number, kinds
        if own := _label_kinds(s.norm):
            return s.paragraph.number, own
        return label if not _kinds_in_order(s.norm) else (-100, [])
    return label


def _under_label(s: Sentence, label: tuple[int, list[str]]) -> bool:
    """A short item naming a level first ("• Critical: 1 hour", "High – 4 hours;") within reach of a label."""
    item = s.norm.strip().lstrip("-•*·●▪ ")
    return s.paragraph.number - label[0] <= _LABEL_REACH and len(item) <= 60 and _LEVEL.match(item) is not None


def severity_levels(ctx: Context) -> None:
    levels: dict[str, _Level] = {}
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]] = []
    layout, labels = _LineLayout(), _LabelValue()
    label: tuple[int, list[str]] = (-100, [])
    tables = {t.first: t for t in find_tables(ctx.sentences)}
    in_tables = {n for t in tables.values() for n in t.paragraphs}
    for s in ctx.sentences:
        if s.paragraph.number in in_tables:
            if (table := tables.pop(s.paragraph.number, None)) is not None:
                read_table(table, levels, untiered)
            continue
        label = _carried_label(s, label)
        if labels.read(s, levels) or layout.read(s, levels):
            continue
        _prose(s.norm, s, levels, untiered, inherited=label[1] if _under_label(s, label) else None)
    tiers = _distinct([lv for lv in levels.values() if "response" in lv.times or "resolution" in lv.times])
    if not tiers and untiered:
        tiers = _untiered_levels(ctx, untiered)
    else:
        _shared_promise(tiers, untiered)
    everywhere = document_clock([s.norm for s in ctx.sentences] + list({s.heading for s in ctx.sentences}))
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
                item[kind] = {"within": compact(duration.duration), "clock": clock or everywhere}
                ctx.record(f"severity_levels[{i}].{kind}", s)
        ctx.record(f"severity_levels[{i}].name", lv.named_at or next(iter(lv.times.values()))[2])
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
