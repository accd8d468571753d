"""The report as a Markdown document (GitHub-flavoured tables; cell text escaped)."""

from __future__ import annotations

import re

from termsmith.checklist.formats.tables import PlainTable, matrix, single
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")


def escape(text: str) -> str:
    """Cell text that Markdown shows literally: specials escaped, no line breaks, no HTML."""
    flat = " ".join(text.split())
    return _SPECIAL.sub(r"\\\1", flat)


def render_table(table: PlainTable) -> str:
    lines = [
        "| " + " | ".join(escape(h) for h in table.header) + " |",
        "|" + "|".join("---" for _ in table.header) + "|",
    ]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def _unread(report: CheckReport) -> list[str]:
    """Under the table: where each document holds figures termsmith did not read (a quote block each)."""
    return [line for text in report.unread_lines() for line in (f"> {escape(text)}", "")]


def to_markdown(report: CheckReport) -> str:
    lang = report.lang
    out = [
        f"# {escape(t('title', lang))}: {escape(report.title())}",
        "",
        f"- {t('checklist', lang)}: `{report.checklist.metadata.name}`",
    ]
    for result in report.results:
        out.append(
            f"- {t(result.file_label, lang)}: {escape(result.file)} — {t('vendor', lang)}: {escape(result.vendor_shown(lang))}"
        )
    out.append("")
    if len(report.results) == 1:
        result = report.results[0]
        if result.valid:
            out += [render_table(single(report, result)), ""]
        out += [f"**{escape(result.summary(lang))}**", "", *_unread(report)]
    else:
        table = matrix(report)
        out += [render_table(table), "", *_unread(report)]
        if table.notes:
            out += [f"**{escape(t('evidence', lang))}**", ""]
            for label, notes in table.notes:
                out += [f"- {escape(label)}", *(f"  - {escape(ref)} {escape(text)}" for ref, text in notes)]
            out.append("")
    problems = [(r, d) for r in report.results for d in r.diagnostics]
    if problems:
        for _, d in problems:
            hint = f" — {escape(d.hint)}" if d.hint else ""
            out.append(
                f"- {escape(d.file)}:{d.line}:{d.col}: {d.severity.value}\\[{d.code}\\] {escape(d.message)}{hint}"
            )
        out.append("")
    return "\n".join(out)
