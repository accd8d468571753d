"""The gate before rendering: a spec renders only when it is valid and lint-clean.

Validation errors and error-level lint findings block; warnings and infos are
reported and do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, has_errors


@dataclass(slots=True)
class GateResult:
    document: Any  # ServiceSpecDocument when valid
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    loaded: Any = None  # the positioned YAML, for diagnostics found after validation

    @property
    def blocked(self) -> bool:
        return self.document is None or has_errors(self.diagnostics)


def check_spec(path: Path) -> GateResult:
    """Validate and lint one spec file, with the lint config found upward from it
    (``termsmith.api.check_spec``)."""
    from termsmith.api import check_spec as _check_spec

    return _check_spec(path)
