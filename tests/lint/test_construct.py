"""The lint's fast construction builds the same Diagnostics and Positions as their ``__init__``."""

from __future__ import annotations

import dataclasses

import pytest

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.lint import lint_text
from termsmith.lint.construct import new_diagnostic


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_its_positions_are_the_ones_init_builds() -> None:
    d = new_diagnostic("VT001", Severity.WARNING, "m", "a.txt", 3, 7, 9, None, None, {})
    for fast, slow in ((d.start, Position(3, 7)), (d.end, Position(3, 9))):
        assert fast == slow and hash(fast) == hash(slow) and _fields(fast) == _fields(slow)
    assert Position(3, 6) < d.start < Position(4, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.start.line = 4  # type: ignore[misc]


def test_a_diagnostic_is_the_one_init_builds() -> None:
    extra = {"term": "及时", "replacement": "x", "family": "VT"}
    fast = new_diagnostic("VT001", Severity.WARNING, "m", "a.txt", 1, 2, 4, "h", "vague-time", dict(extra))
    slow = Diagnostic(
        "VT001",
        Severity.WARNING,
        "m",
        "a.txt",
        Position(1, 2),
        Position(1, 4),
        hint="h",
        name="vague-time",
        extra=dict(extra),
    )
    assert _fields(fast) == _fields(slow) and fast == slow and hash(fast) == hash(slow)
    assert fast.path is None and fast.expected is None and fast.line == 1 and fast.col == 2
    assert fast.start == Position(1, 2) and fast.end == Position(1, 4)
    assert fast.with_severity(Severity.INFO) == slow.with_severity(Severity.INFO)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.code = "X"  # type: ignore[misc]


def test_lint_findings_equal_those_built_by_init() -> None:
    text = "乙方应及时响应，费用另行协商。\nThe Vendor will respond promptly, etc. Fees shall be reasonable.\n"
    found = lint_text(text, "t.txt", "en")
    assert len(found) >= 4
    for d in found:
        rebuilt = Diagnostic(
            **{f.name: getattr(d, f.name) for f in dataclasses.fields(d) if f.name not in ("start", "end")},
            start=Position(d.start.line, d.start.col),
            end=None if d.end is None else Position(d.end.line, d.end.col),
        )
        assert _fields(rebuilt) == _fields(d) and rebuilt == d
