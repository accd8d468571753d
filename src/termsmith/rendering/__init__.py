"""Render a ``Document`` to DOCX, HTML and PDF.

Public API (stable; the CLI and other modules call these)::

    render_docx(doc) -> bytes
    render_html(doc) -> str
    render_pdf(doc, *, pdfa=False) -> bytes
    termsmith.atomic.write_atomic(path, data)  (shared with lint and check)

python-docx and WeasyPrint are imported only when a renderer runs, so importing
this package costs nothing for ``validate`` and ``lint``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from termsmith.document.model import Document

__all__ = ["render_docx", "render_html", "render_pdf"]


def render_docx(doc: Document) -> bytes:
    """The document as .docx bytes (deterministic)."""
    from termsmith.rendering.docx_renderer import render_docx as _render

    return _render(doc)


def render_html(doc: Document) -> str:
    """The document as one standalone, escaped HTML page."""
    from termsmith.rendering.html_renderer import render_html as _render

    return _render(doc)


def render_pdf(doc: Document, *, pdfa: bool = False) -> bytes:
    """The document as PDF bytes; ``pdfa`` gives PDF/A-3b with the spec attached."""
    from termsmith.rendering.pdf_renderer import render_pdf as _render

    return _render(doc, pdfa=pdfa)
