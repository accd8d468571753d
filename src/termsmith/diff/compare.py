"""Two validated specs → the terms that differ, walked over the spec model itself.

The walk is generic (every field of every model), so a new spec field is compared
without a line here. Lists of items with an identity (``id``, ``item``, ``kind`` …)
are matched by it, so a reordered list is no change and an added or removed item
is reported by its id; lists of plain choices report what was added and removed.
A severity level's deadlines are compared with the clock they run on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel

from termsmith.spec.service import SeverityLevel, TimeLimit

Kind = Literal["changed", "added", "removed"]
_KEYS = ("id", "item", "level", "kind", "party", "role", "audience", "event")


@dataclass(frozen=True, slots=True)
class Clocked:
    """A severity level's deadline with the clock it runs on (the level's, unless its own)."""

    limit: TimeLimit
    clock: str


@dataclass(frozen=True, slots=True)
class Change:
    """One term that differs. ``path`` names fields and list keys: ``("severity_levels", "P0", "response")``;
    ``pattern`` is the same with list keys as ``*``, for vocabulary and favour rules."""

    path: tuple[str, ...]
    pattern: str
    kind: Kind
    old: Any = None
    new: Any = None
    keyed: bool = False  # an item of a keyed list added or removed as a whole

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


def compare(old: BaseModel, new: BaseModel) -> list[Change]:
    """Every difference between two models of the same type, in field order."""
    return list(_model(old, new, (), ()))


def _model(old: BaseModel, new: BaseModel, path: tuple[str, ...], pattern: tuple[str, ...]) -> Iterator[Change]:
    for name in type(old).model_fields:
        a, b = getattr(old, name), getattr(new, name)
        if isinstance(old, SeverityLevel) and isinstance(new, SeverityLevel) and name in SeverityLevel.TIME_FIELDS:
            a = Clocked(a, old.clock_of(name)) if a is not None else None
            b = Clocked(b, new.clock_of(name)) if b is not None else None
        yield from _value(a, b, (*path, name), (*pattern, name))


def _value(a: Any, b: Any, path: tuple[str, ...], pattern: tuple[str, ...]) -> Iterator[Change]:
    if a == b:
        return
    dotted = ".".join(pattern)
    if a is None or b is None:
        yield Change(path, dotted, "added" if a is None else "removed", a, b)
    elif isinstance(a, BaseModel) and type(a) is type(b) and not isinstance(a, TimeLimit):
        yield from _model(a, b, path, pattern)
    elif isinstance(a, list) and isinstance(b, list):
        yield from _list(a, b, path, pattern)
    else:
        yield Change(path, dotted, "changed", a, b)


def key_of(item: Any) -> str | None:
    """An item's identity within its list: its id, handover item, level, kind …"""
    if not isinstance(item, BaseModel):
        return None
    parts = []
    for name in _KEYS:
        value = getattr(item, name, None)
        if value is None or (isinstance(value, BaseModel) and not hasattr(value, "get")):
            continue
        parts.append(_plain(value))
        if name in ("id", "item", "event", "audience"):
            break
    if type(item).__name__ == "ServiceCreditRule":
        parts.append(_plain(getattr(item, "breach", "")))
    return "/".join(parts) or None


def _plain(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    get = getattr(value, "get", None)
    if callable(get) and not isinstance(value, dict):
        try:
            return str(get("en"))
        except (KeyError, TypeError):
            pass
    return str(value)


def _list(a: list[Any], b: list[Any], path: tuple[str, ...], pattern: tuple[str, ...]) -> Iterator[Change]:
    keys_a = [key_of(i) for i in a]
    keys_b = [key_of(i) for i in b]
    keyed = all(keys_a + keys_b) and len(set(keys_a)) == len(a) and len(set(keys_b)) == len(b)
    if not keyed:
        if all(isinstance(i, BaseModel) for i in a + b) and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b, strict=True)):
                yield from _value(x, y, (*path, str(index + 1)), (*pattern, "*"))
            return
        yield Change(path, ".".join(pattern), "changed", a, b)
        return
    named_a = [k for k in keys_a if k is not None]  # keyed: every item has a key
    named_b = [k for k in keys_b if k is not None]
    old = dict(zip(named_a, a, strict=True))
    new = dict(zip(named_b, b, strict=True))
    dotted = ".".join((*pattern, "*"))
    for key in named_a:
        if key not in new:
            yield Change((*path, key), dotted, "removed", old[key], None, keyed=True)
        else:
            yield from _value(old[key], new[key], (*path, key), (*pattern, "*"))
    for key in named_b:
        if key not in old:
            yield Change((*path, key), dotted, "added", None, new[key], keyed=True)
