"""Dotted spec paths: checked against the spec *model* when a checklist loads, then
resolved against each spec when it is checked.

A path names fields from ``Spec`` down: ``free_maintenance.length``,
``intellectual_property.handover.item``. Crossing a list either projects the rest
of the path over every element (``scope.included.kind`` is the kinds of all
included items) or, when the assertion selects one element, continues from that
element (``severity_levels.response`` with ``select: {position: 1}``).
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Protocol

from pydantic import BaseModel


class PathError(ValueError):
    """A path that does not exist in the spec model, with a hint."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True, slots=True)
class PathType:
    """What a path holds according to the model.

    ``leaf`` is the class at the end (a model, an enum, Duration, Money, int, ...);
    ``lists`` the indexes of the segments whose field is a list, with the element
    class of each in ``list_items``; ``ends_in_list`` whether the last field is a list.
    """

    segments: tuple[str, ...]
    leaf: Any
    lists: tuple[int, ...]
    list_items: tuple[Any, ...]
    ends_in_list: bool

    @property
    def crosses_list(self) -> bool:
        """A list is crossed before the last field (the last field's own list does not count)."""
        return any(i < len(self.segments) - 1 for i in self.lists)

    def item_model(self) -> type[BaseModel] | None:
        """The element model of the first list crossed (what ``select`` picks from)."""
        for index, item in zip(self.lists, self.list_items, strict=True):
            if index < len(self.segments) - 1:
                return item if isinstance(item, type) and issubclass(item, BaseModel) else None
        return None

    def enum(self) -> type[Enum] | None:
        return self.leaf if isinstance(self.leaf, type) and issubclass(self.leaf, Enum) else None

    def describe(self) -> str:
        kind = _plain(self.leaf)
        return f"a list of {kind}" if self.ends_in_list else kind


def _strip(annotation: Any) -> tuple[Any, bool]:
    """(inner class, is a list) through Optional, Annotated and list[...]."""
    is_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        elif origin in (list, tuple):
            is_list = True
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, is_list


def split(path: str) -> tuple[str, ...]:
    parts = tuple(path.strip().split("."))
    if path.startswith("spec."):
        parts = parts[1:]
    if not path.strip() or any(not p for p in parts):
        raise PathError(
            f"{path!r} is not a dotted spec path", hint="write field names joined by dots, e.g. free_maintenance.length"
        )
    return parts


def path_type(path: str) -> PathType:
    """Check ``path`` against the spec model; raise PathError naming the first bad field."""
    from termsmith.spec.model import Spec

    segments = split(path)
    lists: list[int] = []
    items: list[Any] = []
    leaf: Any = Spec
    is_list = False
    for i, seg in enumerate(segments):
        if not (isinstance(leaf, type) and issubclass(leaf, BaseModel)):
            done = ".".join(segments[:i])
            raise PathError(f"'{done}' holds {_plain(leaf)}; it has no field '{seg}'")
        model: type[BaseModel] = leaf
        info = model.model_fields.get(seg)
        if info is None:
            names = list(model.model_fields)
            close = difflib.get_close_matches(seg, names, n=1, cutoff=0.6)
            where = ".".join(segments[:i]) or "spec"
            hint = f"did you mean '{close[0]}'?" if close else f"fields of {where}: {', '.join(names)}"
            raise PathError(f"the spec has no field '{seg}' in {where}", hint=hint)
        leaf, is_list = _strip(info.annotation)
        if is_list:
            lists.append(i)
            items.append(leaf)
    return PathType(segments, leaf, tuple(lists), tuple(items), is_list)


def _plain(cls: Any) -> str:
    if isinstance(cls, type) and issubclass(cls, Enum):
        return "one of " + ", ".join(repr(m.value) for m in cls)
    if isinstance(cls, type) and issubclass(cls, BaseModel):
        return f"a {cls.__name__} section"
    return {bool: "true or false", int: "a whole number", str: "text"}.get(cls, f"a {getattr(cls, '__name__', cls)}")


# ------------------------------------------------------------------ runtime resolution
@dataclass(frozen=True, slots=True)
class Found:
    """One value found at a path, with the objects passed on the way (outermost first)
    and its concrete location (``severity_levels[0].response``)."""

    value: Any
    owners: tuple[Any, ...]
    where: str


class Selection(Protocol):
    """Picks one element of the first list on the path; ``None`` when nothing matches
    (the checklist's ``Selector`` is one)."""

    def pick(self, items: list[Any]) -> tuple[int, Any] | None: ...


class Status(StrEnum):
    FOUND = "found"  # values found (possibly none, when a list on the way was empty)
    ABSENT = "absent"  # an optional field on the way is not stated
    UNMATCHED = "unmatched"  # the selection matched no element


def resolve(spec: Any, segments: tuple[str, ...], selection: Selection | None) -> tuple[list[Found], Status]:
    """Values at ``segments`` in ``spec``.

    Absent values (None) are left out; a list in the last field is returned as one
    value. The selection, if any, applies to the first list crossed; later lists
    are projected over every element.
    """
    frontier = [Found(spec, (), "")]
    pending = selection
    absent = False
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        nxt: list[Found] = []
        crossed = False
        for f in frontier:
            value = getattr(f.value, seg, None)
            where = f"{f.where}.{seg}" if f.where else seg
            owners = (*f.owners, f.value)
            if value is None:
                absent = True
                continue
            if isinstance(value, list) and not last:
                crossed = True
                if pending is not None:
                    picked = pending.pick(value)
                    if picked is None:
                        return [], Status.UNMATCHED
                    index, item = picked
                    nxt.append(Found(item, owners, f"{where}[{index}]"))
                else:
                    nxt.extend(Found(item, owners, f"{where}[{n}]") for n, item in enumerate(value))
            else:
                nxt.append(Found(value, owners, where))
        if crossed:
            pending = None
        frontier = nxt
    return frontier, Status.ABSENT if absent and not frontier else Status.FOUND
