"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from termsmith.diagnostics import Diagnostic, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_annotation(d: Diagnostic) -> str:
    props = [f"file={_escape_property(d.file)}", f"line={d.line}", f"col={d.col}"]
    if d.end is not None:
        props += [f"endLine={d.end.line}", f"endColumn={d.end.col}"]
    props.append(f"title={_escape_property(f'{d.code} {d.name}' if d.name else d.code)}")
    message = f"{d.code} {d.message}" + (f" ({d.hint})" if d.hint else "")
    return f"::{_COMMAND[d.severity]} {','.join(props)}::{_escape_data(message)}"


def write_github(diagnostics: Iterable[Diagnostic], stream: TextIO = sys.stdout) -> None:
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        stream.write(format_annotation(d) + "\n")
