"""Diagnostics and positions built without their dataclass ``__init__`` (the lint's hot path).

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__`` by
name; a 4 MB text yields about 19k Diagnostics (eleven fields) and 38k Positions, which
cost about 6 % of a lint that way. Here each field is set through its slot's own
descriptor, the same value in the same slot, so the object is the one ``__init__``
would build (``tests/lint/test_construct.py`` compares them field by field). Neither
class has a ``__post_init__``; if that or a field changes, importing this module fails,
so it cannot fall out of step silently.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from termsmith.diagnostics import Diagnostic, Position, Severity

_new = object.__new__
_line, _col = (getattr(Position, f.name).__set__ for f in fields(Position))
(
    _code,
    _severity,
    _message,
    _file,
    _start,
    _end,
    _path,
    _expected,
    _hint,
    _name,
    _extra,
) = (getattr(Diagnostic, f.name).__set__ for f in fields(Diagnostic))
_FIELDS = ("code", "severity", "message", "file", "start", "end", "path", "expected", "hint", "name", "extra")
if (
    tuple(f.name for f in fields(Diagnostic)) != _FIELDS
    or tuple(f.name for f in fields(Position)) != ("line", "col")
    or hasattr(Diagnostic, "__post_init__")
    or hasattr(Position, "__post_init__")
):
    raise TypeError("termsmith.lint.construct no longer matches Diagnostic and Position: update it with them")


def new_diagnostic(
    code: str,
    severity: Severity,
    message: str,
    file: str,
    line: int,
    col: int,
    end_col: int,
    hint: str | None,
    name: str | None,
    extra: dict[str, Any],
) -> Diagnostic:
    """``Diagnostic(code, severity, message, file, Position(line, col), Position(line, end_col),
    hint=hint, name=name, extra=extra)``: a finding in prose, on one line, with no path and
    nothing expected (the positions are built here too: one call per finding, not three)."""
    start: Position = _new(Position)
    _line(start, line)
    _col(start, col)
    end: Position = _new(Position)
    _line(end, line)
    _col(end, end_col)
    d: Diagnostic = _new(Diagnostic)
    _code(d, code)
    _severity(d, severity)
    _message(d, message)
    _file(d, file)
    _start(d, start)
    _end(d, end)
    _path(d, None)
    _expected(d, None)
    _hint(d, hint)
    _name(d, name)
    _extra(d, extra)
    return d
