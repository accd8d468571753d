"""Severity levels: response and resolution times per level, from sentences and table columns."""

from __future__ import annotations

import re
from typing import Any

from termsmith.extract.normalize import CLOCK_24X7, CLOCK_BUSINESS, normalise
from termsmith.extract.rules.context import Context, _re, clauses as _clauses
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact, durations

_RESPONSE = _re(r"响应|回应|響應|回應|回复|回覆|答复|答覆|受理|respon[ds]|acknowledg|first response")
# Starting work is the response, whatever it starts on: "commence work on resolving the deficiency within 4 hours",
# "开始处理", "着手解决". The phrase is rewritten to a response word before the verbs are read.
_START_WORK = _re(
    r"\b(?:commence|begin|start|initiate)s?\s+(?:work(?:ing)?\s+)?(?:on\s+|to\s+)?(?:resolv|fix|correct|restor|work)\w*"
    r"|(?:开始|開始|着手|著手)(?:处理|處理|解决|解決|修复|修復|排查)"
)
_RESOLUTION = _re(
    r"解决|解決|修复|修復|恢复|恢復|排除|处理完毕|處理完畢|内完成|內完成|[采採]取相[应應]措施|正常运行|正常運行|"
    r"resol|fix|restor|workaround|correct"
)
_LEVEL = _re(
    r"(?P<id3>\b[A-Za-z][\w-]{0,15})\s*\((?P<inner3>[^)]{1,14})\)\s*(?:级|級)|(?:severity|priority) level (?P<id3b>[A-Za-z][\w-]{0,15})\s*\((?P<inner3b>[^)]{1,20})\)|(?P<id>\bP[0-4]\b|\bS[1-4]\b|(?:severity|priority|level|sev)\s*[1-4]\b|[一二三四1-4]级(?=故障|问题|問題|事件|错误|錯誤)|[一二三四1-4]級)"
    r"(?:\s*[(（](?P<inner>[^)）]{1,12})[)）])?"
    r"|(?P<name>紧急|緊急|严重|嚴重|重大|重要|一般|轻微|輕微|次要|咨询|諮詢|critical|emergency|non-?urgent|urgent|major|minor|high|medium|low)"
    r"(?:\s*[(（](?P<inner2>P[0-4]|[^)）]{1,10})[)）])?(?=\s*(?:级|級|故障|问题|問題|错误|錯誤|事件|缺陷|[:：|]|priority|severity|issues?|problems?|incidents?|defects?|errors?|\s|$))"
)
_CLOCK_HINT_BUSINESS = _re(
    r"工作时间|工作時間|工作日|上班时间|上班時間|business hours|business days|working hours|"
    r"周一至周五|週一至週五|星期一至星期五|monday\s*(?:to|-|through)\s*friday|mon(?:day)?\s*[-–~]\s*fri(?:day)?|"
    r"\d{1,2}:\d\d\s*[-–~至到]\s*\d{1,2}:\d\d|" + re.escape(CLOCK_BUSINESS)
)


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


class _Level:
    def __init__(self, key: str, name: str, id_: str | None) -> None:
        self.key, self.name, self.id = key, name, id_
        self.times: dict[str, tuple[FoundDuration, str | None, Sentence]] = {}


def _clock(clause: str, duration: FoundDuration) -> str | None:
    if duration.business:
        return "business"
    if CLOCK_24X7 in clause:
        return "24x7"
    if _CLOCK_HINT_BUSINESS.search(clause):
        return "business"
    return None


def _level_in(text: str) -> tuple[str, str, str | None] | None:
    m = _LEVEL.search(text)
    if not m:
        return None
    if m["id3"] or m["id3b"]:
        ident, inner = m["id3"] or m["id3b"], m["inner3"] or m["inner3b"]
        return ident.lower(), inner.strip(), ident
    if m["id"]:
        ident = re.sub(r"\s+", " ", m["id"]).strip()
        name = m["inner"] or ident
        return ident.lower().replace(" ", ""), name.strip(), ident
    name = m["name"]
    inner = m["inner2"]
    # 紧急（P0）, 咨询（consult）: the id in brackets is the key the same level has elsewhere ("consult（咨询）级")
    ident = inner if inner and re.fullmatch(r"P[0-4]|[A-Za-z][\w-]{0,15}", inner) else None
    return (ident or name).lower(), name, ident


def _last_level_in(text: str) -> tuple[str, str, str | None] | None:
    last = None
    for m in _LEVEL.finditer(text):
        last = m
    return _level_in(text[last.start() :]) if last else None


_NEGATED = _re(r"(?:不能|无法|無法|未能|不能夠|不能够|cannot|can't|unable to)\s*(?:解决|解決|修复|修復|resolve|fix)")
_ON_SITE = _re(
    r"到达现场|到達現場|到现场|到現場|赶赴现场|趕赴現場|派员|派員|派工程师|派工程師|派技术|派技術|到场|到場|到府|上门|上門|协商|協商|on-?site|on site|dispatch"
)


def _as_response(m: re.Match[str]) -> str:
    """The same number of characters (offsets into the clause stay valid), read as a response."""
    word = "respond" if m.group(0).isascii() else "响应"
    return word.ljust(len(m.group(0)))


def _kind_of(clause: str, d: FoundDuration, following: str) -> str | None:
    """response / resolution for one duration: the verb right after it (zh: 2小时内响应),
    else the nearest before it (en: respond within 2 hours), else the next clause's start."""
    clause = _START_WORK.sub(_as_response, clause)
    following = _START_WORK.sub(_as_response, following)
    rest = _NEGATED.sub("", clause[d.end :])
    after = re.sub(r"^\s*\([^)]{0,40}\)", "", rest)[:16]
    if _ON_SITE.search(after):
        return None
    hits = [(m.start(), "response") for m in _RESPONSE.finditer(after)] + [
        (m.start(), "resolution") for m in _RESOLUTION.finditer(after)
    ]
    if hits:
        return min(hits)[1]
    before = _NEGATED.sub("", clause[max(0, d.start - 80) : d.start])
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
    return min(hits)[1] if hits else None


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


_COLUMN_OF_LEVELS = _re(r"severity|priority|level|等级|等級|级别|級別|优先级|優先級")
# what may follow a level's name on a line of its own ("Critical events", "P1 – Critical:", "紧急故障")
_NAME_ONLY = _re(
    r"\s*(?:[-–:：]\s*\w{0,12}\s*)?(?:级|級)?\s*(?:events?|incidents?|issues?|problems?|requests?|priority|severity|"
    r"故障|问题|問題|事件)?\s*[:：]?\s*$"
)
_LIST_INTRO = _re(r"[:：]\s*$|\bbelow\b|\bfollowing\b|如下|下列|以下")


class _LineLayout:
    """Two layouts without table cells.

    A table flattened to text: a header line naming the level column and the kinds in order
    ("Priority Description Response Updates Resolution"), then one line per level that starts with
    the level and holds its times in the header's order ("P2 … Within 1 hour … Within 1 business day").

    Level names on lines of their own under a sentence naming the kind ("we respond within the
    times below:" / "Critical events" / "- 30 minutes, 24/7")."""

    def __init__(self) -> None:
        self.columns: list[str] = []  # the flattened header's kinds, in order
        self.intro: str | None = None  # the kind the list intro names
        self.pending: tuple[str, str, str | None] | None = None  # a level named on its own line
        self.paragraph = -1  # the flattened row being read
        self.pending_at = -1  # the paragraph of the pending level: its time is on the next line

    def read(self, s: Sentence, levels: dict[str, _Level]) -> bool:
        """True when the sentence belongs to one of the layouts (and has been read)."""
        if s.paragraph.number == self.paragraph:
            return True
        found = [d for d in durations(s.norm) if not d.duration.unit.is_calendar]
        kinds = _kinds_in_order(s.norm)
        if not found and len(s.norm) <= 120 and len(kinds) >= 2 and _COLUMN_OF_LEVELS.search(s.norm):
            self.columns, self.pending, self.intro = kinds, None, None
            return True
        at_start = _LEVEL.match(s.norm.lstrip("-•*· "))
        if self.columns and s.offset == 0 and at_start:
            self.paragraph = s.paragraph.number
            self._flat_row(s, levels)
            return True
        self.columns = [] if s.offset == 0 else self.columns
        if kinds and not found and _LIST_INTRO.search(s.norm):
            self.intro = "response" if kinds[0] == "response" else "resolution"
            return True
        if self.intro and at_start and not found and _NAME_ONLY.match(s.norm.lstrip("-•*· ")[at_start.end() :]):
            self.pending, self.pending_at = _level_in(s.norm), s.paragraph.number
            return True
        if self.intro and self.pending and found and not kinds and s.paragraph.number == self.pending_at + 1:
            key, name, ident = self.pending
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.times.setdefault(self.intro, (found[0], _clock(s.norm, found[0]), s))
            self.pending = None
            return True
        return False

    def _flat_row(self, s: Sentence, levels: dict[str, _Level]) -> None:
        text = normalise(s.paragraph.text)
        level = _level_in(text)
        if level is None:
            return
        key, name, ident = level
        entry = levels.setdefault(key, _Level(key, name, ident))
        found = [d for d in durations(text) if not d.duration.unit.is_calendar]
        column = 0
        for n, d in enumerate(found):
            segment = text[d.start : found[n + 1].start if n + 1 < len(found) else len(text)]
            near = _kinds_in_order(text[max(0, d.start - 20) : d.start] + segment[:24])
            if near:
                kind = near[0]
            elif column < len(self.columns):
                kind = self.columns[column]
            else:
                break
            column = self.columns.index(kind) + 1 if kind in self.columns else column + 1
            entry.times.setdefault(kind, (d, _clock(segment, d), s))


def _kinds_in_order(text: str) -> list[str]:
    """response / resolution in the order the text names them, each once."""
    hits = sorted(
        [(m.start(), "response") for m in _RESPONSE.finditer(text)]
        + [(m.start(), "resolution") for m in _RESOLUTION.finditer(text)]
    )
    out: list[str] = []
    for _, kind in hits:
        if kind not in out:
            out.append(kind)
    return out


def _prose(
    text: str,
    s: Sentence,
    levels: dict[str, _Level],
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]],
) -> None:
    """Times in a sentence written as prose: the verb next to each duration gives its kind."""
    if not (_RESPONSE.search(text) or _RESOLUTION.search(text)):
        return
    clauses = _clauses(text)
    for n, (offset, clause) in enumerate(clauses):
        following = clauses[n + 1][1] if n + 1 < len(clauses) else ""
        for duration in durations(clause):
            if duration.duration.unit.is_calendar:
                continue
            kind = _kind_of(clause, duration, following)
            if kind is None:
                continue
            # a level named earlier in the sentence governs this clause; one named only later does not
            # ("接报修后30分钟内响应,一般问题2小时内解决": the response is for every problem)
            level = _level_in(clause) or _last_level_in(text[:offset])
            if level is None:
                untiered.append((kind, duration, _clock(clause, duration), s))
                continue
            key, name, ident = level
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.times.setdefault(kind, (duration, _clock(clause, duration), s))


def severity_levels(ctx: Context) -> None:
    levels: dict[str, _Level] = {}
    untiered: list[tuple[str, FoundDuration, str | None, Sentence]] = []
    table = _Table()
    layout = _LineLayout()
    previous: Sentence | None = None
    for s in ctx.sentences:
        if "|" in s.norm:
            if table.paragraph != s.paragraph.number - 1:
                table = _Table()
                if previous is not None and (_RESPONSE.search(previous.norm) or _RESOLUTION.search(previous.norm)):
                    table.intro = "response" if _RESPONSE.search(previous.norm) else "resolution"
            table.paragraph = s.paragraph.number
            _table_row(ctx, s, table, levels)
            for cell in _cells(s.norm):  # a cell written as prose ("乙方须在3个工作日内发补丁解决;…")
                if _RESPONSE.search(cell) or _RESOLUTION.search(cell):
                    for part in re.split(r"(?<=[。;；])", cell):
                        if part.strip() and len(part) > 16:
                            _prose(part, s, levels, untiered)
            previous = s
            continue
        previous = s
        if layout.read(s, levels):
            continue
        _prose(s.norm, s, levels, untiered)
    tiers = [lv for lv in levels.values() if "response" in lv.times or "resolution" in lv.times]
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
