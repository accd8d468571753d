"""Where each line of a PDF page stands, and the page's lines in reading order when PDFium's are not.

PDFium returns a page's text in the order of its content stream. Word, LibreOffice and browsers write
that stream in reading order; some report generators do not (a PDFsharp service agreement writes all of
a page's headings first, then the clauses, and each clause number after its clause). Such a page is
*disordered*: its lines go back up the page, within one column, again and again. Its lines are then put
in the order they stand on the page — top to bottom, and a clause number back in front of its clause on
the same baseline — while two columns set side by side (a cover page's CLIENT | CONTRACTOR) are kept
column after column, as they were written.

Every line keeps the page line it came from, so evidence still points at PDFium's own text.

Where a line stands also tells a running header or footer (it sits in the page's top or bottom margin)
from a line that merely repeats in the body (a table's "Response" cell, a party named on the cover and
again above the signatures).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from termsmith.extract.pdf_tables import Line, Rect

# a running header or footer sits in the page's top or bottom 8 %
_MARGIN = 0.08
# a page is disordered when its lines climb back up the same column at least this often (and in 5 % of its lines):
# a header written after the body, or a signature block's two columns, climb once or twice
_CLIMBS = 3
# on one baseline, a gap wider than this many line heights parts two columns; a narrower one is a clause number's
# tab ("A.", "1.") before its text
_COLUMN_GAP = 4.0
_BREAK = re.compile(r"\r\n|\r|\n")


def page_lines(raw: str) -> tuple[list[str], list[int]]:
    """PDFium's page text split into lines ("\\r\\n", "\\r" or "\\n"), and where each line starts in it."""
    lines: list[str] = []
    starts: list[int] = []
    start = 0
    for end in _BREAK.finditer(raw):
        lines.append(raw[start : end.start()])
        starts.append(start)
        start = end.end()
    lines.append(raw[start:])
    starts.append(start)
    return lines, starts


def line_boxes(textpage: Any, lines: list[str], starts: list[int]) -> list[Rect | None]:
    """The box of each line of the page's text (None for a blank line): its first and last characters'."""
    boxes: list[Rect | None] = []
    for line, start in zip(lines, starts, strict=True):
        body = line.strip()
        if body:
            first = start + len(line) - len(line.lstrip())
            a = textpage.get_charbox(first)
            b = textpage.get_charbox(first + len(body) - 1)
            boxes.append(Rect(a[0], min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])))
        else:
            boxes.append(None)
    return boxes


def in_margin(box: Rect | None, page_height: float) -> bool:
    """The line stands in the page's top or bottom margin, where running headers and footers are."""
    return box is not None and (box.top >= (1 - _MARGIN) * page_height or box.bottom <= _MARGIN * page_height)


def reading_order(lines: list[Line], boxes: list[Rect | None], page_height: float) -> list[Line]:
    """The page's lines in reading order: as PDFium gave them unless the page is disordered."""
    placed = [(line, _box_of(line, boxes)) for line in lines]
    body = [(line, box) for line, box in placed if box is not None and not in_margin(box, page_height)]
    if not _disordered([box for _, box in body]):
        return lines
    positioned = [(line, box) for line, box in placed if box is not None]
    return [line for group in _baselines(positioned) for line in group]


def _box_of(line: Line, boxes: list[Rect | None]) -> Rect | None:
    return boxes[line.number - 1] if 0 < line.number <= len(boxes) else None


def _disordered(boxes: list[Rect]) -> bool:
    climbs = sum(
        1
        for above, below in itertools.pairwise(boxes)
        if below.bottom > above.top + above.height and below.left < above.right  # wholly above it, same column
    )
    return climbs >= _CLIMBS and climbs >= 0.05 * len(boxes)


def _baselines(positioned: list[tuple[Line, Rect]]) -> list[list[Line]]:
    """Lines top to bottom; lines on one baseline left to right, a clause number joined to its clause; a run of
    baselines split into two columns reads its left column first."""
    rows: list[list[tuple[Line, Rect]]] = []
    for line, box in sorted(positioned, key=lambda p: (-p[1].top, p[1].left)):
        middle = (box.top + box.bottom) / 2
        if rows and rows[-1][0][1].bottom - 1 <= middle <= rows[-1][0][1].top + 1:
            rows[-1].append((line, box))
        else:
            rows.append([(line, box)])
    segments = [_segments(sorted(row, key=lambda p: p[1].left)) for row in rows]
    out: list[list[Line]] = []
    i = 0
    while i < len(segments):
        j = i
        while j < len(segments) and len(segments[j]) == 2 and _same_split(segments[i], segments[j]):
            j += 1
        if j - i >= 2:  # side-by-side columns: the left one, then the right one
            out.append([seg[0][0] for seg in segments[i:j]] + [seg[1][0] for seg in segments[i:j]])
            i = j
        else:
            out.append([line for line, _ in segments[i]])
            i += 1
    return out


def _segments(row: list[tuple[Line, Rect]]) -> list[tuple[Line, Rect]]:
    """One baseline's lines, neighbours closer than a column gap joined into one line."""
    out: list[tuple[Line, Rect]] = []
    for line, box in row:
        if out and not out[-1][0].row and not line.row:
            last, last_box = out[-1]
            if box.left - last_box.right < _COLUMN_GAP * last_box.height:
                out[-1] = (
                    _joined(last, line),
                    Rect(last_box.left, min(last_box.bottom, box.bottom), box.right, max(last_box.top, box.top)),
                )
                continue
        out.append((line, box))
    return out


def _same_split(first: list[tuple[Line, Rect]], other: list[tuple[Line, Rect]]) -> bool:
    """Two baselines of two segments each whose columns overlap: one split between them."""
    (_, a_left), (_, a_right) = first
    (_, b_left), (_, b_right) = other
    return b_left.right < a_right.left and a_left.right < b_right.left


def _joined(left: Line, right: Line) -> Line:
    """Two lines on one baseline as one ("A." and its clause), each part still pointing at its own page line (a
    plain line's parts count from its first non-blank character)."""
    head = left.text.strip()
    parts = left.parts + [(len(head) + 1 + offset, number, column) for offset, number, column in right.parts]
    return Line(left.number, head + " " + right.text.strip(), parts, margin=left.margin and right.margin)
