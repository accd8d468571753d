"""A validated spec back to YAML text that loads and validates to an equal spec.

Values are written the way a person writes them in a spec file: money as
``"3000.10 CNY"``, durations as ``"4 hours"``, percentages as ``"30%"``, dates
as plain ``2026-01-18``, and localised text as a string or a per-language
mapping. Fields that hold their default or nothing are left out, and fields keep
the model's order, so the output reads like a hand-written spec.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from termsmith.spec.service import TimeLimit
from termsmith.spec.types import Duration, Money, Percent, Text

SCHEMA_MODELINE = "# yaml-language-server: $schema=../schemas/service-spec.schema.json"


def to_plain(value: Any) -> Any:
    """A model or value → the plain data a spec file holds (dicts, lists, text, numbers, dates)."""
    if isinstance(value, BaseModel):
        return _model(value)
    if isinstance(value, Text):
        return value.dump()
    if isinstance(value, (Money, Duration, Percent)):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool | int | str | Decimal | date):
        return value
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    raise TypeError(f"cannot write {type(value).__name__} to a spec")


def _model(model: BaseModel) -> Any:
    if isinstance(model, TimeLimit) and model.clock is None:
        return str(model.within)  # the shorthand: "2h" runs on the level's clock
    out: dict[str, Any] = {}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if value is None:
            continue
        if not info.is_required() and value == info.get_default(call_default_factory=True):
            continue
        out[info.alias or name] = to_plain(value)
    return out


def dump_yaml(data: Any, modeline: str | None = None) -> str:
    """Plain data → YAML text (block style, unicode kept, keys in the given order)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]  # ruamel declares it by its None default
    yaml.representer.add_representer(Decimal, _represent_decimal)
    yaml.representer.ignore_aliases = lambda _data: True  # a shared date must not become '&id001'
    stream = io.StringIO()
    if modeline:
        stream.write(modeline + "\n")
    yaml.dump(data, stream)
    return stream.getvalue()


def _represent_decimal(representer: Any, value: Decimal) -> Any:
    text = format(value, "f")
    tag = "int" if "." not in text else "float"
    return representer.represent_scalar(f"tag:yaml.org,2002:{tag}", text)


def dump_spec(document: BaseModel, modeline: str | None = SCHEMA_MODELINE) -> str:
    """A ``ServiceSpecDocument`` (or any spec model) → YAML text of the same spec."""
    return dump_yaml(to_plain(document), modeline)
