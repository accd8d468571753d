"""The typed assertions a requirement makes about a spec: one kind each, no expression language.

Every assertion names a dotted spec ``path``; ``select`` picks one element of the
first list the path crosses (a severity level, a rate-card item). When the
checklist loads, ``check_static`` proves the path exists in the spec model and
holds the kind of value the assertion compares; a mistake is a ``RuleError`` at
the offending key, so the user sees file:line:col.
"""

from __future__ import annotations

import difflib
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import BaseModel, Discriminator, Field, Tag, model_validator

from termsmith.checklist.paths import PathError, PathType, path_type, split
from termsmith.diagnostics import shown
from termsmith.spec.base import RuleError, SpecModel
from termsmith.spec.service import TimeLimit
from termsmith.spec.types import Duration, Money, Text

Scalar = bool | int | str


def plain(value: Any) -> Any:
    """A spec value as the checklist writes it: enums by their value."""
    return value.value if isinstance(value, Enum) else value


class Selector(SpecModel):
    """Which element of a list to look at: exactly one of id, position, name or where.

    For severity levels, position 1 is the most severe level; ``name`` matches when
    any of its strings occurs in the level's name in any language (case-insensitive).
    """

    id: str | None = Field(default=None, description="The element's id, e.g. P0 or feature-work")
    position: int | None = Field(default=None, ge=1, description="1-based; 1 = first (most severe level)")
    name: list[str] | None = Field(default=None, min_length=1, description="Words to find in the element's name")
    where: dict[str, Scalar] | None = Field(default=None, description="Field values the element must have")

    @model_validator(mode="before")
    @classmethod
    def _name_as_list(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            return {**data, "name": [data["name"]]}
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> Selector:
        given = [k for k in ("id", "position", "name", "where") if getattr(self, k) is not None]
        if len(given) != 1:
            raise RuleError(
                (),
                "select exactly one of 'id', 'position', 'name' or 'where'",
                hint="e.g. 'select: {position: 1}' for the most severe level",
            )
        return self

    def pick(self, items: list[Any]) -> tuple[int, Any] | None:
        for index, item in enumerate(items):
            if self.matches(index, item):
                return index, item
        return None

    def matches(self, index: int, item: Any) -> bool:
        if self.position is not None:
            return index == self.position - 1
        if self.id is not None:
            return getattr(item, "id", None) == self.id
        if self.name is not None:
            name = getattr(item, "name", None)
            texts = [t.casefold() for t in (name.all_texts() if isinstance(name, Text) else [str(name or "")])]
            return any(word.casefold() in text for word in self.name for text in texts)
        assert self.where is not None
        return matches_where(item, self.where)

    def check_static(self, item_model: type[BaseModel] | None) -> None:
        fields = item_model.model_fields if item_model is not None else {}
        for needed, used in (("id", self.id), ("name", self.name)):
            if used is not None and needed not in fields:
                raise RuleError(
                    (needed,),
                    f"the elements of this list have no '{needed}' to select by",
                    hint="select by 'position' or 'where'",
                )
        for key in self.where or {}:
            if key not in fields:
                raise RuleError(
                    ("where", key),
                    f"the elements of this list have no field '{key}'",
                    hint=_fields_hint(key, list(fields)),
                )


def matches_where(item: Any, where: dict[str, Scalar]) -> bool:
    return all(plain(getattr(item, k, None)) == v for k, v in where.items())


def _fields_hint(name: str, fields: list[str]) -> str:
    close = difflib.get_close_matches(name, fields, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"fields: {', '.join(fields)}"


class _Assertion(SpecModel):
    path: str = Field(description="Dotted spec path, e.g. free_maintenance.length")
    select: Selector | None = Field(default=None, description="Pick one element of the first list on the path")

    LABEL: ClassVar[str] = ""
    COLLECTION: ClassVar[bool] = False  # may project over lists (count, contains, exists)

    @property
    def segments(self) -> tuple[str, ...]:
        return split(self.path)

    def check_static(self) -> PathType:
        """Raise RuleError (relative to the assertion) unless the path fits this kind."""
        try:
            pt = path_type(self.path)
        except PathError as exc:
            raise RuleError(("path",), str(exc), hint=exc.hint) from None
        crossed = [i for i in pt.lists if i < len(pt.segments) - 1]
        if self.select is not None:
            if not crossed:
                raise RuleError(
                    ("select",), f"'{self.path}' crosses no list, so there is nothing to select", hint="remove 'select'"
                )
            try:
                self.select.check_static(pt.item_model())
            except RuleError as exc:
                raise RuleError(("select", *exc.rel_path), str(exc), hint=exc.hint) from None
        if not self.COLLECTION:
            one = 1 if self.select is not None else 0
            if len(crossed) > one:
                seg = pt.segments[crossed[0]]
                raise RuleError(
                    ("path",),
                    f"'{self.path}' passes through the list '{seg}'; {self.LABEL} compares one value",
                    hint="add 'select:' (id, position, name or where) to pick one element",
                )
        self.check_leaf(pt)
        return pt

    def check_leaf(self, pt: PathType) -> None:  # pragma: no cover - overridden
        pass

    def _wrong(self, pt: PathType, wanted: str) -> RuleError:
        return RuleError(
            ("kind",),
            f"{self.LABEL} needs {wanted}, but '{self.path}' holds {pt.describe()}",
            hint="choose the assertion kind that fits the field",
        )


def _check_values(pt: PathType, values: list[Scalar], key: str, listed: bool, label: str) -> None:
    """Values compared with an enum, bool or int field must be possible values of it.
    ``key`` is the assertion's key that holds them (a list when ``listed``)."""
    enum = pt.enum()
    for n, value in enumerate(values):
        rel: tuple[str | int, ...] = (key, n) if listed else (key,)
        if enum is not None:
            allowed = [m.value for m in enum]
            if value not in allowed:
                close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.5)
                raise RuleError(
                    rel,
                    f"{value!r} can never match: {label} holds one of {', '.join(map(repr, allowed))}",
                    hint=f"did you mean '{close[0]}'?" if close else None,
                )
        elif pt.leaf is bool and not isinstance(value, bool):
            raise RuleError(rel, f"{value!r} can never match a true/false field", hint="write true or false")
        elif pt.leaf is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise RuleError(rel, f"{value!r} can never match a whole-number field")
        elif pt.leaf is str and not isinstance(value, str):
            raise RuleError(rel, f"{value!r} can never match a text field; quote it")


def _is_scalar(pt: PathType) -> bool:
    return pt.enum() is not None or pt.leaf in (bool, int, str)


class Exists(_Assertion):
    """The field is stated (present, and not an empty list)."""

    kind: Literal["exists"]
    LABEL: ClassVar[str] = "exists"
    COLLECTION: ClassVar[bool] = True


class Equals(_Assertion):
    """The field equals ``value`` (an enum value, true/false, a number or text)."""

    kind: Literal["equals"]
    value: Scalar
    LABEL: ClassVar[str] = "equals"

    def check_leaf(self, pt: PathType) -> None:
        if pt.ends_in_list or not _is_scalar(pt):
            raise self._wrong(pt, "a single value (a choice, true/false, a number or text)")
        _check_values(pt, [self.value], "value", False, f"'{self.path}'")


class OneOf(_Assertion):
    """The field is one of ``values``."""

    kind: Literal["one_of"]
    values: list[Scalar] = Field(min_length=1)
    LABEL: ClassVar[str] = "one_of"

    def check_leaf(self, pt: PathType) -> None:
        if pt.ends_in_list or not _is_scalar(pt):
            raise self._wrong(pt, "a single value (a choice, true/false, a number or text)")
        _check_values(pt, self.values, "values", True, f"'{self.path}'")


class _DurationBound(_Assertion):
    value: Duration
    clock: Literal["24x7", "business"] | None = Field(
        default=None, description="What the value counts: 24x7 (elapsed) or business time; default from the unit"
    )

    def check_leaf(self, pt: PathType) -> None:
        if pt.ends_in_list or pt.leaf not in (Duration, TimeLimit):
            raise self._wrong(pt, "a duration")


class DurationAtMost(_DurationBound):
    """The duration (a time limit on its clock) is at most ``value``."""

    kind: Literal["duration_at_most"]
    LABEL: ClassVar[str] = "duration_at_most"


class DurationAtLeast(_DurationBound):
    """The duration is at least ``value``."""

    kind: Literal["duration_at_least"]
    LABEL: ClassVar[str] = "duration_at_least"


class _MoneyBound(_Assertion):
    value: Money

    def check_leaf(self, pt: PathType) -> None:
        if pt.ends_in_list or pt.leaf is not Money:
            raise self._wrong(pt, "an amount of money")


class MoneyAtMost(_MoneyBound):
    """The amount is at most ``value``, in the same currency (never converted)."""

    kind: Literal["money_at_most"]
    LABEL: ClassVar[str] = "money_at_most"


class MoneyAtLeast(_MoneyBound):
    """The amount is at least ``value``, in the same currency (never converted)."""

    kind: Literal["money_at_least"]
    LABEL: ClassVar[str] = "money_at_least"


class CountAtLeast(_Assertion):
    """At least ``value`` elements (or a whole-number field at least ``value``).

    ``where`` counts only elements with those field values; ``distinct`` counts
    different values once (e.g. channel kinds).
    """

    kind: Literal["count_at_least"]
    value: int = Field(ge=0)
    where: dict[str, Scalar] | None = None
    distinct: bool = False
    LABEL: ClassVar[str] = "count_at_least"
    COLLECTION: ClassVar[bool] = True

    def check_leaf(self, pt: PathType) -> None:
        is_list = pt.ends_in_list or pt.crosses_list
        if not is_list and pt.leaf is not int:
            raise self._wrong(pt, "a list or a whole number")
        if self.where:
            item = pt.leaf if isinstance(pt.leaf, type) and issubclass(pt.leaf, BaseModel) else None
            fields = list(item.model_fields) if item is not None else []
            for key in self.where:
                if key not in fields:
                    raise RuleError(
                        ("where", key),
                        f"the elements of '{self.path}' have no field '{key}'",
                        hint=_fields_hint(key, fields) if fields else "remove 'where'",
                    )


class Contains(_Assertion):
    """The list holds every one of ``value`` (one value or a list of them)."""

    kind: Literal["contains"]
    value: Scalar | list[Scalar]
    LABEL: ClassVar[str] = "contains"
    COLLECTION: ClassVar[bool] = True

    @model_validator(mode="after")
    def _not_empty(self) -> Contains:
        if isinstance(self.value, list) and not self.value:
            raise RuleError(("value",), "give at least one value to look for")
        return self

    @property
    def _listed(self) -> bool:
        return isinstance(self.value, list)

    @property
    def values(self) -> list[Scalar]:
        return list(self.value) if isinstance(self.value, list) else [self.value]

    def check_leaf(self, pt: PathType) -> None:
        if not (pt.ends_in_list or pt.crosses_list) or not _is_scalar(pt):
            raise self._wrong(pt, "a list of values")
        _check_values(pt, self.values, "value", self._listed, f"'{self.path}'")


ASSERTION_KINDS: dict[str, type[_Assertion]] = {
    get_args(cls.model_fields["kind"].annotation)[0]: cls
    for cls in (
        Exists,
        Equals,
        OneOf,
        DurationAtMost,
        DurationAtLeast,
        MoneyAtMost,
        MoneyAtLeast,
        CountAtLeast,
        Contains,
    )
}


def _tag(value: Any) -> str | None:
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    # The tag is not a field name, so a validation error inside an assertion keeps
    # pointing at the assertion's own keys in the YAML.
    return f"kind={kind}" if kind in ASSERTION_KINDS else None


Assertion = Annotated[
    Annotated[Exists, Tag("kind=exists")]
    | Annotated[Equals, Tag("kind=equals")]
    | Annotated[OneOf, Tag("kind=one_of")]
    | Annotated[DurationAtMost, Tag("kind=duration_at_most")]
    | Annotated[DurationAtLeast, Tag("kind=duration_at_least")]
    | Annotated[MoneyAtMost, Tag("kind=money_at_most")]
    | Annotated[MoneyAtLeast, Tag("kind=money_at_least")]
    | Annotated[CountAtLeast, Tag("kind=count_at_least")]
    | Annotated[Contains, Tag("kind=contains")],
    Discriminator(_tag),
]


def check_kind(data: Any) -> None:
    """Before validation: the assertion is a mapping with a known ``kind`` (else a RuleError)."""
    kinds = ", ".join(ASSERTION_KINDS)
    if not isinstance(data, dict):
        raise RuleError(
            (), "an assertion is a mapping with 'kind', 'path' and the kind's value", hint=f"kinds: {kinds}"
        )
    kind = data.get("kind")
    if kind is None:
        raise RuleError((), "the assertion has no 'kind'", hint=f"add 'kind:' — one of {kinds}")
    if not isinstance(kind, str) or kind not in ASSERTION_KINDS:  # a list or mapping is no kind either
        close = difflib.get_close_matches(str(kind), list(ASSERTION_KINDS), n=1, cutoff=0.5)
        raise RuleError(
            ("kind",),
            f"unknown assertion kind {shown(kind)}",
            hint=f"did you mean '{close[0]}'?" if close else f"use one of: {kinds}",
        )
