"""Layouts without table cells that a severity-level table is printed in (flattened tables, level
names and labels on lines of their own): each reader takes the sentences it recognises."""

from __future__ import annotations

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.level_words import (
    _COLUMN_OF_LEVELS,
    _LEVEL,
    _LIST_INTRO,
    _NAME_ONLY,
    _clock,
    _kinds_in_order,
    _Level,
    _level_in,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import durations


class _LineLayout:
    """Two layouts without table cells.

    A table flattened to text: a header line naming the level column and the kinds in order
    ("Priority Description Response Updates Resolution"), then one line per level that starts with
    the level and holds its times in the header's order ("P2 … Within 1 hour … Within 1 business day").

    Level names on lines of their own under a sentence naming the kind ("we respond within the
    times below:" / "Critical events" / "- 30 minutes, 24/7")."""

    def __init__(self) -> None:
        self.columns: list[str] = []  # the flattened header's kinds, in order
        self.intro: str | None = None  # the kind the list intro names
        self.pending: tuple[str, str, str | None] | None = None  # a level named on its own line
        self.paragraph = -1  # the flattened row being read
        self.pending_at = -1  # the paragraph of the pending level: its time is on the next line

    def read(self, s: Sentence, levels: dict[str, _Level]) -> bool:
        """True when the sentence belongs to one of the layouts (and has been read)."""
        if s.paragraph.number == self.paragraph:
            return True
        found = [d for d in durations(s.norm) if not d.duration.unit.is_calendar]
        kinds = _kinds_in_order(s.norm)
        if not found and len(s.norm) <= 120 and len(kinds) >= 2 and _COLUMN_OF_LEVELS.search(s.norm):
            self.columns, self.pending, self.intro = kinds, None, None
            return True
        at_start = _LEVEL.match(s.norm.lstrip("-•*· "))
        if self.columns and s.offset == 0 and at_start:
            self.paragraph = s.paragraph.number
            self._flat_row(s, levels)
            return True
        self.columns = [] if s.offset == 0 else self.columns
        if kinds and not found and _LIST_INTRO.search(s.norm):
            self.intro = "response" if kinds[0] == "response" else "resolution"
            return True
        if self.intro and at_start and not found and _NAME_ONLY.match(s.norm.lstrip("-•*· ")[at_start.end() :]):
            self.pending, self.pending_at = _level_in(s.norm), s.paragraph.number
            return True
        if self.intro and self.pending and found and not kinds and s.paragraph.number == self.pending_at + 1:
            key, name, ident = self.pending
            entry = levels.setdefault(key, _Level(key, name, ident))
            entry.times.setdefault(self.intro, (found[0], _clock(s.norm, found[0]), s))
            self.pending = None
            return True
        return False

    def _flat_row(self, s: Sentence, levels: dict[str, _Level]) -> None:
        text = normalise(s.paragraph.text)
        level = _level_in(text)
        if level is None:
            return
        key, name, ident = level
        entry = levels.setdefault(key, _Level(key, name, ident))
        found = [d for d in durations(text) if not d.duration.unit.is_calendar]
        column = 0
        for n, d in enumerate(found):
            segment = text[d.start : found[n + 1].start if n + 1 < len(found) else len(text)]
            near = _kinds_in_order(text[max(0, d.start - 20) : d.start] + segment[:24])
            if near:
                kind = near[0]
            elif column < len(self.columns):
                kind = self.columns[column]
            else:
                break
            column = self.columns.index(kind) + 1 if kind in self.columns else column + 1
            entry.times.setdefault(kind, (d, _clock(segment, d), s))
