"""From an offset in a string to a line and code-point column in its source file.

Prose: count lines. YAML scalars: the value is not the source text — block
scalars drop indentation, folded and plain multi-line scalars join lines with
spaces, quoted scalars have quotes, escapes and '' doubling — so the value is
aligned with its source span character by character, and every value offset
maps to where that character was written.
"""

from __future__ import annotations

from bisect import bisect_right

from termsmith.diagnostics import Position

_ESCAPE_LEN = {"x": 4, "u": 6, "U": 10}


class LineIndex:
    """Offsets of line starts in a text, for offset ↔ (line, column)."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def position(self, offset: int) -> Position:
        line = bisect_right(self.starts, offset)
        return Position(line, offset - self.starts[line - 1] + 1)

    def offset(self, pos: Position) -> int:
        if pos.line - 1 >= len(self.starts):
            return len(self.text)
        return min(self.starts[pos.line - 1] + pos.col - 1, len(self.text))


def scalar_mapper(index: LineIndex, value: str, style: str | None, start: Position, end: Position) -> list[int]:
    """For each character of ``value``, its offset in the source text."""
    src_start, src_end = index.offset(start), index.offset(end)
    text = index.text
    if style is None and text[src_start:src_end] == value:
        return list(range(src_start, src_start + len(value)))
    s = src_start
    if style in ("|", ">"):
        nl = text.find("\n", s, src_end)
        s = src_end if nl == -1 else nl + 1
    elif style in ('"', "'"):
        s += 1
    return _align(text, value, s, src_end, style == '"')


def _align(text: str, value: str, s: int, stop: int, double_quoted: bool) -> list[int]:
    out: list[int] = []
    for v in value:
        if s >= stop:
            out.append(max(stop - 1, 0))
            continue
        c = text[s]
        if c == v:
            out.append(s)
            s += 1
        elif double_quoted and c == "\\":
            out.append(s)
            s += _escape_length(text, s)
        elif v in " \n\t" and c in " \n\t\r":
            # folded line break or indentation: the value's space stands for the run
            out.append(s)
            while s < stop and text[s] in " \n\t\r" and not (text[s] == v == "\n"):
                s += 1
        else:
            j = text.find(v, s, min(stop, s + 256))
            if j == -1:
                out.append(s)
            else:
                out.append(j)
                s = j + 1
    return out


def _escape_length(text: str, s: int) -> int:
    nxt = text[s + 1 : s + 2]
    if nxt == "\n":
        e = s + 2
        while e < len(text) and text[e] in " \t":
            e += 1
        return e - s
    return _ESCAPE_LEN.get(nxt, 2)


_LAST_STARTS: list[tuple[str, list[int]]] = []  # the last text's line starts, by identity (no hashing)


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` starts: ``text.rfind("\\n", 0, offset) + 1``, by
    bisection over the line starts of ``text`` (found once per text, kept for the last
    one). The lint asks this once or twice per sentence; a long line made each ``rfind``
    read back to its start, so a text with few line breaks took time quadratic in its
    length."""
    last = _LAST_STARTS[0] if _LAST_STARTS else None
    if last is not None and last[0] is text:
        starts = last[1]
    else:
        starts = LineIndex(text).starts
        _LAST_STARTS[:] = [(text, starts)]
    return starts[bisect_right(starts, offset) - 1]
