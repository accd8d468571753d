"""``termsmith check SPEC…``: check vendors' terms against a client checklist.

One spec gives a table of requirements (verdict, the vendor's value, the required
value, the clause of the agreement); several give a matrix with one column per
vendor. Exit 0 when every must-requirement passes for every spec, 1 otherwise,
2 on a usage error or a broken checklist.
"""

from __future__ import annotations

import argparse
import sys

from termsmith.commands.files import expand

LANGS = ("zh-Hans", "zh-Hant", "en")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="service specs (files or folders) to check")
    parser.add_argument("--checklist", default="after-sales-standard", metavar="FILE|NAME",
                        help="a checklist file or a bundled checklist name (default: after-sales-standard; "
                             "also bundled: strict)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="report language (default: the first spec's first output language)")
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

    lang = args.lang or _default_lang(specs)
    report = run_check(specs, loaded.document, loaded.file, lang, locate=not args.no_clauses)
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
    return 0 if report.ok else 1


def _default_lang(specs: list) -> str:
    """The first output language of the first spec that loads; zh-Hans otherwise."""
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    for path in specs:
        try:
            data = load_yaml(path).data
        except YamlLoadError:
            continue
        try:
            lang = data["spec"]["languages"]["output"][0]
        except (KeyError, IndexError, TypeError):
            continue
        if lang in LANGS:
            return str(lang)
    return "zh-Hans"
