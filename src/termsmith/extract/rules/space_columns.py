"""A table copied as lines whose cells are separated by spaces only: a header line of column heads, then rows
of as many cells ("定价 首年度维护合约 维护合约服务契约1年" / "2千元以下 免费 1000元" / "5千元以下 免费 1500元",
"Plan Setup Monthly" / "Basic $100 $20"). Two rows at least, each a paragraph of its own right below the one
before, and no money in the header. The fee and period rules read a cell's column head from it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from termsmith.extract.sentences import Sentence
from termsmith.extract.values import money

# cells apart by tabs or runs of spaces; by single spaces only in a table whose lines have neither (Chinese
# cells hold no spaces of their own: "2千元以下 免费 1000元")
_WIDE_GAP = re.compile(r"\t\s*|\s{2,}")
_GAP = re.compile(r"\s+")
_MAX_CELLS = 6
_MAX_LINE = 80


@dataclass(frozen=True)
class SpaceTable:
    header: list[str]
    rows: list[tuple[Sentence, list[str]]]

    def cells_of(self, n: int) -> list[str]:
        """Column ``n`` of every row."""
        return [cells[n] for _, cells in self.rows]


def _cells(s: Sentence) -> list[str] | None:
    """The cells of a short line that is a paragraph of its own, or None."""
    text = s.norm.strip()
    if s.offset != 0 or len(text) > _MAX_LINE or "|" in text or s.text.strip() != s.paragraph.text.strip():
        return None
    cells = _gap(text).split(text)
    return cells if 3 <= len(cells) <= _MAX_CELLS else None


def _gap(text: str) -> re.Pattern[str]:
    return _WIDE_GAP if _WIDE_GAP.search(text) else _GAP


def space_tables(sentences: list[Sentence], currency: str) -> list[SpaceTable]:
    """The tables of space-separated cells in the document."""
    out: list[SpaceTable] = []
    i = 0
    while i < len(sentences):
        header = _cells(sentences[i])
        if header is None or money(sentences[i].norm, currency):
            i += 1
            continue
        rows: list[tuple[Sentence, list[str]]] = []
        j = i + 1
        while j < len(sentences):
            cells = _cells(sentences[j])
            if cells is None or len(cells) != len(header):
                break
            if sentences[j].paragraph.number != sentences[j - 1].paragraph.number + 1:
                break
            rows.append((sentences[j], cells))
            j += 1
        if len(rows) >= 2 and any(money(s.norm, currency) for s, _ in rows):
            out.append(SpaceTable(header, rows))
            i = j
        elif len(rows) >= 2:
            # no money in its rows: a header further down among them has the same rows' end and none of their
            # money either, so no table starts before j (trying each took time growing with the square of a
            # long run of such lines)
            i = j
        else:
            i += 1
    return out


def head_of(tables: list[SpaceTable], s: Sentence, start: int) -> tuple[str, str] | None:
    """The column head over the character ``start`` of row ``s`` and the row's first cell, when s is a row of
    one of the tables."""
    for table in tables:
        for row, cells in table.rows:
            if row is s:
                n = _index_of(s.norm, start)
                return (table.header[n], cells[0]) if n < len(cells) else None
    return None


def _index_of(text: str, start: int) -> int:
    """The cell a character stands in: the number of gaps before it."""
    while start < len(text) and text[start].isspace():  # an amount read with the gap before it
        start += 1
    stripped = text.strip()
    return len(_gap(stripped).findall(stripped[: max(0, start - (len(text) - len(text.lstrip())))]))
