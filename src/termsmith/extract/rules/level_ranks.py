"""The tier of a level that its name ranks but does not name: P1, Severity 2, 一级故障, 第3級, High.

Checklists select levels by the spec's tier (emergency, important, general, consultation),
never by name. A level named for its tier keeps it (紧急 → emergency, Critical → emergency).
The others get a tier from their rank when the document ranks them all one way — by number
(P1, Priority 2, Severity Level 3, 级别1, 2级, 第3級, 一级) or by degree (High, Medium, Low;
高级, 中级, 低级) — and the ranks are distinct: in order of severity they take the tiers
no name has taken, emergency, then important, then general. The most severe level must sit
at the top of its scale (P0 or P1, Critical, Urgent or High): a list that starts at P3 or
at Medium is a fragment, and nothing is inferred from it. Nothing is inferred from the
order of the rows alone, nor from letters (A, B, C), and consultation is only ever named.
The check report and the draft spec say which tiers came from a rank.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from termsmith.extract.rules.context import _re

# The tier a level's name makes plain (the spec's SeverityTier); other names (严重, P1, High…)
# get one from their rank below, or none.
_TIERS = (
    ("emergency", _re(r"紧急|緊急|emergency|critical|urgent")),
    ("important", _re(r"重要|重大|important|major")),
    ("general", _re(r"一般|general")),
    ("consultation", _re(r"咨询|諮詢|consultation|how-?to")),
)
_NOT_URGENT = _re(r"non-?(?:urgent|critical|emergency)|not (?:urgent|critical)|非紧急|非緊急")

_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3}
_NUMBERED = (
    re.compile(r"^\s*(\d)\s*$"),  # a bare level number in a severity column
    re.compile(r"(?i)\b(?:p|priority|sev|severity(?:\s+level)?|level|tier)\s*[-_#.]?\s*(\d)\b"),
    re.compile(r"(?:级别|級別|等级|等級)\s*(\d)"),
    re.compile(r"第?\s*(\d)\s*(?:级|級)"),
    re.compile(r"第?([一二三四五六壹贰貳叁參])\s*(?:级|級|类|類)"),
)
# degree words, most severe first; a scale is read only when every level carries one of them
_DEGREES_EN = (("highest", -1), ("critical", 0), ("emergency", 0), ("urgent", 0), ("high", 1), ("medium", 2), ("moderate", 2),
               ("normal", 2), ("low", 3), ("lowest", 4))  # fmt: skip
_DEGREES_ZH = (("特急", 0), ("紧急", 0), ("緊急", 0), ("高", 1), ("中", 2), ("低", 3))
_EN_WORD = re.compile(r"[a-z]+")
_TIERS_BY_RANK = ("emergency", "important")  # then general, whatever the number of levels
_TOP = 1  # the most severe rank must be P0/P1 (Level 1, 一级) or Critical/Urgent/High


def named_tier(name: str) -> str | None:
    """emergency, important, general or consultation when the level's name says so."""
    if _NOT_URGENT.search(name):
        return None
    return next((tier for tier, pattern in _TIERS if pattern.search(name)), None)


def tier_by_rank(level: dict[str, Any]) -> bool:
    """Whether an extracted level (the JSON ``terms`` shape) has its tier from its rank, not its name."""
    return bool(level.get("tier")) and named_tier(str(level.get("name", ""))) is None


def number_rank(name: str) -> int | None:
    """The level number a name carries (P1 → 1, 二级 → 2), or None."""
    for pattern in _NUMBERED:
        m = pattern.search(name)
        if m:
            digit = m.group(1)
            return int(digit) if digit.isdigit() else _ZH_DIGITS[digit]
    return None


def degree_rank(name: str) -> int | None:
    """Where a degree word puts a level on its scale (Critical → 0, Low → 3), or None (Non-Critical: no degree)."""
    if _NOT_URGENT.search(name):
        return None
    words = set(_EN_WORD.findall(name.lower()))
    english = [rank for word, rank in _DEGREES_EN if word in words]
    if english:
        return english[0]
    chinese = [rank for word, rank in _DEGREES_ZH if word in name]
    return chinese[0] if len(chinese) == 1 else None  # 高中低 in one name ranks nothing


def ranked_tiers(names: list[str], named: list[str | None]) -> list[str | None]:
    """Each level's tier: the one its name says (``named``), else the one its rank gives."""
    unnamed = [i for i, tier in enumerate(named) if tier is None]
    for rank_of in (number_rank, degree_rank):
        ranks = _ranks(names, unnamed, rank_of)
        if ranks is not None:
            return _assign(named, unnamed, ranks) if min(ranks) <= _TOP else list(named)
    return list(named)


def _ranks(names: list[str], levels: list[int], rank_of: Callable[[str], int | None]) -> list[int] | None:
    ranks = [rank_of(names[i]) for i in levels]
    if len(levels) < 2 or any(r is None for r in ranks) or len(set(ranks)) != len(ranks):
        return None
    return [r for r in ranks if r is not None]


def _assign(named: list[str | None], levels: list[int], ranks: list[int]) -> list[str | None]:
    """The unnamed levels, most severe first, take the tiers no name has taken; general repeats."""
    free = [tier for tier in _TIERS_BY_RANK if tier not in named]
    out = list(named)
    for position, k in enumerate(sorted(range(len(levels)), key=ranks.__getitem__)):
        out[levels[k]] = free[position] if position < len(free) else "general"
    return out
