"""Prose promises that repeat a level under another plan's heading: each plan's section states the same level again
with its own time.

    #### Standard Support                                   **Priority Support**
    - **Response Time**: 4 hours for critical issues        - Response time: 4 hours for critical issues
    #### Premium Support                                    **Premium Support**
    - **Response Time**: 2 hours for critical issues        - Response time: 1 hour for critical issues

Read into one level, the second plan's time was lost (the first time of a kind wins). A time for a level that an
earlier section already timed otherwise is the level under this section's title ("critical issues (Premium
Support)"), as `table_groups` does for a plan's table. The same time again is a repetition, not a plan of its own,
and a section without a title of its own changes nothing.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.level_lists import _heading
from termsmith.extract.rules.level_words import _Level, plan_level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_Timed = tuple[FoundDuration, str | None, Sentence]

_ITEM = re.compile(r"\s*[-*•·●▪◆■]\s")
_TITLE_WORDS = 6  # a title longer than this is a sentence, not a section's name


def section_titles(sentences: list[Sentence]) -> dict[int, str]:
    """Each paragraph → the title of the section it stands in: the nearest heading line above it (a Markdown
    heading, a bold or short line of its own without a time)."""
    out: dict[int, str] = {}
    title: str | None = None
    for s in sentences:
        if s.offset != 0:
            continue
        text = s.paragraph.text
        item = _ITEM.match(text) is not None  # a list item is no title ("- All Priority Support benefits")
        if not item and (found := _heading(text)) is not None and not durations(text):
            name = found.strip(" *_#")
            if name and len(name.split()) <= _TITLE_WORDS:
                title = name
                continue
        if title is not None:
            out[s.paragraph.number] = title
    return out


class ProseGroups:
    """Merges the levels one sentence's prose gives into the document's, keeping each section's repeats apart."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.titles = section_titles(sentences)
        self.timed_under: dict[tuple[str, str], str | None] = {}  # (level key, kind) → the title it was timed under

    def merge(self, found: dict[str, _Level], levels: dict[str, _Level], s: Sentence) -> None:
        title = self.titles.get(s.paragraph.number)
        for key, lv in found.items():
            for kind, timed in lv.times.items():
                entry = levels.setdefault((target := self._target(key, lv, kind, timed, title, levels)).key, target)
                if kind not in entry.times:
                    entry.times[kind] = timed
                    self.timed_under[(entry.key, kind)] = title

    def _target(
        self, key: str, lv: _Level, kind: str, timed: _Timed, title: str | None, levels: dict[str, _Level]
    ) -> _Level:
        earlier = levels.get(key)
        if earlier is None:
            return _Level(key, lv.name, lv.id)
        if kind not in earlier.times or title is None or (key, kind) not in self.timed_under:
            return earlier  # not timed yet, no section, or timed by a table (`table_groups` keeps those apart)
        if self.timed_under[(key, kind)] == title or _same_time(earlier.times[kind], timed):
            return earlier
        grouped = _Level(*plan_level(key, lv.name, title))
        return levels.get(grouped.key, grouped)


def _same_time(a: _Timed, b: _Timed) -> bool:
    return a[0].duration == b[0].duration
