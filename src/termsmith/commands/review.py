"""``termsmith review SPEC``: a clause-by-clause report for lawyers (HTML or Markdown)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the command runs, to keep start-up fast
    from termsmith.assembly.builder import Assembly
    from termsmith.diagnostics import Diagnostic
    from termsmith.redline.since import ChangesSince
    from termsmith.spec.model import ServiceSpecDocument
    from termsmith.validation import ValidationResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", metavar="SPEC", help="the service spec (.yaml)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report here (default: stdout)")
    parser.add_argument(
        "--format", choices=("html", "md"), help="report format (default: from FILE's suffix, else html)"
    )
    parser.add_argument("--kind", choices=("agreement", "quote"), default="agreement", help="document to review")
    parser.add_argument("--lang", metavar="LANGS", help="languages instead of the spec's, e.g. zh-Hans or zh-Hans,en")
    parser.add_argument(
        "--library",
        action="append",
        type=Path,
        metavar="DIR",
        help="clause library folder laid over the bundled one (repeatable)",
    )
    parser.add_argument(
        "--since",
        metavar="OLD",
        default=None,
        help="an earlier version of the spec: the report opens with what changed since it "
        "(terms, and every clause whose text changed)",
    )


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is not None and args.output.suffix.lower() in (".md", ".markdown"):
        return "md"
    return "html"


def _print(diagnostics: list[Diagnostic], lines: dict[str, list[str]]) -> None:
    from termsmith.reporting.text import write_text

    write_text(diagnostics, lines, sys.stderr, files=len({d.file for d in diagnostics}) or 1)


def run(args: argparse.Namespace) -> int:
    from termsmith.validation import validate_path

    result = validate_path(args.spec, expect_kind="ServiceSpec")
    if not result.ok:
        _print(result.diagnostics, result.loaded.sources() if result.loaded else {})
        return 1
    languages = tuple(x.strip() for x in args.lang.split(",")) if args.lang else None
    from termsmith.assembly import assemble_with_record, lint_document
    from termsmith.assembly.report import ReviewData, to_html, to_markdown
    from termsmith.library import LibraryError

    try:
        assembly = assemble_with_record(
            result.document,
            kind=args.kind,
            languages=languages,
            library=args.library,
            spec_source=Path(args.spec).read_bytes(),
            spec_file=result.file,
        )
    except LibraryError as exc:
        _print(exc.diagnostics, _sources(exc.diagnostics))
        return 1
    except ValueError as exc:
        sys.stderr.write(f"termsmith review: error: {exc}\n")
        return 2
    from termsmith.audit import allowed_names, audit_document

    where = f"{result.file} (assembled {args.kind})"
    audit = tuple(audit_document(assembly.document, allowed_names(result.document.spec), file=where))
    findings = tuple(lint_document(assembly.document, file=where)) + audit
    since = None
    if args.since is not None:
        since = _since(args, assembly, result.document, languages)
        if since is None:
            return 2
    data = ReviewData(
        assembly, findings, result.file, tuple(str(p) for p in args.library or ()), since, result.document
    )
    report = to_markdown(data) if _format(args) == "md" else to_html(data)
    if args.output is None:
        sys.stdout.write(report)
    else:
        from termsmith.atomic import write_atomic

        write_atomic(args.output, report.encode("utf-8"))
        sys.stderr.write(
            f"termsmith: wrote {args.output} ({len(assembly.clauses)} clauses, "
            f"{len(data.flagged)} draft or deprecated, {len(findings) - len(audit)} lint findings, "
            f"{len(audit)} audit findings)\n"
        )
    return 1 if findings or data.flagged else 0


def _since(
    args: argparse.Namespace, assembly: Assembly, document: ServiceSpecDocument, languages: tuple[str, ...] | None
) -> ChangesSince | None:
    """The changes-since section against ``--since OLD``, or None after reporting why it cannot be made."""
    from termsmith.assembly import assemble_with_record
    from termsmith.library import LibraryError
    from termsmith.redline.since import changes_since

    old = validate_path_or_report(args.since)
    if old is None:
        return None
    try:
        old_assembly = assemble_with_record(
            old.document,
            kind=args.kind,
            languages=languages or assembly.document.languages,
            library=args.library,
            spec_source=Path(args.since).read_bytes(),
            spec_file=old.file,
        )
    except (LibraryError, ValueError) as exc:
        sys.stderr.write(f"termsmith review: error: cannot assemble {args.since}: {exc}\n")
        return None
    lang = assembly.document.languages[0]
    return changes_since(old_assembly, assembly, old.document, document, args.since, lang)


def validate_path_or_report(path: str) -> ValidationResult | None:
    from termsmith.validation import validate_path

    if not Path(path).is_file():
        sys.stderr.write(f"termsmith review: error: {path}: no such file\n")
        return None
    result = validate_path(path, expect_kind="ServiceSpec")
    if not result.ok:
        _print(result.diagnostics, {result.file: result.loaded.lines} if result.loaded else {})
        return None
    return result


def _sources(diagnostics: list[Diagnostic]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in diagnostics:
        try:
            out.setdefault(d.file, Path(d.file).read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            out.setdefault(d.file, [])
    return out
