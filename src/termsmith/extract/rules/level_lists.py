"""Labelled level lists: list items "label: time" under a lead that names the kind, whatever the labels say.

    These SLAs are as follows:            ← the lead: names the kind (first-response), opens a list
    ### Premium                           ← a plan heading (optional)
    * **Sev-1**: 30 minutes               ← an item: its label is the level, its value one time
    * **Sev-2**: 2 business hours
    ### Pro
    * **Sev-1**: 2 hours                  ← the same labels again under another heading: levels per plan

The label need not be a level word ("Basic Support", "Emergency requests", "Sev-1"): being an item of a list under
a lead naming the kind is what makes it a level. A label may carry the kind itself and the level after it
("Response time - critical tickets: 24h"), and then needs no lead. A list counts when two or more of its items are
read; labels repeated under two or more headings are read as levels per heading ("Premium Sev-1", "Pro Sev-1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import _LEVEL, _LIST_INTRO, _clock, _kinds_in_order, _Level, _level_in
from termsmith.extract.rules.plan_times import plan_times
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

# a list item: a bullet or a clause number, a short label (bold or not), a colon, the value
_ITEM = re.compile(
    r"^\s*(?:[-*•·●▪◆■]|\d{1,2}(?:\.\d{1,2}){0,3}(?:[.)、]|(?=\s))|[(（]\d{1,2}[)）]|[a-z][.)])\s*(?:\*\*|__)?"
    r"(?P<label>[^:：|*\n]{2,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>\S.*)$"
)
# an item line without a bullet ("Tier 1 (High): 4 business hours"): read only in a plan's block (under a heading),
# in a run right under its lead
_BARE_ITEM = re.compile(
    r"^\s*(?:\*\*|__)?(?P<label>[^:：|*\n]{2,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>\S.*)$"
)
# a bulleted item whose label is set off by a dash ("• P1 – 2 business hours"): read when the label names a level
_DASH_ITEM = re.compile(
    r"^\s*[-*•·●▪◆■]\s*(?:\*\*|__)?(?P<label>[^:：|*\n–—]{2,40}?)(?:\*\*|__)?\s+(?:[–—]|-(?=\s))\s*(?P<value>\S.*)$"
)
# a line opening a plan's block by describing it ("The commercial environment support service package where …"): it
# names the next plan when the plan before it has had its list and no heading follows
_PLAN_DESCRIPTION = _re(
    r"^\s*the\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:(?:support|service|maintenance)\s+){0,2}"
    r"(?:package|plan|tier|bundle)\b"
)
# a heading line: markdown, or a short line without a sentence's punctuation ("3.2. Response Times", "Premium")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s*(?P<text>.+?)\s*#*\s*$")
_SHORT_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?P<text>[^:：.。,，;；!?！？]{2,40})\s*$")
# a label that names a measure or a feature of the plan, not a level ("Maximum support time per month", "Coverage")
_NOT_A_LEVEL = _re(
    r"\b(?:time|times|hours?|days?|minutes?|period|maximum|minimum|max|min|limit|availability|available|coverage|"
    r"window|schedule|price|pricing|fees?|costs?|rates?|charges?|uptime|credits?|updates?|escalation|frequency)\b|"
    r"时间|時間|时长|時長|时段|時段|费用|費用|价格|價格"
)
# where a label naming the kind ends and the level it names begins ("Response time - critical tickets")
_KIND_THEN_LEVEL = _re(r"^(?P<kind>[^-–—]{2,30}?)\s+(?:[-–—]|for|on)\s+(?P<level>\S.{1,30})$")


@dataclass(slots=True)
class _Item:
    sentence: Sentence  # the sentence holding the label and its time
    taken: tuple[int, ...]  # the ids of the sentences the line is read from
    plan: str | None
    label: str  # the level as written
    kind: str
    found: FoundDuration
    qualifier: str | None = None  # the plan named beside the time ("1 hour (Premium)")
    clause: str | None = None  # the text the time's clock is read from, when not the whole sentence
    dashed: bool = False  # the label set off by a dash ("• P1 – 2 business hours"): read only in per-plan lists


def _heading(text: str) -> str | None:
    """The text of a heading line, or None when the line is not one."""
    if m := _MARKDOWN_HEADING.match(text):
        return re.sub(r"^plan\s*[:：]\s*", "", m["text"], flags=re.I).strip() or None
    if _ITEM.match(text) or durations(text):
        return None
    return m["text"].strip() if (m := _SHORT_HEADING.match(text)) else None


def _times(text: str) -> list[FoundDuration]:
    return [d for d in durations(text) if not d.duration.unit.is_calendar]


def _one_time(value: str) -> FoundDuration | None:
    """The value's one time limit (not a calendar count), or None when it holds none or several."""
    found = _times(value)
    return found[0] if len(found) == 1 else None


def _label_level(label: str, lead: str | None, value: str) -> tuple[str, str] | None:
    """(kind, level name) an item's label gives, with the lead's kind when the label names none."""
    label = label.strip()
    kinds = _kinds_in_order(label)
    if len(kinds) == 1:
        m = _KIND_THEN_LEVEL.match(label)
        if m is None or _kinds_in_order(m["level"]) or _NOT_A_LEVEL.search(m["level"]):
            return None
        return kinds[0], m["level"].strip()
    if kinds or lead is None or _NOT_A_LEVEL.search(label):
        return None  # a label alone is a level only in a list its lead names the kind of
    own = _kinds_in_order(value)
    kind = own[0] if len(own) == 1 else (lead if not own else None)
    return (kind, label) if kind else None


# a sentence that is only a clause number ("3.2.1.", "B."), split from the text after it
_NUMBER_ONLY = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Za-z])[.)]?\s*")


def _lines(sentences: list[Sentence]) -> list[tuple[Sentence, str, str, tuple[int, ...]]]:
    """Each paragraph as (its opening sentence, that sentence's normalised text with a clause number split from it
    put back ("3.2.1." + "Basic Support: within …"), the whole paragraph's normalised text, the ids of the sentences
    the opening text comes from)."""
    out: list[tuple[Sentence, str, str, tuple[int, ...]]] = []
    for i, s in enumerate(sentences):
        if s.offset != 0:
            if out and out[-1][0].paragraph is s.paragraph:
                first, norm, whole, taken = out[-1]
                out[-1] = (first, norm, f"{whole} {s.norm}", taken)
            continue
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        if after is not None and after.paragraph is s.paragraph and _NUMBER_ONLY.fullmatch(s.norm):
            out.append((after, f"{s.norm.strip()} {after.norm}", s.norm, (id(s), id(after))))
        else:
            out.append((s, s.norm, s.norm, (id(s),)))
    return out


def _items(sentences: list[Sentence]) -> list[list[_Item]]:
    """The lists of the document, each as the items read under one lead."""
    lists: list[list[_Item]] = []
    lead: str | None = None  # the kind the lead names
    plan: str | None = None
    current: list[_Item] = []
    lent: dict[int, list[str]] = {}  # the kinds plan parts named, by their number of times (plan_times)
    in_paragraph: dict[int, list[int]] = {}  # a paragraph → the ids of its sentences
    for other in sentences:
        in_paragraph.setdefault(id(other.paragraph), []).append(id(other))
    plan_used = False  # an item was read under the current plan
    bare_ok = False  # the line before was the lead or an item: a line without a bullet may be an item
    headed = 0  # lead-in lines a heading's kind may still be carried over (see _lead_in)
    for s, norm, whole, taken in _lines(sentences):
        text = s.paragraph.text.strip()
        was_ok, bare_ok = bare_ok, False
        if plan_used and (named := _PLAN_DESCRIPTION.match(text)):
            plan, plan_used = named["name"], False
        if (title := _heading(text)) is not None:
            kinds = _kinds_in_order(title)
            if kinds:  # a heading naming the kind ("3.2. Response Times") leads the list under it
                lead, plan, headed = kinds[0], None, _LEAD_INS
            else:
                plan, plan_used = title, False
            continue
        m = _ITEM.match(norm) or (_BARE_ITEM.match(norm) if was_ok and lead and plan else None)
        dashed = False
        if m is None and (dash := _DASH_ITEM.match(norm)) and _level_in(dash["label"]):
            m, dashed = dash, True
        if m is not None:
            headed = 0
        if m is None:
            if current:
                lists.append(current)
                current = []
            kinds = _kinds_in_order(whole)
            # a title line naming the kind opens the list under it too ("Estimated Time to Resolution (varies by IT
            # team)", longer than a heading)
            titled = len(kinds) == 1 and len(whole) <= 60 and not re.search(r"[.。;；!?！？]\s*$", whole)
            opens = bool(kinds) and (_LIST_INTRO.search(whole) or titled) and not _times(whole)
            if opens:
                lead = kinds[0]
            elif not (headed and lead and _lead_in(whole, lead)):
                lead = None
            headed = max(headed - 1, 0)
            bare_ok = lead is not None and not text.endswith((".", "。"))
            continue
        whole_item, whole_taken = _ITEM.match(whole) or m, tuple(in_paragraph.get(id(s.paragraph), taken))
        if (per_plan := _plan_items(s, whole_taken, plan, whole_item, lead, lent)) is not None:
            current.extend(per_plan)  # the whole paragraph is read: its sentences split at ';'
            continue
        found = _one_time(m["value"])
        read = _label_level(m["label"], lead, m["value"]) if found else None
        if read is None or found is None:
            continue
        current.append(_Item(s, taken, plan, read[1], read[0], found, dashed=dashed))
        bare_ok = plan_used = True
    if current:
        lists.append(current)
    return [items for items in lists if len(items) >= 2 and _distinct_per_plan(items)]


_SENTENCE_END = re.compile(r"[.。!！]\s*$")
_LEAD_INS = 2  # the lines of prose a heading naming the kind reaches over to its list


def _lead_in(text: str, lead: str) -> bool:
    """A line between a heading naming the kind and its list that keeps the heading's kind: a sentence or two
    stating no time, naming no level and no other kind ("The Time to Fix Target is outlined in our Support Policy,
    issued to each Customer, and as a result, this may vary.")."""
    if not _SENTENCE_END.search(text):
        return False  # a label line ("**Email Support:**") heads a list of its own
    return not _times(text) and _level_in(text) is None and set(_kinds_in_order(text)) <= {lead}


def _plan_items(
    s: Sentence,
    taken: tuple[int, ...],
    plan: str | None,
    item: re.Match[str],
    lead: str | None,
    lent: dict[int, list[str]],
) -> list[_Item] | None:
    """An item whose value gives its times per plan ("Sev-1: 1 hour (Premium), 4 hours (Standard)"): an item per
    plan and time, the plan qualifying the label's level; None when the value is not split by plan, or its label is
    no level (it names the kind or a measure, or with no lead naming the kind it is no level word: "上门维修服务:
    市内3小时内做出响应,郊县6小时内做出响应" is a service item, its places no plans)."""
    label, value = item["label"], item["value"]
    if _kinds_in_order(label) or _NOT_A_LEVEL.search(label) or _level_in(value):
        return None
    if lead is None and not _level_in(label):
        return None  # a label is a level under a lead naming the kind, or by its own word ("Sev-1", "一级故障")
    read = plan_times(value, lent)
    if not read or any(_level_in(t.plan) for t in read):
        return None  # severities in brackets under a plan ("1 hour (critical)") are the other axis
    items = [
        _Item(s, taken, plan, label.strip(), kind, t.found, t.plan, t.text) for t in read if (kind := t.kind or lead)
    ]
    return items or None


def _distinct_per_plan(items: list[_Item]) -> bool:
    seen = [(i.plan, i.label.lower(), i.kind, i.qualifier) for i in items]
    return len(seen) == len(set(seen))


def level_lists(sentences: list[Sentence], levels: dict[str, _Level]) -> set[int]:
    """Read the labelled level lists into ``levels``; the ids of the sentences read (no other reader takes them)."""
    read: set[int] = set()
    lists = _items(sentences)
    plans: dict[str, dict[str | None, None]] = {}  # a label → the headings it is listed under, in document order
    for i in (i for items in lists for i in items):
        plans.setdefault(i.label.lower(), {})[i.plan] = None
    per_plan = any(len(p) > 1 for p in plans.values())
    for items in lists:
        for i in items:
            if i.dashed and not per_plan and _LEVEL.match(i.label) is not None:
                # a dashed list under no plans is left to the level readers that key its ids, when its labels open
                # with the level ("P1 – …"); a label naming it after a word ("Priority P1 (Critical)") they miss
                continue
            for name in _names(i, plans, per_plan):
                key = f"list:{name.lower()}"
                entry = levels.setdefault(key, _Level(key, name, None))
                entry.times.setdefault(i.kind, (i.found, _clock(i.clause or i.sentence.norm, i.found), i.sentence))
                entry.named_at = entry.named_at or i.sentence
            read.update(i.taken)
    return read


def _names(i: _Item, plans: dict[str, dict[str | None, None]], per_plan: bool) -> list[str]:
    """The levels an item's time belongs to: its plan's level; an item under no plan whose label is listed under
    plans elsewhere ("Time to First Contact" / "• P1 – 2 business hours" beside per-team resolution lists) states
    its time once for that level under every plan."""
    if i.qualifier:
        return [f"{i.plan} {i.label} ({i.qualifier})" if per_plan and i.plan else f"{i.label} ({i.qualifier})"]
    if not per_plan:
        return [i.label]
    if i.plan:
        return [f"{i.plan} {i.label}"]
    under = [p for p in plans[i.label.lower()] if p is not None]
    return [f"{p} {i.label}" for p in under] or [i.label]
