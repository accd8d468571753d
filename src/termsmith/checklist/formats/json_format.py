"""The report as one JSON document, for scripts and dashboards.

Machine fields hold language-independent values: codes as the spec writes them
(``client``, ``defect-fixes``, ``24x7``), durations as ``{value, unit, clock}``,
money as ``{amount, currency}`` with the amount as a decimal string, counts as
``{count, items}``. Each has a ``…_text`` twin worded in the report language.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from termsmith.checklist.assertions import (
    Contains,
    CountAtLeast,
    DurationAtLeast,
    DurationAtMost,
    Equals,
    Exists,
    MoneyAtLeast,
    MoneyAtMost,
    OneOf,
)
from termsmith.checklist.durations import Basis, Timed
from termsmith.checklist.evaluate import Count, Outcome, Verdict
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport, Row, SpecResult
from termsmith.reporting.json_format import diagnostic_to_dict
from termsmith.spec.types import Duration, Money, Text

VERSION = 2  # 2: vendor/required became machine values, with vendor_text/required_text beside them


def machine(v: Any) -> Any:
    """A value as JSON that does not depend on the report language."""
    if isinstance(v, Timed):
        return {**machine(v.duration), "clock": None if v.basis is Basis.CALENDAR else v.clock}
    if isinstance(v, Duration):
        return {"value": format(v.value.normalize(), "f"), "unit": v.unit.value}
    if isinstance(v, Money):
        return {"amount": str(v.amount), "currency": v.currency}
    if isinstance(v, Count):
        return {"count": v.n, "items": [machine(i) for i in v.items]}
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, Text):
        return dict(v.values)
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, (list, tuple)):
        return [machine(i) for i in v]
    if isinstance(v, BaseModel):
        for key in ("kind", "item", "id", "name"):
            inner = getattr(v, key, None)
            if inner is not None:
                return machine(inner)
        return v.model_dump(mode="json")
    return v


def required_value(o: Outcome) -> Any:
    """What the requirement asks for, as a machine value (durations on the clock compared)."""
    a = o.requirement.assertion
    if isinstance(a, Exists):
        return True
    if isinstance(a, (OneOf, Contains)):
        return list(a.values)
    if isinstance(a, (DurationAtMost, DurationAtLeast)):
        return machine(o.required) if o.required is not None else {**machine(a.value), "clock": a.clock}
    assert isinstance(a, (Equals, MoneyAtMost, MoneyAtLeast, CountAtLeast))
    return machine(a.value)


def _row(row: Row, lang: str) -> dict[str, Any]:
    o = row.outcome
    return {
        "id": o.requirement.id,
        "level": o.level.value,
        "level_text": t(o.level.value, lang),
        "verdict": o.verdict.value,
        "verdict_text": t(o.verdict.value, lang),
        "vendor": None if o.verdict is Verdict.NOT_STATED else machine(o.vendor),
        "vendor_text": row.vendor,
        "required": required_value(o),
        "required_text": row.required,
        "note_code": o.note.value if o.note is not None else None,
        "default": o.default,
        "note": row.note,
        "path": o.where,
        "clause": row.location.label if row.location else None,
        "clause_anchor": row.location.anchor if row.location else None,
        "evidence": row.evidence.to_dict() if row.evidence is not None else None,
    }


def _spec(result: SpecResult, lang: str) -> dict[str, Any]:
    return {
        "file": result.file,
        "name": result.name,
        "vendor": result.vendor if result.vendor_named else None,  # null: a document that names none
        "valid": result.valid,
        "passed": result.passed,
        "counts": result.counts() if result.valid else None,
        "clauses_located": result.located,
        "results": [_row(r, lang) for r in result.rows],
        "diagnostics": [diagnostic_to_dict(d) for d in result.diagnostics],
        # a vendor document's places holding figures extraction did not read (added keys, VERSION unchanged; [] for a spec)
        "unread_figures": [u.to_dict() for u in result.unread],
        "unread_figures_text": result.unread_line(lang),
    }


def to_dict(report: CheckReport) -> dict[str, Any]:
    lang = report.lang
    return {
        "version": VERSION,
        "lang": lang,
        "ok": report.ok,
        "checklist": {"name": report.checklist.metadata.name, "file": report.checklist_file, "title": report.title()},
        "requirements": [
            {
                "id": r.id,
                "level": r.level.value,
                "title": r.title.get(lang),
                "kind": r.assertion.kind,
                "path": r.assertion.path,
            }
            for r in report.requirements
        ],
        "specs": [_spec(r, lang) for r in report.results],
    }


def to_json(report: CheckReport) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
