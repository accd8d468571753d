"""Severity levels in reconstructed tables (`tables.find_tables`): which column or cell holds which
kind of time, for which level."""

from __future__ import annotations

import re
from decimal import Decimal

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_cells import read_level_cells
from termsmith.extract.rules.level_prose import _prose, _row_prose
from termsmith.extract.rules.level_words import (
    _CLOCK_HINT_BUSINESS,
    _COLUMN_OF_LEVELS,
    _OUTSIDE_BUSINESS,
    _RECEIPT,
    _RESOLUTION,
    _RESPONSE,
    CLOCK_COLUMN,
    STAGE_OR_VARIANT,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    level_key,
    not_a_limit,
    plan_level,
    resolution_months,
    row_clock,
)
from termsmith.extract.rules.plan_hours import column_clocks
from termsmith.extract.rules.plan_kind_rows import read_plan_kind_rows
from termsmith.extract.rules.plan_rows import read_plan_rows
from termsmith.extract.rules.plan_shifted import read_shifted_plan_grid
from termsmith.extract.rules.plan_times import plan_times
from termsmith.extract.rules.tables import Table
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import RANGE_TO, FoundDuration, durations, range_end
from termsmith.spec.types import Duration

_OUTSIDE = _re(r"outside|非工作|以外")
_ZH_UNIT = r"工作小[时時]|小[时時]|分[钟鐘鍾]|工作日"  # the Chinese units a header or a unit line names
# a unit the header gives its column's bare numbers: "Response (hours)", "修复时限（小时）", "in business days"
_HEADER_UNIT = _re(
    r"[(（]\s*(?:in\s+)?(?P<unit>(?:business |working )?(?:hours?|hrs?|minutes?|mins?|days?)|"
    + _ZH_UNIT
    + r"|[个個]?工作天|天|日)\s*[)）]|"
    r"\bin\s+(?P<unit2>(?:business |working )?(?:hours|minutes|days))\b"
)
# the unit the lines just above a table give its bare numbers ("The following table details how many business hours
# it will take …", "All times below are in working days", "（单位：小时）"): the unit of every column naming a kind of
# time and no unit of its own
_INTRO_UNIT = _re(
    r"\b(?:how\s+many|number\s+of)\s+(?P<u1>(?:business\s+|working\s+)?(?:hours|minutes|days))\b|"
    r"\b(?:times?|targets?|figures?|values?|numbers?)\s+(?:below\s+|above\s+|shown\s+)?(?:are\s+)?"
    r"(?:(?:given|stated|shown|expressed|measured|listed|quoted)\s+)?in\s+(?P<u2>(?:business\s+|working\s+)?(?:hours|minutes|days))\b|"
    r"[单單]位\s*[:：]\s*(?P<u3>" + _ZH_UNIT + r"|天)"
)
_BARE_NUMBER = _re(
    r"(?:[<≤]=?|within|不超过|不超過)?\s*(?P<num>\d+(?:\.\d+)?)"
    rf"(?:\s*{RANGE_TO}\s*(?P<num2>\d+(?:\.\d+)?))?\s*(?:内|內|以内|以內)?"
)
_Column = tuple[str | None, str | None, str | None]  # kind, clock, unit of a column's bare numbers


def _column(cell: str) -> _Column:
    """What a header cell says of its column: the kind of time it holds, a clock, a unit."""
    if durations(cell):
        return None, None, None
    kinds = _kinds_in_order(cell)
    kind = kinds[0] if kinds and not (_OUTSIDE.search(cell) or _OUTSIDE_BUSINESS.search(cell)) else None
    clock = "business" if _CLOCK_HINT_BUSINESS.search(cell) else None
    unit = _HEADER_UNIT.search(cell)
    name = (unit["unit"] or unit["unit2"]) if unit else None
    if name and clock == "business" and not re.search(r"business|working|工作", name):
        name = ("business " if name[0] in "hHdD" else "") + name if name.isascii() else "工作" + name.lstrip("个個")
    return kind, clock, name


def _columns(header: list[Sentence]) -> list[_Column]:
    """The header's columns; of an acknowledge column and a respond column, the respond column is the
    response (an acknowledgement is the receipt of the request, as the corpus keys record it); of a workaround
    column and a resolution column, the resolution column is the resolution (a workaround restores service for a
    while, the fix resolves the issue: "First Response | Workaround Target | Resolution Target")."""
    columns = [_column(c.norm) for c in header]
    kinds = {k for k, _, _ in columns}
    if "response" in kinds and "resolution" not in kinds:
        # 处理时间 beside 响应时间 and no resolution column: handling the fault to its end, the resolution (beside a
        # 解决时间 column it is a stage between, no kind)
        for i, c in enumerate(header):
            if columns[i][0] is None and _HANDLING.fullmatch(c.norm.strip()):
                columns[i] = ("resolution", *columns[i][1:])
    for kind, stand_in in (("response", _RECEIPT), ("resolution", _WORKAROUND)):
        standing = [i for i, c in enumerate(header) if columns[i][0] == kind and stand_in.search(c.norm)]
        if standing and any(k == kind and i not in standing for i, (k, _, _) in enumerate(columns)):
            for i in standing:
                columns[i] = (None, *columns[i][1:])
    return columns


def _intro_unit(intro: list[str]) -> str | None:
    """The unit the two lines just above a table give its bare numbers, if they name one."""
    m = _INTRO_UNIT.search(" ".join(intro[-2:]))
    return next((u for u in m.groups() if u), None) if m else None


def _with_intro_unit(columns: list[_Column], unit: str | None) -> list[_Column]:
    """``columns`` with the intro's unit on each column that names a kind of time and no unit of its own."""
    if unit is None:
        return columns
    return [(kind, clock, own or (unit if kind else None)) for kind, clock, own in columns]


def _clock_split(columns: list[_Column], row: list[Sentence]) -> list[_Column] | None:
    """A second header row whose cells are clocks ("Business Hours | After-Hours", "工作时间 | 非工作时间")
    splits the first column naming a kind: its business-hours part keeps the kind on the business clock,
    its after-hours part holds no kind read here; the header's trailing empty cells made room for it."""
    cells = [c for c in row if c.norm.strip()]
    if len(cells) < 2 or not all(CLOCK_COLUMN.fullmatch(c.norm.strip()) for c in cells):
        return None
    first = next((i for i, (k, _, _) in enumerate(columns) if k), None)
    if first is None:
        return None
    kind, _, unit = columns[first]
    parts: list[_Column] = [
        (None if _OUTSIDE_BUSINESS.search(c.norm) else kind, row_clock([c.norm]), unit) for c in cells
    ]
    split = [*columns[:first], *parts, *columns[first + 1 :]]
    while len(split) > len(columns) and split[-1] == (None, None, None):
        split.pop()
    return split


_HANDLING = _re(r"(?:故障)?(?:处理|處理|处置|處置)(?:时间|時間|时限|時限|期限)(?:\s*[(（][^)）]{0,12}[)）])?")
_WORKAROUND = _re(r"work-?\s?around|temporary|interim|provisional|临时|臨時|规避|規避")


def _cell_values(cell: Sentence, unit: str | None) -> list[FoundDuration]:
    """The cell's durations; a bare number ("4", "≤ 2") in a column whose header gives the unit."""
    found = [d for d in durations(cell.norm) if not d.duration.unit.is_calendar and not not_a_limit(cell.norm, d)]
    found = found or resolution_months(cell.norm.strip())
    if found or unit is None:
        return found
    m = _BARE_NUMBER.fullmatch(cell.norm.strip())
    if m is None:
        return []
    number = range_end(m["num"], m["num2"]) if m["num2"] else m["num"]  # "2-4" under "(hours)": as "2-4 hours"
    if Decimal(number) <= 0:
        return []
    try:
        return [FoundDuration(Duration.parse(f"{number} {unit}"), 0, len(cell.norm))]
    except ValueError:
        return []


def _row_level(
    table: Table, r: int, row: list[Sentence], header: list[Sentence]
) -> tuple[tuple[str, str, str | None], Sentence] | None:
    """The level a row is for and the cell naming it: the one the reconstruction found, a bare id
    ("1", "B") under a level column, else the first short cell naming a level, else any cell naming one."""
    if r < len(table.row_levels) and (found := table.row_levels[r]) and row:
        return found, row[0]
    if (at := _later_level_column(header)) and at < len(row) and (cell := row[at]).norm.strip():
        # "Service Description | Priority | Response Time | …": the level column stands after a service's
        ident = cell.norm.strip()
        if re.fullmatch(r"[0-9]|[A-D]", ident):
            return (level_key(ident), _column_named(header[at].norm, ident), ident), cell
        if (named := _level_in(ident)) and len(ident) <= 30:
            return named, cell
    if row and header and _COLUMN_OF_LEVELS.search(header[0].norm) and not _kinds_in_order(header[0].norm):
        first = row[0].norm
        if re.fullmatch(r"[0-9]|[A-D]", first):
            return (level_key(first), _column_named(header[0].norm, first), first), row[0]
        # a first cell naming a kind and no level ("Response Time" under "Severity Level | Critical | Severe")
        # heads a row of a table with the levels as columns: it is read across
        across = bool(_kinds_in_order(first)) and not _level_in(first)
        if table.aligned and 0 < len(first) <= 30 and not _cell_values(row[0], None) and not across:
            # under a level column the row's first cell is its level, whatever its name ("Gold", "Normal")
            return _level_in(first) or _level_in(_first_line(row[0])) or _named_level(first), row[0]
    short = [c for c in row if len(c.norm) <= 40]
    return next(((lv, c) for c in [*short, *row] if (lv := _level_in(c.norm))), None)


def _later_level_column(header: list[Sentence]) -> int | None:
    """The level column when it is not the first: the second or third header cell naming levels ("Priority",
    "Severity") and no kind, after cells naming no kind and no level (a service or channel column)."""
    for i, cell in enumerate(header[:3]):
        if _kinds_in_order(cell.norm):
            return None
        if _COLUMN_OF_LEVELS.search(cell.norm):
            return i or None
    return None


def _column_named(column: str, ident: str) -> str:
    """A bare id under a level column, named as the column names it: "Priority" and "1" → "Priority 1",
    优先级 and 1 → 优先级1 (a buyer reading "1" alone cannot tell what it ranks); a long header stays out."""
    column = column.strip(" |｜:：")
    if not column or len(column) > 20:
        return ident
    return f"{column} {ident}" if column.isascii() else f"{column}{ident}"


def _first_line(cell: Sentence) -> str:
    """A cell running over lines ("一级" / "核心业务中断 |"): its first line, where the level's name stands."""
    line = normalise(cell.paragraph.text).strip(" |｜")
    return line if cell.norm.startswith(line) and line != cell.norm else ""


_NAME_AND_ID = re.compile(r"(?P<name>.+?)\s*[(（](?P<id>[A-Za-z][\w-]{0,15})[)）]")


def _named_level(text: str) -> tuple[str, str, str | None]:
    """A level by a name of the vendor's own ("Gold", "Consultation (consult)": the id in brackets is
    the key the same level has elsewhere)."""
    if m := _NAME_AND_ID.fullmatch(text):
        return level_key(m["id"]), m["name"], m["id"]
    return text.lower(), text, None


# a cell ticking a feature off for a plan ("●", "✔️", "Yes"): its row is a feature's, never a header
_TICK = re.compile(r"\s*(?:[●•✔✓☑✗✘✕×]\ufe0f?|yes|no|included)\s*", re.IGNORECASE)


def _is_header(row: list[Sentence], first: bool) -> bool:
    """A row without values that names a kind or the level column (any such row at the top); a row ticking
    features off ("Prioritized issue resolution | | ●") is none."""
    if any(_cell_values(c, None) for c in row) or any(_TICK.fullmatch(c.norm) for c in row[1:]):
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
    if read_shifted_plan_grid(table, levels) or read_plan_kind_rows(table, levels) or read_plan_rows(table, levels):
        return
    header = table.header
    unit = _intro_unit(table.intro)
    columns = _with_intro_unit(_columns(header), unit)
    # column → the plan a second header row names there, or the header itself ("Response (Enterprise)")
    plans: dict[int, str] = _bracket_plans(header, columns) if table.aligned else {}
    hours: dict[int, str] = {}  # column → the clock a plan grid's hours row gives it
    for r, row in enumerate(table.rows):
        if table.aligned and (stated_hours := column_clocks(row)) is not None:
            hours = stated_hours
            continue
        if not table.row_levels and (split := _clock_split(columns, row)) is not None:
            columns = split
            continue
        if table.aligned and not plans and (planned := _plan_header(header, columns, row)) is not None:
            header, plans = planned
            columns = _with_intro_unit(_columns(header), unit)
            continue
        if not table.row_levels and _is_header(row, r == 0 and not header):
            header = _sub_header(header, row)
            columns = _with_intro_unit(_columns(header), unit)
            plans = plans or (_bracket_plans(header, columns) if table.aligned else {})
            continue
        if _read_level_lists(row, _plan_names(table, header), levels, hours):
            continue
        if table.aligned and not _level_in(row[0].norm) and read_level_cells(row, [k for k, _, _ in columns], levels):
            continue
        named = _row_level(table, r, row, header)
        if named is None:
            if _read_across(row, header, columns, levels, hours):
                continue
            # a label and its value in two cells ("Response time | 4 business hours"): the label's kind is the value's
            cells = _trimmed(row)
            labelled = len(cells) == 2 and not _cell_values(cells[0], None) and not _level_in(cells[0].norm)
            kinds = _kinds_in_order(cells[0].norm) if labelled else []
            if len(kinds) == 1:
                _prose(cells[1].norm, cells[1], levels, untiered, None, inherited=kinds)
            else:
                _row_prose(row, None, levels, untiered)
            continue
        level, level_cell = named
        if table.runs:
            order = _kind_order(table, columns, row, every=True)
            _read_run(row, level, level_cell, _run_slots(table) or [(k, None, None) for k in order], levels)
            continue
        if _groups(columns) and len(_trimmed(row)) < len(_trimmed(header)):
            _read_grouped_row(row, level, level_cell, columns, levels)
            continue
        if (plan_kind := _plan_grid_kind(table, header, columns, row)) is not None:
            _read_plan_row(row, header, level, level_cell, plan_kind, levels, hours)
            continue
        stated = row_clock([c.norm for c in row if not _cell_values(c, None)])
        # a header cell naming a kind and a clock ("Response time during business hours") gives it that clock
        kind_clock = {k: c for k, c, _ in columns if k and c}
        order = _kind_order(table, columns, row)
        # a row with fewer or more cells than the header (DOCX drops merged and empty cells): its values
        # take the header's kinds in order rather than by position
        shifted = table.aligned and bool(columns) and len(row) != len(columns)
        # one cell per line: a row with exactly the header's number of cells sits in its columns
        aligned = table.aligned or (len(header) > 1 and len(row) == len(header))
        # one cell per line under header lines that name no level column ("Response Time" / "Planning Time" /
        # "Resolution Time" over "Low" / three times): the cells after the row's level sit in the header's columns
        headless = (
            not aligned
            and len(header) > 1
            and len(row) == len(header) + 1
            and level_cell is row[0]
            and not any(_COLUMN_OF_LEVELS.search(h.norm) for h in header)
        )
        aligned = aligned or headless
        used = 0
        row_level = level
        for i, cell in enumerate(row):
            level = _plan_level(row_level, plans, i)
            c = i - 1 if headless else i
            kind, clock, unit = columns[c] if aligned and 0 <= c < len(columns) else (None, None, None)
            found = _cell_values(cell, unit)
            if not found and not aligned and used < len(order) and _PLACEHOLDER.fullmatch(cell.norm.strip()):
                used += 1  # "Best effort" stands where a time would: the next time is the next kind
                continue
            if not found or (cell is row[0] and not table.aligned):
                continue
            own = _kinds_in_order(cell.norm)
            if kind and len(found) > 1 and _read_plan_list(row, i, level, level_cell, kind, levels):
                continue
            if kind and len(found) > 1 and _read_qualified_times(cell, level, level_cell, kind, levels):
                continue
            if len(found) > 1 or len(own) > 1 or len(cell.norm) > 48:
                pair = _kinds_in_order(header[c].norm) if aligned and 0 <= c < len(header) else []
                pair = pair if len(pair) == len(found) else []
                _row_prose([cell], level, levels, untiered, pair or None, clock or stated if pair else None)
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
            own_clock = _clock(cell.norm, found[0]) or clock or stated or kind_clock.get(kind) or hours.get(i)
            entry.times.setdefault(kind, (found[0], own_clock, cell))


def _plan_header(
    header: list[Sentence], columns: list[_Column], row: list[Sentence]
) -> tuple[list[Sentence], dict[int, str]] | None:
    """A second header row naming plans under a header cell that spans them ("在支持的工作时间内响应/恢复时间"
    over "金 | 白金", the cell's colspan left the columns after it empty): each plan's column holds the kind
    (and clock) of the cell spanning it. The header with that cell standing over each of its columns, and
    the plan of each column, or None when the row is no such header."""
    if len(header) < 3 or len(row) != len(header) or any(_cell_values(c, None) for c in row):
        return None
    named = [i for i, c in enumerate(row) if c.norm.strip()]
    # a plan may bear a level's word ("标准 | 高级"); a level's id ("P1 | P2") makes the row levels as columns
    if len(named) < 2 or any(_kinds_in_order(row[i].norm) or _level_id(row[i].norm) for i in named):
        return None
    if any(
        _COLUMN_OF_LEVELS.search(row[i].norm)
        or CLOCK_COLUMN.fullmatch(row[i].norm.strip())
        or STAGE_OR_VARIANT.search(row[i].norm)
        for i in named
    ):
        return None
    spanning: dict[int, int] = {}  # plan column → the header column spanning it
    for i in named:
        g = next((j for j in range(i, -1, -1) if header[j].norm.strip()), None)
        if g is None or columns[g][0] is None:
            return None
        spanning[i] = g
    if not any(list(spanning.values()).count(g) >= 2 for g in spanning.values()):
        return None  # no header cell spans two plans: not a plan row
    spread = [header[spanning[i]] if i in spanning else cell for i, cell in enumerate(header)]
    return spread, {i: row[i].norm.strip() for i in named}


def _level_id(text: str) -> str | None:
    level = _level_in(text)
    return level[2] if level else None


# a column's plan in brackets after its kind ("Response (Enterprise)"), or after a spaced dash ("目标响应时间 – 专家支持",
# "Response time - Premium")
_QUALIFIER = re.compile(
    r"[(（]\s*(?P<plan>[^()（）]{1,30}?)\s*[)）]\s*$|\s[-–—]\s*(?P<dashed>[^-–—()（）|]{1,30}?)\s*$"
)


# what may stand before a kind's word and names no plan ("Target Response", "Initial response time")
_NO_PLAN = _re(
    r"(?:target|targets|initial|first|guaranteed|committed|maximum|max\.?|average|typical|expected|goal|sla|the|our|"
    r"support|ticket|incident|case|time|times|\d+)?"
)


def _column_plan(cell: str) -> str | None:
    """The plan a column of one kind is for: in brackets after its kind ("Response (Enterprise)"), after a spaced dash
    ("目标响应时间 – 专家支持"), or before its kind's word ("Gold Response Times", "旗舰版响应时间")."""
    if m := _QUALIFIER.search(cell):
        plan = m["plan"] or m["dashed"]
    else:
        kind = _RESPONSE.search(cell) or _RESOLUTION.search(cell)
        words = cell[: kind.start()].strip(" |｜:：-–—").split() if kind else []
        while words and _NO_PLAN.fullmatch(words[-1]):  # "Enterprise Support Response": the plan is "Enterprise"
            words.pop()
        plan = " ".join(words)
    # a stage or variant of the time ("Temporary Solution | Definitive Solution") names no plan
    return plan if plan and len(plan) <= 30 and not STAGE_OR_VARIANT.search(plan) else None


def _bracket_plans(header: list[Sentence], columns: list[_Column]) -> dict[int, str]:
    """Columns of one kind told apart by a plan in brackets ("Response (Enterprise) | Response (Professional)"):
    each column → its plan; {} unless two columns or more of a kind each name a different plan, and no bracket names
    a clock or unit (those are columns of one level told apart by clock)."""
    plans: dict[int, str] = {}
    for kind in {k for k, _, _ in columns if k}:
        at = [i for i, (k, _, _) in enumerate(columns) if k == kind]
        named = {i: plan for i in at if (plan := _column_plan(header[i].norm))}
        if len(at) < 2 or len(named) != len(at) or len(set(named.values())) != len(at):
            continue
        if any(columns[i][1] or columns[i][2] or CLOCK_COLUMN.search(plan) for i, plan in named.items()):
            continue
        plans.update(named)
    return plans or _plans_before_kinds(header)


# a plan's column naming the kinds its cells label ("Premium Support (Response/Resolution)", "金牌（响应/解决）")
_PLAN_OF_KINDS = re.compile(r"(?P<plan>[^()（）]{2,30}?)\s*[(（](?P<kinds>[^()（）]{2,40})[)）]\s*")


def _plans_before_kinds(header: list[Sentence]) -> dict[int, str]:
    """Columns headed by a plan with the kinds in brackets after it, two plans or more: each column → its plan."""
    named = {
        i: m["plan"].strip()
        for i, c in enumerate(header)
        if (m := _PLAN_OF_KINDS.fullmatch(c.norm.strip(" |｜")))
        and len(_kinds_in_order(m["kinds"])) > 1
        and not _kinds_in_order(m["plan"])
        and not CLOCK_COLUMN.search(m["plan"])
        and not STAGE_OR_VARIANT.search(m["plan"])
    }
    return named if len(set(named.values())) == len(named) > 1 else {}


def _plan_level(level: tuple[str, str, str | None], plans: dict[int, str], i: int) -> tuple[str, str, str | None]:
    """The level a cell of a row is for under plan columns: the first plan's keeps the row's level (times
    stated elsewhere for it join it), another plan's is the level under that plan ("P2 (白金)")."""
    if i not in plans or plans[i] == plans[min(plans)]:
        return level
    key, name, _ = level
    return plan_level(key, name, plans[i])


def _sub_header(above: list[Sentence], row: list[Sentence]) -> list[Sentence]:
    """A second header row under a first naming the level column and column groups ("Priority | Standard
    Contract | Premium Contract" over "Response Time | Resolution Time | …"): the level column spans both
    rows, so the second row starts one cell short; an empty cell takes its place."""
    if not (above and row and _COLUMN_OF_LEVELS.search(above[0].norm)) or _kinds_in_order(above[0].norm):
        return row
    if not _kinds_in_order(row[0].norm) or _COLUMN_OF_LEVELS.search(row[0].norm):
        return row
    return [Sentence("", "", row[0].paragraph, row[0].offset, row[0].heading), *row]


def _groups(columns: list[_Column]) -> bool:
    """The header repeats a kind: column groups, one per plan or contract ("Standard | Premium")."""
    kinds = [k for k, _, _ in columns if k]
    return len(kinds) != len(set(kinds))


def _trimmed(row: list[Sentence]) -> list[Sentence]:
    """The row without its trailing empty cells."""
    end = len(row)
    while end and not row[end - 1].norm.strip():
        end -= 1
    return row[:end]


def _read_grouped_row(
    row: list[Sentence],
    level: tuple[str, str, str | None],
    level_cell: Sentence,
    columns: list[_Column],
    levels: dict[str, _Level],
) -> None:
    """A row of a table with column groups that lost cells under row-spanning columns ("SLA Compliance"
    merged down the rows): its times take the header's time columns in order when there are as many; with
    fewer, which cell was lost is unknown and only the first time (the first group's first kind) is read.
    Only the first group is read, as for any table listing several plans."""
    timed = [(k, clock, unit) for k, clock, unit in columns if k]
    values = [(c, times[0]) for c in row[1:] if (times := _cell_values(c, None))]
    if len(values) < len(timed):
        values = values[:1]
    seen: set[str] = set()
    key, name, ident = level
    for (cell, value), (kind, clock, _) in zip(values, timed, strict=False):
        if kind in seen:
            break  # the second group
        seen.add(kind)
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.named_at = entry.named_at or level_cell
        entry.times.setdefault(kind, (value, _clock(cell.norm, value) or clock, cell))


_LABELLED = _re(r"[:：]\s*$")


def _read_run(
    row: list[Sentence],
    level: tuple[str, str, str | None],
    level_cell: Sentence,
    slots: list[_Column],
    levels: dict[str, _Level],
) -> None:
    """A row whose times stand in one run of text: each takes the next of the header's time columns (``slots``,
    a column timing something else, "Escalation", taking its time and giving it to no kind); a time right after
    a label ("Response: 4h") takes the label's kind. A column's clock holds for its times that state none; a bare
    number right after the last time ("Within 1 hour 4") is the next column's when its header gives the unit."""
    run = row[-1]
    text = run.norm
    key, name, ident = level
    filled: set[str] = set()
    at, end = 0, None

    def record(kind: str, d: FoundDuration, clock: str | None) -> None:
        filled.add(kind)
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.named_at = entry.named_at or level_cell
        entry.times.setdefault(kind, (d, clock, run))

    times = [d for d in durations(text) if not d.duration.unit.is_calendar]
    for n, d in enumerate(times):
        before = text[max(0, d.start - 24) : d.start]
        labelled = _kinds_in_order(before) if _LABELLED.search(before) else []
        # the words after a time up to the next time say its clock ("1 hour – During Business Hours"), else the
        # row's last cell after its last time does for all of them (a support-hours column: "4 hours 7.5/5")
        after = text[d.start : min(d.end + 40, times[n + 1].start if n + 1 < len(times) else len(text))]
        own = _clock(after, d) or _clock(text[times[-1].end : times[-1].end + 40], d)
        if labelled:
            record(labelled[-1], d, own)
            continue
        while at < len(slots) and slots[at][0] in filled:
            at += 1
        if at >= len(slots):
            break
        kind, clock, _ = slots[at]
        at, end = at + 1, d.end
        if kind is not None:
            record(kind, d, own or clock)
    next_kind = slots[at][0] if end is not None and at < len(slots) else None
    if next_kind is not None and end is not None and (bare := _bare_after(text, end, slots[at])) is not None:
        record(next_kind, bare, slots[at][1])


# a column timing something that is no kind: when the case is escalated (a column of updates holds frequencies,
# "Every 4 hours", which are no durations and take no column's place)
_OTHER_TIME = _re(r"escalation")
_COLUMN_START = _re(r"(?-i:[A-Z])")  # a column's name starts with a capital letter in a flattened header
_BARE_AFTER = re.compile(r"\s*(?P<num>\d{1,3}(?:\.\d+)?)(?=\s|$)")


def _run_slots(table: Table) -> list[_Column]:
    """The time columns a flattened table's header names after its level column, in order, each with the clock
    and unit its words give ("Response Time (in working hours)"), a column timing something else ("Escalation")
    as a column of no kind; [] when the header names no such column and states no clock or unit (the kinds'
    order then serves)."""
    text = " ".join(c.norm for c in table.header)
    start = max((m.end() for m in _COLUMN_OF_LEVELS.finditer(text)), default=0)
    marks: list[tuple[int, str | None]] = sorted(
        [(m.start(), "response") for m in _RESPONSE.finditer(text, start)]
        + [(m.start(), "resolution") for m in _RESOLUTION.finditer(text, start)]
        + [(m.start(), None) for m in _OTHER_TIME.finditer(text, start)],
        key=lambda mark: mark[0],
    )
    slots: list[_Column] = []
    seen: set[str] = set()
    for n, (at, kind) in enumerate(marks):
        if kind is not None and kind in seen:
            if marks[n - 1][1] == kind or not _COLUMN_START.match(text, at):
                continue  # the same column's words again ("Resolution/Workaround", "time to resolve")
            kind = None  # a second column of the kind ("Restore Goal … Resolve Goal"): the first one is the kind's
        if kind is not None:
            seen.add(kind)
        segment = text[at : marks[n + 1][0] if n + 1 < len(marks) else len(text)]
        _, clock, unit = _column(segment)
        slots.append((kind, clock, unit))
    if not seen or not any(k is None or clock or unit for k, clock, unit in slots):
        return []
    return slots


def _bare_after(text: str, end: int, slot: _Column) -> FoundDuration | None:
    _, _, unit = slot
    m = _BARE_AFTER.match(text, end)
    if unit is None or m is None or Decimal(m["num"]) <= 0:
        return None
    if any(d.start == m.start("num") for d in durations(text[: m.end() + 12])):
        return None  # the number opens a time of its own ("4 hours"), not a bare value
    try:
        return FoundDuration(Duration.parse(f"{m['num']} {unit}"), m.start("num"), m.end("num"))
    except ValueError:
        return None


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
    row: list[Sentence],
    header: list[Sentence],
    columns: list[_Column],
    levels: dict[str, _Level],
    hours: dict[int, str],
) -> bool:
    """A table with one column per level and one row per kind ("Metric | Standard | Priority",
    "First response | 1 business day | 4 business hours"): the header names the levels. An hours row above
    ("Hours | 24×7 | 24×7 | 8×5 | 8×5") gives each level's column its clock (en1117)."""
    if not row or any(k for k, _, _ in columns) or len(header) < 2:
        return False
    if len(header) < 3 and not (_level_in(header[1].norm) or _COLUMN_OF_LEVELS.search(header[0].norm)):
        return False  # a two-column table of labels and values ("甲方 | 杭州…有限公司" / "响应时间 | 2小时内响应"): no levels
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
        clock = _clock(cell.norm, found[0]) or _clock(label, found[0]) or hours.get(i)
        entry.times.setdefault(kinds[0], (found[0], clock, cell))
    return True


def _plan_grid_kind(table: Table, header: list[Sentence], columns: list[_Column], row: list[Sentence]) -> str | None:
    """A grid with plans as columns and levels as rows ("Priority | Starter | Pro | Enterprise", "Severity |
    Silver Partner | Gold Partner"): no header cell names a kind, clock or unit, the row holds times in two
    or more plan columns, and the lines above name the one kind every cell holds (the first they name:
    "Response Time Targets", "defined in terms of initial response time … does not guarantee resolution"), else the
    row's own label names it ("Priority Level 1 Response Time | 2 hours | 1 hour | 30 minutes")."""
    if not table.aligned or len(header) < 3 or len(row) != len(header) or any(any(c) for c in columns):
        return None
    # (extract33F) a header cell left empty over the rows' descriptions ("| Severity | | Premium | Premium Plus |")
    # heads no plan; one over a time, or over a level's name (a second header row "| Priority | | Enterprise |" over
    # "| 1 | Critical | 1 hour |"), does not
    if any(
        _level_in(h.norm) or (not h.norm.strip() and not _description(c))
        for h, c in zip(header[1:], row[1:], strict=True)
    ):
        return None
    if sum(1 for c in row[1:] if _cell_values(c, None)) < 2:
        return None
    own = _kinds_in_order(row[0].norm)  # the row's label names its kind ("Priority Level 1 Response Time")
    kinds = own if len(own) == 1 else _kinds_in_order(" ".join(table.intro[-2:]))
    if kinds:
        return kinds[0]
    return "response" if _bare_support_grid(table, header) else None


def _description(cell: Sentence) -> bool:
    """A cell of prose describing its row's level: four words or more (not a level's name), no time."""
    return len(cell.norm.split()) >= 4 and not _cell_values(cell, None)


# the corner cell of a grid whose rows are severities or priorities (not plans or tiers: those rows would be plans)
_SEVERITY_CORNER = _re(
    r"severity|priority|urgency|impact|\blevel\b|等级|等級|级别|級別|优先级|優先級|紧急程度|緊急程度"
)
# what a grid of plan columns holding times is not: prices, uptime and its credits
_NOT_SUPPORT = _re(
    r"price|pricing|fee\b|cost|credit|uptime|availability|\$|€|£|¥|%|价格|價格|费用|費用|赔偿|賠償|可用性"
)


def _bare_support_grid(table: Table, header: list[Sentence]) -> bool:
    """A severity × plan grid whose cells state bare times and which nothing names a kind of ("Severity level |
    Description | Flagship hosting | Basic hosting", "<15 minutes"): a support table's bare times are responses (the
    corpus keys' reading, en520, en534). Not when the corner cell names no severity axis, the intro names any kind,
    or the header speaks of prices, uptime or credits."""
    if not _SEVERITY_CORNER.search(header[0].norm) or _kinds_in_order(" ".join(table.intro)):
        return False
    return not any(_NOT_SUPPORT.search(h.norm) for h in header)


def _read_plan_row(
    row: list[Sentence],
    header: list[Sentence],
    level: tuple[str, str, str | None],
    level_cell: Sentence,
    kind: str,
    levels: dict[str, _Level],
    hours: dict[int, str],
) -> None:
    """Each plan's time is a level of its own: the row's level under that plan ("Urgent (Pro)"). The first
    plan with a time keeps the level's own key, so times stated elsewhere for the level (a resolution
    table under it) join it. A time without a clock of its own takes its plan's (``hours``, `plan_hours`)."""
    key, name, ident = level
    first = True
    for i, (cell, plan) in enumerate(zip(row[1:], header[1:], strict=False), 1):
        found = _cell_values(cell, None)
        if len(found) != 1:
            continue
        plan_name = plan.norm.strip()
        at = (key, name, ident) if first else plan_level(key, name, plan_name)
        first = False
        entry = levels.setdefault(at[0], _Level(*at))
        entry.named_at = entry.named_at or level_cell
        entry.times.setdefault(kind, (found[0], _clock(cell.norm, found[0]) or hours.get(i), cell))


# a cell holding a list, one item a line of its own in the page's markup (<br />, <li>): "超值：1 小時內",
# "Severity 1: less than 1 hour"; inline markup (<strong>) is dropped first
_INLINE_TAG = _re(r"</?(?:strong|b|em|i|span|a|code|u)\b[^>]*>")
_BLOCK_TAG = _re(r"<[^>]{1,40}>")
_ITEM = re.compile(r"\s*(?P<label>[^:：<>]{1,20}?)\s*[:：]\s*(?P<value>.+?)\s*")
# an item naming only when it is counted: business hours (zh-TW 作業時間, as IBM and Microsoft translate it)
# or the whole year round the clock (24 小時全年無休)
_ITEM_BUSINESS = _re(r"作業時間|作业时间|營業時間|营业时间|business hours|working hours|office hours")
_ITEM_24X7 = _re(r"24\s*小[时時]\s*,?\s*全年[无無]休|〔24x7〕")


def _items(text: str) -> list[tuple[str, str]]:
    """The labelled items of a cell listing them one a line ("label: value"); none for a plain cell."""
    parts = [p for p in _BLOCK_TAG.split(_INLINE_TAG.sub("", text)) if p.strip()]
    if len(parts) < 2:
        return []
    items = [(m["label"], m["value"]) for p in parts if (m := _ITEM.fullmatch(p))]
    return items if len(items) == len(parts) else []


_BETWEEN_TAGS = re.compile(r"[^<>]+")


def _item_sentence(cell: Sentence, value: str, after: int) -> tuple[Sentence, int]:
    """The evidence for one item of a cell's list: the first run of the cell's text between two tags, at
    ``after`` or later, that holds the item's value ("1 小時內" of "<li><strong>超值：</strong>1 小時內</li>",
    "嚴重性 1：少於一小時" of "嚴重性 1：少於一小時<br />"), so the quote carries no markup and points at the item;
    the whole cell when no run holds it. Also the position after that run, where the next item's run starts."""
    want = re.sub(r"\s+", "", value)
    for m in _BETWEEN_TAGS.finditer(cell.text, after):
        raw = m.group(0)
        text = raw.strip()
        if text and want in re.sub(r"\s+", "", normalise(text)):
            start = m.start() + len(raw) - len(raw.lstrip())
            return Sentence(text, normalise(text), cell.paragraph, cell.offset + start, cell.heading), m.end()
    return cell, after


def _item_clock(value: str) -> str | None:
    value = value.strip()
    return "24x7" if _ITEM_24X7.fullmatch(value) else "business" if _ITEM_BUSINESS.fullmatch(value) else None


def _read_plan_list(
    row: list[Sentence],
    i: int,
    level: tuple[str, str, str | None],
    level_cell: Sentence,
    kind: str,
    levels: dict[str, _Level],
) -> bool:
    """A level's cell listing one time per plan ("超值：1 小時內 / 進階：2 小時內 / 基本：N/A"): each plan's time is
    a level of its own; another cell of the row listing the same plans gives each its clock ("超值：24 小時全年無休
    / 進階：作業時間"). The first plan with a time keeps the level's own key."""
    items = _items(row[i].norm)
    if not items or any(_level_in(label) or _kinds_in_order(label) for label, _ in items):
        return False
    clocks: dict[str, str | None] = {}
    for j, other in enumerate(row):
        if j != i:
            for label, value in _items(other.norm):
                clocks.setdefault(label, _item_clock(value))
    key, name, ident = level
    first = True
    after = 0
    for label, value in items:
        found = [d for d in durations(value) if not d.duration.unit.is_calendar]
        if len(found) != 1:
            continue
        at = (key, name, ident) if first else plan_level(key, name, label)
        first = False
        entry = levels.setdefault(at[0], _Level(*at))
        entry.named_at = entry.named_at or level_cell
        item, after = _item_sentence(row[i], value, after)
        entry.times.setdefault(kind, (found[0], clocks.get(label) or _clock(value, found[0]), item))
    return not first


def _read_qualified_times(
    cell: Sentence, level: tuple[str, str, str | None], level_cell: Sentence, kind: str, levels: dict[str, _Level]
) -> bool:
    """A cell giving its times per plan or per severity ("1 hour (Premium), 4 hours (Standard)" in a severity's row,
    "1 hour (critical), 4 hours (high)" in a plan's row; see plan_times): each is a level of the row's level and the
    qualifier, named "<severity> (<plan>)" either way. Under a severity row the first plan keeps the row's level."""
    read = plan_times(cell.norm)
    if not read:
        return False
    key, name, ident = level
    for t in read:
        at: tuple[str, str, str | None]
        if _level_in(t.plan):  # the row is the plan, the bracket the severity
            at = (f"{key}@{t.plan.lower()}", f"{t.plan} ({name})", None)  # the plan's own name first
        elif t.plan == read[0].plan:
            at = (key, name, ident)
        else:
            at = plan_level(key, name, t.plan)
        entry = levels.setdefault(at[0], _Level(*at))
        entry.named_at = entry.named_at or level_cell
        entry.times.setdefault(t.kind or kind, (t.found, _clock(t.text, t.found), cell))
    return True


# a level named after its time in a cell listing them ("< 1 hour for Urgent < 4 hours for High")
_FOR_LEVEL = re.compile(
    r"\s*(?:[(（][^)）]{1,15}[)）]\s*)?for\s+(?P<label>[A-Za-z][\w-]*(?:\s+(?:severity|priority))?(?:\s+issues?)?)",
    re.IGNORECASE,
)


def _plan_names(table: Table, header: list[Sentence]) -> list[Sentence]:
    """The row naming the plans: the header, unless a row of prose under the plans took its place ("Plan coverage |
    Included with all subscriptions | …", read as a second header for naming the plan column)."""
    names = table.header
    if all(len(c.norm) <= 24 for c in header[1:]) or len(names) != len(header):
        return header
    if names and names[0].norm and not names[-1].norm:
        return [names[-1], *names[:-1]]  # its empty corner written last ("Standard | Gold | Platinum | |")
    return names


def _for_items(text: str) -> list[tuple[str, str]]:
    """A cell's times each followed by the level it is for, as (level, time) items; none unless every time in the
    cell is so followed and there are two or more."""
    found = durations(text)
    items: list[tuple[str, str]] = []
    for d in found:
        m = _FOR_LEVEL.match(text, d.end)
        if m is None or _level_in(m["label"]) is None:
            return []
        items.append((m["label"], text[d.start : m.start("label")].removesuffix("for ").strip()))
    return items if len(items) >= 2 else []


def _read_level_lists(
    row: list[Sentence], header: list[Sentence], levels: dict[str, _Level], hours: dict[int, str] | None = None
) -> bool:
    """A row naming one kind ("起始回應時間目標", "Initial response target") in a table with plans as columns,
    whose cells list one time per level ("嚴重性 1：少於一小時 / 嚴重性 2：少於二小時"): each level under each
    plan is a level of its own; the first plan with times keeps the levels' own keys."""
    if len(row) < 2 or len(row) != len(header) or _level_in(row[0].norm):
        return False
    kinds = _kinds_in_order(row[0].norm)
    if len(kinds) != 1:
        return False
    lists = [
        (n, cell, plan, items)
        for n, (cell, plan) in enumerate(zip(row[1:], header[1:], strict=False), 1)
        if (items := _items(cell.norm) or _for_items(cell.norm))
    ]
    if not lists or not all(_level_in(label) for _, _, _, items in lists for label, _ in items):
        return False
    first = True
    for n, cell, plan, items in lists:
        plan_name = plan.norm.strip()
        after = 0
        for label, value in items:
            found = [d for d in durations(value) if not d.duration.unit.is_calendar]
            key, name, ident = _level_in(label)  # type: ignore[misc]
            if len(found) != 1:
                continue
            at = (key, name, ident) if first else plan_level(key, name, plan_name)
            item, after = _item_sentence(cell, value, after)
            entry = levels.setdefault(at[0], _Level(*at))
            entry.named_at = entry.named_at or item
            # a time stating no clock takes its plan's (the grid's hours row: "8x5 | 24x5 | 24x7")
            clock = _clock(value, found[0]) or (hours or {}).get(n)
            entry.times.setdefault(kinds[0], (found[0], clock, item))
        first = first and not any(len(durations(v)) == 1 for _, v in items)
    return True
