"""Text differences at the grain a reader checks: characters in Chinese, words in English.

A token is a run of Latin letters and digits (with inner ``.,'-`` so "6,000.00" and
"non-exclusive" are one token), a run of spaces, or any other single character (each
Han character and punctuation mark). The diff is difflib's on those tokens, with
equal stretches shorter than a token merged into the change around them so the
result reads as phrases, not confetti.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Literal

Op = Literal["same", "ins", "del"]
Segment = tuple[Op, str]

_TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:[.,'’\-][A-Za-z0-9\u00c0-\u024f]+)*|\s+|.", re.S)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def segments(old: str, new: str) -> list[Segment]:
    """``old`` → ``new`` as same/del/ins segments; joining same+del gives ``old``, same+ins gives ``new``."""
    if old == new:
        return [("same", new)] if new else []
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Segment] = []
    for op, i1, i2, j1, j2 in _merged(matcher.get_opcodes(), a):
        if op == "equal":
            out.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("ins", "".join(b[j1:j2])))
    return _joined(out)


def _merged(opcodes: Sequence[tuple[str, int, int, int, int]], a: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Fold a one-token equal stretch (a space, a "的") between two changes into the change."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in opcodes:
        if (
            out
            and op[0] != "equal"
            and len(out) >= 2
            and out[-1][0] == "equal"
            and out[-2][0] != "equal"
            and out[-1][2] - out[-1][1] == 1
            and not a[out[-1][1]].isalnum()
        ):
            _, i1, _, j1, _ = out[-2]
            out[-2:] = [("replace", i1, op[2], j1, op[4])]
            continue
        if out and op[0] != "equal" and out[-1][0] != "equal":
            _, i1, _, j1, _ = out[-1]
            out[-1] = ("replace", i1, op[2], j1, op[4])
            continue
        out.append(op)
    return out


def _joined(parts: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for op, text in parts:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def old_text(parts: list[Segment]) -> str:
    return "".join(text for op, text in parts if op != "ins")


def new_text(parts: list[Segment]) -> str:
    return "".join(text for op, text in parts if op != "del")
