"""``termsmith extract FILE…``: read a vendor's agreement (DOCX, PDF, text) and report its
terms in the spec's vocabulary, each with the sentence it rests on.

Formats: json (stable, version 1; docs/extract.md), md, html, and yaml — a draft spec
with the found values, evidence comments and TODO markers for what the document does
not state (one input file). Exit 0 when every file was read, 1 when one could not be
(encrypted, scanned, damaged, .doc, too large), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from termsmith.commands.output import emit

FORMATS = ("json", "yaml", "md", "html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="the vendor's agreement: .docx, .pdf, .txt, .md, .html"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (default; documented in docs/extract.md), md, html, or yaml: a draft spec to "
        "complete and validate (one FILE)",
    )
    parser.add_argument(
        "--lang",
        choices=("zh-Hans", "zh-Hant", "en"),
        default=None,
        help="the language of the md, html and yaml reports' own words (default: each document's own language "
        "and script); quotes, spec paths and values are never translated",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", default=None, help="write here (atomically) instead of stdout"
    )


def failure(file: str, exc: Any) -> dict[str, Any]:
    """A document that could not be read, in the JSON report's shape."""
    from termsmith.diagnostics import Diagnostic, Severity
    from termsmith.reporting.json_format import diagnostic_to_dict

    d = Diagnostic(exc.code, Severity.ERROR, exc.message, file, hint=exc.hint)
    return {
        "file": file,
        "format": None,
        "language": None,
        "terms": {},
        "evidence": {},
        "not_stated": [],
        "diagnostics": [diagnostic_to_dict(d)],
    }


def run(args: argparse.Namespace) -> int:
    from termsmith.api import extract
    from termsmith.extract.errors import ExtractError

    if args.format == "yaml" and len(args.files) != 1:
        sys.stderr.write("termsmith extract: error: --format yaml writes one draft spec; give exactly one FILE\n")
        return 2
    extractions, failures = [], []
    for name in args.files:
        try:
            extraction = extract(name, name)
        except ExtractError as exc:
            sys.stderr.write(f"{name}: error[{exc.code}] {exc.message}\n  = help: {exc.hint}\n")
            failures.append(failure(name, exc))
            continue
        extractions.append(extraction)
    if args.format == "yaml" and not extractions:
        return 1
    text = _render(args.format, extractions, failures, args.lang)
    if not emit(text, args.output, "termsmith extract"):
        return 2
    return 1 if failures else 0


def _render(fmt: str, extractions: list[Any], failures: list[dict[str, Any]], lang: str | None) -> str:
    from termsmith.extract import formats

    if fmt == "yaml":
        from termsmith.extract.draft import draft_spec

        return draft_spec(extractions[0], lang)
    if fmt == "md":
        return formats.to_markdown(extractions, failures, lang)
    if fmt == "html":
        return formats.to_html(extractions, failures, lang)
    return formats.to_json(extractions, failures)
