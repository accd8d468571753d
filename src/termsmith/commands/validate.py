"""``termsmith validate FILE…``: check specs against the spec model."""

from __future__ import annotations

import argparse
import sys

from termsmith.commands.files import expand
from termsmith.diagnostics import Diagnostic, has_errors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="spec files or folders of specs")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    from termsmith.validation import validate_path

    files = expand(args.files)
    if not files:
        sys.stderr.write("termsmith: error: no .yaml files with a termsmith apiVersion found in the given "
                         "folders (hidden and virtual-env folders are skipped)\n")
        return 2
    diagnostics: list[Diagnostic] = []
    sources: dict[str, list[str]] = {}
    for path in files:
        result = validate_path(path)
        diagnostics.extend(result.diagnostics)
        if result.loaded is not None:
            sources[result.file] = result.loaded.lines
        elif result.diagnostics:
            sources[result.file] = _lines(path)
    if args.format == "json":
        from termsmith.reporting.json_format import write_json

        write_json(diagnostics, sys.stdout, files=len(files))
    else:
        from termsmith.reporting.text import write_text

        write_text(diagnostics, sources, sys.stdout, files=len(files))
    return 1 if has_errors(diagnostics) else 0


def _lines(path: object) -> list[str]:
    """Source lines for the caret display of a file that did not load; empty when unreadable or binary."""
    from termsmith.input_files import read_lines
    from termsmith.yaml_loader import MAX_BYTES

    return read_lines(path, MAX_BYTES)  # type: ignore[arg-type]
