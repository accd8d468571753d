"""The tier of a level that its name ranks but does not name: P1, Severity 2, 一级故障, 第3級, High, 严重.

Checklists select levels by the spec's tier (emergency, important, general, consultation),
never by name. A level named for its tier keeps it (紧急 → emergency, Critical → emergency,
重大 → important, but 特别重大 is not "important": it is ranked). The others get a tier from
their rank when the document ranks them one way — by number (P1, S1, Priority 2, Severity Level
3, 级别1, 2级, 第3級, 一级, 严重性 1, 優先順序 2, 严重程度一, II级) or by degree (Critical,
Severe, High, Medium, Low, Minor; 危急, 致命, 严重, 较重, 高级, 中, 轻微) — every unnamed level
carries a rank and the ranks are distinct. Walking the ranked levels from the most severe, a
named level keeps its tier and the unnamed ones take the tiers no name has taken (emergency,
then important, then general), never a tier above a named level ranked over them ("Major,
Moderate, Minor": Moderate is not made the emergency tier under a named important level). The
most severe level must sit at the top of its scale (P0, P1 or S1; Critical, Severe, High or
Major; 危急, 严重 or 高): a list that starts at P3 or at Medium is a fragment, and nothing is
inferred from it. Nothing is inferred from the order of the rows alone, nor from letters (A, B,
C), and consultation is only ever named. The check report and the draft spec say which tiers
came from a rank.
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
    ("important", _re(r"重要|(?<!特别)(?<!特別)(?<!非常)重大|important|major")),
    ("general", _re(r"一般|general")),
    ("consultation", _re(r"咨询|諮詢|consultation|how-?to")),
)
_NOT_URGENT = _re(r"non-?(?:urgent|critical|emergency)|not (?:urgent|critical)|非紧急|非緊急")

_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5}
_ZH_SCALE = r"(?:严重性|嚴重性|严重程度|嚴重程度|优先级|優先級|优先顺序|優先順序|优先等级|優先等級)(?:数值|數值)?"
_NUMBERED = (
    re.compile(r"^\s*(\d)\s*$"),  # a bare level number in a severity column
    re.compile(r"(?i)\b(?:p|priority|sev|severity(?:\s+level)?|level|tier)\s*[-_#.]?\s*(\d)\b"),
    re.compile(r"(?<![A-Za-z])S(\d)\b"),  # S1 … S4, the severity columns' short form
    re.compile(r"(?:级别|級別|等级|等級)\s*(\d)"),
    re.compile(_ZH_SCALE + r"\s*[:：]?\s*(\d|[一二三四五六壹贰貳叁參])"),
    re.compile(r"第?\s*(\d)\s*(?:级|級)"),
    re.compile(r"第?([一二三四五六壹贰貳叁參])\s*(?:级|級|类|類)"),
    re.compile(r"(?<![A-Za-z])(IV|V|I{1,3}|[ⅠⅡⅢⅣⅤ])\s*(?:级|級|类|類)"),  # I级, II 级, Ⅲ類
)
# degree words, most severe first (a lower rank is more severe; only the order matters, and only the top two
# unnamed ranks take a tier other than general); a scale is read only when every unnamed level carries one of them
_DEGREES_EN = (("highest", -2), ("blocker", -2), ("critical", 0), ("emergency", 0), ("urgent", 0), ("fatal", 0),
               ("catastrophic", 0), ("severe", 1), ("high", 2), ("major", 2), ("serious", 2), ("medium", 4),
               ("moderate", 4), ("normal", 4), ("minor", 6), ("low", 6), ("trivial", 8), ("cosmetic", 8),
               ("lowest", 8))  # fmt: skip
_DEGREES_ZH = (("特别重大", -1), ("特別重大", -1), ("非常严重", -1), ("非常嚴重", -1), ("特急", 0), ("紧急", 0),
               ("緊急", 0), ("危急", 0), ("致命", 0), ("严重", 1), ("嚴重", 1), ("较高", 2), ("較高", 2), ("高", 2),
               ("重大", 1), ("较重", 3), ("較重", 3), ("较大", 3), ("較大", 3), ("中等", 4), ("中度", 4), ("中", 4),
               ("普通", 5), ("较低", 6), ("較低", 6), ("低", 6), ("轻微", 6), ("輕微", 6), ("提示", 8))  # fmt: skip
_ZH_DEGREE = re.compile("|".join(sorted((re.escape(w) for w, _ in _DEGREES_ZH), key=len, reverse=True)))
_ZH_DEGREE_RANK = dict(_DEGREES_ZH)
_EN_WORD = re.compile(r"[a-z]+")
_BRACKET = re.compile(r"[(（\[]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# "Very High" ranks above High and "Very Low" below Low (an intensifier moves the degree away from the middle)
_VERY = re.compile(r"\b(?:very|extremely)\s+(high|low)\b")
_TIERS_BY_RANK = ("emergency", "important")  # then general, whatever the number of levels
_TOP_NUMBER = 1  # the most severe rank must be P0/P1 (Level 1, 一级, S1) …
_TOP_DEGREE = 2  # … or Critical/Severe/High/Major (危急, 严重, 高)


def named_tier(name: str) -> str | None:
    """emergency, important, general or consultation when the level's name says so. A name that ranks itself by a
    degree word before a bracket ("High (Critical User Outage)") is named by that word, not by the description in the
    bracket; a number's bracket still names it ("P1 (Critical)")."""
    if _NOT_URGENT.search(name):
        return None
    head = _described_head(name)
    if head is not None and degree_rank(head) is not None:
        name = head
    return next((tier for tier, pattern in _TIERS if pattern.search(name)), None)


def tier_by_rank(level: dict[str, Any]) -> bool:
    """Whether an extracted level (the JSON ``terms`` shape) has its tier from its rank, not its name."""
    return bool(level.get("tier")) and named_tier(str(level.get("name", ""))) is None


def _described_head(name: str) -> str | None:
    """The words before a bracket that describes the level ("High (Critical User Outage)", "严重（系统整体瘫痪）"), or None
    when there is no bracket or it holds a label of one or two words ("High (Urgent)", "P1 (Critical)")."""
    parts = _BRACKET.split(name, maxsplit=1)
    if len(parts) < 2:
        return None
    inside = parts[1].rstrip(")）] ")
    label = len(inside.split()) <= 2 and len(_CJK.findall(inside)) <= 4
    return None if label else parts[0]


def number_rank(name: str) -> int | None:
    """The level number a name carries (P1 → 1, 二级 → 2), or None."""
    for pattern in _NUMBERED:
        m = pattern.search(name)
        if m:
            digit = m.group(1)
            return int(digit) if digit.isdigit() else _ZH_DIGITS.get(digit) or _ROMAN[digit]
    return None


def degree_rank(name: str) -> int | None:
    """Where a degree word puts a level on its scale (Critical → 0, High → 2, Very High → 1, Low → 6), or None (Non-Critical: no degree)."""
    if _NOT_URGENT.search(name):
        return None
    head = _described_head(name)
    if head is not None and (ranked := degree_rank(head)) is not None:
        return ranked  # "High (Critical User Outage)": the bracket describes the level, the word before it ranks it
    lower = name.lower()
    if very := _VERY.search(lower):
        return 1 if very.group(1) == "high" else 7
    words = set(_EN_WORD.findall(lower))
    english = [rank for word, rank in _DEGREES_EN if word in words]
    if english:
        return english[0]
    chinese = {_ZH_DEGREE_RANK[m.group()] for m in _ZH_DEGREE.finditer(name)}  # the longest word at each place
    return chinese.pop() if len(chinese) == 1 else None  # 高中低 in one name ranks nothing


def ranked_tiers(names: list[str], named: list[str | None]) -> list[str | None]:
    """Each level's tier: the one its name says (``named``), else the one its rank gives."""
    for rank_of, top in ((number_rank, _TOP_NUMBER), (degree_rank, _TOP_DEGREE)):
        ranks = _ranks(names, named, rank_of)
        if ranks is not None:
            return _assign(named, ranks) if min(ranks.values()) <= top else list(named)
    return list(named)


def _ranks(names: list[str], named: list[str | None], rank_of: Callable[[str], int | None]) -> dict[int, int] | None:
    """Each ranked level's rank (by index), when every unnamed level has one, no two unnamed ranks repeat and at least
    two levels are ranked, and no named level shares an unnamed one's rank (重大 beside 严重: which is the graver is
    unknown). A named level is left out of the walk when it has no rank (疑问咨询 beside 一级故障, 二级故障) or shares
    its rank with another named level (Critical and Urgent both rank first)."""
    ranks = {i: rank_of(name) for i, name in enumerate(names)}
    unnamed = {i: r for i, r in ranks.items() if named[i] is None}
    if not unnamed or any(r is None for r in unnamed.values()) or len(set(unnamed.values())) != len(unnamed):
        return None
    if any(r in unnamed.values() for i, r in ranks.items() if named[i] is not None):
        return None  # a named level ranked with an unnamed one (重大, 严重): which is the graver is unknown
    shared = [r for r in ranks.values() if r is not None]
    ranked = {i: r for i, r in ranks.items() if r is not None and (named[i] is None or shared.count(r) == 1)}
    return ranked if len(ranked) >= 2 else None


def _assign(named: list[str | None], ranks: dict[int, int]) -> list[str | None]:
    """Most severe first: a named level keeps its tier and sets a floor; an unnamed one takes the first tier no name
    has taken that is not above the floor (emergency, then important), else the tier of the nearest named level below
    it (Blocker over a named Critical is an emergency too), else general — unless a named level stands outside the
    walk and no level above this one took a tier by rank: then where it sits against that level is unknown, and it
    gets no tier."""
    order = (*_TIERS_BY_RANK, "general")
    free = [tier for tier in _TIERS_BY_RANK if tier not in named]
    unplaced = any(tier in order and i not in ranks for i, tier in enumerate(named))
    out = list(named)
    walk = sorted(ranks, key=ranks.__getitem__)
    floor = 0  # the index in ``order`` above which an unnamed level may not go
    placed = False  # an unnamed level above took a tier by rank
    for position, i in enumerate(walk):
        if named[i] is not None:
            floor = max(floor, order.index(named[i]) + 1) if named[i] in order else floor
            continue
        tier: str | None = next((t for t in free if order.index(t) >= floor), None)
        if tier is None:
            below = (named[j] for j in walk[position + 1 :] if named[j] in order)
            tier = next(below, "general" if placed or not unplaced else None)
        else:
            free.remove(tier)
            placed = True
        if tier in order:
            floor = max(floor, order.index(tier) + 1) if tier != "general" else floor
        out[i] = tier
    return out
