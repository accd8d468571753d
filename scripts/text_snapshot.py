"""Write the text of every agreement and quote a set of specs renders to, one file each, so two
runs can be compared with ``diff -r`` (a clause-library refactor that must not change wording).

    .venv/bin/python scripts/text_snapshot.py OUT_DIR [SPEC_OR_DIR ...] [--library DIR] [--pdf]

For each spec and kind (agreement, quote) it writes the Markdown text of the document in every
language the spec has text for (zh-Hans, zh-Hant, en, bilingual); with ``--pdf`` also the text of
the DOCX (python-docx, paragraphs and table cells) and of the PDF (``pdftotext -layout``) in the
spec's declared languages. Specs default to ``samples/`` and the library check's minimal and
maximal specs.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from pathlib import Path

from termsmith import api
from termsmith.library.check import BUILTIN_SPECS
from termsmith.rendering.markdown_renderer import render_markdown
from termsmith.script_conversion import check_languages

LANGS = ("zh-Hans", "zh-Hant", "en", "bilingual")


def docx_text(data: bytes) -> str:
    import docx

    doc = docx.Document(io.BytesIO(data))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines) + "\n"


def pdf_text(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(["pdftotext", "-layout", f.name, "-"], check=True, capture_output=True, text=True).stdout


def snapshot(spec: Path, out: Path, libraries: list[Path], pdf: bool) -> int:
    gate = api.check_spec(spec)
    if gate.document is None or gate.blocked:
        print(f"skip {spec}: not valid", file=sys.stderr)
        return 0
    written = 0
    name = gate.document.metadata.name
    for kind in ("agreement", "quote"):
        for lang in (None, *LANGS):
            languages = api.languages_for(gate.document.spec, lang)
            if check_languages(gate.loaded, gate.document, languages, None).document is None:
                continue
            document = api.assemble(gate, kind=kind, lang=lang, libraries=libraries)
            tag = f"{name}.{kind}.{'+'.join(languages)}"
            (out / f"{tag}.md").write_text(render_markdown(document), encoding="utf-8")
            written += 1
            if pdf and lang is None:
                (out / f"{tag}.docx.txt").write_text(docx_text(api.render(document, "docx")), encoding="utf-8")
                (out / f"{tag}.pdf.txt").write_text(pdf_text(api.render(document, "pdf")), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--library", action="append", type=Path, default=[])
    parser.add_argument("--pdf", action="store_true", help="also the DOCX and PDF text in the declared languages")
    args = parser.parse_args(argv)
    specs: list[Path] = []
    for given in args.specs or [Path("samples"), *BUILTIN_SPECS]:
        specs += sorted(given.glob("*.yaml")) if given.is_dir() else [given]
    args.out.mkdir(parents=True, exist_ok=True)
    total = sum(snapshot(spec, args.out, args.library, args.pdf) for spec in specs)
    print(f"{total} documents from {len(specs)} specs in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
