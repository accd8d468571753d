"""Tables scraped from a web page one cell per line, a line holding only a bar between two cells:

    Severity
    |
    Response
    |
    Emergency Incident
    |
    1 business hour
    |

No line says where a row ends, so the width comes from the cells: the header is every cell before
the first row's name, and that name is the cell just before the first cell holding a time. The run
is read as a table only when every later row opens with a cell holding no time (a level's name).
`tables.find_tables` turns the spans found here into rows × columns.
"""

from __future__ import annotations

import re

from termsmith.extract.normalize import normalise
from termsmith.extract.source import Paragraph
from termsmith.extract.values import durations

_BAR_LINE = re.compile(r"\s*[|｜│┃║]\s*")
_ANY_BAR = re.compile(r"[|｜│┃║]")
_MIN_CELLS = 6  # a header and one row of at least two columns each


def bar_line_runs(paragraphs: list[Paragraph], taken: set[int]) -> list[tuple[list[int], int]]:
    """Each run's cell lines (indexes into ``paragraphs``) and its width (columns)."""
    out: list[tuple[list[int], int]] = []
    i = 0
    while i < len(paragraphs):
        cells = _run(paragraphs, i, taken)
        width = _width([paragraphs[k] for k in cells]) if len(cells) >= _MIN_CELLS else None
        if width is not None:  # a row left short at the end is text after the table ("For customer issues:")
            out.append((cells[: len(cells) - len(cells) % width], width))
            i = cells[-1] + 1
        else:
            i += 1
    return out


def _is_bar(p: Paragraph) -> bool:
    return _BAR_LINE.fullmatch(p.text) is not None


def _is_cell(p: Paragraph, taken: set[int]) -> bool:
    return p.number not in taken and bool(p.text.strip()) and _ANY_BAR.search(p.text) is None


def _run(paragraphs: list[Paragraph], i: int, taken: set[int]) -> list[int]:
    """Cell, bar, cell, bar …: the cells of the run starting at line ``i`` (a cell)."""
    cells: list[int] = []
    k = i
    while k < len(paragraphs) and _is_cell(paragraphs[k], taken):
        cells.append(k)
        if not (k + 1 < len(paragraphs) and _is_bar(paragraphs[k + 1])):
            break
        k += 2
    return cells


def _width(cells: list[Paragraph]) -> int | None:
    timed = [bool(durations(normalise(p.text))) for p in cells]
    first = next((k for k, t in enumerate(timed) if t), None)
    if first is None or first < 3:
        return None
    width = first - 1  # the cell before the first time is the first row's name
    names = range(width, len(cells), width)
    if len(cells) < 2 * width or any(timed[k] for k in names):
        return None
    return width
