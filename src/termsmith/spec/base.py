"""The base of every spec model, and the error that points a cross-field rule at a field."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SpecModel(BaseModel):
    """Strict: unknown fields are errors (with a "did you mean" hint), values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class RuleError(ValueError):
    """A cross-field rule broken at ``rel_path`` below the model that raised it.

    Pydantic reports a model validator's error at the model itself; the diagnostics
    layer reads ``rel_path`` so that the message points at the offending field.

    ``related`` names the other fields the rule compared (same base as ``rel_path``): when
    a deal's override breaks the rule against its offer's value, the message names both places.
    """

    def __init__(
        self,
        rel_path: tuple[str | int, ...],
        message: str,
        hint: str | None = None,
        code: str = "S200",
        related: tuple[tuple[str | int, ...], ...] = (),
    ):
        super().__init__(message)
        self.rel_path = rel_path
        self.hint = hint
        self.code = code
        self.related = related  # the other fields the rule compared (named when a deal's offer holds them)


class RuleErrors(ValueError):
    """Several independent cross-field rules broken at once: all are reported in one run."""

    def __init__(self, errors: list[RuleError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def raise_all(errors: list[RuleError]) -> None:
    """Raise nothing, the one error, or every error of an independent set of checks."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise RuleErrors(errors)
