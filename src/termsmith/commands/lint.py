"""``termsmith lint FILE…``: vague terms and weak commitments in specs and prose."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from termsmith.diagnostics import Diagnostic, Severity

FORMATS = ("text", "json", "sarif", "github")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Exit codes: 0 no errors or warnings (infos allowed), 1 an error or a warning "
        "(see --fail-on), 2 usage error. In a service spec vague language is an error, in prose "
        "(.md, .txt) a warning; '# termsmith: ignore[CODE] reason' suppresses one line."
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="specs (.yaml), prose (.md, .txt) or folders; with --library: sample specs to render",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only these rule codes or prefixes (comma-separated; replaces the configured selection)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip these rule codes or prefixes (comma-separated; adds to the configured ignores)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="pyproject.toml or termsmith.toml to use instead of the one found upward from each file",
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="warning",
        help="lowest severity that makes the exit code 1 (default: warning: any error or warning "
        "exits 1, infos do not). In a service spec vague language is an error, in prose a "
        "warning; suppress one line with '# termsmith: ignore[CODE] reason'",
    )
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("-o", "--output", type=Path, metavar="PATH", help="write the report to a file")
    parser.add_argument(
        "--library",
        action="append",
        type=Path,
        metavar="DIR",
        help="check a clause library (clauses/, agreements/, clauses.lock) instead of files",
    )
    parser.add_argument("--update-lock", action="store_true", help="with --library: rewrite clauses.lock first")


def _codes(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


def _check_selectors(codes: list[str] | None) -> str | None:
    from termsmith.lint.registry import is_known_selector

    bad = [c for c in codes or () if not is_known_selector(c)]
    return f"unknown rule selector {bad[0]!r}; run 'termsmith rules'" if bad else None


def run(args: argparse.Namespace) -> int:
    if args.library:  # the clause-library check (termsmith.library.check)
        from termsmith.library.check import library_lint

        found, lines, count = library_lint(args.library, [Path(f) for f in args.files], update_lock=args.update_lock)
        if not _write(found, lines, args, files=count):
            return 1
        return 0 if args.exit_zero or not any(d.severity.rank >= Severity(args.fail_on).rank for d in found) else 1
    if not args.files:
        sys.stderr.write("termsmith lint: error: give files to lint, or --library DIR\n")
        return 2
    from termsmith.lint.config import ConfigError
    from termsmith.lint.runner import lint_paths

    select, ignore = _codes(args.select), _codes(args.ignore)
    problem = _check_selectors(select) or _check_selectors(ignore)
    if problem:
        sys.stderr.write(f"termsmith lint: error: {problem}\n")
        return 2
    if args.config is not None and not args.config.is_file():
        sys.stderr.write(f"termsmith lint: error: config file {args.config} not found\n")
        return 2
    try:
        reports = lint_paths([Path(f) for f in args.files], config_path=args.config, select=select, ignore=ignore)
    except ConfigError as exc:
        _write([exc.diagnostic], {}, args, files=1)
        return 2
    if not reports:
        sys.stderr.write("termsmith lint: error: no .yaml, .yml, .md or .txt files found\n")
        return 2
    diagnostics = [d for r in reports for d in r.diagnostics]
    sources = {f: lines for r in reports for f, lines in r.sources().items()}
    if not _write(diagnostics, sources, args, files=len(reports)):
        return 1
    threshold = Severity(args.fail_on).rank
    failed = any(d.severity.rank >= threshold for d in diagnostics)
    return 0 if args.exit_zero or not failed else 1


def _write(diagnostics: list[Diagnostic], sources: dict[str, list[str]], args: argparse.Namespace, files: int) -> bool:
    """The report on stdout, or atomically into ``-o`` (never a half-written report).
    False when the file could not be written (the reason is on stderr)."""
    if not args.output:
        _report(diagnostics, sources, args, sys.stdout, files)
        return True
    import io

    from termsmith.atomic import write_atomic
    from termsmith.os_errors import describe

    buffer = io.StringIO()
    _report(diagnostics, sources, args, buffer, files)
    try:
        write_atomic(args.output, buffer.getvalue().encode("utf-8"))
    except OSError as exc:
        sys.stderr.write(f"termsmith lint: error: {describe(exc, 'write the report to', args.output)}\n")
        return False
    return True


def _report(
    diagnostics: list[Diagnostic], sources: dict[str, list[str]], args: argparse.Namespace, stream: TextIO, files: int
) -> None:
    if args.format == "json":
        from termsmith.reporting.json_format import write_json

        write_json(diagnostics, stream, files=files)
    elif args.format == "sarif":
        from termsmith.reporting.sarif import write_sarif

        write_sarif(diagnostics, sources, stream)
    elif args.format == "github":
        from termsmith.reporting.github import write_github

        write_github(diagnostics, stream)
    else:
        from termsmith.reporting.text import write_text

        write_text(diagnostics, sources, stream, files=files)
