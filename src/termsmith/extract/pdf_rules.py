"""PDF tables drawn with rules: the cells the lines enclose, merged cells included.

A vendor's agreement exported from Word or printed from a web page draws its tables' cell borders as paths. Where a
page has such rules, their horizontal and vertical segments (read from PDFium's path objects, in page coordinates)
give the cells exactly, through pdfplumber's table finder (MIT: its edge merging, intersections, cells and tables;
its own PDF parser is not used, since pdfminer misreads CJK text that PDFium reads right). A cell's text is PDFium's
text inside the cell. This sees what the text rectangles (`pdf_tables.rows_of`) cannot: a cell that wraps onto
several lines, a header cell spanning several columns (its columns after the first left empty, so the cells after it
keep their places) or both header rows (its text repeated in the second, as Word's merged-down cell is).
"""

from __future__ import annotations

import itertools
from typing import Any

from termsmith.extract.pdf_tables import Fragment, Row

_MIN_EDGES = 2  # horizontal and vertical rules each, for a grid
_TOLERANCE = 3.0  # points: pdfplumber's default snap and join tolerance
_THIN = 2.5  # points: a filled rectangle this thin is a rule drawn as a box


def ruled_rows(page: Any, textpage: Any) -> list[Row]:
    """The rows of the ruled tables on one page; none when the page draws no grid."""
    height = page.get_height()
    edges = _edges(page, height)
    if sum(e["orientation"] == "h" for e in edges) < _MIN_EDGES:
        return []
    from pdfplumber import table as finder  # only for pages that draw rules: its import takes ~0.15 s

    merged = finder.merge_edges(edges, _TOLERANCE, _TOLERANCE, _TOLERANCE, _TOLERANCE)
    if sum(e["orientation"] == "v" for e in merged) < _MIN_EDGES:
        merged += _column_edges(merged, textpage, height)  # rules between rows only: columns from the text's gaps
        if sum(e["orientation"] == "v" for e in merged) < _MIN_EDGES + 1:
            return []
    cells = finder.intersections_to_cells(finder.edges_to_intersections(merged, _TOLERANCE, _TOLERANCE))
    rows: list[Row] = []
    for found in finder.cells_to_tables(cells):
        grid = finder.Table(None, found).rows  # type: ignore[arg-type]  # rows need no page
        if len(grid) >= 2 and max(len(r.cells) for r in grid) >= 2:
            rows.extend(_rows([list(r.cells) for r in grid], textpage, height))
    return rows


def _rows(grid: list[list[Any]], textpage: Any, height: float) -> list[Row]:
    """Each grid row's cells as fragments, one per text line; a position a merged cell covers is empty when the cell
    spans columns, and repeats the cell's text when it spans rows from above."""
    out: list[Row] = []
    above: list[tuple[Any, list[Fragment]] | None] = [None] * len(grid[0])
    for cells in grid:
        row: list[list[Fragment]] = []
        here: list[tuple[Any, list[Fragment]] | None] = []
        for k, box in enumerate(cells):
            if box is not None:
                fragments = [Fragment(t) for t in _text(textpage, box, height)]
                row.append(fragments)
                here.append((box, fragments))
                continue
            spanning = above[k] if k < len(above) else None
            top = next((c[1] for c in cells if c is not None), None)
            if spanning is not None and top is not None and spanning[0][3] > top + _TOLERANCE:
                row.append([Fragment(f.text, copy_of=f) for f in spanning[1]])  # merged down from the row above
                here.append(spanning)
            else:
                row.append([])
                here.append(None)
        above = here
        kept = Row(row, ruled=True)
        # a row of its own text: two cells or more, or one under a row kept; a row holding only a merged-down cell's
        # copy (its other cells empty) adds nothing and has nothing of its own to place in the page's text
        if kept.fragments() and (sum(1 for c in row if c) >= 2 or (out and any(row))):
            out.append(kept)
    # a table with a gap in any row is written framed with every column in its place, as Word's and HTML's are
    framed = any(not all(r.cells) for r in out)
    for r in out:
        r.framed = framed
    return out


def _column_edges(edges: list[dict[str, Any]], textpage: Any, height: float) -> list[dict[str, Any]]:
    """A table ruled between its rows only (a Word table with horizontal borders): the edges to add. Vertical edges
    where no text crosses, between the first and the last rule of the run of rules that share the widest rule's extent. The text's
    lines inside the rules, projected on the page's width, leave a gap between each column and the next. A header
    ruled only below (each cell's bottom border) gets a horizontal edge above it when its lines right above the first
    rule stand in two columns or more (an intro line above a table stands in one)."""
    rules = [e for e in edges if e["orientation"] == "h"]
    widest = max(rules, key=lambda e: e["x1"] - e["x0"])
    left, right = widest["x0"], widest["x1"]
    same = sorted(e["top"] for e in rules if abs(e["x0"] - left) <= _TOLERANCE and abs(e["x1"] - right) <= _TOLERANCE)
    if len(same) < _MIN_EDGES + 1:
        return []
    top, bottom = same[0], same[-1]
    boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    inside = [b for b in boxes if left - _TOLERANCE <= b[0] and b[2] <= right + _TOLERANCE]
    gaps = _gaps([(b[0], b[2]) for b in inside if top <= height - b[3] and height - b[1] <= bottom], left)
    if not gaps:
        return []
    header = _lines_above(inside, top, min(b - a for a, b in itertools.pairwise(same)), height)
    added: list[dict[str, Any]] = []
    if len({sum(b[0] > g for g in gaps) for b in header}) >= 2:
        top = min(height - b[3] for b in header) - 2
        added.append(_edge(left, right, top, top, "h"))
    return added + [_edge(x, x, top, bottom, "v") for x in (left, *gaps, right)]


def _lines_above(boxes: list[Any], rule: float, pitch: float, height: float) -> list[Any]:
    """The text boxes right above a rule, line by line upwards while the lines stand close (a wrapped header cell),
    stopping at a paragraph's gap (the intro above a table)."""
    above = [b for b in boxes if rule - pitch <= height - b[3] and height - b[1] <= rule + 1]
    out: list[Any] = []
    reach = rule
    for box in sorted(above, key=lambda b: b[1]):  # nearest the rule first: PDF coordinates grow upwards
        box_top, box_bottom = height - box[3], height - box[1]
        if box_bottom < reach - 0.8 * (box[3] - box[1]) - 2:
            break
        out.append(box)
        reach = min(reach, box_top)
    return out


def _gaps(spans: list[tuple[float, float]], left: float) -> list[float]:
    """The middles of the gaps no span crosses, left to right."""
    gaps: list[float] = []
    reach = left
    for x0, x1 in sorted(spans):
        if x0 > reach + _TOLERANCE and reach > left:
            gaps.append((reach + x0) / 2)
        reach = max(reach, x1)
    return gaps


def _text(textpage: Any, box: tuple[float, float, float, float], height: float) -> list[str]:
    """The text inside a cell (pdfplumber's box: x0, top, x1, bottom from the page's top), one entry per line."""
    x0, top, x1, bottom = box
    text = textpage.get_text_bounded(x0 + 0.5, height - bottom + 0.5, x1 - 0.5, height - top - 0.5)
    text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _edges(page: Any, height: float) -> list[dict[str, Any]]:
    """The page's horizontal and vertical rule segments as pdfplumber edges (top measured from the page's top)."""
    import pypdfium2.raw as pdfium_c

    out: list[dict[str, Any]] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        if right - left <= _THIN or top - bottom <= _THIN:  # a line, or a thin box drawn as one
            _add(out, left, bottom, right, top, height)
            continue
        for a, b in _segments(obj, pdfium_c):
            _add(out, min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]), height)
    return out


def _segments(obj: Any, pdfium_c: Any) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """A path's straight segments in page coordinates (a rectangle's four sides, a polyline's pieces)."""
    import ctypes

    matrix = obj.get_matrix()
    count = pdfium_c.FPDFPath_CountSegments(obj.raw)
    if count <= 0 or count > 400:
        return []
    points: list[tuple[float, float]] = []
    out: list[tuple[tuple[float, float], tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    start: tuple[float, float] | None = None
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e, matrix.b * x.value + matrix.d * y.value + matrix.f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not points:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            out.append((points[-1], point))
        points.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and start != point:
            out.append((point, start))
    return out


def _add(out: list[dict[str, Any]], left: float, bottom: float, right: float, top: float, height: float) -> None:
    """A segment or thin box as a horizontal or vertical edge; anything slanted or square is no rule."""
    wide, tall = right - left, top - bottom
    if tall <= _THIN and wide > _TOLERANCE and wide > tall:
        y = height - (top + bottom) / 2
        out.append(_edge(left, right, y, y, "h"))
    elif wide <= _THIN and tall > _TOLERANCE and tall > wide:
        x = (left + right) / 2
        out.append(_edge(x, x, height - top, height - bottom, "v"))


def _edge(x0: float, x1: float, top: float, bottom: float, orientation: str) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }
