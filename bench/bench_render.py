"""Benchmark termsmith's renderers against the bare floor on the same content.

    .venv/bin/python bench/bench_render.py [--repeat 7] [--rows 0] [--no-libreoffice] [--full]

- DOCX: termsmith ``render_docx`` vs a bare python-docx build (default template,
  add_heading / add_paragraph / add_table with the same text). Target ≤ 1.5×.
- PDF: termsmith ``render_pdf`` (font check, HTML, theme-only fetcher) vs bare
  ``weasyprint.HTML(string=same_html).write_pdf()``. Target ≤ 1.2×.
- LibreOffice: ``soffice --headless --convert-to pdf`` of termsmith's DOCX (what a
  user would otherwise run), when installed. Target: termsmith PDF ≥ 3× faster.

- ``--full`` (issue 16's targets, side by side in this run): the 15-page fuel-station
  agreement cold, as a user runs it — ``termsmith render --format pdf`` with Typst and
  with WeasyPrint, LibreOffice converting the same agreement's DOCX — and both engines
  warm per agreement (``bench_pdf_engines.py``).

Times are medians of ``--repeat`` runs after one warm-up, in milliseconds; termsmith
and its bare floor run alternately so machine noise hits both alike.
No assertions: this is run by hand or as a separate CI job.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "rendering")]

from render_documents import agreement  # noqa: E402  # after the sys.path line above: a bench runs from a checkout

from termsmith.document.model import Document, ListBlock, Paragraph, SignatureBlock, Table  # noqa: E402  # after the sys.path line above: a bench runs from a checkout
from termsmith.rendering import render_docx, render_html, render_pdf  # noqa: E402  # after the sys.path line above: a bench runs from a checkout
from termsmith.rendering.layout import Heading, flow  # noqa: E402  # after the sys.path line above: a bench runs from a checkout


def paired_ms(ours: Callable[[], object], bare: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Medians of ``ours`` and ``bare``, run alternately so CPU warm-up and noise hit both alike."""
    ours()
    bare()
    a, b = [], []
    for _ in range(repeat):
        for action, samples in ((ours, a), (bare, b)):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up: imports, font cache, template compilation
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bare_docx(doc: Document) -> bytes:
    """The same words with python-docx's defaults: no fonts, no languages, no fields."""
    import docx

    word = docx.Document()
    for item in flow(doc):
        if isinstance(item, Heading):
            word.add_heading(" / ".join(s.text for s in item.spans), level=item.level)
        elif isinstance(item, Paragraph):
            word.add_paragraph(f"{item.label} {item.text}" if item.label else item.text)
        elif isinstance(item, ListBlock):
            for para in item.items:
                word.add_paragraph(f"{para.label} {para.text}" if para.label else para.text)
        elif isinstance(item, Table):
            _bare_table(word, item)
        elif isinstance(item, SignatureBlock):
            table = word.add_table(rows=1, cols=len(item.parties))
            for cell, party in zip(table.rows[0].cells, item.parties, strict=True):
                cell.text = "\n".join([party.role_label, party.legal_name, *(k + v for k, v in party.fields)])
    word.sections[0].header.paragraphs[0].text = doc.header_text
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _bare_table(word: object, table: Table) -> None:
    if table.caption:
        word.add_paragraph(table.caption)  # type: ignore[attr-defined]
    cols = max(len(r) for r in (*table.header, *table.rows))
    grid = word.add_table(rows=0, cols=cols)  # type: ignore[attr-defined]
    for row in (*table.header, *table.rows):
        cells = grid.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.text = value.text


def bare_weasyprint(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html).write_pdf()


def libreoffice_ms(doc: Document, repeat: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "agreement.docx"
        source.write_bytes(render_docx(doc))
        profile = Path(tmp) / "profile"

        def convert() -> None:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )

        return median_ms(convert, repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rows", type=int, default=0, help="extra severity-matrix rows (a longer document)")
    parser.add_argument("--lang", default="zh-Hans", choices=["zh-Hans", "zh-Hant", "en", "bilingual"])
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--full", action="store_true", help="also the full-length agreement, cold, both engines")
    args = parser.parse_args()

    doc = agreement(args.lang, severity_rows=args.rows)
    html = render_html(doc)
    pages = len(__import__("pypdf").PdfReader(io.BytesIO(render_pdf(doc))).pages)
    print(f"document: {args.lang} agreement, {pages} PDF pages, median of {args.repeat} runs\n")

    docx_ours, docx_bare = paired_ms(lambda: render_docx(doc), lambda: bare_docx(doc), args.repeat)
    # the WeasyPrint path against bare WeasyPrint on the same HTML (Typst: --full, where each
    # document is typeset once; Typst memoises a repeated document, so repeats would flatter it)
    pdf_ours, pdf_bare = paired_ms(
        lambda: render_pdf(doc, engine="weasyprint"), lambda: bare_weasyprint(html), args.repeat
    )
    lo = None if args.no_libreoffice else libreoffice_ms(doc, max(3, args.repeat // 2))

    print(f"{'':32}{'ms':>10}{'ratio':>10}  target")
    print(f"{'DOCX termsmith':32}{docx_ours:10.1f}{docx_ours / docx_bare:10.2f}  <= 1.5x bare python-docx")
    print(f"{'DOCX bare python-docx':32}{docx_bare:10.1f}")
    print(f"{'PDF termsmith (WeasyPrint)':32}{pdf_ours:10.1f}{pdf_ours / pdf_bare:10.2f}  <= 1.2x bare WeasyPrint")
    print(f"{'PDF bare WeasyPrint (same HTML)':32}{pdf_bare:10.1f}")
    if lo is None:
        print("LibreOffice: not installed (apt-get install -y libreoffice-writer-nogui to compare)")
    else:
        print(f"{'PDF via LibreOffice (DOCX)':32}{lo:10.1f}{lo / pdf_ours:10.2f}  >= 3x slower (WeasyPrint path)")
    if args.full:
        print()
        sys.path.insert(0, str(ROOT / "bench"))
        import bench_pdf_engines

        bench_pdf_engines.main(
            ["--repeat", str(max(3, args.repeat // 2))] + (["--no-libreoffice"] * args.no_libreoffice)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
