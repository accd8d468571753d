"""The last reading of a document whose levels no reader timed: a line naming only levels, one a column, and right
under it rows of a label and one cell per level, separated by spaces (a web grid copied one row a line). The header
is a paragraph's last line, since a text reader may have run it on from the line above.

    oo Priority 1 Priority 2 Priority 3 Priority 4                     ← the header: levels only (a stray mark before)
    Help Desk (During basic hours) 1 hour 24 hours 48 hours N/A        ← a row: its label, then one cell per level
    On Site (During basic hours) Dispatched in 1 hour Dispatched …     ← a dispatch: an arrival, no response

A row is read only when its cells count out to the header's levels, each a time (a lead word before it, "within 4
hours") or an empty mark ("N/A", "-"). A row that dispatches or schedules someone times an arrival and is left. The
kind is the one the row's label names, else the one a short title above the header names ("Response Times."); a row
whose kind is neither is left. The first row of a kind gives each level its time.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.duration_grid import _REFUSE, _levels_named
from termsmith.extract.rules.level_words import _LEVEL, _clock, _kinds_in_order, _Level
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

_LABEL = 40  # the longest row label
_TITLE = 60  # the longest sentence read as a title naming the kind
_TITLE_REACH = 6  # paragraphs above the header the title may stand in
_STRAY = 3  # the most characters of a stray mark the header may hold besides its levels
_EMPTY = re.compile(r"(?<!\S)(?:N/?A|-|–|—)(?!\S)", re.IGNORECASE)
_LEADS = r"within|in|under|less\s+than|up\s+to|<=?|≤"
_LEAD = re.compile(rf"(?:{_LEADS})?", re.IGNORECASE)  # what may stand between two cells' times
_LEAD_END = re.compile(rf"\s(?:{_LEADS})\s*$", re.IGNORECASE)
_DISPATCH = _re(r"dispatch|schedul|on[- ]?site|arriv")


def _header(text: str) -> list[tuple[str, str, str | None]] | None:
    """The levels a line names when it names nothing else (two or more, all apart)."""
    levels = _levels_named(text)
    rest = _LEVEL.sub(" ", text)
    if len(levels) < 2 or len(re.sub(r"\W", "", rest)) > _STRAY or durations(text):
        return None
    return levels


def _cells(text: str, width: int) -> tuple[str, list[FoundDuration | None]] | None:
    """A row's label and its ``width`` cells (a time each, None for an empty mark), else None."""
    found: list[tuple[int, int, FoundDuration | None]] = [
        (d.start, d.end, d) for d in durations(text) if not d.duration.unit.is_calendar
    ]
    empty: list[tuple[int, int, FoundDuration | None]] = [(m.start(), m.end(), None) for m in _EMPTY.finditer(text)]
    items = sorted(found + empty, key=lambda t: t[0])
    if not found or len(items) != width:
        return None
    label = _LEAD_END.sub("", text[: items[0][0]]).strip(" :-–—|")
    end = items[0][0]
    for start, stop, _d in items:
        if not _LEAD.fullmatch(text[end:start].strip()):
            return None
        end = stop
    if text[end:].strip(" .;*") or not label or len(label) > _LABEL or durations(label):
        return None
    return label, [d for _a, _b, d in items]


def _title_kind(sentences: list[Sentence], at: int) -> str | None:
    """The one kind the nearest short sentence above the first row (or the section heading) names."""
    number = sentences[at].paragraph.number
    for s in reversed(sentences[:at]):
        if number - s.paragraph.number > _TITLE_REACH:
            break
        if len(s.norm.strip()) <= _TITLE and (kinds := _kinds_in_order(s.norm)):
            return kinds[0] if len(kinds) == 1 else None
    kinds = _kinds_in_order(sentences[at].heading)
    return kinds[0] if len(kinds) == 1 else None


def level_header_rows(sentences: list[Sentence], levels: dict[str, _Level]) -> None:
    """Read the grids (see the module docstring) into ``levels``."""
    paragraphs: list[int] = []  # the index of each paragraph's first sentence
    for i, s in enumerate(sentences):
        if not paragraphs or sentences[paragraphs[-1]].paragraph is not s.paragraph:
            paragraphs.append(i)
    read: dict[str, _Level] = {}
    for n, at in enumerate(paragraphs[:-1]):
        # the header is its paragraph's last line: a reader may have run it on from the line above
        p = sentences[at].paragraph
        heads = _header(p.text[p.pieces[-1].offset :].strip())
        if heads is None:
            continue
        title = _title_kind(sentences, paragraphs[n + 1])
        for below in paragraphs[n + 1 :]:
            s = sentences[below]
            text = s.norm.strip()
            row = _cells(s.norm, len(heads))
            if row is None or text != s.paragraph.text.strip() or _REFUSE.search(text):
                break
            label, cells = row
            label_kinds = _kinds_in_order(label)
            kind = label_kinds[0] if len(label_kinds) == 1 else title if not label_kinds else None
            if kind is None or _DISPATCH.search(text):
                continue
            for (key, name, ident), d in zip(heads, cells, strict=True):
                if d is None:
                    continue
                entry = read.setdefault(key, _Level(key, name, ident))
                entry.named_at = entry.named_at or s
                entry.times.setdefault(kind, (d, _clock(f"{label} {s.norm[d.start : d.end]}", d), s))
    if len(read) >= 2:
        levels.update(read)
