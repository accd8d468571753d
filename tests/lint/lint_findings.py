"""The warning-level findings of a text, as the real-text class tests compare them."""

from __future__ import annotations

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warnings(text: str) -> list[tuple[str, str]]:
    """(code, term as written) of every warning-level finding (the term from ``extra``, so Chinese messages, which
    quote with “”, read as English ones do)."""
    return [(d.code, d.extra["term"]) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


def terms_of(code: str, text: str) -> list[str]:
    """The terms (as written) of the warning-level findings of one code."""
    return [term for c, term in warnings(text) if c == code]


def warning_codes(text: str) -> set[str]:
    """The codes of the warning-level findings of a text."""
    return {code for code, _ in warnings(text)}
