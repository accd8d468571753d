"""Linting a vendor's DOCX or PDF: the language rules run over the extracted text (one
paragraph per line, so context rules see a sentence's lead-in and heading), and every
finding is mapped back to the exact characters.

A finding's line is the paragraph number in the extracted text (so the text report
shows the paragraph with a caret under the term) and its column the code point in
that paragraph; ``extra`` carries ``paragraph`` and, for a PDF, the ``page`` and the
``page_line``/``page_column`` of the first character on the printed page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Position, Severity

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".html", ".htm"}


def lint_document(path: Path, config: Any, name: str) -> tuple[list[Diagnostic], list[str] | None]:
    from termsmith.extract.errors import ExtractError
    from termsmith.extract.readers import read_document
    from termsmith.lint.runner import lint_text

    try:
        doc = read_document(path, name)
    except ExtractError as exc:
        return [Diagnostic(exc.code, Severity.ERROR, exc.message, name, hint=exc.hint)], None
    # one text, a paragraph per line, as a .txt of the same words is linted: rules that read the
    # lines before a sentence (a list's lead-in, a heading, a definitions section) see them. A line
    # break inside a paragraph (Word's Shift+Enter) becomes a space, so line n is paragraph n.
    lines = [p.text.replace("\n", " ").replace("\r", " ") for p in doc.paragraphs]
    found: list[Diagnostic] = []
    for d in lint_text("\n".join(lines), name, config=config):
        p = doc.paragraphs[d.line - 1]
        start = p.locate(d.col - 1)
        extra = dict(d.extra, paragraph=str(p.number))
        if start.page is not None:
            extra.update(page=str(start.page), page_line=str(start.line), page_column=str(start.column))
            message = f"{d.message} (page {start.page}, line {start.line}:{start.column})"
        else:
            message = f"{d.message} (paragraph {p.number})"
        end = Position(p.number, d.end.col) if d.end is not None else None
        found.append(replace(d, message=message, start=Position(p.number, d.col), end=end, extra=extra))
    return found, lines
