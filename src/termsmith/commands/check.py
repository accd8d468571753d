"""``termsmith check SPEC…``: check vendors' terms against a client checklist.

One spec gives a table of requirements (verdict, the vendor's value, the required
value, the clause of the agreement); several give a matrix with one column per
vendor. Exit 0 when every must-requirement passes for every spec, 1 otherwise,
2 on a usage error, a broken checklist, or an agreement that could not be
assembled to name clauses (LB041, printed on stderr after the report).

The report language is --lang, else the specs' common primary output language,
else English. Text on a terminal wraps long cells to the terminal's width; to a
file or a pipe every cell is printed whole.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from termsmith.commands.files import expand

LANGS = ("zh-Hans", "zh-Hant", "en")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="service specs (files or folders) to check")
    parser.add_argument("--checklist", default="after-sales-standard", metavar="FILE|NAME",
                        help="a checklist file or a bundled checklist name (default: after-sales-standard; "
                             "also bundled: strict)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="report language. Default: the specs' primary output language (the first of "
                             "spec.languages.output) when they all share one, so one spec is reported in its "
                             "own language; English for specs in different languages or when none can be read")
    parser.add_argument("--format", choices=("text", "json", "md", "html"), default="text", help="report format")
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="write the report here (atomically)")
    parser.add_argument("--no-clauses", action="store_true",
                        help="do not assemble the agreements to name clauses; show spec paths instead")


def run(args: argparse.Namespace) -> int:
    from termsmith.checklist.load import UnknownChecklist, load_checklist

    specs = expand(args.specs)
    if not specs:
        sys.stderr.write("termsmith: error: no .yaml files found in the given folders\n")
        return 2
    try:
        loaded = load_checklist(args.checklist)
    except UnknownChecklist as exc:
        sys.stderr.write(f"termsmith: error: {exc}\n")
        return 2
    if not loaded.ok:
        from termsmith.reporting.text import write_text

        sources = {loaded.file: loaded.loaded.lines} if loaded.loaded is not None else {}
        sys.stderr.write(f"termsmith: error: the checklist {loaded.file} is broken\n\n")
        write_text(loaded.diagnostics, sources, sys.stderr, files=1)
        return 2
    from termsmith.checklist.formats import formatter
    from termsmith.checklist.report import run_check

    lang = args.lang or default_lang(specs)
    report = run_check(specs, loaded.document, loaded.file, lang, locate=not args.no_clauses)
    if args.format == "text":
        from termsmith.checklist.formats.text import to_text

        text = to_text(report, None if args.output else terminal_width(sys.stdout))
    else:
        text = formatter(args.format)(report)
    if args.output:
        from termsmith.rendering.atomic import write_atomic

        try:
            write_atomic(args.output, text.encode("utf-8"))
        except OSError as exc:
            sys.stderr.write(f"termsmith: error: cannot write {args.output}: {exc.strerror or exc}\n")
            return 2
    else:
        sys.stdout.write(text)
    warnings = [w for r in report.results for w in r.warnings]
    if warnings:  # e.g. LB041: the Clause column fell back to spec paths; loud, and an internal error
        from termsmith.reporting.text import write_text

        write_text(warnings, {}, sys.stderr, files=len(report.results))
        return 2
    return 0 if report.ok else 1


def terminal_width(stream: object) -> int | None:
    """The terminal's width in cells when ``stream`` is a terminal; None (keep whole cells) otherwise."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def default_lang(specs: list[Path]) -> str:
    """The report language when --lang is not given: the specs' primary output language
    (the first of ``spec.languages.output``) when every spec that can be read has the same
    one, else English. Specs that cannot be read do not vote; with none readable, English."""
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    primaries: set[str] = set()
    for path in specs:
        try:
            data = load_yaml(path).data
            lang = data["spec"]["languages"]["output"][0]
        except (YamlLoadError, KeyError, IndexError, TypeError, OSError):
            continue
        if lang in LANGS:
            primaries.add(str(lang))
    return primaries.pop() if len(primaries) == 1 else "en"
