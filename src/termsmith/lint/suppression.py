"""Inline suppression comments.

YAML and prose: ``# termsmith: ignore[VT001, VQ] reason``; prose also takes the
HTML comment ``<!-- termsmith: ignore[VT001] reason -->``. A comment covers its
own line and the line below. Codes may be prefixes (``VQ``). A suppression
without a reason (M001), one that suppressed nothing (M002) and a malformed one
(M003) are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from termsmith import regex_cache
from termsmith.diagnostics import Diagnostic, Position

_HTML = regex_cache.compile(r"<!--\s*termsmith:\s*ignore(?P<body>.*?)-->", re.DOTALL)
_HASH = regex_cache.compile(r"#\s*termsmith:\s*ignore(?P<body>[^\n]*)")
_BODY = regex_cache.compile(r"^\[(?P<codes>[^\]]*)\](?P<reason>.*)$", re.DOTALL)
_CODE = regex_cache.compile(r"^[A-Za-z]{1,3}\d{0,3}$")


@dataclass(slots=True)
class Suppression:
    line: int
    start: Position
    end: Position
    codes: tuple[str, ...]
    reason: str
    used: set[str] = field(default_factory=set)
    malformed: str | None = None

    def covers(self, d: Diagnostic) -> str | None:
        """The code in this comment that covers ``d``, if any."""
        if d.line not in (self.line, self.line + 1) or self.malformed:
            return None
        return next((c for c in self.codes if d.code.startswith(c)), None)


def find_suppressions(text: str, html: bool = False) -> list[Suppression]:
    out: list[Suppression] = []
    patterns = (_HTML, _HASH) if html else (_HASH,)
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(_parse(text, m))
    return sorted(out, key=lambda s: (s.start.line, s.start.col))


def _position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return Position(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _parse(text: str, m: re.Match[str]) -> Suppression:
    start, end = _position(text, m.start()), _position(text, m.end())
    body = _BODY.match(m.group("body").strip())
    if body is None:
        return Suppression(start.line, start, end, (), "", malformed="no [CODE] list after 'termsmith: ignore'")
    codes = tuple(c.strip().upper() for c in body.group("codes").split(",") if c.strip())
    reason = body.group("reason").strip()
    bad = [c for c in codes if not _CODE.match(c)]
    if not codes or bad:
        why = "empty code list" if not codes else f"malformed code {bad[0]!r}"
        return Suppression(start.line, start, end, codes, reason, malformed=why)
    return Suppression(start.line, start, end, codes, reason)


def blank_out(text: str, suppressions: list[Suppression], html: bool = False) -> str:
    """``text`` with suppression comments replaced by spaces (offsets kept), so the
    reason written in a comment is not itself linted."""
    patterns = (_HTML, _HASH) if html else (_HASH,)
    for pattern in patterns:
        text = pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return text


def apply_suppressions(
    diagnostics: list[Diagnostic],
    suppressions: list[Suppression],
    file: str,
    known_code: Callable[[str], bool],
    enabled: Callable[[str], bool],
) -> list[Diagnostic]:
    """Drop suppressed diagnostics; add M001/M002/M003 for the comments themselves."""
    kept: list[Diagnostic] = []
    for d in diagnostics:
        suppressed = False
        for s in suppressions:
            code = s.covers(d)
            if code is not None:
                s.used.add(code)
                suppressed = True
        if not suppressed:
            kept.append(d)
    for s in suppressions:
        kept.extend(_comment_findings(s, file, known_code, enabled))
    return kept


def _comment_findings(
    s: Suppression, file: str, known_code: Callable[[str], bool], enabled: Callable[[str], bool]
) -> list[Diagnostic]:
    from termsmith.lint.rules.meta import M001 as m001, M002 as m002, M003 as m003

    out: list[Diagnostic] = []
    if s.malformed:
        return [
            m003.diagnostic(
                file,
                s.start,
                s.end,
                message=f"invalid suppression: {s.malformed}",
                hint="write '# termsmith: ignore[CODE] reason'",
            )
        ]
    unknown = [c for c in s.codes if not known_code(c)]
    if unknown:
        out.append(
            m003.diagnostic(
                file,
                s.start,
                s.end,
                message=f"suppression names unknown rule {', '.join(unknown)}",
                hint="run 'termsmith rules' for the list of codes",
            )
        )
    if not s.reason:
        out.append(m001.diagnostic(file, s.start, s.end, hint="add the reason after the closing bracket"))
    unused = [c for c in s.codes if c not in s.used and known_code(c) and enabled(c)]
    if unused:
        out.append(
            m002.diagnostic(
                file,
                s.start,
                s.end,
                message=f"suppression of {', '.join(unused)} suppresses nothing",
                hint="remove the unused code or the whole comment",
            )
        )
    return out
