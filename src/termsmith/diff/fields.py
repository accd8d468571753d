"""Every term a diff can report, read off the spec model: the patterns ``compare`` produces.

The walk mirrors :mod:`termsmith.diff.compare`: nested models are entered (a model that may be
absent is also a term of its own, added or removed as a whole); a list of models is a term (the
whole list, when its items have no identity), its items are terms (``list.*``, added or removed by
id) and their fields are terms; everything else (durations, deadlines with their clock, money,
percents, counts, booleans, enums, texts, lists of plain values) is a leaf.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from termsmith.spec.service import TimeLimit


@dataclass(frozen=True, slots=True)
class Term:
    """One reportable pattern and the Python type of its values (``None`` removed)."""

    pattern: str
    type: Any
    optional: bool = False

    @property
    def is_item(self) -> bool:
        """An item of a list of models, added or removed as a whole."""
        return self.pattern.endswith(".*")


def terms(model: type[BaseModel]) -> Iterator[Term]:
    """Every pattern a diff of two ``model`` instances can report, in field order."""
    yield from _fields(model, ())


def _fields(model: type[BaseModel], prefix: tuple[str, ...]) -> Iterator[Term]:
    for name, field in model.model_fields.items():
        yield from _term((*prefix, name), field.annotation)


def _term(path: tuple[str, ...], annotation: Any) -> Iterator[Term]:
    kind, optional = _strip_none(annotation)
    dotted = ".".join(path)
    if _is_model(kind):
        if optional:
            yield Term(dotted, kind, optional=True)
        yield from _fields(kind, path)
    elif get_origin(kind) is list and _is_model(item := get_args(kind)[0]):
        yield Term(dotted, kind, optional)
        yield Term(f"{dotted}.*", item)
        yield from _fields(item, (*path, "*"))
    else:
        yield Term(dotted, kind, optional)


def _strip_none(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        return (args[0] if len(args) == 1 else annotation), optional
    return annotation, False


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel) and kind is not TimeLimit
