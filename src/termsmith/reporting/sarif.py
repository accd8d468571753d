"""SARIF 2.1.0 output, as GitHub code scanning accepts it.

Rules carry short and full descriptions and help (text and Markdown); result
locations are URIs relative to the repository root (``uriBaseId: %SRCROOT%``);
every result has a ``partialFingerprints`` entry that survives edits elsewhere in
the file; ``columnKind`` is ``unicodeCodePoints`` because termsmith columns count
code points.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from termsmith.diagnostics import Diagnostic, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "termsmith/v1"


def find_root(start: Path | None = None) -> Path:
    """The repository root (nearest folder with .git), else the working directory."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / ".git").exists():
            return d
    return here


def artifact_location(file: str, root: Path) -> dict[str, str]:
    path = Path(file).resolve()
    try:
        rel = path.relative_to(root)
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(rel.as_posix()), "uriBaseId": "%SRCROOT%"}


def _rule_descriptor(code: str, rule: Any) -> dict[str, Any]:
    """A lint rule or a documented diagnostic code (Y, S, LB, X, L) as a SARIF reportingDescriptor."""
    if rule is None:  # an undocumented code (a test keeps this from happening): still described
        return {
            "id": code,
            "shortDescription": {"text": f"termsmith {code}"},
            "fullDescription": {"text": "A termsmith diagnostic without documentation."},
            "help": {"text": f"Run 'termsmith rule {code}'."},
        }
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.what},
        "help": {
            "text": f"{rule.why}\n\nExample:\n{rule.example}\n\nUse instead:\n{rule.instead}",
            "markdown": rule.markdown(level=2),
        },
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.kind, rule.family]},
    }


def _fingerprint(d: Diagnostic, uri: str, lines: list[str] | None, seen: dict[str, int]) -> str:
    line_text = lines[d.line - 1].strip() if lines and 1 <= d.line <= len(lines) else ""
    base = "\0".join((d.code, uri, line_text, d.extra.get("term", ""), d.path or ""))
    digest = hashlib.sha256(base.encode("utf-8")).hexdigest()[:32]
    seen[digest] = seen.get(digest, 0) + 1
    return f"{digest}:{seen[digest]}"


def _result(d: Diagnostic, index: int, root: Path, lines: list[str] | None, seen: dict[str, int]) -> dict[str, Any]:
    location = artifact_location(d.file, root)
    region: dict[str, int] = {"startLine": d.line, "startColumn": d.col}
    if d.end is not None and (d.end.line, d.end.col) > (d.line, d.col):
        region |= {"endLine": d.end.line, "endColumn": d.end.col}
    text = d.message + (f" — {d.hint}" if d.hint else "")
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": index,
        "level": _LEVEL[d.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(d, location["uri"], lines, seen)},
    }
    where = {k: int(d.extra[k]) for k in ("page", "page_line", "page_column", "paragraph") if d.extra.get(k)}
    if where:  # a finding in a vendor's DOCX/PDF: the line is the paragraph of the extracted text
        result["properties"] = {"documentPosition": where}
    if d.path:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": d.path, "kind": "member"}]
    return result


def sarif_document(
    diagnostics: Iterable[Diagnostic], sources: Mapping[str, list[str]] | None = None, root: Path | None = None
) -> dict[str, Any]:
    from termsmith import __version__
    from termsmith.diagnostic_codes import all_codes
    from termsmith.lint.registry import all_rules

    root = root or find_root()
    diags = sorted(diagnostics, key=Diagnostic.sort_key)
    # Every lint rule, then each other code the results use (documented in the diagnostic-code catalogue).
    rules: dict[str, Any] = {**all_codes(), **all_rules()}
    codes = list(all_rules()) + sorted({d.code for d in diags} - set(all_rules()))
    index = {code: i for i, code in enumerate(codes)}
    seen: dict[str, int] = {}
    sources = sources or {}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "termsmith",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/termsmith/",
                        "rules": [_rule_descriptor(code, rules.get(code)) for code in codes],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": [_result(d, index[d.code], root, sources.get(d.file), seen) for d in diags],
            }
        ],
    }


def write_sarif(
    diagnostics: Iterable[Diagnostic],
    sources: Mapping[str, list[str]] | None = None,
    stream: TextIO = sys.stdout,
    root: Path | None = None,
) -> None:
    json.dump(sarif_document(diagnostics, sources, root), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
