"""The last reading of a document whose levels no other reader found: a run of short lines naming kinds and no
time ("Acknowledgment" / "Troubleshooting", "Response Times:") heads a block; below it, each level a line names
("Critical", "Level 1: Within 4 business hours", "P2 - 2 hours") takes the times that follow it, up to the next
level, one kind after another in the order the head named them. It is layout-agnostic on purpose: a table copied as
one cell a line, a list under a label and a card per level all read the same way, whichever words the vendor chose
for its columns. It runs only when the document gave no level time and no untiered promise otherwise, so it never
overrides a reader that understood the layout."""

from __future__ import annotations

import re

from termsmith.extract.rules.duration_grid import duration_grid
from termsmith.extract.rules.level_grid_rows import grid_rows
from termsmith.extract.rules.level_header_rows import level_header_rows
from termsmith.extract.rules.level_words import (
    _LEVEL,
    _RECEIPT,
    _RESOLUTION,
    _RESPONSE,
    STAGE_OR_VARIANT,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
    not_a_limit,
    plan_level,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_HEAD_LINE = 40  # the longest line read as part of a head naming kinds
_TITLE = 120  # the longest line read as a title naming kinds ("… – Response Time Service Level Agreements (SLA)")
_REACH = 40  # paragraphs a head governs
_ITEM = 120  # the longest line read as a level's line or its time's line, unless its level opens it and a time ends it
_TAIL = 12  # what may follow the time closing a long level paragraph ("30 Minutes", "4 hours*", "1 Hour (24x7)")


_SENTENCE_END = re.compile(r"[.。:：;；!?！？]\s*$")
_TIMES_TITLE = re.compile(r"\b(?:times?|targets?|SLAs?|service levels?)\b|时间|時間|时限|時限|时效|時效", re.I)


def _head_kinds(s: Sentence) -> list[str] | None:
    """The kinds a short line without a time names ([] for a short line naming none); None for any other line."""
    text = s.norm.strip()
    if len(text) > _TITLE or durations(text):
        return None
    if len(text) <= _HEAD_LINE:
        return _kinds_in_order(text)
    # a longer line heads a block only as a title naming times ("… – Response Time Service Level Agreements (SLA)"),
    # not as a sentence, a lead into a list or a level's description ("a workaround exists")
    if _SENTENCE_END.search(text) or not _TIMES_TITLE.search(text):
        return None
    return _kinds_in_order(text) or None


# an item naming what it is for in words of its own before its time ("Production down – 1 hour", "系统瘫痪：30分钟",
# "- Questions: within 2 business days")
_NAMED_ITEM = re.compile(
    r"^[-–•*·●▪]?\s*(?P<name>[^\d:：\-–—|]{2,40}?)\s*[:：\-–—]\s*(?:within\s+|in\s+|不超过|不超過)?$", re.I
)


_BULLET = re.compile(r"[-–•*·●▪\s]*(?:\d{1,2}[.、)）]\s*)?")


def _item_level(text: str, found: list[FoundDuration]) -> tuple[str, str, str | None] | None:
    """The level a line names before its time: a level word, else an item's own name ("Production down – 1 hour")
    when nothing but its times and a few characters follow."""
    before = text[: found[0].start] if found else text
    if (lead := _LEVEL.match(before, _lead(before))) is not None:
        return _level_in(lead.group(0))  # a level opening the line, not one a description mentions
    if not found:
        return None
    m = _NAMED_ITEM.match(before)
    if m is None or len(text) - found[-1].end > 12:
        return None
    name = m["name"].strip()
    return name.lower(), name, None


def _slots(run: list[str]) -> list[str | None]:
    """The kind each time of a level takes, in order: the kinds each head line names, line after line; of an
    acknowledge line and a respond line, the respond line is the response and the acknowledgement's time is read as
    none (the receipt of the request, as the table reader and the corpus keys have it)."""
    lines: list[list[str | None]] = [list(_kinds_in_order(line)) for line in run]
    receipts = [i for i, line in enumerate(run) if lines[i] == ["response"] and _RECEIPT.search(line)]
    if receipts and sum(k == "response" for kinds in lines for k in kinds) > len(receipts):
        for i in receipts:
            lines[i] = [None]
    return [k for kinds in lines for k in kinds]


def _slot_plans(run: list[str]) -> list[str | None]:
    """The plan each slot is for, when head lines name one kind each after a plan's name ("Gold Response Times" /
    "Platinum Response Times": a plan per column, the times row holding each plan's time); else no plan."""
    plans: list[str | None] = []
    for line in run:
        kinds = _kinds_in_order(line)
        m = _RESPONSE.search(line) or _RESOLUTION.search(line) if len(kinds) == 1 else None
        plan = line[: m.start()].strip(" |:：-–—") if m else ""
        plans += [plan if plan and not STAGE_OR_VARIANT.search(plan) else None] * len(kinds)
    kinds_of = [k for line in run for k in _kinds_in_order(line)]
    repeated = {k for k in kinds_of if kinds_of.count(k) > 1}
    named = [p for p, k in zip(plans, kinds_of, strict=True) if k in repeated]
    if not repeated or None in named or len(set(named)) != len(named):
        return [None] * len(kinds_of)
    return [p if k in repeated else None for p, k in zip(plans, kinds_of, strict=True)]


# a label before a colon opening a long paragraph ("Normal SEV3: <its definition> 8 Hours")
_LABEL = re.compile(r"[-–•*·●▪\s]*(?P<label>[^:：.。;；]{2,30}?)\s*[:：]")


def _lead(text: str) -> int:
    bullet = _BULLET.match(text)
    return bullet.end() if bullet else 0


def _limits(text: str) -> list[FoundDuration]:
    return [d for d in durations(text) if not d.duration.unit.is_calendar and not not_a_limit(text, d)]


def _long_item(part: list[Sentence]) -> tuple[tuple[str, str, str | None], FoundDuration, Sentence] | None:
    """A paragraph too long for a line of a list, read as one level when a level's label opens it and a time closes
    it ("Urgent SEV1: <a definition of several sentences> 30 Minutes"): the closing time is the level's, the times
    inside its definition are not."""
    first, last = part[0].norm.strip(), part[-1].norm.strip()
    found = _limits(last)
    if not found or len(last) - found[-1].end > _TAIL:
        return None
    m = _LABEL.match(first)
    if m is not None and (level := _level_in(m["label"])) is not None:
        return (level[0], m["label"].strip(), level[2]), found[-1], part[-1]
    if (lead := _LEVEL.match(first, _lead(first))) is not None and (level := _level_in(lead.group(0))) is not None:
        return level, found[-1], part[-1]
    return None


def _paragraphs(sentences: list[Sentence]) -> list[list[Sentence]]:
    out: list[list[Sentence]] = []
    for s in sentences:
        if out and out[-1][-1].paragraph is s.paragraph:
            out[-1].append(s)
        else:
            out.append([s])
    return out


class _Block:
    """The levels read under the heads so far, and where the reading stands."""

    def __init__(self) -> None:
        self.slots: list[str | None] = []
        self.plans: list[str | None] = []  # the plan each slot is for (head lines naming plans), else None
        self.head_at = -1_000
        self.run: list[str] | None = None  # the head lines naming kinds read so far in a row
        self.level: tuple[str, str, str | None] | None = None
        self.level_at: Sentence | None = None
        self.used = 0
        self.read: dict[str, _Level] = {}
        # a set of levels read again for a kind it already has, after a plain short line and under no new head, is
        # another plan's card or table: a group of its own, named by the shortest line of the last run of plain
        # short lines before it ("Essentials", "Enterprise"); under a new head the first reading stands
        self.group = 0
        self.titles: list[str | None] = []
        self.plain: list[str] = []
        self.after_plain = False
        self.titled = False  # a plain line came since the last time read, and no head

    def name(self, level: tuple[str, str, str | None], s: Sentence) -> None:
        self.level, self.level_at, self.used = level, s, 0

    def take(self, found: list[FoundDuration], text: str, s: Sentence) -> None:
        """The level's next slots take these times."""
        if self.level is None:
            return
        for d in found:
            if self.used >= len(self.slots):
                break
            kind = self.slots[self.used]
            plan = self.plans[self.used] if self.used < len(self.plans) else None
            self.used += 1
            if kind is None:
                continue
            key, name, ident = self.level
            if plan is not None and plan != next(p for p in self.plans if p):
                key, name, ident = plan_level(key, name, plan)  # the first plan keeps the level's own key
            if kind in self._entry(key).times and self.titled:
                self.group += 1
            self.titled = False
            if len(self.titles) <= self.group:
                self.titles.append(min(self.plain, key=len) if self.plain else None)
            entry = self.read.setdefault(self._key(key), _Level(self._key(key), name, ident))
            entry.named_at = entry.named_at or self.level_at
            entry.times.setdefault(kind, (d, _clock(text, d), s))

    def _key(self, key: str) -> str:
        return f"{self.group}|{key}" if self.group else key

    def _entry(self, key: str) -> _Level:
        return self.read.get(self._key(key)) or _Level(key, "", None)

    def levels(self) -> dict[str, _Level]:
        """The levels read, each named by its group's title when there are several groups."""
        if self.group == 0:
            return self.read
        for key, entry in self.read.items():
            group = int(key.partition("|")[0]) if "|" in key else 0
            if group < len(self.titles) and (title := self.titles[group]):
                entry.name = f"{title} {entry.name}"
        return self.read

    def _plain(self, text: str, head: list[str] | None) -> None:
        if head == [] and not _level_in(text):
            self.plain = [*self.plain, text] if self.after_plain else [text]
            self.after_plain = self.titled = True
        else:
            self.after_plain = False

    def line(self, s: Sentence) -> None:
        text = s.norm.strip()
        head = _head_kinds(s)
        self._plain(text, head)
        if head and not _level_in(text):
            self.run = [*(self.run or []), text]
            self.slots, self.head_at, self.level, self.used = _slots(self.run), s.paragraph.number, None, 0
            plans = _slot_plans(self.run)
            self.plans = plans if len(plans) == len(self.slots) else []
            self.titled = False
            return
        self.run = None if head is None or _level_in(text) else self.run
        if len(text) > _ITEM:
            return
        found = _limits(text)
        named = _item_level(text, found)
        if named is not None and not found and (kinds := _kinds_in_order(text)):
            # a level line naming its kind, its time on the lines below ("Severity 1 (full outage) response time" /
            # "1 business day"): it heads the block, its kinds the slots for it and the levels after it
            self.slots, self.head_at, self.plans = list(kinds), s.paragraph.number, []
        if not self.governs(s):
            return
        if named is not None:
            self.name(named, s)
        if _kinds_in_order(text) and found:
            return  # a line naming its own kinds was for the other readers
        self.take(found, text, s)

    def governs(self, s: Sentence) -> bool:
        return s.paragraph.number - self.head_at <= _REACH and any(self.slots)


def fallback_levels(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Read the blocks under heads naming kinds (see the module docstring) into ``levels``."""
    block = _Block()
    for part in _paragraphs(sentences):
        long = len(" ".join(s.norm.strip() for s in part)) > _ITEM
        if long and block.governs(part[0]) and (item := _long_item(part)) is not None:
            level, d, s = item
            block.run = None
            block.name(level, part[0])
            block.take([d], s.norm.strip(), s)
            continue
        for s in part:
            block.line(s)
    # a block is a list: two levels at least, or it was a stray line under a heading
    if len(block.read) >= 2:
        levels.update(block.levels())
    else:
        grid_rows(sentences, levels)
        if not levels:
            duration_grid(sentences, levels)
        if not levels:
            level_header_rows(sentences, levels)
