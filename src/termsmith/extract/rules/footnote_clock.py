"""The clock a footnote gives the times it marks: "30 minutes1 hour*" over "*During Business Hours", "a 4 hour
response time*" over "*Response time is by business hours", "4小时*" over "*以工作时间计". Only the marked times
take the footnote's clock; a time beside them without the mark keeps its own reading.

A footnote is a line opening with its mark and stating the business clock (not after-hours, not round the
clock); a line of a bullet list ("* Business hours: Mon–Fri" among other "* …" items) is no footnote. A time is
marked when the mark follows it, at most through the kind's name ("4 hour response time*"), and does not also
open it ("*4 hours*" is emphasis)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.normalize import CLOCK_24X7
from termsmith.extract.rules.level_words import _CLOCK_HINT_BUSINESS, _OUTSIDE_BUSINESS
from termsmith.extract.values import durations
from termsmith.spec.types import Duration

_MARK = r"\*(?!\*)|†|‡|[¹²³]"
_FOOTNOTE = re.compile(rf"^\s*(?P<mark>{_MARK})\s*(?P<text>[^\s*].*)$")
_AFTER_TIME = re.compile(
    rf"\s*(?:(?:(?:first|initial)\s+)?(?:response|resolution|resolve|reaction|fix|repair|响应|響應|解决|解決)"
    rf"(?:\s*(?:times?|时间|時間))?\s*)?(?P<mark>{_MARK})",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[*•·-]\s")


def business_marks(texts: Sequence[str]) -> dict[str, int]:
    """The marks whose footnote line states the business clock, each with that line's index in ``texts``."""
    marks: dict[str, int] = {}
    for k, text in enumerate(texts):
        m = _FOOTNOTE.match(text)
        if m is None:
            continue
        neighbours = [texts[j] for j in (k - 1, k + 1) if 0 <= j < len(texts)]
        if _BULLET.match(text) and any(_BULLET.match(n) for n in neighbours):
            continue  # an item of a bullet list
        first = re.split(r"(?<=[.。;；])\s*", m["text"], maxsplit=1)[0]
        if CLOCK_24X7 in first or _OUTSIDE_BUSINESS.search(first) or not _CLOCK_HINT_BUSINESS.search(first):
            continue
        marks.setdefault(m["mark"], k)
    return marks


def marked_business(text: str, duration: Duration, marks: dict[str, int]) -> str | None:
    """The mark of ``marks`` that follows the time ``duration`` in ``text``, if one does."""
    if not marks:
        return None
    for found in durations(text):
        if found.duration != duration:
            continue
        m = _AFTER_TIME.match(text, found.end)
        if m and m["mark"] in marks and not text[: found.start].rstrip().endswith(m["mark"]):
            return m["mark"]
    return None
