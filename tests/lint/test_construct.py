"""The lint's fast construction builds the same Diagnostics and Positions as their ``__init__``."""

from __future__ import annotations

import dataclasses

import pytest

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.lint import lint_text
from termsmith.lint.construct import new_diagnostic, new_position


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_a_position_is_the_one_init_builds() -> None:
    fast, slow = new_position(3, 7), Position(3, 7)
    assert fast == slow and hash(fast) == hash(slow) and _fields(fast) == (3, 7)
    assert new_position(3, 6) < fast < new_position(4, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.line = 4  # type: ignore[misc]


def test_a_diagnostic_is_the_one_init_builds() -> None:
    extra = {"term": "及时", "replacement": "x", "family": "VT"}
    args = ("VT001", Severity.WARNING, "m", "a.txt", Position(1, 2), Position(1, 4))
    fast = new_diagnostic(*args, "h", "vague-time", dict(extra))
    slow = Diagnostic(*args, hint="h", name="vague-time", extra=dict(extra))
    assert _fields(fast) == _fields(slow) and fast == slow and hash(fast) == hash(slow)
    assert fast.path is None and fast.expected is None and fast.line == 1 and fast.col == 2
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
