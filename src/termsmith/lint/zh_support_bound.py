"""技术支持 / 技術支援 promised with its own bound, session 23 (lint23H).

技术支持 standing alone at the end of its clause is an open scope (乙方负责技术支持。). When the sentence, up to the end of
the term's clause, states how much support is given — a window of hours (周一至周五9:00-18:00,乙方专值技术人员提供技术支持
服务 · 平台技术支持 每天 9:00 到 24:00), a headcount (同时安排6名二线工程师提供技术支持), a count of visits or hours
(每年4次现场技术支持) or a term of years (一年的技术支持服务) — the promise is measured, and the finding is lowered to
info with that bound named. The window may head the sentence; an amount must sit in the term's own clause. Not a bare length without a number (长期技术支持 · 终身技术支持服务) nor a number after the
term's clause.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache

NAME = "技术支持"
_NUM = r"(?:\d+|[一二两兩三四五六七八九十百]+)"
_WINDOW = r"\d{1,2}\s*[:：]\s*\d{2}\s*(?:-|–|—|~|～|至|到)\s*\d{1,2}\s*[:：]\s*\d{2}"  # a window of hours
_AMOUNT = (
    rf"{_NUM}\s*(?:名|位)"  # a headcount
    rf"|{_NUM}\s*(?:次|个小时|個小時|小时|小時)"  # a count of visits or hours
    rf"|(?:为期|為期)?\s*{_NUM}\s*(?:年|个月|個月)的?"  # a term
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(_WINDOW), regex_cache.compile(_AMOUNT)


def support_bound(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The bound stated for 技术支持: a window of hours from the sentence's start to the end of the term's clause
    (a window often heads the sentence), an amount within the term's clause only (软件故障三个月免费维护,终身技术
    支持服务: the months bound the maintenance, not the support), or None."""
    window, amount = _patterns()
    m = window.search(text, sentence[0], clause[1]) or amount.search(text, clause[0], clause[1])
    return m.group().strip() if m else None
