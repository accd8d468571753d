"""The common fields of a deal, read from and written into YAML text without losing anything else.

Edits go through ruamel's round-trip mode, so comments, key order, quoting and
flow style of everything that is not edited stay as they were; a field whose
value does not change is not touched at all. The indentation style is the one
under which the untouched text round-trips unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError


@dataclass(frozen=True, slots=True)
class Role:
    """A step into a list of mappings: the item whose ``role`` is ``value``."""

    value: str


Step = str | Role


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    path: tuple[Step, ...]
    kind: str = "text"  # text, date, languages


FIELDS: tuple[Field, ...] = (
    Field("client_legal_name", ("spec", "parties", Role("client"), "legal_name")),
    Field("client_short_name", ("spec", "parties", Role("client"), "short_name")),
    Field("client_credit_code", ("spec", "parties", Role("client"), "credit_code")),
    Field("client_address", ("spec", "parties", Role("client"), "address")),
    Field("client_representative", ("spec", "parties", Role("client"), "representative")),
    Field("project_name", ("spec", "project", "name")),
    Field("live_on", ("spec", "project", "live_on"), "date"),
    Field("agreement_number", ("spec", "agreement", "number")),
    Field("signing_date", ("spec", "agreement", "signing_date"), "date"),
    Field("term_start", ("spec", "term", "start"), "date"),
    Field("term_length", ("spec", "term", "length")),
    Field("languages", ("spec", "languages", "output"), "languages"),
    Field("prevailing", ("spec", "languages", "prevailing")),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
LANGUAGES = ("zh-Hans", "zh-Hant", "en")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STYLES = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4))


class EditError(ValueError):
    """The text is not a YAML mapping the form can edit (fix it in the editor first)."""


def _yaml(style: tuple[int, int, int]) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=style[0], sequence=style[1], offset=style[2])
    return yaml


def _dump(yaml: YAML, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def load_round_trip(text: str) -> tuple[YAML, Any]:
    """The parsed text and a YAML dumper in the indentation style that reproduces it
    (the first that round-trips). Raises :class:`EditError` for text that is not a mapping."""
    try:
        data = _yaml(_STYLES[0]).load(text)
    except YAMLError as exc:
        raise EditError(f"the YAML does not parse: {str(exc).splitlines()[0] if str(exc) else exc}") from None
    if not isinstance(data, CommentedMap):
        raise EditError("the file is not a YAML mapping")
    for style in _STYLES:
        if _dump(_yaml(style), data) == text:
            return _yaml(style), data
    return _yaml(_STYLES[0]), data


def _step(node: Any, step: Step, create: bool) -> Any:
    if isinstance(step, Role):
        if not isinstance(node, list):
            return None
        for item in node:
            if isinstance(item, dict) and item.get("role") == step.value:
                return item
        if not create:
            return None
        item = CommentedMap(role=step.value)
        node.append(item)
        return item
    if not isinstance(node, dict):
        return None
    if step not in node and create:
        node[step] = CommentedSeq() if step == "parties" else CommentedMap()
    return node.get(step)


def _get(data: Any, path: tuple[Step, ...]) -> Any:
    node = data
    for step in path:
        node = _step(node, step, create=False)
        if node is None:
            return None
    return node


def _display(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "languages":
        return ",".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return str(value)


def read_fields(text: str) -> dict[str, str]:
    """The form's values as text ("" where the YAML has none); empty when the text does not parse."""
    try:
        _, data = load_round_trip(text)
    except EditError:
        return dict.fromkeys(FIELD_NAMES, "")
    return {f.name: _display(_get(data, f.path), f.kind) for f in FIELDS}


def _typed(value: str, kind: str) -> Any:
    if kind == "date" and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # validation will say what is wrong with it, at its line
    return value


def _set(data: Any, field: Field, value: str) -> None:
    *parents, last = field.path
    node = data
    for step in parents:
        node = _step(node, step, create=True)
        if node is None:
            raise EditError(f"cannot set {field.name}: a value on its path is not a mapping")
    if not isinstance(node, dict):
        raise EditError(f"cannot set {field.name}: its parent is not a mapping")
    if field.kind == "languages":
        langs = [x.strip() for x in value.split(",") if x.strip()]
        current = node.get(last)
        if isinstance(current, list):
            current[:] = langs  # keeps the list's flow or block style
        else:
            seq = CommentedSeq(langs)
            seq.fa.set_flow_style()
            node[last] = seq
        return
    node[last] = _typed(value, field.kind)


def apply_fields(text: str, values: dict[str, str]) -> str:
    """``text`` with the given fields set; blank values and unchanged values leave the text alone."""
    yaml, data = load_round_trip(text)
    current = {f.name: _display(_get(data, f.path), f.kind) for f in FIELDS}
    changed = False
    for field in FIELDS:
        value = (values.get(field.name) or "").strip()
        if value and value != current[field.name]:
            _set(data, field, value)
            changed = True
    return _dump(yaml, data) if changed else text
