"""``termsmith check SPEC…``: check vendors' terms against a client checklist.

One spec gives a table of requirements (verdict, the vendor's value, the required
value, the clause of the agreement); several give a matrix with one column per
vendor. Exit 0 when every must-requirement passes for every spec, 1 otherwise,
2 on a usage error, a broken checklist, or an agreement that could not be
assembled to name clauses (LB041, printed on stderr after the report).

The report language is --lang, else the specs' common primary output language,
else English. Text wraps long cells to the terminal's width on a terminal, and to
100 columns in a file or a pipe (a page or a CI log, not a 400-column line);
--width N sets the width, --width 0 prints every cell whole on one line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from termsmith.commands.files import expand
from termsmith.commands.output import emit

LANGS = ("zh-Hans", "zh-Hant", "en")
FILE_WIDTH = 100  # columns of a text report written to a file or a pipe


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "specs",
        nargs="+",
        metavar="SPEC",
        help="service specs (files or folders) or vendors' documents (.docx, .pdf, .txt, .md), "
        "which are extracted first (see 'termsmith extract')",
    )
    parser.add_argument(
        "--checklist",
        default="after-sales-standard",
        metavar="FILE|NAME",
        help="a checklist file or a bundled checklist name (default: after-sales-standard; also bundled: strict)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="report language. Default: the specs' primary output language (the first of "
        "spec.languages.output) when they all share one, so one spec is reported in its "
        "own language; English for specs in different languages or when none can be read",
    )
    parser.add_argument("--format", choices=("text", "json", "md", "html"), default="text", help="report format")
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="write the report here (atomically)")
    parser.add_argument(
        "--width",
        type=int,
        default=None,
        metavar="N",
        help="text format: wrap the table to N columns (default: the terminal's width, or "
        f"{FILE_WIDTH} in a file or a pipe); 0 prints every cell whole on one line",
    )
    parser.add_argument(
        "--no-clauses",
        action="store_true",
        help="do not assemble the agreements to name clauses; show spec paths instead",
    )


def run(args: argparse.Namespace) -> int:
    from termsmith import api
    from termsmith.checklist.load import UnknownChecklist

    specs = expand(args.specs)
    if not specs:
        sys.stderr.write(
            "termsmith: error: no .yaml files with a termsmith apiVersion found in the given "
            "folders (hidden and virtual-env folders are skipped)\n"
        )
        return 2
    lang = args.lang or default_lang(specs)
    try:
        report = api.check_report(specs, args.checklist, lang, locate=not args.no_clauses)
    except UnknownChecklist as exc:
        sys.stderr.write(f"termsmith: error: {exc}\n")
        return 2
    except api.ChecklistBroken as exc:
        from termsmith.reporting.text import write_text

        sys.stderr.write(f"termsmith: error: {exc}\n\n")
        write_text(exc.diagnostics, exc.sources, sys.stderr, files=1)
        return 2
    width = args.width if args.width is not None else (FILE_WIDTH if args.output else text_width(sys.stdout))
    text = api.format_report(report, args.format, width or None)
    if not emit(text, args.output):
        return 2
    warnings = [w for r in report.results for w in r.warnings]
    if warnings:  # e.g. LB041: the Clause column fell back to spec paths; loud, and an internal error
        from termsmith.reporting.text import write_text

        write_text(warnings, {}, sys.stderr, files=len(report.results))
        return 2
    return 0 if report.ok else 1


def terminal_width(stream: object) -> int | None:
    """The terminal's width in cells when ``stream`` is a terminal; None otherwise."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def text_width(stream: object) -> int:
    """The width to wrap text to: the terminal's, else ``FILE_WIDTH``."""
    return terminal_width(stream) or FILE_WIDTH


def default_lang(specs: list[Path]) -> str:
    """The report language when --lang is not given (see :func:`termsmith.api.report_language`)."""
    from termsmith.api import report_language

    return report_language(specs)
