"""PDF tables from pypdfium2's text rectangles: one row, one line, cells joined by " | ".

PDFium's plain text puts a table row on as many lines as its tallest cell has, and in
stream order: a unit cell that wraps ("次（每次上" / "门）") ends up on two lines with the
other cells after it, so the price no longer stands next to its unit. PDFium's text
*rectangles* keep the geometry: one rectangle per cell line. Rectangles on one baseline
form a visual line; a run of visual lines with three or more cells whose left edges line
up is a table. Within it, a line closer to the one above than the table's row pitch is
a wrapped continuation of the same row (the line pitch inside a cell is smaller than the
pitch between rows, which adds the cells' padding and rule); its rectangles join the cell
whose column they start in.

Each row is then written as one line like a DOCX row ("服务项目 | 计费单位 | 单价"), and
every fragment keeps the page line and column it came from, so evidence still points at
the characters in the PDF's own text.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_MIN_COLUMNS = 3


@dataclass(slots=True)
class Rect:
    """A box on the page in PDF points (y grows upwards); a text rectangle keeps its text."""

    left: float
    bottom: float
    right: float
    top: float
    text: str = ""

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(slots=True)
class _Visual:
    """Rectangles on one baseline, merged into cells (left to right)."""

    top: float
    height: float
    cells: list[Rect] = field(default_factory=list)


@dataclass(slots=True)
class Fragment:
    text: str
    line: int = 0  # 1-based line in the page's plain text, 0 until placed
    column: int = 0  # 0-based code-point column in that line
    copy_of: Fragment | None = None  # a merged-down cell's text repeated in a lower row: placed where the original is


@dataclass(slots=True)
class Row:
    cells: list[list[Fragment]]  # per column, its fragments top to bottom
    framed: bool = False  # written "| a | | c |" with every column in its place (a ruled table's grid)
    ruled: bool = False  # its cells came from the page's rules (`pdf_rules`), not from lined-up text rectangles

    def fragments(self) -> list[Fragment]:
        """The fragments of the page's text, in order (a repeated merged cell's copies are not in it again)."""
        return [f for cell in self.cells for f in cell if f.copy_of is None]


@dataclass(slots=True)
class Line:
    """One line of a page as the paragraph joiner reads it: plain text, or a table row."""

    number: int
    text: str
    parts: list[tuple[int, int, int]]  # (offset in text, page line, 1-based column); a plain line's offsets count
    # from its first non-blank character
    row: bool = False
    margin: bool = False  # it stands in the page's top or bottom margin (`pdf_order.in_margin`)


def rows_of(textpage: Any) -> list[Row]:
    """The table rows on one page (none when the page has no table)."""
    rects = [Rect(*textpage.get_rect(i)) for i in range(textpage.count_rects())]
    visuals = _visual_lines(rects)
    if sum(1 for v in visuals if len(v.cells) >= _MIN_COLUMNS) < 2:
        return []  # no table on this page: skip reading rectangle texts
    for v in visuals:
        for cell in v.cells:
            text = textpage.get_text_bounded(cell.left, cell.bottom, cell.right, cell.top)
            cell.text = text.replace("\x02", "-").replace("\ufffe", "-").strip()  # a hyphen at a line break
    rows: list[Row] = []
    for block in _blocks(visuals):
        rows.extend(_rows(block))
    return rows


def _visual_lines(rects: list[Rect]) -> list[_Visual]:
    out: list[_Visual] = []
    for r in sorted(rects, key=lambda r: (-r.top, r.left)):
        middle = (r.top + r.bottom) / 2
        if out and out[-1].top - out[-1].height - 1 <= middle <= out[-1].top + 1:
            out[-1].cells.append(r)  # same baseline, or a short glyph (a dash) inside the line's height
        else:
            out.append(_Visual(r.top, r.height, [r]))
    out = _marks_joined(out)
    for v in out:
        v.cells.sort(key=lambda r: r.left)
        merged: list[Rect] = []
        raised = False  # the last rectangle was a raised mark: an apostrophe or quote inside a word
        for r in v.cells:  # a font change splits a line into touching rectangles: one cell
            gap = r.left - merged[-1].right if merged else 0.0
            # a glyph from another font (a typographic apostrophe, "user’s") may stand a word space from its
            # neighbours: it joins them, a cell rule ("|", as tall as the line) does not
            mark = _raised_mark(r, v)
            if merged and (gap < 0.45 * v.height or ((mark or raised) and gap < 1.5 * v.height)):
                last = merged[-1]
                merged[-1] = Rect(last.left, min(last.bottom, r.bottom), max(last.right, r.right), max(last.top, r.top))
            else:
                merged.append(Rect(r.left, r.bottom, r.right, r.top))
            raised = mark
        v.cells = merged
    return out


def _marks_joined(lines: list[_Visual]) -> list[_Visual]:
    """A "line" of short glyphs only, a little above the next one and inside its height (the apostrophes of
    "user’s", "won’t" set in another font top out above the letters), belongs to that line."""
    out: list[_Visual] = []
    for v in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and above.height < 0.5 * v.height
            and v.top - v.height - 1 <= above.top - above.height
            and above.top <= v.top + 0.5 * v.height
            and all(r.right - r.left < 0.3 * v.height for r in above.cells)
        ):
            out[-1] = _Visual(v.top, v.height, above.cells + v.cells)
            continue
        out.append(v)
    return out


def _raised_mark(r: Rect, line: _Visual) -> bool:
    """A narrow glyph standing above the line's middle: an apostrophe or a quotation mark."""
    return r.right - r.left < 0.3 * line.height and r.bottom > line.top - 0.5 * line.height


def _overlapping(cell: Rect, columns: list[list[float]]) -> list[int]:
    return [i for i, (a, b) in enumerate(columns) if cell.left < b - 0.5 and cell.right > a + 0.5]


def _blocks(visuals: list[_Visual]) -> list[tuple[list[_Visual], list[list[float]]]]:
    """Runs of visual lines that form a table, with the table's column intervals (x ranges).

    A run starts at a line of three or more cells; a following line joins while none of
    its cells crosses from one column into another (body text after the table spans them)."""
    blocks: list[tuple[list[_Visual], list[list[float]]]] = []
    current: list[_Visual] = []
    columns: list[list[float]] = []
    for v in visuals:
        if current and all(len(_overlapping(c, columns)) <= 1 for c in v.cells):
            current.append(v)
            for c in v.cells:
                hit = _overlapping(c, columns)
                if hit:
                    column = columns[hit[0]]
                    column[0], column[1] = min(column[0], c.left), max(column[1], c.right)
                else:
                    columns.append([c.left, c.right])
            columns.sort()
            continue
        _close(blocks, current, columns)
        current, columns = [], []
        if len(v.cells) >= _MIN_COLUMNS:
            current, columns = [v], [[c.left, c.right] for c in v.cells]
    _close(blocks, current, columns)
    return blocks


def _close(
    blocks: list[tuple[list[_Visual], list[list[float]]]], current: list[_Visual], columns: list[list[float]]
) -> None:
    if sum(1 for v in current if len(v.cells) >= _MIN_COLUMNS) >= 2:
        blocks.append((current, columns))


def _rows(block: tuple[list[_Visual], list[list[float]]]) -> list[Row]:
    visuals, columns = block
    pitches = [a.top - b.top for a, b in itertools.pairwise(visuals)]
    least = min(pitches, default=0.0)
    wraps = bool(pitches) and max(pitches) > 1.3 * least
    usual = statistics.median(pitches) if pitches else 0.0
    rows: list[Row] = []
    previous: _Visual | None = None
    for v in visuals:
        pitch = previous.top - v.top if previous is not None else 0.0
        continued = previous is not None and (
            (wraps and pitch <= 1.15 * least)
            # tightly padded tables (Typst) barely widen the row pitch: a lone cell a little closer than
            # the usual pitch still continues the row above ("次（每次上" / "门）")
            or (len(v.cells) == 1 and pitch < 0.95 * usual)
        )
        if not continued:
            rows.append(Row([[] for _ in columns]))
        for cell in v.cells:
            hit = _overlapping(cell, columns)
            if hit and cell.text:
                rows[-1].cells[hit[0]].append(Fragment(cell.text))
        previous = v
    return [r for r in rows if sum(1 for c in r.cells if c) >= 2]


_RETRIES = 8  # places tried for a row whose first words also stand in lines above it


def place(lines: list[str], rows: list[Row]) -> list[Line]:
    """The page's lines with each table row found in them replaced by one row line."""
    spans: list[tuple[int, int, Row]] = []
    cursor = 0
    for row in rows:
        covered = sum(len("".join(f.text.split())) for f in row.fragments())
        start = cursor
        # a ruled row is a row for certain: where its first words first stand is not always where it stands; a row
        # of lined-up rectangles is a guess, kept only where it is first found
        for _ in range(_RETRIES if row.ruled else 1):
            placed = _place_row(lines, row, start)
            if placed is not None:
                first, last = placed
                if covered >= 0.9 * sum(len("".join(lines[i].split())) for i in range(first, last + 1)):
                    spans.append((first, last, row))
                    cursor = last + 1
                    break
            # its first cell's words stood in a line above it ("Level" in "Severity Level." above the row "Level
            # Definition … Response", 级别 in 服务级别如下：): the row was not found there, or the lines found hold
            # text the row does not; look again after that line
            fragments = row.fragments()
            hit = _find(lines, fragments[0].text, start, 0, len(lines)) if fragments else None
            if hit is None:
                break
            start = hit[0] + 1
    for _, _, row in spans:
        _place_copies(lines, row)
    out: list[Line] = []
    index = 0
    for first, last, row in spans:
        out.extend(_plain(lines, index, first))
        out.append(_row_line(row))
        index = last + 1
    out.extend(_plain(lines, index, len(lines)))
    return out


def _place_copies(lines: list[str], row: Row) -> None:
    """A merged-down cell repeated in a placed row points at its original; an original in a row that was not placed
    itself (its lines stay plain text) is looked for in the page's lines, else taken to stand where the row starts."""
    own = row.fragments()
    for cell in row.cells:
        for fragment in cell:
            original = fragment.copy_of
            if original is None or original.line:
                continue
            hit = _find(lines, original.text, 0, 0, len(lines))
            original.line, original.column = (hit[0] + 1, hit[1]) if hit else (own[0].line, own[0].column)


def _plain(lines: list[str], start: int, end: int) -> list[Line]:
    out = []
    for i in range(start, end):
        raw = lines[i]
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(i + 1, raw, [(0, i + 1, lead + 1)]))
    return out


def _place_row(lines: list[str], row: Row, cursor: int) -> tuple[int, int] | None:
    """Find the row's fragments in the page text, in order (PDFium writes a row cell by cell,
    each cell top to bottom): (first, last) line index, or None when they are not there."""
    line, column = cursor, 0
    placed: list[tuple[Fragment, int, int]] = []
    for fragment in row.fragments():
        hit = _find(lines, fragment.text, line, column, 4 if placed else len(lines))
        if hit is None:
            return None
        placed.append((fragment, *hit))
        line, column = hit[0], hit[1] + len(fragment.text)
    if not placed:
        return None  # a row of merged-down copies only: nothing of the page's text to place
    for fragment, i, c in placed:
        fragment.line, fragment.column = i + 1, c
    return placed[0][1], placed[-1][1]


def _find(lines: list[str], text: str, line: int, column: int, reach: int) -> tuple[int, int] | None:
    for i in range(line, min(len(lines), line + reach)):
        at = lines[i].find(text, column if i == line else 0)
        if at >= 0:
            return i, at
    return None


def _row_line(row: Row) -> Line:
    text = "| " if row.framed else ""
    parts: list[tuple[int, int, int]] = []
    for n, cell in enumerate(row.cells if row.framed else [c for c in row.cells if c]):
        if n:
            text += " | "
        for k, fragment in enumerate(cell):
            if k:
                previous = cell[k - 1].text
                cjk = _CJK.match(previous[-1]) or _CJK.match(fragment.text[0])
                text += "" if cjk or previous.endswith("-") else " "
            placed = fragment.copy_of or fragment
            parts.append((len(text), placed.line, placed.column + 1))
            text += fragment.text
    text += " |" if row.framed else ""
    return Line(min(f.line for f in row.fragments()), text, parts, row=True)
