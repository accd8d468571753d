"""docs/spec.md: the field reference of a service spec, generated from the models.

Every field of every section: its type and value syntax, whether it is required or its
default — and whether the bundled clause library prints that default in the agreement —,
the allowed values and constraints, what it means, and an example taken from the bundled
sample and library specs. ``termsmith schema --reference docs/spec.md`` writes it; a test
fails when the committed file is stale.
"""

from __future__ import annotations

import re
import types
import typing
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from termsmith.spec.types import Duration, Money, Percent, Text

_VALUE_TYPES: dict[type, tuple[str, str]] = {
    Duration: ("duration", "duration"),
    Money: ("money", "money"),
    Percent: ("percent", "percent"),
    Text: ("text", "text"),
}


def _example_sources() -> list[Any]:
    """The fuel-station sample first (plain zh-Hans values), then the library's full example spec."""
    from termsmith.resources import bundled
    from termsmith.yaml_loader import load_yaml

    files = [
        bundled("samples") / "fuel-station-miniprogram.zh-Hans.yaml",
        Path(__file__).resolve().parents[1] / "library" / "specs" / "maximal.yaml",
    ]
    return [load_yaml(f).data for f in files if f.is_file()]


def _printed_paths() -> set[str]:
    """Spec paths the bundled clause library reads when it assembles the agreement and the quote
    of the library's minimal and maximal specs (list positions as ``[]``, parties by role)."""
    from termsmith.assembly import assemble_with_record
    from termsmith.validation import validate_path

    specs = Path(__file__).resolve().parents[1] / "library" / "specs"
    reads: set[str] = set()
    for name in ("minimal.yaml", "maximal.yaml"):
        document = validate_path(specs / name).document
        for kind in ("agreement", "quote"):
            for clause in assemble_with_record(document, kind=kind).clauses:
                for path, _ in clause.provenance.values_read if clause.provenance else ():
                    path = re.sub(r"\[[^\]]*\]", "[]", path)
                    reads.add(re.sub(r"^spec\.(client|vendor)\.", "spec.parties[].", path))
    return reads


# ---------------------------------------------------------------- types
def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _annotated(annotation: Any) -> tuple[Any, list[Any]]:
    if typing.get_origin(annotation) is typing.Annotated:
        base, *meta = typing.get_args(annotation)
        inner, more = _annotated(base)
        extra: list[Any] = []
        for m in meta:
            extra += list(getattr(m, "metadata", []) or []) if isinstance(m, FieldInfo) else [m]
        return inner, more + extra
    return annotation, []


def _model_of(annotation: Any) -> type[BaseModel] | None:
    annotation = _annotated(_strip_optional(annotation))[0]
    if typing.get_origin(annotation) is list:
        return _model_of(typing.get_args(annotation)[0])
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _type_name(annotation: Any, models: dict[type, str]) -> str:
    annotation = _annotated(_strip_optional(annotation))[0]
    origin = typing.get_origin(annotation)
    if origin is list:
        return "list of " + _type_name(typing.get_args(annotation)[0], models)
    if origin is dict:
        return "mapping of text to text"
    if origin is typing.Literal:
        return "constant"
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            anchor = models.get(annotation)
            if annotation.__name__ == "TimeLimit":
                return "duration, or mapping (see [time limits](#value-syntax))"
            return f"mapping ([{anchor}](#{_anchor(anchor)}))" if anchor else "mapping"
        if issubclass(annotation, Enum):
            return "choice"
        for cls, (name, _) in _VALUE_TYPES.items():
            if issubclass(annotation, cls):
                return f"[{name}](#value-syntax)"
        if annotation is bool:
            return "true / false"
        if annotation is int:
            return "whole number"
        if annotation is date:
            return "date (YYYY-MM-DD)"
        if annotation is Decimal:
            return "decimal number"
        if annotation is str:
            return "text (one line)"
    return "text"


def _allowed(info: FieldInfo) -> str:
    annotation = _strip_optional(info.annotation)
    inner = typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else annotation
    inner, meta = _annotated(_strip_optional(inner))
    parts: list[str] = []
    if isinstance(inner, type) and issubclass(inner, Enum):
        parts.append(", ".join(f"`{m.value}`" for m in inner))
    if typing.get_origin(inner) is typing.Literal:
        parts.append(", ".join(f"`{v}`" for v in typing.get_args(inner)))
    for m in [*meta, *info.metadata]:
        name = type(m).__name__
        if name == "Ge":
            parts.append(f"≥ {m.ge}")
        elif name == "Gt":
            parts.append(f"> {m.gt}")
        elif name == "Le":
            parts.append(f"≤ {m.le}")
        elif name == "MinLen":
            parts.append(
                f"at least {m.min_length}"
                + (
                    " item" + ("s" if m.min_length > 1 else "")
                    if typing.get_origin(annotation) is list
                    else " characters"
                )
            )
        elif name == "MaxLen":
            parts.append(
                f"at most {m.max_length}" + (" items" if typing.get_origin(annotation) is list else " characters")
            )
        elif getattr(m, "pattern", None):
            parts.append(f"matches `{m.pattern}`")
        elif name == "AfterValidator" and getattr(m.func, "__name__", "") == "check_credit_code":
            parts.append("18 characters with the GB 32100 check digit")
    return "; ".join(parts)


# ---------------------------------------------------------------- values
def _plain(value: Any) -> Any:
    from termsmith.spec.dump import to_plain

    try:
        return to_plain(value)
    except TypeError:
        return str(value)


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {_short(v, limit)}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(_short(v, limit) for v in value[:4]) + (", …" if len(value) > 4 else "") + "]"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif value is None:
        text = "null"
    else:
        text = str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lookup(data: Any, path: tuple[str, ...]) -> Any:
    node = data
    for part in path:
        while isinstance(node, list):
            node = node[0] if node else None
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _default(info: FieldInfo) -> tuple[bool, Any]:
    if info.is_required():
        return False, None
    if info.default_factory is not None:
        return True, info.default_factory()  # type: ignore[call-arg]  # pydantic allows factories taking the data; ours take none
    return True, None if info.default is PydanticUndefined else info.default


# ---------------------------------------------------------------- the page
def _anchor(heading: str) -> str:
    return re.sub(r"[^a-z0-9_ -]", "", heading.lower()).strip().replace(" ", "-")


def _walk(model: type[BaseModel], path: str, out: list[tuple[str, type[BaseModel]]], seen: set[type]) -> None:
    if model in seen:
        return
    seen.add(model)
    out.append((path, model))
    for name, info in model.model_fields.items():
        child = _model_of(info.annotation)
        if child is not None and child.__name__ != "TimeLimit":
            is_list = typing.get_origin(_strip_optional(info.annotation)) is list
            _walk(child, f"{path}.{info.alias or name}{'[]' if is_list else ''}", out, seen)


def _field_row(
    info: FieldInfo, name: str, path: str, models: dict[type, str], examples: list[Any], printed: set[str]
) -> str:
    has_default, default = _default(info)
    full = f"{path}.{name}"
    if not has_default:
        default_text = "**required**"
    elif default is None or default == [] or default == {}:
        default_text = "— (left out)"
    else:
        shown = _short(_plain(default), 40) if not isinstance(default, BaseModel) else "the section's defaults"
        said = any(p == full or p.startswith(full + ".") or p.startswith(full + "[") for p in printed) or (
            name == "clock" and "spec.calendars[]" in printed
        )  # a clock is worded through its calendar
        default_text = f"`{shown}` ({'printed' if said else 'not printed'})"
    keys = tuple(p for p in re.sub(r"\[\]", "", full).split("."))
    example = next((v for v in (_lookup(d, keys) for d in examples) if v is not None), None)
    example_text = "" if example is None else f"`{_short(example)}`"
    description = (info.description or "").replace("|", "\\|")
    return (
        f"| `{name}` | {_type_name(info.annotation, models)} | {default_text} | {_allowed(info)} | "
        f"{example_text} | {description} |"
    )


_INTRO = """\
# Service spec field reference

Generated from the models by `termsmith schema --reference docs/spec.md`; do not edit by hand
(a test fails when this page is stale). The JSON Schemas in `schemas/` carry the same rules for
editors. A deal (`offer:`) may leave out anything its offer gives: see [offers.md](offers.md).

**Default**: *required* fields must be written; for the others the default applies when the
field is left out. "printed" means the bundled clause library reads the field when it writes
the agreement or the quote, so the reader sees the default's value; "not printed" means the
default is not written out (termsmith uses it for checks, or the wording leaves it implicit,
like the Asia/Shanghai time zone). "left out" means the section or promise is absent from the
agreement.

**Example**: a value from the bundled samples or the clause library's full example spec.
"""


def _value_syntax() -> str:
    from termsmith.spec.types import Cadence

    rows = ["## Value syntax", "", "| value | how to write it | examples |", "|---|---|---|"]
    for cls, (name, _) in _VALUE_TYPES.items():
        schema = cls.JSON_SCHEMA if hasattr(cls, "JSON_SCHEMA") else {}
        if cls is Text:
            description = "One string for every language, or a mapping per language (zh-Hans, zh-Hant, en)."
            examples = ["加油站小程序", "{zh-Hans: 加油站小程序, en: Fuel-station mini-program}"]
        else:
            description = str(schema.get("description", ""))
            examples = list(
                schema.get("examples")
                or next((a.get("examples", []) for a in schema.get("anyOf", []) if a.get("examples")), [])
            )
        rows.append(f"| {name} | {description} | {', '.join(f'`{e}`' for e in examples[:6])} |")
    rows.append(
        "| time limit | A duration on the severity level's clock, or `{within: DURATION, clock: CLOCK}` "
        "to run on another clock. | `30m`, `{within: 2 business days, clock: cn-business}` |"
    )
    rows.append("| clock | `24x7`, or the `id` of a calendar in `spec.calendars`. | `24x7`, `cn-business` |")
    rows.append(f"| cadence | one of {', '.join(f'`{c.value}`' for c in Cadence)}. | `monthly` |")
    rows.append("| date | ISO 8601, YYYY-MM-DD. | `2026-01-18` |")
    return "\n".join(rows) + "\n"


def reference_markdown() -> str:
    """The whole page."""
    from termsmith.spec.model import ServiceSpecDocument

    sections: list[tuple[str, type[BaseModel]]] = []
    _walk(ServiceSpecDocument, "", sections, set())
    models = {model: (path.lstrip(".") or "document") for path, model in sections}
    examples = _example_sources()
    printed = _printed_paths()
    out = [_INTRO, _value_syntax()]
    for path, model in sections:
        heading = path.lstrip(".") or "document"
        doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        out += [f"## {heading}", "", f"*{model.__name__}*" + (f" — {doc}" if doc else ""), ""]
        if heading == "document":
            out += [
                "A deal also has `offer:` (a bundled offer's name or a .yaml path relative to the deal); "
                "see [offers.md](offers.md).",
                "",
            ]
        out += ["| field | type | default | allowed | example | meaning |", "|---|---|---|---|---|---|"]
        for name, info in model.model_fields.items():
            out.append(
                _field_row(info, info.alias or name, path.lstrip(".") or "", models, examples, printed).replace(
                    "| `.", "| `"
                )
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
