"""The report as aligned plain text for a terminal (CJK characters take two cells)."""

from __future__ import annotations

from termsmith.checklist.formats.tables import PlainTable, matrix, single
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport
from termsmith.reporting.text import display_width, format_diagnostic


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def render_table(table: PlainTable) -> str:
    rows = [table.header, *table.rows]
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(table.header))]
    lines = ["  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([lines[0], rule, *lines[1:]])


def to_text(report: CheckReport) -> str:
    lang = report.lang
    out = [f"{t('checklist', lang)}: {report.title()} ({report.checklist_file})"]
    if len(report.results) == 1:
        result = report.results[0]
        out.append(f"{t('spec', lang)}: {result.file} — {t('vendor', lang)}: {result.vendor}")
        if result.valid:
            out += ["", render_table(single(report, result))]
        out += ["", result.summary(lang)]
    else:
        out += ["", render_table(matrix(report))]
    for result in report.results:
        for d in result.diagnostics:
            out += ["", format_diagnostic(d, result.sources.get(d.file))]
    return "\n".join(out) + "\n"
