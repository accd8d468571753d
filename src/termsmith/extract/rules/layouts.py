"""Layouts without table cells that a severity-level table is printed in: each reader takes the
sentences it recognises and fills the levels. (Tables whose cells can be told apart, with
or without separators, are rebuilt as rows × columns by `tables.find_tables` first.)

- `_LabelValue`: labels and values on lines of their own (a card per level).
- `_LineLayout`: level names listed under an intro naming the kind."""

from __future__ import annotations

import re

from termsmith.extract.normalize import normalise  # memoised per document
from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import (
    _LEVEL,
    _LIST_INTRO,
    _NAME_ONLY,
    PLAN_WORD,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    level_key,
    not_a_limit,
    plan_level,
    resolution_months,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations


class _LineLayout:
    """Level names on lines of their own under a sentence naming the kind ("we respond within the
    times below:" / "Critical events" / "- 30 minutes, 24/7"). (A flattened table with one line per
    row is a table of runs: `tables.find_tables`.)"""

    def __init__(self) -> None:
        self.intro: str | None = None  # the kind the list intro names
        self.pending: tuple[str, str, str | None] | None = None  # a level named on its own line
        self.pending_at = -1  # the paragraph of the pending level: its time is on the next line

    def read(self, s: Sentence, levels: dict[str, _Level]) -> bool:
        """True when the sentence belongs to the layout (and has been read)."""
        found = [d for d in durations(s.norm) if not d.duration.unit.is_calendar]
        kinds = _kinds_in_order(s.norm)
        at_start = _LEVEL.match(s.norm.lstrip("-•*· "))
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


# "Severity Level 1" names the level "Level 1", a heading "Priority CRITICAL" the level "CRITICAL"; bullets and
# numbering before a label are not part of it
_LABEL_LEAD = _re(
    r"^[\s\-–•*·●▪■◆]+|^(?:severity|priority)\s+(?=level\s*\d)|^(?:severity|priority)\s+"
    r"(?=(?:critical|urgent|emergency|high|medium|moderate|normal|low|major|minor)\s*$)"
)
_SHORT = 60  # longest line still read as one cell or one label


def _bare(s: Sentence) -> str | None:
    """The line's text without bullets when the sentence is a short line of its own, else None."""
    if s.offset != 0 or len(s.paragraph.text) > _SHORT * 2:
        return None
    text = _LABEL_LEAD.sub("", _REMARK.sub("", normalise(s.paragraph.text))).strip()  # a bullet is no part of it
    return text if len(text) <= _SHORT else None


# a long remark in brackets closing a line ("First Response 1 Hour (Please note this is only available to …)"), or
# examples in brackets closing a heading ("Critical Issues (e.g., platform outages):"), is no part of its label or
# value; a short one may be a level's name ("P1 (Critical)") and stays
_REMARK = _re(
    r"\s*[(（][^()（）]{20,}[)）][.。:：]?\s*$|\s*[(（](?:e\.g\.|i\.e\.|for example|such as|例如|如)[^()（）]*[)）][.。:：]?\s*$"
)
# a card's heading that is no level word ("Backup Priority", "Change Request", "24 Hour Case", "变更请求"):
# a short title line right after the value line that closed the card above
_CARD_TITLE = _re(r"(?:(?-i:[A-Z0-9])[\w&/-]*)(?:\s+(?-i:[A-Z0-9])[\w&/-]*){0,3}|[\u4e00-\u9fff]{2,10}")


# a line holding only a letter (a footnote mark may follow: "A1") names a level ranked by letters
_LETTER_ONLY = _re(r"(?P<letter>[A-D])[¹²³1-3]?")


# a list number before a level heading ("1-Critical", "2. P1级:…", "(3) 三级故障")
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}\s*[-–.、．)）]|[(（]\d{1,2}[)）])\s*")
# a heading's short description after its level ("P0级:系统瘫痪", "P1 - Critical outage", "一级故障:全部停止")
_HEADING_REST = re.compile(r"\s*[级級]?\s*(?:故障|问题|問題|事件)?\s*[-–—:：]\s*[^:：]{1,50}")


# bullets before a line's first word
BULLETS = "-–•*·●▪■◆ \t"
# a level id, then a dash or colon and its description ("P1 - Severe operational problem that results in …")
_DESCRIBED = re.compile(r"\s*[-–—:：]\s*\S")


def _described_heading(s: Sentence) -> tuple[str, str, str | None] | None:
    """The level a card's heading line names by its id before a description of any length, when the line holds
    no time ("P1 - Severe operational problem that results in a significant loss …", a "workaround" in it
    included): the short headings of the same cards are read by `_level_label`, the long ones were lost."""
    if s.offset != 0:
        return None
    text = _LIST_NUMBER.sub("", normalise(s.paragraph.text).lstrip(BULLETS))
    m = _LEVEL.match(text)
    if not m or not m["id"] or not _DESCRIBED.match(text, m.end()) or durations(text):
        return None
    return _level_in(text)


def _level_label(text: str) -> tuple[str, str, str | None] | None:
    """The level a line names when it names only that ("P1", "Severity Level 2", "紧急故障", "P1 – Critical",
    "第二級 急迫", a letter "B" on its own line, "1-Critical"), or that and a short description with no time
    ("P0级:系统瘫痪")."""
    if letter := _LETTER_ONLY.fullmatch(text):
        return level_key(letter["letter"]), letter["letter"], letter["letter"]
    text = _LIST_NUMBER.sub("", text)
    m = _LEVEL.match(text)
    if not m or durations(text):
        return None
    if not (_NAME_ONLY.match(text[m.end() :]) or _HEADING_REST.fullmatch(text, m.end())):
        return None
    return _level_in(text)


# a label line naming the resolution by a word that elsewhere names other things ("Remediation", "Target
# Completion", "修复完成"): on a short label line of its own it is the column or row of the fix
_RESOLUTION_LABEL = _re(
    r"(?:(?:target|targeted|estimated)\s+)?(?:remediation|completion)(?:\s+(?:time|target|sla))?s?\s*[:：]?"
)


def _kind_label(text: str) -> str | None:
    """response / resolution when the line is a label naming that kind ("First response", "解决时间:")."""
    if durations(text) or len(text) > 48:
        return None
    kinds = _kinds_in_order(text)
    if not kinds and _RESOLUTION_LABEL.fullmatch(text):
        return "resolution"
    return kinds[0] if len(kinds) == 1 else None


def _values(text: str) -> list[FoundDuration]:
    """The durations of a value cell ("15 minutes", "2 hours (24x7x365)", "4 Business Hours*", "30分钟内")."""
    return [d for d in durations(text) if not d.duration.unit.is_calendar and not not_a_limit(text, d)]


def _level_row(text: str) -> tuple[tuple[str, str, str | None], FoundDuration] | None:
    """A line that is a level and one time only ("P1 4 business hours", "Sev 2 - 8 hours", "紧急 30分钟")."""
    m = _LEVEL.match(text)
    found = durations(text)
    if m is None or len(found) != 1 or _kinds_in_order(text) or found[0].duration.unit.is_calendar:
        return None
    between, after = text[m.end() : found[0].start], text[found[0].end :]
    if not re.fullmatch(r"[\s:：\-–—|]*(?:within|in|≤|<=)?\s*", between, re.I):
        return None
    if after.strip(" .。)）") and not _ATTAINMENT.fullmatch(after):
        return None
    level = _level_in(text)  # the same match, with what follows it ("Normal 32 …" names a level, "Normal" alone not)
    return (level, found[0]) if level else None


# the share of requests a target must be met for, after a row's time ("Urgent 8 business hours 80%")
_ATTAINMENT = re.compile(r"\s*\d{1,3}(?:\.\d+)?\s*%\s*")


def _kind_led_row(text: str) -> str | None:
    """The kind a flattened table's row names before its level, once for the rows under it ("Respond Critical 1
    hour 90% …" / "Urgent 8 business hours 80%" / … / "Resolve Critical 4 hours …"): the row is read as prose,
    and the level rows right under it take its kind."""
    m = _LEVEL.search(text[:40])  # the level stands among the row's first words
    if m is None or m.start() == 0 or m.start() > 24 or durations(text[: m.start()]):
        return None
    kinds = _kinds_in_order(text[: m.start()])
    return kinds[0] if len(kinds) == 1 and durations(text[m.end() :]) else None


# a line that is one value and no more: "within" before it, a short remark in brackets or a mark after it
_VALUE_CELL = _re(r"\s*(?:within|up to|in|under|≤|<=?)?\s*\|\s*(?:[(（][^()（）]{0,30}[)）])?[\s*.。]*")
# lines from a card's level heading to its run of kind labels, when the card describes the level first
# (a description, bullets, an impact) and then gives its labels and their values as two runs
_CARD_REACH = 24


class _LabelValue:
    """Labels and values on lines of their own: a level heading, then a kind label, then its time
    ("P1" / "First response" / "15 minutes" / "Target resolution" / "4 business hours"), or a kind
    label over level/value pairs ("响应时间" / "紧急" / "30分钟" / "一般" / "2小时"). A value counts only
    on the line right after a label; a "kind: value" line counts under a level heading a few lines up.
    A stacked card gives its labels as one run and its values as the next, in the same order ("Response" /
    "Remediation" / "1 - 2 Hours" / "4 Hours"): the n-th value is the n-th label's."""

    def __init__(self, cards: dict[int, tuple[str, str, str | None]] | None = None) -> None:
        self.cards = cards or {}  # headings of cards that no level word names (`card_siblings`)
        self.level: tuple[str, str, str | None] | None = None
        self.kind: str | None = None
        self.label_at = -10  # the paragraph of the last label line
        self.level_at = -10
        self.value_at = -10  # the paragraph of the last value read
        self.row_at = -10  # the paragraph of the last "level time" row under a kind label
        self.opening: tuple[int, str] = (-10, "")  # the last paragraph's first sentence, a kind-led row perhaps
        self.run: list[str] = []  # kind labels on consecutive lines, the last at label_at
        self.run_level_at = -10  # the level heading's line when the run began

    def read(self, s: Sentence, levels: dict[str, _Level]) -> bool:
        text = _bare(s)
        number = s.paragraph.number
        previous, self.opening = self.opening, (number, s.norm) if s.offset == 0 else self.opening
        if text is None:
            if level := _described_heading(s):  # a card's heading whose description runs long
                self.level, self.level_at, self.label_at = level, number, number
            return False
        if (
            number == previous[0] + 1
            and number not in (self.label_at + 1, self.row_at + 1)
            and _LEVEL.match(text)
            and (led := _kind_led_row(previous[1]))
        ):
            self.kind, self.label_at = led, previous[0]  # the row above named the kind (it was read as prose)
        if self.kind and number in (self.label_at + 1, self.row_at + 1) and (row := _level_row(text)):
            # rows of a kind's column, each naming its own level ("First Response Target" / "P1 4 business
            # hours" / "P2 8 business hours"): the row's level, not the level heading above the label
            row_level, row_found = row
            saved, self.level = self.level, row_level
            self._record(self.kind, row_found, s, text, levels)
            self.level, self.row_at = saved, number
            return True
        if level := self.cards.get(number) or _level_label(text) or _timed_heading(text):  # (its own time: prose)
            self.level, self.level_at, self.label_at = level, number, number
            return False
        if kind := _kind_label(text):
            if number == self.label_at + 1 and self.run and kind not in self.run:
                self.run.append(kind)
            else:
                self.run, self.run_level_at = [kind], self.level_at
            self.kind, self.label_at = kind, number
            return False
        if (stacked := self._stacked(text, number)) is not None:
            self._record(stacked[0], stacked[1], s, text, levels)
            return True
        if self.level is not None and number == self.value_at + 1 and _card_title(text):
            self.level, self.level_at, self.label_at = (f"card:{text.lower()}", text, None), number, number
            return False
        kinds = _kinds_in_order(text)
        found = _values(text) or resolution_months(text)
        if not found or self.level is None or number - self.level_at > 8:
            return False
        if (own := _LEVEL.match(_LIST_NUMBER.sub("", text))) and _level_in(own.group(0)) != self.level:
            return False  # the line names its own level ("一级优先权:24小时内提供解决方案" under 三级故障's heading)
        if not kinds and self.kind and number == self.label_at + 1:
            self._record(self.kind, found[0], s, text, levels)
            return True
        if len(kinds) == 1 and len(found) == 1 and len(text) <= 48:  # "First response: 15 minutes"
            self._record(kinds[0], found[0], s, text, levels)
            return True
        return False

    def _stacked(self, text: str, number: int) -> tuple[str, FoundDuration] | None:
        """The kind and time of a value line under a run of two or more labels: the n-th line after the run is
        the n-th label's value, when every line between is a single value too (a card's level above the run)."""
        at = number - self.label_at - 1
        if len(self.run) < 2 or not 0 <= at < len(self.run) or self.level is None:
            return None
        if self.run_level_at != self.level_at or self.label_at - len(self.run) + 1 - self.level_at > _CARD_REACH:
            return None
        found = _values(text)
        if len(found) != 1 or not _VALUE_CELL.fullmatch(text[: found[0].start] + "|" + text[found[0].end :]):
            self.run = []  # the run is no card's: its values are not one a line
            return None
        if at == 0:
            self.value_at = self.label_at  # the first value of the run (the next ones follow it)
        return (self.run[at], found[0]) if number == self.value_at + 1 else None

    def _record(self, kind: str, d: FoundDuration, s: Sentence, text: str, levels: dict[str, _Level]) -> None:
        assert self.level is not None
        key, name, ident = self.level
        entry = levels.setdefault(key, _Level(key, name, ident))
        entry.times.setdefault(kind, (d, _clock(text, d), s))
        self.value_at = s.paragraph.number


# a label line of another kind ("Update Frequency 2 Hours", "Escalation Daily", "Definition …", "更新频率 每天"):
# its label opens it, or a value (a frequency, N/A) closes it
_OTHER_LABEL = _re(
    r"^(?:updates?|update frequency|progress|escalation|status|availability|definition|description|examples?|impact|"
    r"urgency|hours|coverage|更新|进展|進展|升级|升級|定义|定義|说明|說明|描述|示例|影响|影響)\b|"
    r"\b(?:daily|weekly|hourly|monthly|n/?a|none|tbc|tbd|best effort|as required|每天|每日|每周|每週|每小时|每小時)$"
)


def _card_title(text: str) -> bool:
    """A short title naming no kind, and neither a value alone nor a label line of another kind ("24 Hour Case"
    is a title; "4 Working Hours" a value; "Update Frequency 2 Hours" a label line)."""
    if not _CARD_TITLE.fullmatch(text) or _kinds_in_order(text) or _OTHER_LABEL.search(text):
        return False
    found = durations(text)
    return not found or bool(text[found[-1].end :].strip())


# a numbered line naming a class of problems ("(1)非质量类问题反馈", "2. Billing questions:"): the vendor's own level
_NUMBERED_CLASS = _re(
    r"[(（]?\d{1,2}[)）.、]\s*(?P<name>[^,，。:：;；\d]{1,16}?(?:问题|問題|故障|事件|请求|請求|需求|"
    r"issues?|problems?|requests?|incidents?|questions?))\s*(?:反馈|反饋|处理|處理)?\s*[:：]?"
)


def _numbered_class(text: str) -> tuple[str, str, str | None] | None:
    m = _NUMBERED_CLASS.fullmatch(text)
    if m is None or durations(text):
        return None
    name = m["name"].strip()
    return f"class:{name.lower()}", name, None


_DESCRIPTION = _re(r"[(（][^()（）]*[)）]")  # a line that is only a bracketed description ("(例:網站無法連線)")


_HEADING_REACH = 10  # lines a level heading governs when its definition and promise follow on lines of their own
# a line that is a label's and the heading's own (a promise, a kind, a definition), not prose of its own
_NO_LEVEL_HEAD = _re(
    r"\s*(?:[-•*·●▪]\s*)?(?:我们的|我們的|our\s+)?(?:(?:target|targeted|initial|first|guaranteed|expected|estimated)\s+)?"
    r"(?:承诺|承諾|commitment|promise|response|resolution|completion|remediation|响应|響應|回应|回應|"
    r"解决|解決|修复|修復|处理|處理)[^:：]{0,12}[:：]"
)


def _timed_heading(text: str) -> tuple[str, str, str | None] | None:
    """A level heading whose short description holds a time ("1. P0级:紧急响应(24小时内闭环)"): the lines
    under it are that level's, as under a heading without one."""
    text = _LIST_NUMBER.sub("", text)
    m = _LEVEL.match(text)
    if m is None or len(text) > 40 or not _HEADING_REST.fullmatch(text, m.end()):
        return None
    return _level_in(text)


_LABEL_ALONE = re.compile(r"[^:：]{1,20}[:：]\s*")

# a list item opening with a level, perhaps qualified ("Very High") and glossed in brackets, before a colon and its
# description ("• Very High (System-Wide Outage): A problem affecting …"); its child items' kind lines ("• Target
# Response: 1 hour") are that level's
_ITEM_HEAD = _re(
    r"(?P<name>(?P<very>(?:very|extremely)\s+)?(?P<word>[^:：(（]{1,24}?)\s*(?:[(（][^()（）]{1,40}[)）])?)\s*[:：]\s*\S"
)
_LEVEL_WORD_ONLY = _re(r"\s*(?:priority|severity|level|issues?|incidents?|problems?)?\s*")


def _item_heading(s: Sentence) -> tuple[str, str, str | None] | None:
    """The level a list item's opening names before its colon, when the item states no time of its own."""
    if s.offset != 0:
        return None
    text = _LIST_NUMBER.sub("", normalise(s.paragraph.text).lstrip(BULLETS))
    m = _ITEM_HEAD.match(text)
    word = _LEVEL.match(m["word"]) if m else None
    if m is None or word is None or not _LEVEL_WORD_ONLY.fullmatch(m["word"], word.end()):
        return None
    if durations(text) or _kinds_in_order(m["name"]) or (level := _level_in(m["word"])) is None:
        return None
    key, _, ident = level
    name = m["name"].strip()
    return (level_key(m["very"] + key) if m["very"] else key), name, ident


# an item under a level's heading that names a plan ("- Priority Plan: 15-minute initial response", "- 旗舰套餐：15分钟")
_PLAN_ITEM = re.compile(r"\s*[-–•*·●▪]\s*(?P<plan>[^:：\d]{2,30}?)\s*[:：]\s*\S")


def _plan_item(s: Sentence) -> str | None:
    """The plan a list item under a level's heading names, when its label is a plan's and no level's or kind's."""
    m = _PLAN_ITEM.match(s.norm) if s.offset == 0 else None
    if m is None or not PLAN_WORD.search(m["plan"]) or _level_in(m["plan"]) or _kinds_in_order(m["plan"]):
        return None
    return m["plan"].strip()


class _LevelHeading:
    """A level's name on a line of its own (its bracketed description may follow on the next line): the
    prose line right under it is that level's ("緊急" / "(例:網站無法連線)" / "將於1~3hr內回覆 …"); a list of plans
    right under it ("- Priority Plan: 15-minute response" / "- Remote Plan: 30-minute response") gives each plan's
    line that level under the plan."""

    def __init__(self) -> None:
        self.level: tuple[str, str, str | None] | None = None
        self.at = -10
        self.label_at = -10  # a promise's label line alone under the heading
        self.item_at = -10  # the last plan item under the heading

    def level_for(self, s: Sentence) -> tuple[str, str, str | None] | None:
        """The level the sentence's line sits under, or None; a heading or description line is remembered."""
        text = _bare(s)
        number = s.paragraph.number
        if text is not None and (level := _level_label(text) or _numbered_class(text)):
            self.level, self.at = level, number
            return None
        if text is None and (level := _described_heading(s)):
            self.level, self.at = level, number  # a card's heading whose description runs long
            return None
        if text is not None and (level := _timed_heading(text)):
            self.level, self.at = level, number  # its own time is read with its own level, as prose
            return None
        if level := _item_heading(s):
            self.level, self.at = level, number  # a parent item: its child items' kind lines are its level's
            return None
        if s.offset == 0 and number == self.at + 1 and _DESCRIPTION.fullmatch(normalise(s.paragraph.text).strip()):
            self.at = number
            return None
        if self.level is not None and number in (self.at + 1, self.item_at + 1) and (plan := _plan_item(s)):
            self.item_at = number
            return plan_level(self.level[0], self.level[1], plan)
        if self.level is not None and number - self.at <= _HEADING_REACH:
            if _NO_LEVEL_HEAD.match(s.norm):  # under the heading's definition ("我们的承诺:…", "Response Time: …")
                self.label_at = number if _LABEL_ALONE.fullmatch(s.norm) else -10
                return self.level
            if number == self.label_at + 1:  # the promise on the line after its label line ("我们的承诺:")
                return self.level
        return self.level if number == self.at + 1 else None
