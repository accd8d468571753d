"""Render a spec to a Document, DOCX and PDF and read the files back, for the audit tests."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))


def declared_cases(spec: Any) -> list[tuple[str, ...]]:
    """Each language the spec declares in ``languages.output``, and both together when it declares two."""
    langs = tuple(spec.languages.output)
    return [(lang,) for lang in langs] + ([langs] if len(langs) == 2 else [])


def docx_text(data: bytes) -> str:
    """Body paragraphs and table cells, one a line, in document order."""
    import docx
    from docx.table import Table

    lines: list[str] = []

    def walk(container: Any) -> None:
        for item in container.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:
                        walk(cell)
            else:
                lines.append(item.text)

    walk(docx.Document(io.BytesIO(data)))
    return "\n".join(lines)


def pdf_pages(data: bytes) -> str:
    """The text of each page, pages separated by form feeds (the audit's PDF unit)."""
    import pypdf

    return "\f".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)
