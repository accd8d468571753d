"""``termsmith diff OLD NEW``: what changed between two specs, term by term, and whom it favours.

Each change is worded as the agreements word it ("P0 response: 30 minutes (24×7) →
2 hours (24×7)"), says whom it favours where the terms make that determinate, and
the checklist requirements whose verdict changes are listed. Exit 0 when the terms
are the same, 1 when they differ, 2 on a usage error or a spec that is not valid.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from termsmith.commands.check import LANGS, default_lang, terminal_width
from termsmith.commands.output import emit

if TYPE_CHECKING:  # imported when a command runs, to keep start-up fast
    from termsmith.spec.model import ServiceSpecDocument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier spec")
    parser.add_argument("new", metavar="NEW", help="the later spec")
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
    from termsmith.diff.formats import FORMATS, to_text
    from termsmith.diff.report import diff_specs

    docs = load_specs([args.old, args.new])
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
