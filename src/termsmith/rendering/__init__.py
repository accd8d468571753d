"""Render a ``Document`` to DOCX, HTML and PDF.

Public API (stable; the CLI and other modules call these)::

    render_docx(doc) -> bytes
    render_html(doc) -> str
    render_pdf(doc, *, pdfa=False, engine="weasyprint") -> bytes
    termsmith.atomic.write_atomic(path, data)  (shared with lint and check)

python-docx, WeasyPrint and Typst are imported only when a renderer runs, so
importing this package costs nothing for ``validate`` and ``lint``.

PDF engines (``PDF_ENGINES``): ``weasyprint`` lays out the HTML with the theme's
CSS; ``typst`` typesets the same Document with the theme's Typst layout, about an
order of magnitude faster (``bench/bench_render.py``). Both carry the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from termsmith.document.model import Document

__all__ = [
    "DEFAULT_PDF_ENGINE",
    "PDF_ENGINES",
    "finish_pdf",
    "prepare_pdf",
    "render_docx",
    "render_html",
    "render_pdf",
    "render_pdf_alongside",
]

PDF_ENGINES = ("weasyprint", "typst")
DEFAULT_PDF_ENGINE = "typst"


def render_docx(doc: Document) -> bytes:
    """The document as .docx bytes (deterministic)."""
    from termsmith.rendering.docx_renderer import render_docx as _render

    return _render(doc)


def render_html(doc: Document) -> str:
    """The document as one standalone, escaped HTML page."""
    from termsmith.rendering.html_renderer import render_html as _render

    return _render(doc)


ALL_LANGUAGES = ("zh-Hans", "zh-Hant", "en")


def prepare_pdf(
    languages: tuple[str, ...] | None, engine: str = DEFAULT_PDF_ENGINE, *, separate_process: bool = False
) -> None:
    """Let ``engine`` start its set-up for ``languages`` (``None``: every language; Typst's
    fonts) in the background; optional. Saves ~0.1–0.2 s of a cold render when started
    before the spec is checked and the clauses are assembled.

    ``separate_process``: a one-shot command's set-up, done in a worker process
    (``typst_worker``) that typesets its PDFs until :func:`finish_pdf`."""
    if engine == "typst" and separate_process:
        from termsmith.rendering import typst_worker  # alone: the worker starts before anything else loads

        typst_worker.start(languages or ALL_LANGUAGES)
    elif engine == "typst":
        from termsmith.rendering.typst_renderer import prewarm

        prewarm(languages or ALL_LANGUAGES)
    from termsmith.rendering.fonts import list_fonts_ahead

    list_fonts_ahead()  # the font check before typesetting reads fc-list's answer instead of waiting for it


def finish_pdf() -> None:
    """End what :func:`prepare_pdf` started in a separate process (nothing else needs ending)."""
    from termsmith.rendering import typst_worker

    typst_worker.stop()


def render_pdf(doc: Document, *, pdfa: bool = False, engine: str = DEFAULT_PDF_ENGINE) -> bytes:
    """The document as PDF bytes; ``pdfa`` gives PDF/A-3b with the spec attached."""
    if engine == "typst":
        from termsmith.rendering.typst_renderer import render_pdf as _render
    elif engine == "weasyprint":
        from termsmith.rendering.pdf_renderer import render_pdf as _render
    else:
        raise ValueError(f"unknown PDF engine {engine!r}; choose from {', '.join(PDF_ENGINES)}")
    return _render(doc, pdfa=pdfa)


def render_pdf_alongside(doc: Document, *, pdfa: bool = False, engine: str = DEFAULT_PDF_ENGINE) -> Callable[[], bytes]:
    """Start :func:`render_pdf` now and return a call that waits for its bytes (or raises its error).

    Typst typesets in native code that releases the GIL, so the PDF is laid out on another
    core while this thread renders the DOCX; WeasyPrint is Python and would only take turns
    with it, so it renders when the result is asked for."""
    if engine != "typst":
        return lambda: render_pdf(doc, pdfa=pdfa, engine=engine)
    import threading

    outcome: dict[str, bytes | BaseException] = {}

    def work() -> None:
        try:
            outcome["pdf"] = render_pdf(doc, pdfa=pdfa, engine=engine)
        except BaseException as exc:  # handed to the caller, who reports it
            outcome["pdf"] = exc

    thread = threading.Thread(target=work, name="termsmith-pdf", daemon=True)
    thread.start()

    def result() -> bytes:
        thread.join()
        value = outcome["pdf"]
        if isinstance(value, BaseException):
            raise value
        return value

    return result
