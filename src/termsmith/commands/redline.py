"""``termsmith redline OLD [NEW]``: the agreement's changes as tracked changes in one DOCX.

Both versions go through the same assembly; the DOCX shows every change as a Word
revision (author "termsmith", dated SOURCE_DATE_EPOCH or the newer version's signing
date), character by character in Chinese and word by word in English. For a clause
library change give one spec and two libraries: ``termsmith redline SPEC
--library-old DIR --library-new DIR``. ``--format html`` or ``pdf`` writes a view with
insertions underlined and deletions struck through for readers without Word.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from termsmith.commands.diff import load_specs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier spec")
    parser.add_argument("new", metavar="NEW", nargs="?", help="the later spec (default: OLD, for a library change)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="where to write (default: NEW's name + .redline.FORMAT in the current folder)",
    )
    parser.add_argument(
        "--format",
        choices=("docx", "html", "pdf"),
        default=None,
        help="output format (default: from FILE's suffix, else docx)",
    )
    parser.add_argument(
        "--lang",
        metavar="LANGS",
        default=None,
        help="languages instead of the newer spec's, e.g. zh-Hans or zh-Hans,en",
    )
    parser.add_argument("--kind", choices=("agreement", "quote"), default="agreement", help="document to compare")
    parser.add_argument(
        "--library",
        action="append",
        default=[],
        metavar="DIR",
        help="clause library folder for both versions, laid over the bundled one (repeatable)",
    )
    parser.add_argument(
        "--library-old",
        action="append",
        default=[],
        metavar="DIR",
        help="clause library folder for OLD only (repeatable)",
    )
    parser.add_argument(
        "--library-new",
        action="append",
        default=[],
        metavar="DIR",
        help="clause library folder for NEW only (repeatable)",
    )


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    return suffix if suffix in ("docx", "html", "pdf") else "docx"


def run(args: argparse.Namespace) -> int:
    from termsmith.assembly.builder import build
    from termsmith.library import LibraryError
    from termsmith.reporting.text import write_text

    new_path = args.new or args.old
    docs = load_specs([args.old, new_path])
    if docs is None:
        return 2
    langs = tuple(x.strip() for x in args.lang.split(",")) if args.lang else tuple(docs[1].spec.languages.output)
    documents = []
    for path, doc, extra in ((args.old, docs[0], args.library_old), (new_path, docs[1], args.library_new)):
        folders = [Path(p) for p in (*args.library, *extra)]
        try:
            documents.append(
                build(
                    doc,
                    kind=args.kind,
                    languages=langs,
                    library=folders or None,
                    spec_source=Path(path).read_bytes(),
                    spec_file=path,
                ).document
            )
        except LibraryError as exc:
            write_text(exc.diagnostics, {}, sys.stderr, files=len({d.file for d in exc.diagnostics}) or 1)
            return 2
        except ValueError as exc:
            sys.stderr.write(f"termsmith redline: error: {exc}\n")
            return 2
    fmt = _format(args)
    old, new = documents
    legend = f"{args.old} ({', '.join(args.library_old) or 'library'}) → {new_path} ({', '.join(args.library_new) or 'library'})"
    if fmt == "docx":
        from termsmith.redline.docx import render_redline_docx

        data = render_redline_docx(old, new)
    elif fmt == "html":
        from termsmith.redline.html import render_redline_html

        data = render_redline_html(old, new, legend=legend).encode("utf-8")
    else:
        from termsmith.redline.html import render_redline_pdf
        from termsmith.rendering.fonts import MissingFontsError

        try:
            data = render_redline_pdf(old, new, legend=legend)
        except MissingFontsError as exc:
            sys.stderr.write(f"termsmith redline: error: {exc}\n")
            return 2
    target = Path(args.output) if args.output else Path(f"{Path(new_path).stem}.redline.{fmt}")
    from termsmith.rendering.atomic import write_atomic

    try:
        write_atomic(target, data)
    except OSError as exc:
        sys.stderr.write(f"termsmith: error: cannot write {target}: {exc.strerror or exc}\n")
        return 2
    print(f"wrote {target}")
    return 0
