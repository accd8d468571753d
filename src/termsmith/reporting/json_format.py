"""Machine-readable diagnostics: one JSON document with every finding."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from termsmith.diagnostics import Diagnostic


def diagnostic_to_dict(d: Diagnostic) -> dict[str, Any]:
    item: dict[str, Any] = {
        "code": d.code,
        "name": d.name,
        "severity": d.severity.value,
        "message": d.message,
        "file": d.file,
        "line": d.line,
        "column": d.col,
        "end_line": d.end.line if d.end else None,
        "end_column": d.end.col if d.end else None,
        "path": d.path,
        "expected": d.expected,
        "hint": d.hint,
    }
    if d.extra:
        item["extra"] = dict(d.extra)
    return item


def write_json(diagnostics: Iterable[Diagnostic], stream: TextIO = sys.stdout, files: int = 1) -> None:
    diags = sorted(diagnostics, key=Diagnostic.sort_key)
    doc = {
        "version": 1,
        "files": files,
        "summary": {s: sum(1 for d in diags if d.severity.value == s) for s in ("error", "warning", "info")},
        "diagnostics": [diagnostic_to_dict(d) for d in diags],
    }
    json.dump(doc, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
