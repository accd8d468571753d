"""The clock a section's title states for the times below it: "Service Level during regular Business Hours
(7 a.m. to 5 p.m.)" heads a table of business-clock times, "Service Level during non regular Business Hours" or
"After-hours support" the elapsed-time table that follows it; "(During normal business hours by region)" under a
heading, "工作时间内" / "非工作时间" likewise. A time with no clock of its own takes the clock of the last such
title above it; the title's section runs to the next such title.

A title is a line of its own that states the clock and no time ("… within 4 hours during business hours" is a
promise, read with its own clock where it stands) and is no definition of the hours ("Business hours: Monday to
Friday 9–5" says when, not that the times below count them).

A definition of weekday hours does govern the times it stands beside (`hours_lines`): as a table's caption
("**Support Hours:** Monday - Friday, 09:00 - 18:00" under or over the table, "服务时间：工作日 9:00-18:00"),
closing a list of promises ("Available: Monday-Friday, 9am-6pm" under "Critical issues: Response within 4 hours"),
or a sentence introducing the table below that says its hours are business hours. Hours that cover weekends,
holidays or the whole day are no such line. A window stated anywhere in the document also governs the times that
no line here gives a clock (`support_window`, the session-19 decision).
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
# a heading of times whose bracket names their clock: "Response Time Targets (Business Hours):", "Resolution Times
# (working hours)", "响应时间（工作时间）："; not a list item ("- Email support (business hours)" says when e-mail is
# read) nor a table's header
_BRACKET_TITLE = re.compile(
    r"(?![\-•·]|\*\s)[^.;:：,，()（）|｜]{0,60}?\b(?:respon\w*|resol\w*|times?|targets?|sla|service\s+levels?)\b[^.;:：,，()（）|｜]{0,30}?"
    r"[(（](?:regular\s+|normal\s+|standard\s+|core\s+)?" + _HOURS_WORD + r"[)）]\s*[:：]?",
    re.IGNORECASE,
)
_ZH_BRACKET_TITLE = re.compile(
    r"(?![\-•·]|\*\s)[^。；;，,:：()（）|｜]{0,12}?(?:响应|響應|处理|處理|解决|解決|时限|時限|时效|時效|到场|到場)"
    r"[^。；;，,:：()（）|｜]{0,12}?[(（](?:工作|上班|营业|營業)(?:时间|時間)(?:内|內)?[)）]\s*[:：]?"
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

# a line saying when a tier or a desk is open ("Available during business hours (Monday to Friday, 9:00 AM to 6:00
# PM)" under "Standard Support"): when that support is reached, not the clock of the times below it
_OPEN_WHEN = re.compile(
    r"[\s\-*•·]*(?:support\s+|service\s+)?(?:is\s+)?(?:available|availability|open|staffed)\b", re.I
)

# a list item giving one channel's hours ("- Email-based technical support during business hours"): when that
# channel is answered, not the clock of the times below it
_CHANNEL_ITEM = re.compile(r"\b(?:e-?mail|phone|telephone|chat|portal|ticket\w*)\b|电话|電話|邮件|郵件", re.I)

BUSINESS = "business"
ELAPSED = "elapsed"
Said = tuple[str, int]  # a clock, and the number of the paragraph stating it

# A line that states the support's hours as weekday hours, standing beside the times it bounds: "**Support Hours:**
# Monday - Friday, 09:00 - 18:00 CET" under a table, "Available: Monday-Friday, 9am-6pm UK" under a promise,
# "服务时间：工作日 9:00-18:00" over a table. Its label names the hours of the service, nothing else.
_HOURS_LABEL = re.compile(
    r"^[\s\-*•·#>]*(?:(?:support|service|business|office|working|coverage|operating)\s+)?"
    r"(?:hours|availability|available|coverage|window)\W{0,4}[:：]|"
    r"^[\s\-*•·#>]*(?:服务|服務|支持|支援|工作|营业|營業)(?:时间|時間|时段|時段)\s*(?:为|為)?\s*[:：]?",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(
    r"(?:monday|mon)\.?\s*(?:to|-|–|—|through|thru|~)\s*(?:friday|fri)\b|weekdays|周一至周五|週一至週五|星期一至星期五|"
    r"周一到周五|週一到週五|工作日",
    re.IGNORECASE,
)
# round the clock, or weekends and holidays covered: no weekday-only hours
_EVERY_DAY = re.compile(
    r"24\s*[x×/]\s*7|7\s*[x×]\s*24|24\s*hours|round[- ]the[- ]clock|saturday|sunday|weekends?|holidays?|"
    r"节假日|節假日|周末|週末|全年|全天",
    re.IGNORECASE,
)
# a sentence introducing the table below it that says its hours count business hours ("The default SLA and
# thresholds appear below (business hours are calculated as 8 a.m.–5 p.m., Monday through Friday)", "下表时间均为工作时间")
_INTRO_BELOW = re.compile(r"\b(?:below|following|as follows)\b|下表|如下|以下", re.IGNORECASE)
_BUSINESS_WORDS = re.compile(r"\b(?:business|working|office)\s+hours\b|工作时间|工作時間|工作日", re.IGNORECASE)
# a list item defining the business hours themselves ("* 工作时间: Monday to Friday 9:00-18:00", "- Business hours:
# Mon-Fri 9-5"): the promises in the items under it count those hours. An item saying when a tier is open
# ("- Availability: Business hours (9 AM - 5 PM, Monday-Friday)") decides nothing for the items under it.
_ITEM = re.compile(r"^\s*(?:[-*•·]\s+|\d{1,2}[.)]\s+)")
_BUSINESS_ITEM = re.compile(
    r"^\s*(?:[-*•·]\s+)(?:\*\*)?(?:business|office|working)\s+hours(?:\*\*)?\s*[:：]|"
    r"^\s*(?:[-*•·]\s+)(?:\*\*)?(?:工作|上班)(?:时间|時間)(?:\*\*)?\s*(?:为|為)?\s*[:：]",
    re.IGNORECASE,
)
_HOURS_REACH = 6  # paragraphs above an hours line (its section's promises, a table's rows) it bounds
_HOURS_BELOW = 2  # paragraphs below it where a table it captions may start


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
    if _OPEN_WHEN.match(line) or (_ITEM.match(line) and _CHANNEL_ITEM.search(line)):
        return None
    if any(p.fullmatch(line) for p in (_BUSINESS_TITLE, _ZH_BUSINESS_TITLE, _BRACKET_TITLE, _ZH_BRACKET_TITLE)):
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


def hours_lines(paragraphs: Sequence[_Paragraph]) -> list[tuple[int, int, int]]:
    """(first, last, the line's own) paragraph numbers each weekday-hours line bounds: the promises just above it (a table's rows
    above it all of them) and a table starting just below it, all its rows; not the prose below it (an
    "Availability" line over a tier's response times states when the tier is open, not how its times count). Lines naming a time of their own (a
    promise) or any round-the-clock, weekend or holiday hours are no such line."""
    out: list[tuple[int, int, int]] = []
    for k, p in enumerate(paragraphs):
        line = p.text.strip()
        if _EVERY_DAY.search(line) or _TIME.search(line) or _TIME_WORD.search(line):
            continue
        if _intro_of_business_table(paragraphs, k) or _hours_caption(paragraphs, k):
            out.append((paragraphs[k + 1].number, _rows_from(paragraphs, k + 1), p.number))
            continue
        if len(line) > 90 or not _HOURS_LABEL.match(line) or not _WEEKDAYS.search(line):
            continue
        first = k
        while first > max(0, k - _HOURS_REACH) and not _opens_section(paragraphs[first - 1]):
            first -= 1  # not across the heading of its section, nor into another hours line's
        while first > 0 and _is_row(paragraphs[first - 1]) and _is_row(paragraphs[first]):
            first -= 1
        last = k  # below the line, only a table it captions: rows starting within _HOURS_BELOW lines
        below = next(
            (m for m in range(k + 1, min(len(paragraphs), k + 1 + _HOURS_BELOW)) if _is_row(paragraphs[m])), None
        )
        last = _rows_from(paragraphs, below) if below is not None else paragraphs[k].number
        if below is None and _BUSINESS_ITEM.match(line):
            last = _items_from(paragraphs, k)
        out.append((paragraphs[first].number, last, p.number))
    return out


def _items_from(paragraphs: Sequence[_Paragraph], k: int) -> int:
    """The number of the last list item right under the item at index ``k`` (its siblings, within reach)."""
    last = k
    while last + 1 < min(len(paragraphs), k + 1 + _HOURS_REACH) and _ITEM.match(paragraphs[last + 1].text):
        last += 1
    return paragraphs[last].number


def _intro_of_business_table(paragraphs: Sequence[_Paragraph], k: int) -> bool:
    """The paragraph introduces the table right under it and says its hours are business hours."""
    text = paragraphs[k].text
    if k + 1 >= len(paragraphs) or not _is_row(paragraphs[k + 1]) or _is_row(paragraphs[k]):
        return False
    return bool(_INTRO_BELOW.search(text) and _BUSINESS_WORDS.search(text) and _WEEKDAYS.search(text))


# a span of the day: "8:30am & 6pm", "between 9 a.m. and 5 p.m.", "09:00 - 18:00"
_DAY_SPAN = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:-|–|—|~|to|until|till|and|&)\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|"
    r"\b\d{1,2}:\d\d\s*(?:-|–|—|~|to|until|till|and|&)\s*\d{1,2}:\d\d",
    re.IGNORECASE,
)


def _hours_caption(paragraphs: Sequence[_Paragraph], k: int) -> bool:
    """The paragraph right above a table states weekday hours of the day and no label ("Available between 8:30am &
    6pm GMT, Mon- Fri." under a plan's heading, over its table): the hours that plan's table counts."""
    text = paragraphs[k].text
    if k + 1 >= len(paragraphs) or not _is_row(paragraphs[k + 1]) or _is_row(paragraphs[k]) or len(text) > 120:
        return False
    return bool(_WEEKDAYS.search(text) and _DAY_SPAN.search(text))


def _rows_from(paragraphs: Sequence[_Paragraph], start: int) -> int:
    """The number of the last paragraph of the table whose rows start at index ``start``."""
    last = start
    while last + 1 < len(paragraphs) and _is_row(paragraphs[last + 1]):
        last += 1
    return paragraphs[last].number


def _opens_section(p: _Paragraph) -> bool:
    """A Markdown heading, or another hours line (the tier above has its own)."""
    line = p.text.lstrip()
    return line.startswith("#") or (bool(_HOURS_LABEL.match(line)) and bool(_WEEKDAYS.search(line)))


def _is_row(p: _Paragraph) -> bool:
    return "|" in p.text or "｜" in p.text


def clock_in_section(
    sections: list[tuple[int, str]],
    s: _Sentence,
    own: Said | None,
    everywhere: Said | None,
    hours: Sequence[tuple[int, int, int]] = (),
    days: bool = False,
) -> Said | None:
    """A time's clock, with the paragraph number of the line stating it: its own, else its section title's (an
    after-hours section's times are elapsed time, whatever the document says elsewhere), else the business clock
    when a weekday-hours line stands beside it (``hours``, from `hours_lines`) — but not for whole days written in
    hours (``days``: "24 hours" under the line is a day count, as under any support window) — else the
    document's."""
    if own:
        return own
    number = s.paragraph.number
    above = [(clock, at) for at, clock in sections if at < number]
    if not above:
        line = None if days else next((at for a, b, at in hours if a <= number <= b), None)
        return (BUSINESS, line) if line is not None else everywhere
    return None if above[-1][0] == ELAPSED else (BUSINESS, above[-1][1])
