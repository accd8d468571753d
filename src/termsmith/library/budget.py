"""How much work one clause render may do: an untrusted library cannot hang or exhaust memory.

A clause library may come from another firm. Jinja's sandbox stops a template from
reaching outside, not from working forever: nested ``range(10000)`` loops, ``'y' * 100000``
in a loop, ``(range(10000)|list) * 10000`` or ``'x' * 1000000000``. Every render of one
clause in one language gets a ``WorkBudget``:

- **steps**: loop iterations, calls and filter applications;
- **work**: characters (and list items, weighted) of every value an operator, call or
  filter creates or consumes — checked *before* a string or list is multiplied, joined,
  padded or repeated, so nothing huge is ever allocated;
- **output**: characters of rendered text.

Exceeding one raises ``BudgetExceeded`` (a ``SecurityError``), which the clause
renderer reports as LB015 at the clause's line. The limits are far above what any
real clause needs (the bundled ones use well under 1%).
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from jinja2.exceptions import SecurityError

MAX_STEPS = 100_000
MAX_WORK = 50_000_000
MAX_OUTPUT = 20_000_000
ITEM_WEIGHT = 10  # a list item costs about ten characters of memory
MAX_POWER_BITS = 100_000
_WIDE_FORMAT = re.compile(r"%[-#0 +]*(?:\*|\d{5,})|\{[^{}]*[:!][^{}]*(?:\d{5,}|\{)")


class BudgetExceeded(SecurityError):
    """A clause did more work than any clause needs."""

    lineno: int | None = None  # the template line that was printing, when the output budget ran out


@dataclass(slots=True)
class WorkBudget:
    steps: int = MAX_STEPS
    work: int = MAX_WORK
    output: int = MAX_OUTPUT

    def step(self, count: int = 1) -> None:
        self.steps -= count
        if self.steps < 0:
            raise BudgetExceeded(
                f"the clause runs more than {MAX_STEPS:,} loop iterations and calls; a clause only formats spec values"
            )

    def spend(self, size: int, what: str) -> None:
        self.work -= size
        if self.work < 0:
            raise BudgetExceeded(f"{what} makes the clause build more than {MAX_WORK:,} characters of values")

    def emit(self, size: int) -> None:
        self.output -= size
        if self.output < 0:
            raise BudgetExceeded(f"the clause prints more than {MAX_OUTPUT:,} characters")


_BUDGET: contextvars.ContextVar[WorkBudget | None] = contextvars.ContextVar("termsmith_budget", default=None)


@contextmanager
def budgeted() -> Iterator[WorkBudget]:
    """A fresh budget for the renders inside the block."""
    budget = WorkBudget()
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)
        if _PEAK is not None:
            _PEAK.append((MAX_STEPS - budget.steps, MAX_WORK - budget.work, MAX_OUTPUT - budget.output))


_PEAK: list[tuple[int, int, int]] | None = None  # set to [] by bench/ to record what renders use


def current() -> WorkBudget | None:
    return _BUDGET.get()


def size_of(value: Any) -> int:
    """What holding ``value`` costs: characters of text, weighted items of a list."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple | dict | set | frozenset | range):
        return len(value) * ITEM_WEIGHT
    return 0


def counted(iterable: Iterable[Any]) -> Iterator[Any]:
    """The items of a ``{% for %}`` loop, one step each."""
    budget = current()
    for item in iterable:
        if budget is not None:
            budget.step()
        yield item


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``'x' * 10**9``, ``list * 10**4``, ``a + b`` past the budget and huge powers, before computing."""
    budget = current()
    if budget is None:
        return
    budget.step()
    if operator == "*":
        seq, times = (left, right) if isinstance(right, int) else (right, left)
        if isinstance(times, int) and isinstance(seq, str | list | tuple):
            budget.spend(size_of(seq) * max(times, 0), f"repeating a {type(seq).__name__} {times:,} times")
    elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        budget.spend(size_of(left) + size_of(right), "joining two values")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right > 0 and right * max(abs(left).bit_length(), 1) > MAX_POWER_BITS:
            raise BudgetExceeded(f"{left} ** {right} is too large a number for an agreement")
    elif operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
        raise BudgetExceeded("string formatting with a field width of 10,000 or more is refused in a clause")


def check_call(target: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a string or list method or filter whose result would be huge, before calling it.

    ``target`` is the string or list the method belongs to (or the filter's input)."""
    budget = current()
    if budget is None:
        return
    budget.step()
    budget.spend(size_of(target), f"{name}()")
    predicted = _predicted_size(target, name, args, kwargs)
    if predicted:
        budget.spend(predicted, f"{name}()")


def _predicted_size(target: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    values = list(args) + list(kwargs.values())
    ints = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if name in ("center", "ljust", "rjust", "zfill", "indent", "wordwrap", "truncate", "batch", "slice", "expandtabs"):
        biggest = max((abs(v) for v in ints), default=0)
        return biggest * max(size_of(target), 1) if name in ("indent", "expandtabs", "slice") else biggest
    if name == "replace" and isinstance(target, str) and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        old, new = args[0], args[1]
        hits = target.count(old) if old else len(target) + 1
        return len(target) + hits * len(new)
    if name == "join" and isinstance(target, str) and args and isinstance(args[0], Sized):
        return len(target) * len(args[0])  # "sep".join(items)
    if name == "join" and isinstance(target, Sized) and args and isinstance(args[0], str):
        return len(args[0]) * len(target)  # items|join(sep)
    if name in ("format", "format_map") and isinstance(target, str) and _WIDE_FORMAT.search(target):
        raise BudgetExceeded("string formatting with a field width of 10,000 or more is refused in a clause")
    return 0


_T = TypeVar("_T")


def charge_result(value: _T, name: str) -> _T:
    """Count a value a call or filter created."""
    budget = current()
    if budget is not None:
        budget.spend(size_of(value), f"{name}()")
    return value
