"""Document → PDF with Typst: the same ``Document`` and theme, typeset ~5–10× faster than WeasyPrint.

The layout lives in the theme (``rendering/typst/document.typ``). This module only
turns ``layout.flow(doc)`` into ``data.json`` beside it: every string is data that the
template places with ``text(...)``, never Typst markup, so nothing in a spec can
execute or restyle anything. Fonts are the system's Noto faces named in
``theme.json``; Typst loads no package and fetches nothing.

A pool of ``typst.Compiler`` objects keeps their font books warm across documents
(batch ``--jobs`` workers and the web app render many; one compiler serves one render
at a time). A document whose every character the theme's faces surely draw (see
``coverage``) is typeset by a compiler that knows only the theme's font files: it starts
in ~35 ms, where scanning the system's hundreds of fonts takes ~60–80 ms of a cold
render. Any other character may need a system font as fallback, so such a document
is typeset by a compiler that knows every system font, as before. Output is
byte-stable: the one date is the Document's, and ``pdfa=True`` writes PDF/A-3b with
the spec attached.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from termsmith.document.model import Document, Figure, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.rendering import typst_worker
from termsmith.rendering.coverage import surely_drawn
from termsmith.rendering.determinism import document_timestamp
from termsmith.rendering.fonts import require_fonts
from termsmith.rendering.layout import Heading, Item, column_fractions, flow, page_label_parts
from termsmith.rendering.nobreak import GLUED_RUN
from termsmith.rendering.text_clean import breakable, clean_text
from termsmith.rendering.theme import Theme, load_theme
from termsmith.rendering.typst_setup import (
    TYPST_LANG as _TYPST_LANG,
    TypstUnavailableError as TypstUnavailableError,
    face_samples as face_samples,
    lang_info as _lang_info,
    new_compiler as new_compiler,
)

_lock = threading.Lock()
_warming: threading.Thread | None = None
# warm compilers no render is using, per font set ("theme" or "system"): a render takes one
# and gives it back
_idle: dict[str, list[Any]] = {"theme": [], "system": []}

# Typst never breaks inside a run of letters without a break opportunity, so a 300-character
# token would run off the page: the same invisible break points as the HTML path
# (``text_clean.breakable``) are put into every string the layout places.
_breakable = breakable


def render_pdf(doc: Document, *, pdfa: bool = False) -> bytes:
    """The document as PDF bytes typeset by Typst (PDF/A-3b with the spec attached when ``pdfa``)."""
    require_fonts(doc.languages)
    theme = load_theme()
    with tempfile.TemporaryDirectory(prefix="termsmith-typst-") as tmp:
        root = Path(tmp)
        (root / "main.typ").write_bytes((theme.folder / "typst" / "document.typ").read_bytes())
        placed = json.dumps(document_data(doc, theme, attach=pdfa), ensure_ascii=False)
        (root / "data.json").write_text(placed, encoding="utf-8")
        if pdfa and doc.attachments:
            (root / "attachments").mkdir()
            for name, data in doc.attachments:
                (root / "attachments" / _safe_name(name)).write_bytes(data)
        stamp = document_timestamp(doc)
        fonts = "theme" if surely_drawn(placed) else "system"  # every string placed is in data.json
        job = {
            "input": str(root / "main.typ"),
            "root": str(root),
            "format": "pdf",
            "pdf_standards": ["a-3b"] if pdfa else [],
            "timestamp": int(stamp.timestamp()),
        }
        pdf = typst_worker.typeset(job) if fonts == "theme" else None  # a one-shot command's worker
        if pdf is not None:
            return pdf
        compiler = _acquire(fonts)
        try:
            result = compiler.compile(**job)
        finally:
            _release(compiler, fonts)
    return bytes(result)


def prewarm(languages: tuple[str, ...] = ("zh-Hans", "zh-Hant", "en")) -> None:
    """Start Typst's set-up in the background while the caller assembles the Document.

    Building a ``typst.Compiler`` reads the theme's fonts, and its first document loads
    the faces it uses (the CJK collections are ~20 MB each): together ~110–190 ms of native
    code. Loading the faces releases the GIL, so it overlaps with checking and assembling;
    building the compiler does not (~40 ms the caller's thread stands still). The next
    render on any thread takes the compiler it prepared; a failure there only means
    building one again, where the error is reported.

    A one-shot command does the whole set-up in a worker process instead (``typst_worker``,
    started by ``prepare_pdf(..., separate_process=True)``), where it stops nothing; then
    this only tells the worker which faces to load. A warm process (``--jobs`` workers, the
    web app) keeps its compilers on threads, where they stay warm for the next documents."""
    global _warming
    if typst_worker.running():
        typst_worker.warm(languages)  # these languages' faces, and no others
        return
    with _lock:
        if _warming is not None or _idle["theme"]:
            return
        sampler = font_sampler(load_theme(), languages)
        _warming = threading.Thread(target=_prepare, args=(sampler,), daemon=True, name="termsmith-typst-fonts")
        _warming.start()


def font_sampler(theme: Theme, languages: tuple[str, ...]) -> bytes:
    """A page that sets a word in every face ``languages`` use, so Typst loads each of them."""
    return b"\n".join(face_samples(theme, languages))


def _prepare(sampler: bytes) -> None:
    try:
        compiler = new_compiler("theme")
        compiler.compile(input=sampler, format="pdf")
    except Exception:  # the render that claims it builds one itself and reports the error
        return
    _release(compiler, "theme")


def _acquire(fonts: str) -> Any:
    """A warm compiler for one render with the font set ``fonts``: an idle one, the one
    being prepared (always "theme"), or a new one.

    Compilers are pooled rather than kept per thread, so a web app's worker threads and a
    render typeset on its own thread (``render_pdf_alongside``) reuse the fonts already
    loaded instead of reading them again."""
    global _warming
    with _lock:
        if _idle[fonts]:
            return _idle[fonts].pop()
        thread = _warming if fonts == "theme" else None
        if thread is not None:
            _warming = None
    if thread is not None:
        thread.join()
        with _lock:
            if _idle[fonts]:
                return _idle[fonts].pop()
    return new_compiler(fonts)


def _release(compiler: Any, fonts: str) -> None:
    with _lock:
        _idle[fonts].append(compiler)


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) or "attachment"


def document_data(doc: Document, theme: Theme, *, attach: bool = False) -> dict[str, Any]:
    """Everything the Typst layout places, as plain JSON data."""
    labels = page_label_parts(doc)
    meta = doc.metadata
    created = meta.created
    return {
        "theme": {"page": theme.page, "sizes": theme.sizes},
        "languages": list(doc.languages),
        "langs": {lang: _lang_info(theme, lang) for lang in _TYPST_LANG},
        "glued_run": GLUED_RUN,
        "header": _breakable(labels.header),
        "page": {"before": labels.before, "middle": labels.middle, "after": labels.after},
        "meta": {
            "title": clean_text(meta.title),
            "author": clean_text(meta.author),
            "subject": clean_text(meta.subject),
            "keywords": [clean_text(k) for k in meta.keywords if clean_text(k)],
            "date": [created.year, created.month, created.day],
        },
        "attachments": [[_safe_name(name), "termsmith spec source"] for name, _ in doc.attachments] if attach else [],
        "items": [_item(item) for item in flow(doc)],
    }


def _para(p: Paragraph) -> dict[str, Any]:
    return {
        "t": "p",
        "text": _breakable(p.text),
        "lang": p.lang,
        "style": p.style,
        "label": _breakable(p.label) if p.label else None,
    }


def _item(item: Item) -> dict[str, Any]:
    if isinstance(item, Heading):
        spans = [{"text": _breakable(s.text), "lang": s.lang} for s in item.spans]
        return {"t": "h", "level": item.level, "spans": spans}
    if isinstance(item, Paragraph):
        return _para(item)
    if isinstance(item, ListBlock):
        return {"t": "list", "items": [_para(p) for p in item.items]}
    if isinstance(item, Table):
        return _table(item)
    if isinstance(item, SignatureBlock):
        return {
            "t": "sig",
            "lang": item.lang,
            "note": item.note,
            "parties": [
                {
                    "role_label": p.role_label,
                    "legal_name": _breakable(p.legal_name),
                    "fields": [[k, _breakable(v)] for k, v in p.fields],
                }
                for p in item.parties
            ],
        }
    if isinstance(item, Figure):
        return {"t": "fig", "svg": item.svg, "caption": item.caption, "lang": item.lang, "width_mm": item.width_mm}
    raise TypeError(f"unknown block type {type(item).__name__}")


def _table(table: Table) -> dict[str, Any]:
    columns = list(column_fractions(table))
    width = len(columns)

    def row(cells: tuple[Any, ...]) -> list[dict[str, Any]]:
        out = [{"text": _breakable(c.text), "align": c.align, "bold": c.bold} for c in cells]
        out += [{"text": "", "align": "left", "bold": False}] * (width - len(out))  # ragged rows padded
        return out

    return {
        "t": "table",
        "lang": table.lang,
        "kind": table.kind,
        "caption": table.caption,
        "columns": columns,
        "header": [row(r) for r in table.header],
        "rows": [row(r) for r in table.rows],
    }


__all__ = ["TypstUnavailableError", "document_data", "render_pdf"]
