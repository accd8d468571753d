"""The clock a section's title states for the times below it: "Service Level during regular Business Hours
(7 a.m. to 5 p.m.)" heads a table of business-clock times, "Service Level during non regular Business Hours" or
"After-hours support" the elapsed-time table that follows it; "(During normal business hours by region)" under a
heading, "工作时间内" / "非工作时间" likewise. A time with no clock of its own takes the clock of the last such
title above it; the title's section runs to the next such title.

A title is a line of its own that states the clock and no time ("… within 4 hours during business hours" is a
promise, read with its own clock where it stands) and is no definition of the hours ("Business hours: Monday to
Friday 9–5" says when, not that the times below count them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

_HOURS_WORD = r"(?:business|office|working)\s+hours?"
_BRACKET = r"(?:\s*[(（][^()（）]{0,40}[)）]?)?"
# "… during [regular] business hours [(7 a.m. to 5 p.m.)] [by region]"
_BUSINESS_TITLE = re.compile(
    r"[(（]?(?:[^.;:：,，]{0,50}?[\s(（])?(?:during|in|within)\s+(?:the\s+)?(?:regular\s+|normal\s+|standard\s+|core\s+)?"
    + _HOURS_WORD
    + _BRACKET
    + r"(?:\s+(?:by|per|in)\s+(?:region|country|location|time\s*zone)s?)?\s*[)）]?\s*[:：]?",
    re.IGNORECASE,
)
# "… during non regular business hours", "After-hours support", "Outside business hours", "Out of hours"
_AFTER_TITLE = re.compile(
    r"[(（]?(?:[^.;:：,，()（）]{0,50}?[\s(（])?(?:(?:during|in)\s+)?(?:non[- ]?(?:regular\s+|normal\s+|standard\s+)?"
    + _HOURS_WORD
    + r"|outside(?:\s+of)?\s+(?:the\s+)?(?:regular\s+|normal\s+|standard\s+)?"
    + _HOURS_WORD
    + r"|after[- ]?hours|out[- ]of[- ]hours)"
    + _BRACKET
    + r"(?:\s+(?:support|coverage|service|response|sla|service levels?))?\s*[)）]?\s*[:：]?",
    re.IGNORECASE,
)
_ZH_BUSINESS_TITLE = re.compile(
    r"[(（]?[^。；;，,:：()（）]{0,12}?(?<!非)(?:工作|上班)(?:时间|時間)(?:内|內|段内|段內)[^。；;，,:：]{0,12}[)）]?"
)
_ZH_AFTER_TITLE = re.compile(
    r"[(（]?[^。；;，,:：()（）]{0,12}?非(?:工作|上班)(?:时间|時間)(?:内|內|段)?[^。；;，,:：]{0,12}[)）]?"
)
# a time stated in the line: then it is a promise, not a title
_TIME = re.compile(
    r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|小时|小時|分钟|分鐘|天|个?工作日|個?工作日)", re.I
)
_TIME_WORD = re.compile(r"\b(?:one|two|three|four|eight|twenty-four|twelve)\s+(?:hours?|days?)\b", re.I)

BUSINESS = "business"
ELAPSED = "elapsed"


class _Paragraph(Protocol):
    number: int
    text: str


class _Sentence(Protocol):
    @property
    def paragraph(self) -> _Paragraph: ...


def _title_clock(text: str) -> str | None:
    line = text.strip()
    if len(line) > 90 or _TIME.search(line) or _TIME_WORD.search(line):
        return None
    if _AFTER_TITLE.fullmatch(line) or _ZH_AFTER_TITLE.fullmatch(line):
        return ELAPSED
    if _BUSINESS_TITLE.fullmatch(line) or _ZH_BUSINESS_TITLE.fullmatch(line):
        return BUSINESS
    return None


def section_clocks(sentences: Sequence[_Sentence]) -> list[tuple[int, str]]:
    """(paragraph number, clock) of each section title stating a clock, in document order."""
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    for s in sentences:
        p = s.paragraph
        if p.number in seen:
            continue
        seen.add(p.number)
        if clock := _title_clock(p.text):
            out.append((p.number, clock))
    return out


def clock_in_section(
    sections: list[tuple[int, str]], s: _Sentence, own: str | None, everywhere: str | None
) -> str | None:
    """A time's clock: its own, else its section title's (an after-hours section's times are elapsed time, whatever
    the document says elsewhere), else the document's."""
    if own:
        return own
    number = s.paragraph.number
    above = [clock for at, clock in sections if at < number]
    if not above:
        return everywhere
    return None if above[-1] == ELAPSED else BUSINESS
