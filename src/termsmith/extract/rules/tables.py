"""Table reconstruction: the ways a table reaches us as text, turned into rows × columns.

A severity table is serialised in many ways by the time it is text: Markdown pipe rows (and DOCX,
HTML and PDF rows, which the readers write as ``a | b | c``); a pipe table broken one cell per line,
each ending in "|", with a cell's text running over several lines; columns separated by tabs or
runs of spaces; cells printed one per line without any separator; cells run together in one line
("Urgent (P0)Within 1 hourReserved for…"). `find_tables` recognises each and returns one shape:
a header (the cells naming the columns, possibly only some of them), rows of cells, whether the
cells sit in the header's columns (``aligned``) or only in its order (one cell per line, where a
description running over two lines or a missing cell shifts positions), and the lines just above
the table (an intro may name the columns a header leaves out). Every cell is a `Sentence` of its
own, so evidence quotes the cell and points at its line and column.

Which row is a level and which column a kind is for the reader (`level_tables.read_table`); this module
only needs to know a level's name when rows are one cell per line or run together, since there
the level names are what separates the rows.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.bar_lines import bar_line_runs
from termsmith.extract.rules.context import MARKDOWN_RULE, _re
from termsmith.extract.rules.glued_rows import glued_row, trailing_times
from termsmith.extract.rules.level_words import (
    _COLUMN_OF_LEVELS,
    _LEVEL,
    _LIST_INTRO,
    _NAME_ONLY,
    CLOCK_COLUMN,
    _kinds_in_order,
    _level_in,
)
from termsmith.extract.sentences import Sentence
from termsmith.extract.source import Paragraph
from termsmith.extract.values import durations

_SHORT = 60  # the longest line still read as one cell of a header


_INTRO_LINES = 8  # lines above a table kept as its intro


@dataclass(slots=True)
class Table:
    header: list[Sentence]
    rows: list[list[Sentence]]
    aligned: bool  # cells sit in the header's columns (else only in its order)
    intro: list[str]  # the normalised lines just above the table, nearest last
    paragraphs: set[int] = field(default_factory=set)  # the paragraphs the table is made of
    row_levels: list[tuple[str, str, str | None] | None] = field(default_factory=list)  # a row's level, when
    # the reconstruction had to recognise it (one cell per line, cells run together, runs)
    runs: bool = False  # each row is its level and one run of text holding its times in the header's order

    @property
    def first(self) -> int:
        return min(self.paragraphs)


def find_tables(sentences: list[Sentence]) -> list[Table]:
    """Every table in the document, in reading order, each paragraph in at most one table."""
    paragraphs: list[tuple[Paragraph, str]] = []
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph.number not in seen:
            seen.add(s.paragraph.number)
            paragraphs.append((s.paragraph, s.heading))
    taken: set[int] = set()
    tables: list[Table] = []
    for finder in (
        _bar_line_tables,
        _pipe_tables,
        _delimited_tables,
        _run_together_tables,
        _cell_per_line_tables,
        _run_tables,
    ):
        for table in finder(paragraphs, taken):
            taken |= table.paragraphs
            tables.append(table)
    return sorted(tables, key=lambda t: t.first)


def _cell(p: Paragraph, heading: str, start: int, end: int, more: str = "") -> Sentence | None:
    raw = p.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = (raw.strip() + (" " + more if more else "")).strip()
    return Sentence(text, normalise(text), p, start + lead, heading) if text else None


def _intro(paragraphs: list[tuple[Paragraph, str]], index: int) -> list[str]:
    return [normalise(p.text) for p, _ in paragraphs[max(0, index - _INTRO_LINES) : index]]


def _bar_line_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """One cell per line with a lone bar between cells (`bar_lines`): the first ``width`` cells the header."""
    out: list[Table] = []
    for lines, width in bar_line_runs([p for p, _ in paragraphs], taken):
        cells = [c for k in lines if (c := _cell(*paragraphs[k], 0, len(paragraphs[k][0].text)))]
        rows = [cells[k : k + width] for k in range(width, len(cells), width)]
        numbers = {paragraphs[k][0].number for k in range(lines[0], min(lines[-1] + 2, len(paragraphs)))}
        out.append(Table(cells[:width], rows, True, _intro(paragraphs, lines[0]), numbers))
    return out


# ---------------------------------------------------------------- pipes
# cell separators: ASCII and full-width bars, box-drawing verticals (a table drawn in plain text)
_PIPE = re.compile(r"[|｜│┃║]")
# a rule between rows: Markdown's |---|---|, box drawing (┌──┬──┐, ├──┼──┤, ╞══╪══╡), +----+----+
_SEPARATOR = re.compile(r"^\s*[|｜│┃║├┤┌┐└┘┼┬┴╞╡╪╟╢╫═─━\-:+= ]*[-─━═=]{2,}[|｜│┃║├┤┌┐└┘┼┬┴╞╡╪╟╢╫═─━\-:+= ]*$")
_JOINS = re.compile(r"[┬┼┴╪╫+]")


def _has_pipe(text: str) -> bool:
    return _PIPE.search(text) is not None


def _width(separator: str) -> int | None:
    """The number of columns a rule shows: cells between bars, or joints plus one."""
    inner = separator.strip().strip("|｜│┃║├┤┌┐└┘╞╡╟╢")
    bars = len(_PIPE.split(inner)) if _PIPE.search(inner) else 0
    joints = len(_JOINS.findall(inner.strip("+"))) + 1 if _JOINS.search(inner) else 0
    return max(bars, joints) if max(bars, joints) >= 2 else None


def _pipe_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """Runs of lines holding "|"; a Markdown separator row (|---|---|) gives the number of columns,
    and then a row ends only when it has that many cells, so a cell may run over several lines."""
    out: list[Table] = []
    i = done = 0  # done: the first line after the last table read
    while i < len(paragraphs):
        if (
            not (_has_pipe(paragraphs[i][0].text) or _SEPARATOR.match(paragraphs[i][0].text))
            or paragraphs[i][0].number in taken
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(paragraphs) and _continues_pipes(paragraphs, j + 1, i):
            j += 1
        if i > done and _first_cell_above(paragraphs, i, j, taken):
            i -= 1
        starts = [i + k for k in _next_headers([p for p, _ in paragraphs[i : j + 1]])]
        for start, end in itertools.pairwise([i, *starts, j + 1]):
            block = paragraphs[start:end]
            header, rows = _two_row_header(*_spanned_header(*_spanned_rows(*_corner_in_place(*_parse_pipes(block)))))
            if rows or header:
                out.append(Table(header, rows, True, _intro(paragraphs, start), {p.number for p, _ in block}))
        i = done = j + 1
    return out


# Rows that wrap: a row opens with its first cell on a line that does not end in a bar ("Level 1 | - Critical
# loss of …", "Severity 1:") and its last cell follows on a line that starts with one ("| within 4 hours |"); a row
# ends at the next line that ends in a bar and holds text. Lines framed by bars (| a | b |) never open such a row.
def _bar_at(text: str, end: bool) -> bool:
    stripped = text.strip()
    return bool(stripped) and _PIPE.fullmatch(stripped[-1 if end else 0]) is not None


def _opens_wrapped_row(block: list[Paragraph], k: int, width: int = 0) -> bool:
    text = block[k].text
    if _bar_at(text, False) or _bar_at(text, True) or _SEPARATOR.match(text):
        return False
    ahead = next((p for p in block[k + 1 : k + 4] if _has_pipe(p.text)), None)
    return ahead is not None and (_bar_at(ahead.text, False) or _mid_cell_wrap(text, ahead.text, width))


def _cell_count(text: str) -> int:
    return sum(1 for piece in _PIPE.split(text) if piece.strip())


def _header_width(lines: list[str]) -> int:
    """The cells of a block's first line holding two or more (its header, below a title line "Severities | | |")."""
    return next((n for text in lines if (n := _cell_count(text)) >= 2), 0)


def _mid_cell_wrap(text: str, ahead: str, width: int) -> bool:
    """A level's row whose middle cell breaks over lines (a DOCX cell of several paragraphs written as pipe text:
    "S-1 Critical | Customer reports …:" / "Note: … | 1 business hour | … |"): the line naming the level holds
    fewer cells than the header, the line with bars after it ends in one and names no level, and the two hold
    no more cells than the header (the cell broken between them counted once)."""
    if not width or not _level_in(_PIPE.split(text)[0]) or _level_in(_PIPE.split(ahead)[0]):
        return False
    return _bar_at(ahead, True) and _cell_count(text) < width and _cell_count(text) + _cell_count(ahead) - 1 <= width


def _in_wrapped_row(paragraphs: list[tuple[Paragraph, str]], k: int, start: int) -> bool:
    """Line ``k`` (without a bar) runs on in a row the last line with a bar above it opened."""
    above = next((m for m in range(k - 1, start - 1, -1) if _has_pipe(paragraphs[m][0].text)), None)
    block = [p for p, _ in paragraphs[above : k + 4]] if above is not None else []
    width = _header_width([p.text for p, _ in paragraphs[start:k]])
    return bool(block) and _opens_wrapped_row(block, 0, width)


def _first_cell_above(paragraphs: list[tuple[Paragraph, str]], i: int, j: int, taken: set[int]) -> bool:
    """The short line just above a block that opens with a bar ("Severity 1:" over "|" / "15 minutes |") is the
    first cell of its first row, when the block's rows open with a cell of their own ("Severity 2: | 30 minutes |")."""
    above = paragraphs[i - 1][0]
    if (
        above.number in taken
        or _has_pipe(above.text)
        or len(above.text) > _SHORT
        or not _bar_at(paragraphs[i][0].text, False)
    ):
        return False
    if any(_SEPARATOR.match(p.text) for p, _ in paragraphs[i : j + 1]):
        return False  # a rule gives the row's width (`_PipeRows`)
    rows = [p.text for p, _ in paragraphs[i + 1 : j + 1] if _has_pipe(p.text)]
    return any(not _bar_at(t, False) and _bar_at(t, True) and len(_PIPE.split(t.strip(" |｜"))) >= 2 for t in rows)


def _corner_in_place(header: list[Sentence], rows: list[list[Sentence]]) -> tuple[list[Sentence], list[list[Sentence]]]:
    """A header whose empty corner cell was written last ("Basic | Silver | Gold | |" over "Support Hours | 24x5 |
    24x7 | 24x7 |"): every row labels its first cell and fills its last, so the header's names stand one column to
    the left of their cells; the corner goes back first."""
    if len(header) < 3 or header[-1].text or not header[0].text or not rows:
        return header, rows
    if not all(len(row) == len(header) and row[0].text and row[-1].text for row in rows):
        return header, rows
    corner = dataclasses.replace(header[-1], text="", norm="")
    return [corner, *header[:-1]], rows


def _spanned_rows(header: list[Sentence], rows: list[list[Sentence]]) -> tuple[list[Sentence], list[list[Sentence]]]:
    """A first column whose cell spans the rows below it (a web table's merged cell written as text, extract34B:
    "Incident / Bug / Question | Critical | … | 2 Hours | …" over "High | … | 4 Hours | … | |"): the rows under the
    spanning cell start one column to the left, their last cell left empty or left out, so their level stood in the
    request-type column and every time one column early. The spanning cell goes back in front of each such row. Only
    when the first row fills every column and names its level in the second, not the first, and each later row,
    without its trailing empty cells, is one cell short and opens with a level."""
    top, start = (header, 0) if header else ((rows[0], 1) if rows else ([], 0))
    body = rows[start:]
    width = len(top)
    if width < 3 or len(body) < 2 or len(body[0]) != width or not all(c.text for c in body[0]):
        return header, rows
    first = body[0]
    if not _level_in(first[1].norm) or _level_in(first[0].norm):
        return header, rows
    fixed = [first]
    for row in body[1:]:
        cells = list(row)
        while cells and not cells[-1].text:
            cells.pop()
        if len(cells) == width - 1 and _level_in(cells[0].norm):
            fixed.append([first[0], *cells])
        elif len(cells) == width and _level_in(cells[1].norm):
            fixed.append(row)
        else:
            return header, rows
    if fixed == body:
        return header, rows
    return header, [*rows[:start], *fixed]


def _two_rows(
    header: list[Sentence], rows: list[list[Sentence]]
) -> tuple[list[Sentence], int, list[Sentence], list[list[Sentence]]] | None:
    """A table's first two header rows (the header found above a rule, else its first row; then the row under it),
    the second's index in ``rows``, and the rows below them; None when the table has no such two rows."""
    if len(rows) < (1 if header else 2):
        return None
    top, at = (header, 0) if header else (rows[0], 1)
    return top, at, rows[at], rows[at + 1 :]


def _spanned_header(header: list[Sentence], rows: list[list[Sentence]]) -> tuple[list[Sentence], list[list[Sentence]]]:
    """A header in two rows whose last named cell spans the columns after it ("Priority | Definition | FTC response
    time by plan | |" over "Essential | Standard | Premier | |": a web table's merged cells written as text, the cells
    under the rows that span both header rows left out, en755): the second row's names move under the spanning cell,
    where a second header row naming plans stands (`level_tables._plan_header`). Only when no named cell before the
    last names a kind: "Priority | Response Time | Resolution Time | |" over "Business Hours | After-Hours | |" does
    not say which cell spans (the clock split's reading, en23)."""
    if (split := _two_rows(header, rows)) is None:
        return header, rows
    top, at, second, body = split
    filled = [k for k, c in enumerate(top) if c.text]
    names = [c for c in second if c.text]
    width = len(names)
    if len(filled) < 2 or width < 2 or not body or any(c.text for c in second[width:]):
        return header, rows
    span = filled[-1]
    if len(top) < span + width or any(_kinds_in_order(top[k].norm) for k in filled[:-1]):
        return header, rows
    if not _kinds_in_order(top[span].norm) or any(durations(c.norm) for c in [*top, *second]):
        return header, rows
    if not all(len(row) >= span + width and all(row[k].text for k in range(span, span + width)) for row in body):
        return header, rows
    blank = [dataclasses.replace(second[-1], text="", norm="") for _ in range(len(top) - width)]
    moved = [*blank[:span], *names, *blank[span:]]
    return header, [*rows[:at], moved, *body]


def _two_row_header(header: list[Sentence], rows: list[list[Sentence]]) -> tuple[list[Sentence], list[list[Sentence]]]:
    """A header in two rows whose cells stand in their columns (an HTML or Word table with merged cells: a cell spanning
    columns leaves the columns after it empty, a cell spanning both rows repeats its text in the second): one header
    row, each spanned column named by the spanning cell and, in brackets, its own name from the second row ("Response"
    over "Standard | Premium" → "Response (Standard)", "Response (Premium)"; "Response Time" over "Business Hours |
    After-Hours" → "Response Time (Business Hours)", …), the form a one-row header gives plans and clocks. Only for
    two spanning cells or more (column groups), or clocks under one, when neither row holds a time, the second names
    every spanned column and nothing else of its own, and rows with times follow; plans under one spanning cell are
    `level_tables._plan_header`'s."""
    if (split := _two_rows(header, rows)) is None:
        return header, rows
    top, _, second, body = split
    width = len(second)
    if len(top) > width or width < 2 or not body or any(durations(c.norm) for c in [*top, *second]):
        return header, rows
    names = [c.text for c in top] + [""] * (width - len(top))  # a Word row's trailing empty cells are not written
    owner: list[int | None] = []  # column → the top cell spanning it (None: no top cell)
    for k, name in enumerate(names):
        owner.append(k if name else (owner[-1] if owner else None))
    spans = {o for k, o in enumerate(owner) if o is not None and o != k}
    subs = [second[k].norm for k, o in enumerate(owner) if o in spans]
    # one cell spanning plans ("Response / Resolution" over "Gold | Platinum") is the plan header's to read
    # (`level_tables._plan_header`); two spanning cells (column groups) or clocks under one are read here
    if not spans or (len(spans) == 1 and not all(CLOCK_COLUMN.fullmatch(t.strip()) for t in subs)):
        return header, rows
    merged: list[Sentence] = []
    for k, cell in enumerate(second):
        o = owner[k]
        spanned = o in spans
        if spanned and not cell.text:
            return header, rows  # a spanned column the second row leaves unnamed: no such header
        if not spanned and cell.text and cell.text != names[k]:
            return header, rows  # a cell of its own outside the spans: a row of data, not a header
        base = top[o] if o is not None and o < len(top) else cell
        if spanned:
            text, norm = f"{base.text} ({cell.text})", f"{base.norm} ({cell.norm})"
            merged.append(dataclasses.replace(base, text=text, norm=norm))
        else:
            merged.append(top[k] if k < len(top) else cell)
    if not any(durations(c.norm) for row in body for c in row):
        return header, rows
    return merged, body


def _next_headers(block: list[Paragraph]) -> list[int]:
    """Markdown tables with no line between them (a PDF or a copied page drops the blank line): a rule under a row,
    two rows or more after the rule before it, underlines the next table's header; the indexes of those headers in
    the block. Rules drawn under every row keep one table."""
    rules = [k for k, p in enumerate(block) if MARKDOWN_RULE.match(p.text)]
    return [
        rule - 1
        for before, rule in itertools.pairwise(rules)
        if rule - before - 1 >= 2 and not _SEPARATOR.match(block[rule - 1].text)
    ]


def _continues_pipes(paragraphs: list[tuple[Paragraph, str]], k: int, start: int) -> bool:
    if _has_pipe(paragraphs[k][0].text) or _SEPARATOR.match(paragraphs[k][0].text):
        return True
    # a line without "|" inside a broken table (one with a separator row, or one cell per line each
    # ending in "|"): a cell running on
    has_separator = any(_SEPARATOR.match(p.text) for p, _ in paragraphs[start:k])
    broken = _broken([p for p, _ in paragraphs[start:k]])
    ahead = next((m for m in range(k + 1, min(k + 4, len(paragraphs))) if _has_pipe(paragraphs[m][0].text)), None)
    if ahead is not None and _in_wrapped_row(paragraphs, k, start):
        return True
    if not (has_separator or broken) or ahead is None:
        return False
    # an intro between two tables is not a cell running on: a line ending in a colon ("… as follows:")
    # after a table whose rows are whole lines, or lines before a row that a rule underlines (the next
    # table's header)
    between = [p.text.strip() for p, _ in paragraphs[k:ahead]]
    if not broken and any(t.endswith((":", "：")) for t in between):
        return False
    return not (ahead + 1 < len(paragraphs) and _SEPARATOR.match(paragraphs[ahead + 1][0].text))


def _broken(block: list[Paragraph]) -> bool:
    """A pipe table printed one cell per line: three lines or more each holding one cell and ending in "|"."""
    ends = [p for p in block if p.text.rstrip().endswith(("|", "｜")) and len(_PIPE.split(p.text.strip(" |｜"))) == 1]
    return len(ends) >= 3


def _parse_pipes(block: list[tuple[Paragraph, str]]) -> tuple[list[Sentence], list[list[Sentence]]]:
    """The header (the rows above the first rule under a row) and the rows. A rule's width, when it
    shows one, is the number of columns; rules between rows only end them."""
    widths = [w for p, _ in block if _SEPARATOR.match(p.text) and (w := _width(p.text))]
    if not widths and _broken([p for p, _ in block]):
        if (shaped := _by_level_period(block)) is not None:
            return shaped
        widths = _framed_header_width(block)
    parser = _PipeRows(widths[0] if widths else None)
    if not widths:
        lines = [p for p, _ in block]
        width = _header_width([p.text for p in lines])
        parser.opens = {p.number for k, p in enumerate(lines) if _opens_wrapped_row(lines, k, width)}
    header: list[Sentence] = []
    for p, heading in block:
        if _SEPARATOR.match(p.text):
            parser.end_row()
            if not header and parser.rows:
                header = parser.rows.pop()
            continue
        parser.line(p, heading)
    parser.end_row()
    return header, parser.rows


def _is_framed_row(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped) > 1
        and bool(_PIPE.fullmatch(stripped[0]))
        and bool(_PIPE.fullmatch(stripped[-1]))
        and sum(1 for piece in _PIPE.split(stripped) if piece.strip()) >= 2
    )


def _framed_header_width(block: list[tuple[Paragraph, str]]) -> list[int]:
    """A broken table whose header is one framed line ("| Severity | Description | Response Time |") over rows
    printed a cell a line, each ending in "|" (a web page's table as the search tool writes it): the header's
    cells give the width."""
    first = block[0][0].text if block else ""
    return [_cell_count(first)] if _is_framed_row(first) else []


def _by_level_period(block: list[tuple[Paragraph, str]]) -> tuple[list[Sentence], list[list[Sentence]]] | None:
    """A broken pipe table without a rule: its cells in one stream; when a level opens a cell every w
    cells and w cells stand before the first of them, those are the header and every w cells a row."""
    parser = _PipeRows(1 << 20)
    for p, heading in block:
        parser.line(p, heading)
    parser.end_row()
    cells = parser.rows[0] if parser.rows else []
    width = next((i for i, c in enumerate(cells) if _opens_with_level(c)), 0)
    if width < 2 or len(cells) < 2 * width:
        return None
    rows = [cells[at : at + width] for at in range(width, len(cells), width)]
    if not all(_opens_with_level(row[0]) for row in rows if len(row) == width):
        return None
    return cells[:width], rows


def _opens_with_level(cell: Sentence) -> bool:
    """The cell names a level, or its first line does ("一级" above the description it runs on to)."""
    return bool(_level_in(cell.norm) or _level_in(normalise(cell.paragraph.text).strip(" |｜")))


class _PipeRows:
    """Cells between "|"s. Without a known width each line is a row; with one, a row ends at the end of
    the line that completes it, and a line without "|" continues the open cell."""

    def __init__(self, width: int | None) -> None:
        self.width = width
        self.rows: list[list[Sentence]] = []
        self.row: list[Sentence] = []
        self.pending: tuple[Paragraph, str, int, int, list[str]] | None = None
        self.opens: set[int] = set()  # lines opening a row that wraps (`_opens_wrapped_row`), without a width
        self.wrapping = False

    def close(self) -> None:
        if self.pending is not None:
            p, heading, start, end, more = self.pending
            if (cell := _cell(p, heading, start, end, " ".join(more))) is not None:
                self.row.append(cell)
            self.pending = None

    def end_row(self) -> None:
        self.close()
        if any(c.text for c in self.row):
            self.rows.append(self.row)
        self.row = []

    def line(self, p: Paragraph, heading: str) -> None:
        text = p.text
        # a line framed by bars with two cells or more, starting a row, is a row of its own even when it
        # has fewer cells than the rule (a second header row "| Business hours | After hours | |")
        whole = not self.row and self.pending is None and _is_framed_row(text)
        pipes = [m.start() for m in _PIPE.finditer(text)]
        bounds = [-1, *pipes, len(text)]
        for n in range(len(bounds) - 1):
            start, end = bounds[n] + 1, bounds[n + 1]
            piece = text[start:end]
            first, last = n == 0, n == len(bounds) - 2
            if first and piece.strip() and self.pending is not None:
                self.pending[4].append(piece.strip())  # the open cell runs on from the line above
            elif piece.strip():
                self.close()
                self.pending = (p, heading, start, end, [])
            elif not first and not last:
                self.row.append(Sentence("", "", p, start, heading))  # "| |": an empty cell keeps its column
            if not last:
                self.close()  # the "|" after the piece closes the cell
        if self.wrapping or p.number in self.opens:  # a wrapped row ends at a line ending in a bar, with text
            self.wrapping = not (_bar_at(text, True) and _PIPE.sub("", text).strip())
            if not self.wrapping:
                self.end_row()
            return
        if self.width is None or len(self.row) + (self.pending is not None) >= self.width or whole:
            self.end_row()


# ---------------------------------------------------------------- tabs and runs of spaces
_DELIMITER = re.compile(r"\t+|\s{3,}|(?<=\S)\s{2}(?=\S)")


def _split_delimited(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _DELIMITER.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _delimited_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """Consecutive lines whose columns are separated by tabs or runs of spaces, two or more lines."""
    out: list[Table] = []
    run: list[int] = []
    for i, (p, _) in enumerate([*paragraphs, (Paragraph("", -1, []), "")]):
        if p.number not in taken and p.number > 0 and len(_split_delimited(p.text)) >= 2:
            run.append(i)
            continue
        if len(run) >= 2:
            lines = [
                [c for a, b in _split_delimited(paragraphs[k][0].text) if (c := _cell(*paragraphs[k], a, b))]
                for k in run
            ]
            header, rows = (lines[0], lines[1:]) if not _has_values(lines[0]) else ([], lines)
            out.append(Table(header, rows, True, _intro(paragraphs, run[0]), {paragraphs[k][0].number for k in run}))
        run = []
    return out


def _has_values(cells: list[Sentence]) -> bool:
    return any(durations(c.norm) for c in cells)


# ---------------------------------------------------------------- cells run together
_JOINT = re.compile(r"(?<=[a-z)\]])(?=[A-Z])")


def _joints(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.start() for m in _JOINT.finditer(text)), len(text)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def _closing_run(text: str) -> tuple[int, int] | None:
    """The row's closing run of glued times, when one joint of the row runs into it (no space before the run)."""
    run = trailing_times(text)
    return run if run is not None and run[0] > 0 and not text[run[0] - 1].isspace() else None


def _run_together_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """A header whose cells run together ("Priority LevelResponse TimeDescription") and the rows below
    it that start with a level ("Urgent (P0)Within 1 hourReserved for …"): cut where a lower-case
    letter or a bracket meets a capital with no space between."""
    out: list[Table] = []
    for i, (p, heading) in enumerate(paragraphs):
        if p.number in taken or len(p.text) > _SHORT * 2 or _has_pipe(p.text):
            continue
        parts = _joints(p.text)
        texts = [normalise(p.text[a:b]) for a, b in parts]
        if len(parts) < 2 or not any(_COLUMN_OF_LEVELS.search(t) for t in texts) or durations(p.text):
            continue
        if not any(_kinds_in_order(t) for t in texts):
            continue
        header = [c for a, b in parts if (c := _cell(p, heading, a, b))]
        table = Table(header, [], True, _intro(paragraphs, i), {p.number})
        glued = 0
        for q, q_heading in paragraphs[i + 1 : i + 40]:
            if q.number in taken:
                break
            cells = [c for a, b in _joints(q.text) if (c := _cell(q, q_heading, a, b))]
            level = _level_in(cells[0].norm) if cells and len(cells[0].norm) <= 30 else None
            if level is None and _COLUMN_OF_LEVELS.search(texts[0]) and (row := glued_row(q.text)) is not None:
                # "1Major Impact: …up to 2 hoursup to 8 hours": the level's cell, then its times as one run
                level, run_start, run_end = row
                cells = [c for a, b in ((0, run_start), (run_start, run_end)) if (c := _cell(q, q_heading, a, b))]
                glued += 1
            elif level is not None and len(cells) < len(header) and (run := _closing_run(q.text)) is not None:
                # "HighCritical. … unusable30 minutes1 hour*": the level glued to its description, the times
                # glued to the description's end and to each other
                cells = [c for a, b in ((0, run[0]), run) if (c := _cell(q, q_heading, a, b))]
                glued += 1
            if level is None:
                continue  # a description running on ("• Application inaccessible")
            table.rows.append(cells)
            table.row_levels.append(level)
            table.paragraphs.add(q.number)
        table.runs = bool(table.rows) and glued == len(table.rows)
        if table.rows:
            out.append(table)
    return out


# ---------------------------------------------------------------- one cell per line
_BULLET = _re(r"^[\s\-–•*·●▪■◆]+|^(?:severity|priority)\s+(?=level\s*\d)")
_BARE_ID = re.compile(r"[0-9]|[A-D]|I{1,3}|IV|VI?")
_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}  # "I" is read as a Roman one below


def _short(p: Paragraph) -> str | None:
    if len(p.text) > _SHORT * 2:
        return None
    text = normalise(p.text)
    return _BULLET.sub("", text).strip() if len(text) <= _SHORT else None


def _rank(text: str) -> int | None:
    """1, 2, … for a bare level id ("1", "B", "III"), else None."""
    if not _BARE_ID.fullmatch(text):
        return None
    if text.isdigit():
        return int(text)
    if text in _ROMAN:
        return _ROMAN[text]
    return 1 if text == "I" else ord(text) - ord("A") + 1


def _row_start(text: str, previous: int | None, bare_ok: bool) -> tuple[tuple[str, str, str | None], int | None] | None:
    """The level a line opens a row with: a level name on a line of its own, or a bare id ("1", "B")
    right after the one before it when the header names the level column."""
    rank = _rank(text)
    if rank is not None:
        if bare_ok and (previous + 1 == rank if previous is not None else rank in (0, 1)):
            return (f"#{rank}" if text.isdigit() else f"#{text.lower()}", text, text), rank
        return None
    m = _LEVEL.match(text)
    if m is None or durations(text) or not _NAME_ONLY.match(text[m.end() :]):
        return None
    level = _level_in(text)
    return (level, None) if level else None


def _cell_per_line_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """Header lines naming the columns ("Severity" / "Response time" / "Resolution time") and below them,
    rows of one cell per line, each row opened by a line naming its level."""
    out: list[Table] = []
    ends = _header_line_ends(paragraphs, taken)
    i = 0
    while i < len(paragraphs):
        header_at = _header_run(paragraphs, i, ends) or _intro_line(paragraphs, i, taken)
        if header_at is None:
            i += 1
            continue
        start, end = header_at
        table = _cell_rows(paragraphs, start, end, taken)
        if table is None:
            i = end
            continue
        out.append(table)
        i = max(table.paragraphs) + 1
    return out


def _header_line_ends(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[int]:
    """For each line, where a run of lines that may be header lines, starting there, ends: the first line from it
    that is taken, long, or holds a time or a level. One pass from the end; trying each line as the start of a run
    and reading on from it took time growing with the square of a long run (5,000 short price lines: minutes)."""
    ends = [len(paragraphs)] * (len(paragraphs) + 1)
    for k in range(len(paragraphs) - 1, -1, -1):
        p = paragraphs[k][0]
        text = None if p.number in taken else _short(p)
        breaks = not text or durations(text) or _row_start(text, None, True) or _LEVEL.match(text)
        ends[k] = k if breaks else ends[k + 1]
    return ends


_SERVICE_LEVEL = _re(r"service[\s-]+levels?")


def _header_run(paragraphs: list[tuple[Paragraph, str]], i: int, ends: list[int]) -> tuple[int, int] | None:
    """(start, end) of a run of short header lines from i: it names the level column and a kind, or two
    kinds, or is opened by a line that is only the level column's name ("Level", "等级")."""
    j = ends[i]
    if j - i < 2 or j >= len(paragraphs):
        return None
    # "Service Level Agreement" in a title line above the header names no level column
    texts = [_SERVICE_LEVEL.sub(" ", _short(p) or "") for p, _ in paragraphs[i:j]]
    first = next((k for k, t in enumerate(texts) if _COLUMN_OF_LEVELS.search(t) or _kinds_in_order(t)), None)
    if first is None or j - (i + first) < 2:
        return None
    texts = texts[first:]
    kinds = {k for t in texts for k in _kinds_in_order(t)}
    level_column = any(_COLUMN_OF_LEVELS.search(t) and not _kinds_in_order(t) for t in texts)
    only_name = bool(
        re.fullmatch(r"(?:severity|priority)?\s*(?:level)?|等级|等級|级别|級別|优先级|優先級", texts[0], re.I)
    )
    if len(kinds) >= 2 or (kinds and (level_column or _bare_sequence(paragraphs, j))) or only_name:
        return i + first, j
    return None


# a column of item numbers, not levels ("Item", "No.", "序号")
_ITEM_COLUMN = _re(r"items?|no\.?|number|#|序号|序號|编号|編號|项次|項次")


def _bare_sequence(paragraphs: list[tuple[Paragraph, str]], j: int) -> bool:
    """Bare level ids in sequence open the rows: a line "1" (or "A", "I") here and a line "2" ("B", "II")
    within the next lines, and no header line just above names an item-number column."""
    if any((t := _short(p)) and _ITEM_COLUMN.fullmatch(t) for p, _ in paragraphs[max(0, j - 4) : j]):
        return False
    texts = [_short(p) for p, _ in paragraphs[j : j + 10]]
    return bool(texts) and texts[0] is not None and _rank(texts[0]) == 1 and any(t and _rank(t) == 2 for t in texts[1:])


def _intro_line(paragraphs: list[tuple[Paragraph, str]], i: int, taken: set[int]) -> tuple[int, int] | None:
    """A table without header lines under a sentence naming its kinds ("The following response and
    resolution targets apply:" / "P1" / …): the rows start on the next line; the header is empty."""
    if i + 1 >= len(paragraphs) or paragraphs[i][0].number in taken or paragraphs[i + 1][0].number in taken:
        return None
    text = normalise(paragraphs[i][0].text)
    if len(text) > 200 or durations(text) or not _kinds_in_order(text):
        return None
    following = _short(paragraphs[i + 1][0])
    bare = len(text) <= 40 and _bare_sequence(paragraphs, i + 1)  # "远程响应时间" / "1" / … / "2"
    if not following or not (bare or _row_start(following, None, False)):
        return None
    if bare or _KIND_NAME_ONLY.fullmatch(text.strip()):
        return i, i + 1  # a line that is only a kind's name ("响应时间", "Response times") heads the table
    return (i + 1, i + 1) if _LIST_INTRO.search(text) else None


# a line that only names a kind of time: a one-column header or a heading over the table
_KIND_NAME_ONLY = _re(
    r"(?:target(?:ed)?\s+|initial\s+|first\s+)?(?:response|resolution|respond|resolve|fix|repair|restore)\s*"
    r"(?:times?|targets?|deadlines?)?\s*[:：]?|(?:故障)?(?:响应|響應|回应|回應|解决|解決|修复|修復|恢复|恢復)"
    r"(?:时间|時間|时限|時限|时效|時效)?\s*[:：]?"
)


def _cell_rows(paragraphs: list[tuple[Paragraph, str]], start: int, end: int, taken: set[int]) -> Table | None:
    header = [c for p, h in paragraphs[start:end] if (c := _cell(p, h, 0, len(p.text)))]
    bare_ok = bool(_COLUMN_OF_LEVELS.search(header[0].norm)) if header else False
    bare_ok = bare_ok or (bool(header) and _bare_sequence(paragraphs, end))
    table = Table(header, [], False, _intro(paragraphs, start), {p.number for p, _ in paragraphs[start:end]})
    widest = len(header)
    rank: int | None = None
    k = end
    while k < len(paragraphs) and paragraphs[k][0].number not in taken:
        p, heading = paragraphs[k]
        text = _short(p)
        opened = _row_start(text, rank, bare_ok) if text else None
        if text and opened is None and _row_complete(table.rows) and _kinds_in_order(text):
            break  # the next kind's list ("修復時間" after the response times), another clock's table
        if opened is None and text and _row_complete(table.rows) and not durations(text):
            opened = (text.lower(), text, None), rank  # the rows before ended here: a level of the vendor's own name
        if opened is not None:
            level, rank = opened
            table.rows.append([c for c in [_cell(p, heading, 0, len(p.text))] if c])
            table.row_levels.append(level)
        elif not table.rows or len(table.rows[-1]) >= max(widest, 2) + 2:
            break  # a table ends where a row would grow wider than the header and the rows before
        else:
            if (cell := _cell(p, heading, 0, len(p.text))) is not None:
                table.rows[-1].append(cell)
            if len(table.rows) == 1:
                widest = max(widest, len(table.rows[-1]))
        table.paragraphs.add(p.number)
        k += 1
    if not table.rows:
        return None
    if len(table.rows) > 1:  # the last row takes at most one line more than the widest row before it
        cap = max(len(r) for r in table.rows[:-1]) + 1
        for extra in table.rows[-1][cap:]:
            table.paragraphs.discard(extra.paragraph.number)
        del table.rows[-1][cap:]
    return table


def _row_complete(rows: list[list[Sentence]]) -> bool:
    """The open row has as many cells as every row before it, and its last cell holds a time: the next
    line opens a row whatever the level's name ("普通", "Routine")."""
    if len(rows) < 2 or not rows[-1] or not durations(rows[-1][-1].norm):
        return False
    return all(len(r) == len(rows[-1]) for r in rows[:-1])


# ---------------------------------------------------------------- rows as runs of text
def _piece(p: Paragraph, heading: str, norm: str, start: int, end: int) -> Sentence:
    """A part of a paragraph as a cell; its place is exact when normalising kept the length."""
    if len(norm) == len(p.text):
        raw, at = p.text[start:end], start
    else:
        raw, at = p.text, 0
    return Sentence(raw.strip(), norm[start:end].strip(), p, at + len(raw) - len(raw.lstrip()), heading)


def _run_tables(paragraphs: list[tuple[Paragraph, str]], taken: set[int]) -> list[Table]:
    """Tables whose cell boundaries are lost, the times of a row standing in one run of text in the
    header's order: a header line naming the level column and the kinds ("Severity Description First
    Response Status Updates Fix Target") over one line per row that starts with its level ("S1 The whole
    service is down … Within 2 hours Every 1 hour Within 8 hours"); or a whole table in one paragraph,
    the header words and then each row inline from its level's id ("… Initial Response Resolution
    Target P1 – Critical (Severity 1) … 30 minutes 6 hours P2 – High …")."""
    out: list[Table] = []
    i = 0
    while i < len(paragraphs):
        p, heading = paragraphs[i]
        if p.number in taken:
            i += 1
            continue
        norm = normalise(p.text)
        table = _inline_table(p, heading, norm, paragraphs, i) or _flat_rows(paragraphs, i, norm, taken)
        if table is not None:
            out.append(table)
            i = max(table.paragraphs)
        i += 1
    return out


def _flat_rows(paragraphs: list[tuple[Paragraph, str]], i: int, norm: str, taken: set[int]) -> Table | None:
    p, heading = paragraphs[i]
    kinds = len(_kinds_in_order(norm))
    if len(norm) > 120 or durations(norm) or not kinds:
        return None
    if kinds == 1 and not (_COLUMN_OF_LEVELS.search(norm) and _column_names(norm) and _short_row(paragraphs, i + 1)):
        return None  # one kind's column ("Priority Level Description Target Resolution"): a header of column names
    if not _COLUMN_OF_LEVELS.search(norm) and not (_column_names(norm) and _opens_row(paragraphs, i + 1)):
        return None  # the level column's name ("Classification") is not one we know: the first row must name a level
    table = Table([Sentence(p.text, norm, p, 0, heading)], [], False, _intro(paragraphs, i), {p.number}, runs=True)
    k = i
    while (k := k + 1) < len(paragraphs):
        q, q_heading = paragraphs[k]
        text = normalise(q.text)
        lead = _row_lead(text)
        m = _LEVEL.match(text, lead)
        level = _level_in(text[lead:]) if m else None
        if q.number in taken:
            break
        if m is None or level is None:
            # after rows opened by levels, a row of the vendor's own name ("Scheduled Maintenance Upgrades or any
            # technical services … 24 Hours 40 Hours 2 Weeks") when it holds times as those rows do
            named = _named_row(text, lead) if table.rows else None
            if named is None:
                break
            end, name = named
            level, start = (name.lower(), name, None), lead
        else:
            start, end = m.start(), m.end()
            if (alias := _ALIAS.match(text, end)) is not None:
                end = alias.end()  # the level's cell keeps its second name ("High/Urgent"), the next cell its time
        times = _piece(q, q_heading, text, end, len(text))
        if m is not None and not durations(text) and (wrapped := _wrapped_times(paragraphs, k, taken)):
            # the row's description wraps onto lines of its own, its times on the last of them
            table.paragraphs |= {paragraphs[j][0].number for j in range(k + 1, wrapped)}
            k = wrapped
            t, t_heading = paragraphs[k]
            times = _piece(t, t_heading, normalise(t.text), 0, len(normalise(t.text)))
        table.rows.append([_piece(q, q_heading, text, start, end), times])
        table.row_levels.append(level)
        table.paragraphs.add(q.number)
        table.paragraphs.add(paragraphs[k][0].number)
    return table if table.rows else None


_WRAP_REACH = 4  # lines a flattened row's description may wrap over before the line holding its times


def _wrapped_times(paragraphs: list[tuple[Paragraph, str]], k: int, taken: set[int]) -> int | None:
    """The index of the line holding the times of the row opened at ``k`` (a level and its description, no time):
    the first of the next few lines that holds a time, when none of the lines before it opens a row or is taken."""
    for j in range(k + 1, min(k + 1 + _WRAP_REACH, len(paragraphs))):
        q = paragraphs[j][0]
        text = normalise(q.text)
        if q.number in taken or _LEVEL.match(text, _row_lead(text)):
            return None
        if any(not d.duration.unit.is_calendar for d in durations(text)):
            return j
    return None


# a level's second name after a slash ("High/Urgent 8 hours"): part of the level's cell
_ALIAS = re.compile(r"\s*/\s*[^\W\d_][\w-]*")

# the row's rank number before its level ("1 Critical System down 4 hours"): the first column of a flattened table
_RANK_CELL = re.compile(r"\d{1,2}[.)]?\s+")


def _row_lead(text: str) -> int:
    """Where a flattened row's level starts: after a bullet, and after a rank number in a column of its own."""
    lead = len(text) - len(_BULLET.sub("", text))
    rank = _RANK_CELL.match(text, lead)
    if rank is not None and _LEVEL.match(text, lead) is None and _LEVEL.match(text, rank.end()) is not None:
        return rank.end()
    return lead


# a row's own name: a run of capitalised words (or one word) before its description starts ("New User Setup" of
# "New User Setup Single user new hire …": the last capital opens the description when a lower-case word follows)
_NAME_RUN = re.compile(r"(?:[A-Z][\w&/-]*\s+){1,4}")


def _named_row(text: str, lead: int) -> tuple[int, str] | None:
    """(end, name) of a flattened row opened by a name of the vendor's own, when the row holds a time that is no
    date and is no longer than a table row; else None."""
    if len(text) > 300 or text.rstrip().endswith((".", "。")):
        return None  # a sentence after the table, not a row
    if not any(not d.duration.unit.is_calendar for d in durations(text)):
        return None
    m = _NAME_RUN.match(text, lead)
    if m is None:
        return None
    words = m.group(0).split()
    after = text[m.end() :]
    if len(words) > 1 and after[:1].islower():
        words = words[:-1]  # "Normal The problem …": "The" opens the description
    name = " ".join(words)
    if len(name) > 40 or durations(name) or _kinds_in_order(name):
        return None  # "Response Time is …": a kind's sentence, not a level
    return lead + len(name), name


def _column_names(text: str) -> bool:
    """A line of column names, not a sentence: most of its words capitalised ("Classification Response Goal Restore
    Goal (fix or workaround) Resolve Goal"), no closing colon or full stop."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^)]*\)", " ", text))
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= 0.7 * len(words) and not text.rstrip().endswith((":", "：", "."))


def _short_row(paragraphs: list[tuple[Paragraph, str]], k: int) -> bool:
    """Paragraph ``k`` is a flattened row of one line: it opens with a level, ends with its time and holds no
    sentence ("Critical (business down): 15-minute response, 2-hour on-site. High …" is prose under a title)."""
    if not _opens_row(paragraphs, k):
        return False
    text = normalise(paragraphs[k][0].text).strip()
    found = durations(text)
    return len(text) <= 120 and not re.search(r"[.:;。:;：；]\s", text + " ") and not text[found[-1].end :].strip()


def _opens_row(paragraphs: list[tuple[Paragraph, str]], k: int) -> bool:
    """Paragraph ``k`` opens a flattened row: it starts with a level ("Critical – …") and holds a time."""
    if k >= len(paragraphs):
        return False
    text = normalise(paragraphs[k][0].text)
    m = _LEVEL.match(text, _row_lead(text))
    return m is not None and _level_in(m.group(0)) is not None and bool(durations(text))


def _inline_table(
    p: Paragraph, heading: str, norm: str, paragraphs: list[tuple[Paragraph, str]], i: int
) -> Table | None:
    if len(norm) < 120:
        return None
    rows = _inline_rows(norm)
    if len(rows) < 2:
        return None
    first = rows[0][0]
    head = norm[max(0, first - 160) : first]
    if len(_kinds_in_order(head)) < 2 or any(not d.duration.unit.is_calendar for d in durations(head)):
        return None
    table = Table([_piece(p, heading, norm, max(0, first - 160), first)], [], False, _intro(paragraphs, i), {p.number})
    table.runs = True
    for start, end, level in rows:
        mark = _LEVEL.match(norm, start)
        split = mark.end() if mark else start
        table.rows.append([_piece(p, heading, norm, start, split), _piece(p, heading, norm, split, end)])
        table.row_levels.append(level)
    return table


def _inline_rows(text: str) -> list[tuple[int, int, tuple[str, str, str | None]]]:
    """(start, end, level) per row: a row runs from a level's id to the next id of another level;
    aliases in a row ("P1 – Urgent (Severity 1)") stay in it. Only levels named by an id count."""
    marks: list[tuple[int, tuple[str, str, str | None]]] = []
    for m in _LEVEL.finditer(text):
        level = _level_in(m.group(0))
        if level is None or level[2] is None:
            continue
        if not marks or marks[-1][1][0] != level[0]:
            marks.append((m.start(), level))
    keys = [level[0] for _, level in marks]
    if len(set(keys)) != len(keys):  # a level named again later: prose, not a table
        return []
    rows = [
        (start, marks[n + 1][0] if n + 1 < len(marks) else len(text), level) for n, (start, level) in enumerate(marks)
    ]
    return [row for row in rows if any(not d.duration.unit.is_calendar for d in durations(text[row[0] : row[1]]))]
