"""The report as one JSON document, for scripts and dashboards."""

from __future__ import annotations

import json
from typing import Any

from termsmith.checklist.report import CheckReport, Row, SpecResult
from termsmith.reporting.json_format import diagnostic_to_dict


def _row(row: Row) -> dict[str, Any]:
    o = row.outcome
    return {
        "id": o.requirement.id,
        "level": o.level.value,
        "verdict": o.verdict.value,
        "vendor": row.vendor,
        "required": row.required,
        "note": row.note,
        "path": o.where,
        "clause": row.location.label if row.location else None,
        "clause_anchor": row.location.anchor if row.location else None,
    }


def _spec(result: SpecResult) -> dict[str, Any]:
    return {
        "file": result.file,
        "name": result.name,
        "vendor": result.vendor,
        "valid": result.valid,
        "passed": result.passed,
        "counts": result.counts() if result.valid else None,
        "clauses_located": result.located,
        "results": [_row(r) for r in result.rows],
        "diagnostics": [diagnostic_to_dict(d) for d in result.diagnostics],
    }


def to_dict(report: CheckReport) -> dict[str, Any]:
    lang = report.lang
    return {
        "version": 1,
        "lang": lang,
        "ok": report.ok,
        "checklist": {"name": report.checklist.metadata.name, "file": report.checklist_file,
                      "title": report.title()},
        "requirements": [
            {"id": r.id, "level": r.level.value, "title": r.title.get(lang), "kind": r.assertion.kind,
             "path": r.assertion.path}
            for r in report.requirements
        ],
        "specs": [_spec(r) for r in report.results],
    }


def to_json(report: CheckReport) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
