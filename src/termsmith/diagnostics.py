"""The one shape every problem takes: a diagnostic with a code and a position.

Loader errors, validation errors, lint findings, library-check failures and
checklist errors are all ``Diagnostic`` values, so every output format (text,
JSON, SARIF, GitHub annotations) prints all of them the same way.

Lines and columns are 1-based and columns count Unicode code points, so a
position stays right in text with astral characters such as 𠮷.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in a source file: 1-based line and code-point column."""

    line: int
    col: int

    def __reduce__(self) -> tuple[type[Position], tuple[int, int]]:
        # pickled as its two numbers: the stored library holds ~4,000 positions, and the
        # dataclass's own state (set field by field, looked up each time) took 7 of its 10 ms to load
        return (Position, (self.line, self.col))


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in one file.

    ``code`` is stable and documented (``termsmith rule CODE``); ``path`` is the
    dotted location inside the document (``spec.fees.rate_card[0].price``) when the
    problem belongs to a field; ``expected`` says what would have been accepted and
    ``hint`` how to fix it.
    """

    code: str
    severity: Severity
    message: str
    file: str
    start: Position = Position(1, 1)
    end: Position | None = None
    path: str | None = None
    expected: str | None = None
    hint: str | None = None
    name: str | None = None  # the rule's kebab-case name, when it comes from a rule
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def line(self) -> int:
        return self.start.line

    @property
    def col(self) -> int:
        return self.start.col

    def with_severity(self, severity: Severity) -> Diagnostic:
        return replace(self, severity=severity)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.start.line, self.start.col, self.code)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


def format_path(parts: tuple[str | int, ...]) -> str:
    """``("spec", "fees", 0, "price")`` → ``spec.fees[0].price``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


SHOWN_MAX = 80  # characters of a value quoted in a message; the source line shows the rest


def shown(value: object) -> str:
    """A value for a message, the way a spec writes it: ``'zh-CN'``, ``3.5``, ``true``, ``null``.

    Never a Python repr (``Decimal('3.5')``, ``True``, ``None``); long text is cut to
    ``SHOWN_MAX`` characters so a huge value cannot make a huge message."""
    from decimal import Decimal
    from enum import Enum

    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        text = value if len(value) <= SHOWN_MAX else value[: SHOWN_MAX - 1] + "…"
        return repr(text)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(shown(v) for v in value[:10]) + (", …" if len(value) > 10 else "") + "]"
    elif isinstance(value, dict):
        items = list(value.items())
        text = "{" + ", ".join(f"{k}: {shown(v)}" for k, v in items[:10]) + (", …" if len(items) > 10 else "") + "}"
    else:
        text = str(value)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"
