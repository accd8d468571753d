"""Write the text of every agreement and quote a set of specs renders to, one file each, so two
runs can be compared with ``diff -r`` (a clause-library refactor that must not change wording).

    .venv/bin/python scripts/text_snapshot.py OUT_DIR [SPEC_OR_DIR ...] [--library DIR] [--pdf]

For each spec and kind (agreement, quote) it writes the Markdown text of the document in every
language the spec has text for (zh-Hans, zh-Hant, en, bilingual); with ``--pdf`` also the text of
the DOCX (python-docx, paragraphs and table cells) and of the PDF (``pdftotext -layout``) in the
spec's declared languages. Specs default to ``samples/`` and the library check's minimal and
maximal specs; ``--variants`` adds variants of the maximal spec that take every branch of the
clauses' named phrases (each start event with and without its date, methods, owners, holders,
fee periods, metrics, language pairings).
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
_NO_DATE = ("    start_date: 2026-02-02\n", "")
VARIANTS: dict[str, tuple[tuple[str, str], ...]] = {
    "v-signing": (("start_event: date", "start_event: signing"), _NO_DATE),
    "v-acceptance": (("start_event: date", "start_event: acceptance"), _NO_DATE),
    "v-golive": (("start_event: date", "start_event: go-live"), _NO_DATE),
    "v-acc-noday": (("start_event: date", "start_event: acceptance"), _NO_DATE, ("    accepted_on: 2025-12-01\n", "")),
    "v-live-noday": (("start_event: date", "start_event: go-live"), _NO_DATE, ("    live_on: 2025-12-15\n", "")),
    "v-methods1": (("methods: [remote, phone, on-site]", "methods: [on-site]"),),
    "v-methods2": (("methods: [remote, phone, on-site]", "methods: [phone, remote]"),),
    "v-yearfee": (("period: quarter}", "period: year}"),),
    "v-owner-vendor": (
        ("source_code_owner: client", "source_code_owner: vendor"),
        ("documents_owner: client", "documents_owner: joint"),
    ),
    "v-owner-joint": (
        ("source_code_owner: client", "source_code_owner: joint"),
        ("deliverables_owner: joint", "deliverables_owner: vendor"),
    ),
    "v-holders": (("domain: client", "domain: vendor"), ("mini_program_appid: client", "mini_program_appid: vendor")),
    "v-metrics": (("metrics: [cpu, memory, disk, bandwidth]", "metrics: [uptime, response-time, queue-depth]"),),
    "v-prev-en": (("prevailing: zh-Hans", "prevailing: en"),),
    "v-hant-en": (("output: [zh-Hans, en]", "output: [zh-Hant, en]"), ("prevailing: zh-Hans", "prevailing: zh-Hant")),
    "v-single": (("output: [zh-Hans, en]", "output: [en]"), ("prevailing: zh-Hans", "prevailing: en")),
}


def write_variants(folder: Path) -> list[Path]:
    """The maximal spec's variants, each a valid spec file in ``folder``."""
    source = BUILTIN_SPECS[1].read_text(encoding="utf-8")
    out = []
    for name, edits in VARIANTS.items():
        text = source.replace("  name: maximal\n", f"  name: {name}\n", 1)
        for old, new in edits:
            assert old in text, (name, old)
            text = text.replace(old, new)
        out.append(folder / f"{name}.yaml")
        out[-1].write_text(text, encoding="utf-8")
    return out


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
    parser.add_argument("--variants", action="store_true", help="also the maximal spec's phrase variants")
    args = parser.parse_args(argv)
    specs: list[Path] = []
    for given in args.specs or [Path("samples"), *BUILTIN_SPECS]:
        specs += sorted(given.glob("*.yaml")) if given.is_dir() else [given]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        if args.variants:
            specs += write_variants(Path(folder))
        total = sum(snapshot(spec, args.out, args.library, args.pdf) for spec in specs)
    print(f"{total} documents from {len(specs)} specs in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
