"""``termsmith validate FILE…``: check specs against the spec model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from termsmith.commands.files import expand
from termsmith.diagnostics import Diagnostic, has_errors


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="spec files or folders of specs")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--effective",
        action="store_true",
        help="print the effective spec (a deal merged over its offer) as YAML; problems go to stderr",
    )


def run(args: argparse.Namespace) -> int:
    from termsmith.validation import validate_path

    files = expand(args.files)
    if not files:
        sys.stderr.write(
            "termsmith: error: no .yaml files with a termsmith apiVersion found in the given "
            "folders (hidden and virtual-env folders are skipped)\n"
        )
        return 2
    diagnostics: list[Diagnostic] = []
    sources: dict[str, list[str]] = {}
    for path in files:
        result = validate_path(path)
        diagnostics.extend(result.diagnostics)
        if result.loaded is not None:
            sources.update(result.loaded.sources())
        elif result.diagnostics:
            sources[result.file] = _lines(path)
    if args.effective:
        return _print_effective(files, diagnostics, sources)
    if args.format == "json":
        from termsmith.reporting.json_format import write_json

        write_json(diagnostics, sys.stdout, files=len(files))
    else:
        from termsmith.reporting.text import write_text

        write_text(diagnostics, sources, sys.stdout, files=len(files))
    return 1 if has_errors(diagnostics) else 0


def _lines(path: Path) -> list[str]:
    """Source lines for the caret display of a file that did not load; empty when unreadable or binary."""
    from termsmith.input_files import read_lines
    from termsmith.yaml_loader import MAX_BYTES

    return read_lines(path, MAX_BYTES)


def _print_effective(files: list[Path], diagnostics: list[Diagnostic], sources: dict[str, list[str]]) -> int:
    """Each file's effective document as YAML on stdout (``---`` between files); the
    diagnostics, if any, on stderr. A file that does not validate prints nothing."""
    from termsmith.spec.dump import dump_yaml, to_plain
    from termsmith.validation import validate_path

    first = True
    for path in files:
        result = validate_path(path)
        if result.document is None or has_errors(result.diagnostics):
            continue
        header = f"# effective spec of {result.file}" + "".join(
            f"\n# offer {o.name} {o.version} (sha256 {o.sha256})"
            for o in getattr(result.document.metadata, "offers", [])
        )
        sys.stdout.write(("" if first else "---\n") + dump_yaml(to_plain(result.document), header))
        first = False
    if diagnostics:
        from termsmith.reporting.text import write_text

        write_text(diagnostics, sources, sys.stderr, files=len(files))
    return 1 if has_errors(diagnostics) else 0
