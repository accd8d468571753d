"""How a structural rule is written: a Rule plus a check over the validated ``Spec``.

A check yields ``Flag``s — the path of the offending field below ``spec`` and,
optionally, a more specific message and hint. Paths become file:line:col through
the loader's positions (a missing field points at its nearest parent).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from termsmith.diagnostics import Diagnostic, Severity, format_path
from termsmith.lint.registry import Rule, register

if TYPE_CHECKING:
    from termsmith.spec.types import Duration
    from termsmith.yaml_loader import LoadedYaml

PathTuple = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Flag:
    path: PathTuple
    message: str | None = None
    hint: str | None = None
    key: bool = False  # point at the key rather than the value


Check = Callable[[Any], Iterable[Flag]]
_CHECKS: list[tuple[Rule, Check]] = []
_AREAS = ("scope", "levels", "calendars", "free_period", "fees", "ip", "data", "liability")


def structural(
    code: str, name: str, severity: Severity, message: str, *, what: str, why: str, example: str, instead: str
) -> Callable[[Check], Check]:
    """Register a structural rule and its check function."""
    rule = register(Rule(code, name, severity, message, what, why, example, instead, kind="structural"))

    def wrap(check: Check) -> Check:
        _CHECKS.append((rule, check))
        return check

    return wrap


def load_all() -> list[tuple[Rule, Check]]:
    for area in _AREAS:
        importlib.import_module(f"termsmith.lint.rules.structural.{area}")
    return _CHECKS


def structural_diagnostics(document: Any, loaded: LoadedYaml) -> list[Diagnostic]:
    """Run every structural check over a validated ``ServiceSpecDocument``."""
    out: list[Diagnostic] = []
    spec = document.spec
    for rule, check in load_all():
        for flag in check(spec):
            path = ("spec", *flag.path)
            file, start = loaded.locate(path, key=flag.key)
            out.append(rule.diagnostic(file, start, message=flag.message, hint=flag.hint, path=format_path(path)))
    return out


def hours(d: Duration) -> Decimal:
    """A duration as wall-clock hours, at least: business hours count one hour each,
    business days eight, business weeks forty (five days), calendar months thirty days."""
    unit = d.unit.value
    if d.minutes is not None:
        return Decimal(d.minutes) / 60
    factor = {"business hours": 1, "business days": 8, "business weeks": 40, "months": 720, "years": 8760}[unit]
    return d.value * factor


def months(d: Duration) -> Decimal:
    """A duration in months (days / 30 for fixed units)."""
    unit = d.unit.value
    if unit == "months":
        return d.value
    if unit == "years":
        return d.value * 12
    return hours(d) / 720
