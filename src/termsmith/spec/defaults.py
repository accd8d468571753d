"""Whether a spec value was written by the user or comes from a default declared in the model.

Every default lives once, on its model field (``Field(default=…, description="… (default: …)")``),
and so in the JSON Schema; ``termsmith review`` marks values taken from a default "(default)",
and ``check`` reads the same model value the agreement prints.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from termsmith.spec.types import Duration

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def is_default(root: Any, path: str) -> bool:
    """True when some field on the dotted ``path`` (``spec.termination.cure_period``,
    ``severity_levels[0].clock``) was not written in the spec, so its value is a declared default."""
    node = root
    for name, index in _SEGMENT.findall(path):
        if index:
            try:
                node = node[int(index)]
            except (IndexError, KeyError, TypeError):
                return False
            continue
        if not isinstance(node, BaseModel):
            return False
        fields = type(node).model_fields
        key = next((k for k, f in fields.items() if k == name or f.alias == name), None)
        if key is None:
            return False
        if key not in node.model_fields_set:
            return True
        node = getattr(node, key)
    return False


def default_duration(text: str, description: str) -> Any:
    """A Duration field whose default is declared once: the value, its description
    ("… (default: 30 days)") and the JSON Schema's ``default`` all come from ``text``."""
    return Field(
        default=Duration.parse(text),
        description=f"{description} (default: {text})",
        json_schema_extra={"default": text},
    )


def default_count(n: int, description: str, *, ge: int = 1, le: int = 100) -> Any:
    """An int field whose default is declared once, like :func:`default_duration`."""
    return Field(default=n, ge=ge, le=le, description=f"{description} (default: {n})", json_schema_extra={"default": n})
