"""Fitting a plain-text table into a terminal: column widths and cell wrapping.

Widths are in terminal cells (CJK and full-width characters take two). Columns
that are short and identifying (the requirement id, the level) keep their width;
the others share what is left, the narrow ones keeping their natural width and
the wide ones splitting the rest evenly. Cells wrap at spaces, between CJK
characters, and inside a word only when the word alone is wider than its column;
closing punctuation (，。）、) never starts a line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from termsmith.reporting.text import display_width

GAP = 2  # cells between columns
MIN_WIDTH = 8  # a column is never squeezed below this (the table then overflows)
_CLOSING = set("，。、；：！？）》」』】,.;:!?)]")
_OPENING = set("（《「『【")


def fit_widths(natural: Sequence[int], total: int, fixed: Sequence[int] = ()) -> list[int]:
    """Column widths that fit ``total`` cells, or as close as ``MIN_WIDTH`` allows."""
    n = len(natural)
    if sum(natural) + GAP * (n - 1) <= total:
        return list(natural)
    widths = list(natural)
    budget = total - GAP * (n - 1) - sum(natural[i] for i in fixed)
    flexible = sorted((i for i in range(n) if i not in fixed), key=lambda i: natural[i])
    while flexible:
        share = budget // len(flexible)
        narrowest = flexible[0]
        if natural[narrowest] <= share:
            budget -= natural[narrowest]
            flexible.pop(0)
            continue
        share = max(share, MIN_WIDTH)
        extra = max(0, budget - share * len(flexible))
        for rank, i in enumerate(reversed(flexible)):  # the widest columns get the odd cells
            widths[i] = min(natural[i], share + (1 if rank < extra else 0))
        break
    return widths


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def tokens(text: str) -> list[str]:
    """Words, single CJK characters and runs of spaces. Closing punctuation stays with what
    precedes it and opening punctuation with what follows, so neither is left alone at a break."""
    out: list[str] = []
    for ch in text:
        last = out[-1] if out else ""
        if not last:
            out.append(ch)
        elif ch.isspace():
            if last.isspace():
                out[-1] += ch
            else:
                out.append(ch)
        elif last.isspace():
            out.append(ch)
        elif ch in _CLOSING or last in _OPENING:
            out[-1] += ch
        elif _wide(ch) or _wide(last[-1]):
            out.append(ch)
        else:
            out[-1] += ch
    return out


def _split(token: str, width: int) -> list[str]:
    """A token wider than ``width`` cut into pieces that fit."""
    pieces, piece = [], ""
    for ch in token:
        if piece and display_width(piece + ch) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece] if piece else pieces


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` cells (a single character wider than that stands alone)."""
    if display_width(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for token in tokens(text):
        if token.isspace():
            if line and display_width(line) + 1 <= width:
                line += " "
            elif line:
                lines.append(line.rstrip())
                line = ""
            continue
        for piece in _split(token, width) if display_width(token) > width else [token]:
            if line and display_width(line) + display_width(piece) > width:
                lines.append(line.rstrip())
                line = ""
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]
