"""Human output in the style of ruff and rustc: location, code, source line, caret."""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TextIO

from termsmith.diagnostics import Diagnostic, Severity

_COLOURS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
}
_BOLD, _DIM, _BLUE, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[1;34m", "\x1b[0m"


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def display_width(text: str) -> int:
    """Terminal cells taken by ``text``: CJK wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _caret_line(source: str, col: int, end_col: int | None) -> tuple[str, str]:
    """Padding and carets under code points ``col``..``end_col`` (1-based, exclusive end)."""
    prefix = source[: col - 1]
    pad = "".join("\t" if ch == "\t" else " " * display_width(ch) for ch in prefix)
    span = source[col - 1 : (end_col - 1) if end_col and end_col > col else col]
    return pad, "^" * max(1, display_width(span))


def format_diagnostic(d: Diagnostic, lines: list[str] | None, colour: bool = False) -> str:
    """One diagnostic as a block of text, with the offending line when known."""
    c = (lambda code, s: f"{code}{s}{_RESET}") if colour else (lambda _code, s: s)
    head = (
        f"{c(_BOLD, f'{d.file}:{d.line}:{d.col}')}: "
        f"{c(_COLOURS[d.severity], f'{d.severity.value}[{d.code}]')} {d.message}"
    )
    out = [head]
    if lines is not None and 1 <= d.line <= len(lines):
        source = lines[d.line - 1].rstrip("\r\n")
        gutter = " " * len(str(d.line))
        end_col = d.end.col if d.end is not None and d.end.line == d.line else None
        pad, carets = _caret_line(source, d.col, end_col)
        out.append(c(_BLUE, f"{gutter} |"))
        out.append(c(_BLUE, f"{d.line} |") + f" {source}")
        out.append(c(_BLUE, f"{gutter} |") + f" {pad}" + c(_COLOURS[d.severity], carets))
    if d.path:
        out.append(f"  = at: {d.path}")
    if d.expected:
        out.append(f"  = expected: {d.expected}")
    if d.hint:
        out.append(c(_BOLD, "  = help: ") + d.hint)
    return "\n".join(out)


def summary_line(diagnostics: list[Diagnostic], files: int) -> str:
    counts = {s: sum(1 for d in diagnostics if d.severity is s) for s in Severity}
    if not diagnostics:
        return f"All checks passed: {files} file{'s' if files != 1 else ''}, no problems."
    parts = [f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    return f"Found {', '.join(parts)} in {files} file{'s' if files != 1 else ''}."


def write_text(
    diagnostics: Iterable[Diagnostic],
    sources: Mapping[str, list[str]],
    stream: TextIO = sys.stdout,
    files: int = 1,
    colour: bool | None = None,
) -> None:
    diags = sorted(diagnostics, key=Diagnostic.sort_key)
    colour = use_colour(stream) if colour is None else colour
    for d in diags:
        stream.write(format_diagnostic(d, sources.get(d.file), colour) + "\n\n")
    stream.write(summary_line(diags, files) + "\n")
