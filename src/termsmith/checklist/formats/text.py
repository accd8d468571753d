"""The report as aligned plain text for a terminal (CJK characters take two cells).

Given a ``width`` (the terminal's), long cells wrap so the table fits it; without
one (output to a file or a pipe) every cell is printed whole on one line.
"""

from __future__ import annotations

from termsmith.checklist.formats.fit import GAP, fit_widths, wrap
from termsmith.checklist.formats.tables import PlainTable, matrix, single
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport
from termsmith.reporting.text import display_width, format_diagnostic


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


FIXED = (0, 1)  # the requirement id and the level keep their width


def render_table(table: PlainTable, width: int | None = None) -> str:
    rows = [table.header, *table.rows]
    natural = [max(display_width(row[i]) for row in rows) for i in range(len(table.header))]
    widths = natural if width is None else fit_widths(natural, width, FIXED)
    lines = [*_lines(table.header, widths), "  ".join("-" * w for w in widths)]
    for row in table.rows:
        lines += _lines(row, widths)
    return "\n".join(lines)


def _lines(row: tuple[str, ...], widths: list[int]) -> list[str]:
    """One table row as one or more lines, each cell wrapped to its column."""
    cells = [wrap(cell, w) if display_width(cell) > w else [cell] for cell, w in zip(row, widths, strict=True)]
    height = max(len(c) for c in cells)
    gap = " " * GAP
    return [
        gap.join(_pad(c[n] if n < len(c) else "", w) for c, w in zip(cells, widths, strict=True)).rstrip()
        for n in range(height)
    ]


def render_notes(groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...], width: int | None = None) -> list[str]:
    """Per vendor document its label, then each note as "  [3] text", wrapped under its text
    (a hanging indent) when ``width`` is given."""
    indent = 2 + max(display_width(ref) for _, notes in groups for ref, _ in notes) + 1
    lines: list[str] = []
    for label, notes in groups:
        lines.append(label)
        for ref, text in notes:
            wrapped = wrap(text, max(width - indent, 20)) if width is not None else [text]
            lines.append(_pad("  " + ref, indent) + wrapped[0])
            lines += [" " * indent + more for more in wrapped[1:]]
    return lines


def _unread(report: CheckReport, width: int | None) -> list[str]:
    """The lines under the table naming where each document holds figures termsmith did not read, wrapped to the
    terminal as the table is."""
    out: list[str] = []
    for line in report.unread_lines():
        out += ["", *(wrap(line, width) if width is not None and display_width(line) > width else [line])]
    return out


def to_text(report: CheckReport, width: int | None = None) -> str:
    """The report; ``width`` (terminal cells) wraps long cells so tables fit, None keeps them whole."""
    lang = report.lang
    out = [f"{t('checklist', lang)}: {report.title()} ({report.checklist_file})"]
    if len(report.results) == 1:
        result = report.results[0]
        out.append(f"{t(result.file_label, lang)}: {result.file} — {t('vendor', lang)}: {result.vendor_shown(lang)}")
        if result.valid:
            out += ["", render_table(single(report, result), width)]
        out += ["", result.summary(lang)]
        out += _unread(report, width)
    else:
        table = matrix(report)
        out += ["", render_table(table, width), *_unread(report, width)]
        if table.notes:
            out += ["", f"{t('evidence', lang)}:", *render_notes(table.notes, width)]
    for result in report.results:
        for d in result.diagnostics:
            out += ["", format_diagnostic(d, result.sources.get(d.file))]
    return "\n".join(out) + "\n"
