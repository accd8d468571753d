"""Times qualified by a plan: one value giving a level's times per support plan, the second axis beside severity.

    Sev-1: 1 hour (Premium), 4 hours (Standard)                    ← the plan in brackets after each time
    Critical (P1): Premium 30m response/4h restore; Standard 2h/12h ← the plan before its times, parts split by ';'
    一级故障：金牌 30分钟响应；银牌 2小时响应

Each part names one plan and holds that plan's times; a part with no time ("Basic best-effort") names no level. A
part whose times carry no kind words takes the kinds of an earlier part with as many times ("2h/12h" after "30m
response/4h restore"). The split counts only when two parts or more name different plans, none of which is a clock
("24/7", "business hours"), a kind or a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.level_words import _kinds_in_order
from termsmith.extract.values import FoundDuration, durations

# where one plan's part ends: a semicolon, or a comma not inside a number ("1,000")
_PARTS = re.compile(r"\s*[;；]\s*|(?<!\d),\s*|，\s*|、\s*")
# a plan in brackets after the part's times ("1 hour (Premium)")
_PLAN_AFTER = re.compile(r"^(?P<text>.*\d.*?)\s*[(（]\s*(?P<plan>[^()（）\d]{2,25}?)\s*[)）]\s*\.?$")
# a plan before the part's times ("Premium 30m response", "金牌服务 30分钟", "Standard: 2h/12h"); a Chinese one ends
# in a plan word ("能够在 30 分钟内" is no plan)
_PLAN_BEFORE = re.compile(
    r"^(?P<plan>[A-Z][A-Za-z+]*(?:[ -][A-Z][A-Za-z+]*){0,2}|"
    r"[\u4e00-\u9fff]{0,4}(?:牌|版|服务|服務|套餐|计划|計劃|方案|会员|會員))\s*[:：]?\s*(?P<text>\d.*)$"
)
# a qualifier that is a clock, a unit or a measure, not a plan ("1 hour (24/7)", "4 hours (business hours)")
_NOT_A_PLAN = _re(
    r"24\s*[x×/*]\s*7|\b(?:business|working|office|calendar|hours?|days?|minutes?|max(?:imum)?|min(?:imum)?|"
    r"target|average|approx(?:imately)?|est(?:imated)?|initial|first|guaranteed|or|and|to|within|up)\b|"
    r"工作|小时|小時|分钟|分鐘|天|日|以内|以內"
)


@dataclass(slots=True)
class PlanTime:
    plan: str
    kind: str | None  # None when the part names no kind and no earlier part lends one
    found: FoundDuration
    text: str  # the part the time is read from (its clock words are read there)


def _times(text: str) -> list[FoundDuration]:
    return [d for d in durations(text) if not d.duration.unit.is_calendar]


def _part(text: str) -> tuple[str, str] | None:
    """(plan, the part's text with its times) when the part names a plan beside its times."""
    if (m := _PLAN_AFTER.match(text)) or (m := _PLAN_BEFORE.match(text)):
        plan = m["plan"].strip()
        if not _NOT_A_PLAN.search(plan) and not _kinds_in_order(plan):
            return plan, m["text"]
    return None


def plan_times(value: str, lent: dict[int, list[str]] | None = None) -> list[PlanTime]:
    """The times of a value that gives them per plan, each with its plan and kind; [] when the value is not split
    by plan (fewer than two parts naming different plans, or a time before the first plan). A part with a time and
    no plan goes on the part before it. ``lent`` keeps the kinds parts named, to lend to later values (the items of
    one list: "High (P2): Premium 1h/24h" after "Critical (P1): Premium 30m response/4h restore")."""
    parts = [p for p in _PARTS.split(value.strip()) if p]
    read: list[tuple[str, str]] = []
    for part in parts:
        named = _part(part)
        if named is not None:
            read.append(named)
        elif _times(part) and not read:
            return []  # a time before any plan: not a split by plan
        elif _times(part):  # the plan's part goes on ("金牌 30分钟响应，4小时解决")
            read[-1] = (read[-1][0], f"{read[-1][1]}, {part}")
    plans = [plan.lower() for plan, _ in read]
    if len(read) < 2 or len(set(plans)) != len(plans):
        return []
    out: list[PlanTime] = []
    lent = {} if lent is None else lent  # number of times → the kinds an earlier part named for that many
    for plan, text in read:
        found = _times(text)
        kinds: list[str | None] = list(_kinds_in_order(text))
        if len(kinds) == len(found):
            lent.setdefault(len(found), [k for k in kinds if k])
        elif not kinds and len(found) in lent:
            kinds = list(lent[len(found)])
        else:
            kinds = [None] * len(found) if len(found) == 1 else []
        out.extend(PlanTime(plan, kind, f, text) for kind, f in zip(kinds, found, strict=False))
    return out
