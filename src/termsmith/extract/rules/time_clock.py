"""The clock of one level time, and the line of the document that states it.

A time states its clock ("4 business hours"), or takes it from elsewhere: the heading line of its level
("Priority 1 (24x7)", `heading_clock`), a footnote its mark points to ("2 hours*" / "*During Business Hours",
`footnote_clock`), the title of its section or a weekday-hours line beside it (`section_clock`), a sentence about
every time ("All times are business hours", `level_words.document_clock`), or the support window
(`support_window`); a clock a table reader gave the time is written in another cell of its row or in a column header
above it. `DocumentClocks` reads these once per document; `clock_of` answers for one time with the paragraph that
states the clock, and `cited` picks the sentence (or table cell) the evidence for the clock quotes, not the time's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.footnote_clock import business_marks, marked_business
from termsmith.extract.rules.heading_clock import heading_clock, paragraph_norms
from termsmith.extract.rules.level_words import document_clock, row_clock
from termsmith.extract.rules.section_clock import BUSINESS, Said, clock_in_section, hours_lines, section_clocks
from termsmith.extract.rules.support_window import (
    WindowException,
    spelled_units,
    support_window,
    whole_days,
    window_over,
)
from termsmith.extract.rules.tables import _cell
from termsmith.extract.sentences import Sentence
from termsmith.spec.types import Duration, TimeUnit


@dataclass(frozen=True)
class DocumentClocks:
    """Where one document states clocks for the level times that state none."""

    lines: dict[int, str]  # paragraph number → its normalised text
    sections: list[tuple[int, str]]
    hours: list[tuple[int, int, int]]
    marks: dict[str, int]  # footnote mark → the footnote's paragraph number
    everywhere: Said | None
    window: Said | None
    excepted: tuple[tuple[WindowException, int], ...]  # levels the window leaves out, each with the paragraph saying so
    spelled: frozenset[TimeUnit]
    paragraphs: dict[int, list[Sentence]]  # paragraph number → its sentences, in order
    stating: dict[int, Sentence]  # the sentence a document-wide statement or the support window was read from

    @classmethod
    def read(cls, sentences: Sequence[Sentence], times: Iterable[Duration]) -> DocumentClocks:
        """The clocks of ``sentences``' document; ``times`` are all its level times (a unit written both plainly
        and as a business unit keeps the support window off the plain one)."""
        lines = paragraph_norms(sentences)
        numbers = list(lines)
        headings = list(dict.fromkeys(s.heading for s in sentences))
        everywhere = document_clock([s.norm for s in sentences] + headings)
        read = support_window(s.norm for s in sentences)
        window, excepted = read if read else (None, ())
        paragraphs: dict[int, list[Sentence]] = {}
        for s in sentences:
            paragraphs.setdefault(s.paragraph.number, []).append(s)
        stating: dict[int, Sentence] = {}
        for said in (everywhere, window):
            if said and said[1] < len(sentences):
                stating[sentences[said[1]].paragraph.number] = sentences[said[1]]
        return cls(
            lines=lines,
            sections=section_clocks(sentences),
            hours=hours_lines(list({id(s.paragraph): s.paragraph for s in sentences}.values())),
            marks={mark: numbers[k] for mark, k in business_marks(list(lines.values())).items()},
            everywhere=everywhere and (everywhere[0], _text_paragraph(sentences, headings, everywhere[1])),
            window=window and (window[0], sentences[window[1]].paragraph.number),
            excepted=tuple((e, sentences[e.index].paragraph.number) for e in excepted),
            spelled=spelled_units(times),
            paragraphs=paragraphs,
            stating=stating,
        )

    def clock_of(
        self, s: Sentence, own: str | None, duration: Duration, key: str, name: str, tier: str | None = None
    ) -> Said | None:
        """The clock of the time ``duration`` read in ``s`` (``own``: the clock its own words give) of the level
        (``key``, ``name``, ``tier``), with the paragraph stating it."""
        number = s.paragraph.number
        said: Said | None = (own, self._own_line(s, own)) if own else heading_clock(self.lines, key, name, number)
        if said is None and (mark := marked_business(self.lines.get(number, s.norm), duration, self.marks)):
            said = (BUSINESS, self.marks[mark])
        if said is None and (excepted := self._excepted(key, name, tier)) is not None:
            # a level the window leaves out: round the clock, or no clock, whatever the lines beside its table say
            clock, line = excepted
            return (clock, line) if clock and window_over(duration, self.spelled) else None
        fallback = self.everywhere or (self.window if window_over(duration, self.spelled) else None)
        return clock_in_section(self.sections, s, said, fallback, self.hours, whole_days(duration))

    def _excepted(self, key: str, name: str, tier: str | None) -> tuple[str | None, int] | None:
        """The clock (None: no clock) and line of an exception to the support window that names the level."""
        return next(((e.clock, number) for e, number in self.excepted if e.covers(key, name, tier)), None)

    def _own_line(self, s: Sentence, clock: str) -> int:
        """The paragraph that states a time's own clock: the time's own when its sentence or its table row says it
        ("| Professional | Business hours | … | 1 hour |"), else the nearest line above it in its section that does
        (a column header "Priority 1 Response Time (within Support Hours)", a plan's "Coverage: 24x7"), else its own."""
        number = s.paragraph.number
        if row_clock([s.norm]) == clock or row_clock([self.lines.get(number, "")]) == clock:
            return number
        above = [n for n in self.lines if number - _OWN_REACH <= n < number]
        for n in reversed(above):
            first = self.paragraphs[n][0]
            if first.heading != s.heading:
                break
            if row_clock([self.lines[n]]) == clock:
                return n
        return number

    def cited(self, said: Said, time_line: Sentence, duration: Duration, own: bool) -> Sentence | None:
        """The line to cite for a time's clock, when it is not the line cited for the time: the clock's own line
        elsewhere, or the cell of the time's table row that states it. None when the time's words give the clock ("4 business
        hours", "1 working day"), and, for a clock the time's reader gave it (``own``), when no line found states it:
        the row's first cell is no evidence for a clock it does not name."""
        clock, number = said
        if (own and duration.unit.is_business) or (
            (own or number == time_line.paragraph.number) and row_clock([time_line.norm]) == clock
        ):
            return None
        line = self.line(number, clock)
        if line is None or line.text.strip() == time_line.text.strip():
            return None
        return None if own and row_clock([line.norm]) != clock else line

    def line(self, number: int, clock: str) -> Sentence | None:
        """The sentence of paragraph ``number`` that states ``clock``: the one a document-wide statement was read
        from, else the first whose words give that clock, else the paragraph's first; in a table row, its cell that
        names the clock."""
        if number in self.stating:
            return self.stating[number]
        sentences = self.paragraphs.get(number, [])
        line = next((s for s in sentences if row_clock([s.norm]) == clock), sentences[0] if sentences else None)
        return _clock_cell(line, clock) if line is not None and _ROW_BAR.search(line.text) else line


_ROW_BAR = re.compile(r"[|｜]")
_CELLS = re.compile(r"[^|｜]+")


def _clock_cell(row: Sentence, clock: str) -> Sentence:
    """The cell of a table row that names ``clock`` ("Business hours" in "| Professional | Business hours | … |"),
    else the row."""
    p = row.paragraph
    for m in _CELLS.finditer(p.text, row.offset, row.offset + len(row.text)):
        if m.group().strip() and row_clock([normalise(m.group())]) == clock:
            return _cell(p, row.heading, m.start(), m.end()) or row
    return row


_OWN_REACH = 6  # paragraphs above a time where the line stating its own clock may stand (a table's header rows)


def _text_paragraph(sentences: Sequence[Sentence], headings: list[str], k: int) -> int:
    """The paragraph of text ``k`` of ``document_clock``'s list: a sentence, else a heading (its own line when one
    reads the same, else the first line under it)."""
    if k < len(sentences):
        return sentences[k].paragraph.number
    heading = headings[k - len(sentences)]
    line = next((s for s in sentences if s.norm.strip() == heading.strip()), None)
    return (line or next(s for s in sentences if s.heading == heading)).paragraph.number
