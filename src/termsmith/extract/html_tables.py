"""HTML tables embedded in a text or Markdown file, as the rows the table readers already read.

Markdown docs sites keep a table the pipe syntax cannot draw (merged cells) as raw HTML:
``<table><tr><th colspan="2">…``. Line by line, such a table is a stream of tags. Here each
``<table>…</table>`` block becomes one framed pipe row per ``<tr>`` ("| P1 | 1h | 4h |"), the form
of a Markdown pipe table, so `rules.tables` reads it like any other. A cell spanning columns
(``colspan``) keeps its text in its first column and leaves the others empty, so the cells after
it stay in their columns; a cell spanning rows (``rowspan``) repeats its text in the rows below,
as the DOCX reader repeats a vertically merged cell, so each row still names its level.

Every cell's text keeps its place: the row is one paragraph with one piece per cell, pointing at
the line and column where the cell's text starts in the file. A ``<caption>`` is a paragraph of its own
above the rows, as a title line over a table would be ("Response times (business hours)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from termsmith.extract.source import Paragraph, Piece

_OPEN = re.compile(r"^\s*<table\b", re.IGNORECASE)
_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_BREAKS = frozenset({"br", "p", "li", "div", "ul", "ol", "tr", "td", "th", "table"})  # breaks in a cell: a space
_MAX_SPAN = 50  # a colspan/rowspan larger than any real table: read as 1


@dataclass(slots=True)
class _Cell:
    text: str
    line: int
    column: int  # 1-based column of the cell's first character in its line
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True, slots=True)
class TableBlock:
    first: int  # 1-based line of "<table"
    last: int  # 1-based line of "</table>"
    rows: list[Paragraph]  # numbered 0; the reader renumbers them


def table_blocks(lines: list[str]) -> list[TableBlock]:
    """Each HTML table that opens a line and is closed further down, in order, outermost only."""
    blocks: list[TableBlock] = []
    i = 0
    while i < len(lines):
        if not _OPEN.match(lines[i]):
            i += 1
            continue
        end = _closing_line(lines, i)
        if end is None:
            break  # never closed: the lines stay lines
        rows = _rows("\n".join(lines[i : end + 1]), i)
        if rows:  # a table without cells keeps its lines: nothing in it is dropped
            blocks.append(TableBlock(i + 1, end + 1, rows))
        i = end + 1
    return blocks


def _closing_line(lines: list[str], start: int) -> int | None:
    """The line closing the table opened on ``start``, counting tables nested in its cells."""
    depth = 0
    for k in range(start, len(lines)):
        depth += len(re.findall(r"<table\b", lines[k], re.IGNORECASE)) - len(_CLOSE.findall(lines[k]))
        if depth <= 0:
            return k
    return None


def _rows(html: str, line_offset: int) -> list[Paragraph]:
    """The table's caption (a paragraph of its own, first) and its rows."""
    parser = _Grid(line_offset)
    parser.feed(html)
    parser.close()
    parser.end_row()
    rows = [_paragraph(row, line) for row, line in _spread(parser.rows)]
    caption = " ".join("".join(parser.caption).split())
    if caption and rows:
        return [Paragraph(caption, 0, [Piece(0, None, parser.caption_at[0], parser.caption_at[1])]), *rows]
    return rows


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) <= _MAX_SPAN else 1


class _Grid(HTMLParser):
    """The rows of the outermost table, each a list of cells with their spans and places; a table nested
    in a cell is read as that cell's text."""

    def __init__(self, line_offset: int) -> None:
        super().__init__(convert_charrefs=True)
        self.base = line_offset
        self.rows: list[tuple[list[_Cell], int]] = []
        self.row: list[_Cell] | None = None
        self.row_line = 0
        self.cell: _Cell | None = None
        self.parts: list[str] = []
        self.depth = 0
        self.skip = 0
        self.caption: list[str] = []  # the <caption>'s text, read as the line above the table
        self.caption_at = (0, 1)
        self.in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.depth += 1
        if self.depth > 1 or tag == "table":
            self._break(tag)
            return
        if tag == "caption":
            self.in_caption = True
            return
        if tag == "tr":
            self.end_row()
            self.row, self.row_line = [], self.getpos()[0] + self.base
        elif tag in ("td", "th"):
            self.end_cell()
            if self.row is None:  # a cell without <tr>: browsers open the row
                self.row, self.row_line = [], self.getpos()[0] + self.base
            spans = dict(attrs)
            line = self.getpos()[0] + self.base
            self.cell = _Cell("", line, 0, _span(spans.get("colspan")), _span(spans.get("rowspan")))
        else:
            self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.end_row()
            return
        if self.depth > 1:
            self._break(tag)
        elif tag == "caption":
            self.in_caption = False
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr":
            self.end_row()
        else:
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.in_caption and not self.skip:
            if not self.caption and data.strip():
                self.caption_at = self._start_of(data)
            self.caption.append(data)
            return
        if self.skip or self.cell is None:
            return
        if not self.parts and data.strip():
            self.cell.line, self.cell.column = self._start_of(data)
        if self.parts or data.strip():
            self.parts.append(data)

    def _start_of(self, data: str) -> tuple[int, int]:
        """The file's line and 1-based column of the first non-blank character of ``data``."""
        line, column = self.getpos()
        lead = data[: len(data) - len(data.lstrip())]
        if "\n" in lead:
            line, column = line + lead.count("\n"), len(lead) - lead.rfind("\n") - 1
        else:
            column += len(lead)
        return line + self.base, column + 1

    def _break(self, tag: str) -> None:
        if tag in _BREAKS and self.parts:
            self.parts.append(" ")

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.cell.text = " ".join("".join(self.parts).replace("|", "/").split())
            if not self.cell.text:
                self.cell.line = self.cell.line or self.row_line
            self.row.append(self.cell)
        self.cell, self.parts = None, []

    def end_row(self) -> None:
        self.end_cell()
        if self.row:
            self.rows.append((self.row, self.row_line))
        self.row = None


def _spread(rows: list[tuple[list[_Cell], int]]) -> list[tuple[list[_Cell], int]]:
    """Rows on the table's grid: a cell spanning columns is followed by empty cells; a cell spanning rows
    stands again, with its own text and place, in its column of each row below it."""
    below: dict[int, tuple[_Cell, int]] = {}  # grid column → (cell spanning down into it, rows left)
    out: list[tuple[list[_Cell], int]] = []
    for cells, line in rows:
        grid: list[_Cell] = []
        queue = list(cells)
        while queue or any(col >= len(grid) for col in below):
            col = len(grid)
            if col in below:
                cell, left = below.pop(col)
                grid.append(cell)
                if left > 1:
                    below[col] = (cell, left - 1)
                continue
            if not queue:
                grid.append(_Cell("", line, 1))
                continue
            cell = queue.pop(0)
            grid.append(cell)
            grid.extend(_Cell("", cell.line, cell.column) for _ in range(1, cell.colspan))
            if cell.rowspan > 1:
                for k in range(cell.colspan):
                    below[col + k] = (cell if k == 0 else _Cell("", cell.line, cell.column), cell.rowspan - 1)
        out.append((grid, line))
    return out


def _paragraph(cells: list[_Cell], line: int) -> Paragraph:
    """One framed pipe row ("| a | | b |"), a piece per cell at the cell's own line and column."""
    text = "|"
    pieces = [Piece(0, None, line, 1)]
    for cell in cells:
        text += " "
        if cell.text:
            pieces.append(Piece(len(text), None, cell.line, cell.column))
            text += cell.text + " "
        text += "|"
    return Paragraph(text, 0, pieces)
