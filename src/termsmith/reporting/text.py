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


# The source line is shown in a window of this many terminal cells around the finding (as ruff
# does), so a 48 KB line with 8,000 findings prints 8,000 short snippets, not 8,000 copies of it.
SNIPPET_WIDTH = 100
# Per line and code, this many findings are shown in full; the rest are counted in one summary line.
PER_LINE_AND_CODE = 5


def _visible(ch: str) -> str:
    """A source character as the terminal should see it: controls and bidi overrides made visible
    (never executed as escape sequences or reordering), everything else as is."""
    code = ord(ch)
    if ch == "\t":
        return ch
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0 or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or 0xD800 <= code < 0xE000:
        return f"<U+{code:04X}>"
    return ch


def _cells(text: str) -> int:
    return sum(1 if ch == "\t" else display_width(ch) for ch in text)


def _window(source: str, col: int, end_col: int | None) -> tuple[str, str, str]:
    """The shown part of ``source``, and the padding and carets under code points ``col``..``end_col``
    (1-based, exclusive end). A long line is cut to about SNIPPET_WIDTH cells around the span, with '…'."""
    start = min(max(col - 1, 0), len(source))
    stop = min(max((end_col - 1) if end_col and end_col > col else col, start + 1), len(source) + 1)
    left, right = start, min(stop, start + SNIPPET_WIDTH // 2)
    budget = SNIPPET_WIDTH - _cells("".join(_visible(c) for c in source[left:right]))
    while budget > 0 and (left > 0 or right < len(source)):  # grow both ways until the width is used
        if left > 0 and (right >= len(source) or start - left <= right - stop):
            left -= 1
            budget -= _cells(_visible(source[left]))
        else:
            budget -= _cells(_visible(source[right]))
            right += 1
    head = "…" if left > 0 else ""
    tail = "…" if right < len(source) else ""
    shown = head + "".join(_visible(c) for c in source[left:right]) + tail
    pad = " " * _cells(head) + "".join("\t" if ch == "\t" else " " * _cells(_visible(ch)) for ch in source[left:start])
    span = "".join(_visible(c) for c in source[start : min(stop, right)])
    return shown, pad, "^" * max(1, _cells(span))


def format_diagnostic(d: Diagnostic, lines: list[str] | None, colour: bool = False) -> str:
    """One diagnostic as a block of text, with (a window of) the offending line when known."""
    c = (lambda code, s: f"{code}{s}{_RESET}") if colour else (lambda _code, s: s)
    head = (
        f"{c(_BOLD, f'{d.file}:{d.line}:{d.col}')}: "
        f"{c(_COLOURS[d.severity], f'{d.severity.value}[{d.code}]')} {_one_line(d.message)}"
    )
    out = [head]
    if lines is not None and 1 <= d.line <= len(lines):
        source = lines[d.line - 1].rstrip("\r\n")
        gutter = " " * len(str(d.line))
        end_col = d.end.col if d.end is not None and d.end.line == d.line else None
        shown, pad, carets = _window(source, d.col, end_col)
        out.append(c(_BLUE, f"{gutter} |"))
        out.append(c(_BLUE, f"{d.line} |") + f" {shown}")
        out.append(c(_BLUE, f"{gutter} |") + f" {pad}" + c(_COLOURS[d.severity], carets))
    if d.path:
        out.append(f"  = at: {d.path}")
    if d.expected:
        out.append(f"  = expected: {_one_line(d.expected)}")
    if d.hint:
        out.append(c(_BOLD, "  = help: ") + _one_line(d.hint))
    return "\n".join(out)


def _one_line(text: str) -> str:
    """Message text with its controls made visible (a message may quote the spec)."""
    if all(" " <= ch < "\x7f" or (ch > "\xa0" and _visible(ch) == ch) for ch in text):
        return text
    return "".join(ch if ch == "\n" else _visible(ch) for ch in text)


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
    """Every diagnostic with its snippet; past PER_LINE_AND_CODE of one code on one line, a count.
    The summary line counts all of them."""
    diags = sorted(diagnostics, key=Diagnostic.sort_key)
    colour = use_colour(stream) if colour is None else colour
    counts: dict[str, int] = {}  # code → findings on the current line
    current: tuple[str, int] | None = None
    for d in diags:
        if (d.file, d.line) != current:
            _write_more(stream, current, counts)
            current, counts = (d.file, d.line), {}
        counts[d.code] = counts.get(d.code, 0) + 1
        if counts[d.code] <= PER_LINE_AND_CODE:
            stream.write(format_diagnostic(d, sources.get(d.file), colour) + "\n\n")
    _write_more(stream, current, counts)
    stream.write(summary_line(diags, files) + "\n")


def _write_more(stream: TextIO, where: tuple[str, int] | None, counts: dict[str, int]) -> None:
    """One line per code that had more findings on this line than are shown."""
    for code, count in counts.items():
        if where is not None and count > PER_LINE_AND_CODE:
            stream.write(
                f"{where[0]}:{where[1]}: … and {count - PER_LINE_AND_CODE:,} more [{code}] on this line "
                "(--format json lists every finding)\n\n"
            )
