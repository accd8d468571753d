"""``termsmith diff OLD NEW``: what changed between two specs, term by term, and whom it favours.

One side may be a vendor's document (.docx, .pdf, .txt, .md, .html): it is extracted and
compared term by term with the spec; each document-side value quotes its sentence with page
and paragraph, and terms the document does not state are listed as such.

Each change is worded as the agreements word it ("P0 response: 30 minutes (24×7) →
2 hours (24×7)"), says whom it favours where the terms make that determinate, and
the checklist requirements whose verdict changes are listed. Exit 0 when the terms
are the same, 1 when they differ, 2 on a usage error or a spec that is not valid.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from termsmith.commands.check import LANGS, default_lang, terminal_width
from termsmith.commands.output import emit

if TYPE_CHECKING:  # imported when a command runs, to keep start-up fast
    from termsmith.spec.model import ServiceSpecDocument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier spec (or a vendor's document)")
    parser.add_argument("new", metavar="NEW", help="the later spec (or a vendor's document)")
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="report language (default: the specs' common primary output language, else English)",
    )
    parser.add_argument("--format", choices=("text", "json", "md", "html"), default="text", help="report format")
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="write the report here (atomically)")
    parser.add_argument(
        "--checklist",
        default="after-sales-standard",
        metavar="FILE|NAME",
        help="checklist whose verdict changes are listed (default: after-sales-standard)",
    )


def load_specs(paths: list[str]) -> list[ServiceSpecDocument] | None:
    """The validated spec documents, or None after printing every problem (file:line:col) to stderr."""
    from pathlib import Path

    from termsmith.reporting.text import write_text
    from termsmith.validation import validate_path

    docs: list[ServiceSpecDocument] = []
    failed = False
    for name in paths:
        if not Path(name).is_file():
            sys.stderr.write(f"termsmith: error: {name}: no such file\n")
            failed = True
            continue
        result = validate_path(name, expect_kind="ServiceSpec")
        if not result.ok:
            sources = {result.file: result.loaded.lines} if result.loaded is not None else {}
            write_text(result.diagnostics, sources, sys.stderr, files=1)
            failed = True
        docs.append(result.document)
    return None if failed else docs


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from termsmith.checklist.load import UnknownChecklist, load_checklist
    from termsmith.checklist.report import DOCUMENT_SUFFIXES
    from termsmith.diff.formats import FORMATS, to_text
    from termsmith.diff.report import diff_specs

    documents = [p for p in (args.old, args.new) if Path(p).suffix.lower() in DOCUMENT_SUFFIXES]
    if len(documents) == 2:
        sys.stderr.write("termsmith: error: diff compares a spec with a document, not two documents\n")
        return 2
    docs = load_specs([p for p in (args.old, args.new) if p not in documents])
    if docs is None:
        return 2
    try:
        checklist = load_checklist(args.checklist)
    except UnknownChecklist as exc:
        sys.stderr.write(f"termsmith: error: {exc}\n")
        return 2
    if not checklist.ok:
        sys.stderr.write(f"termsmith: error: the checklist {checklist.file} is broken (termsmith validate it)\n")
        return 2
    lang = args.lang or default_lang([Path(args.old), Path(args.new)])
    if documents:
        report = _against_document(args, docs[0], documents[0], lang, checklist)
        if report is None:
            return 2
    else:
        report = diff_specs(
            docs[0],
            docs[1],
            lang,
            old_file=args.old,
            new_file=args.new,
            checklist=checklist.document,
            checklist_name=args.checklist,
        )
    if args.format == "text":
        colour = not args.output and terminal_width(sys.stdout) is not None and not os.environ.get("NO_COLOR")
        text = to_text(report, colour=colour)
    else:
        text = FORMATS[args.format](report)
    if not emit(text, args.output):
        return 2
    return 1 if report.changed else 0


def _against_document(
    args: argparse.Namespace, spec: ServiceSpecDocument, document: str, lang: str, checklist: Any
) -> Any:
    """The report of a spec against a vendor's document, or None after saying why it cannot be read."""
    from pathlib import Path

    from termsmith.diff.document import diff_with_document
    from termsmith.extract.errors import ExtractError

    is_new = document == args.new
    try:
        return diff_with_document(
            spec,
            Path(document),
            lang,
            document_is_new=is_new,
            spec_file=args.old if is_new else args.new,
            document_file=document,
            checklist=checklist.document,
            checklist_name=args.checklist,
        )
    except ExtractError as exc:
        sys.stderr.write(f"{document}: error[{exc.code}]: {exc.message}\n  = help: {exc.hint}\n")
        return None
