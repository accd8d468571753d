"""Document → HTML → PDF with WeasyPrint, fetching nothing outside the theme.

Byte-stable: the PDF's dates come from ``Document.metadata.created`` (HTML
``dcterms`` meta), its file identifier is a hash of its content, and embedded
attachments carry the same fixed date. ``pdfa=True`` writes PDF/A-3b and embeds
``Document.attachments`` (the spec source) as associated files.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from termsmith.document.model import Document
from termsmith.rendering.determinism import document_timestamp
from termsmith.rendering.fonts import require_fonts
from termsmith.rendering.html_renderer import render_html
from termsmith.rendering.theme import theme_folder
from termsmith.rendering.weasyprint_import import import_weasyprint

_local = threading.local()


def _font_config() -> object:
    """One WeasyPrint FontConfiguration per thread: building it per render costs ~30% of a page."""
    config = getattr(_local, "font_config", None)
    if config is None:
        import_weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        config = _local.font_config = FontConfiguration()
    return config


class UnsafeResourceError(RuntimeError):
    """The HTML asked for resources outside termsmith's theme; none were fetched."""


def render_pdf(doc: Document, *, pdfa: bool = False) -> bytes:
    """The document as PDF bytes (PDF/A-3b with the spec attached when ``pdfa``)."""
    require_fonts(doc.languages)
    return html_to_pdf(render_html(doc), doc, pdfa=pdfa)


def html_to_pdf(html: str, doc: Document, *, pdfa: bool = False) -> bytes:
    """Lay out ``html`` (from ``render_html``) with the theme-only fetcher."""
    weasyprint = import_weasyprint()
    from termsmith.rendering.fetcher import ThemeOnlyFetcher  # imports weasyprint.urls: after the fast import

    fetcher = ThemeOnlyFetcher(theme_folder())
    with _quiet_weasyprint():
        page = weasyprint.HTML(string=html, base_url=theme_folder().as_uri() + "/", url_fetcher=fetcher)
        options: dict[str, object] = {}
        if pdfa:
            options.update(pdf_variant="pdf/a-3b", attachments=_attachments(doc, weasyprint))
        data = page.write_pdf(font_config=_font_config(), **options)
    if fetcher.refused:
        raise UnsafeResourceError(f"refused to fetch {len(fetcher.refused)} URL(s): {fetcher.refused[:3]}")
    return bytes(data)


def _attachments(doc: Document, weasyprint: ModuleType) -> list[object]:
    stamp = document_timestamp(doc).replace(tzinfo=None)
    return [
        weasyprint.Attachment(
            string=data,
            name=name,
            description="termsmith spec source",
            created=stamp,
            modified=stamp,
            relationship="Source",
        )
        for name, data in doc.attachments
    ]


@contextmanager
def _quiet_weasyprint() -> Iterator[None]:
    """WeasyPrint logs refused URLs and unsupported CSS as warnings; we report them ourselves."""
    logger = logging.getLogger("weasyprint")
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(previous)
