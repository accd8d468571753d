"""Every number in an agreement comes from the spec or from a default declared once in the model.

- a declared default has its value, its "(default: …)" description and its JSON Schema
  ``default`` from one place;
- consequential settings have no default at all (a channel's or monitoring's clock);
- ``review`` marks values that are defaults; the rendered DOCX and PDF print what the spec
  says, or the declared default, and ``check`` sees exactly that value.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from termsmith.spec.defaults import is_default
from termsmith.spec.model import ServiceSpecDocument
from termsmith.spec.types import Duration
from termsmith.validation import validate_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _models(cls: type[BaseModel], seen: set[type] | None = None) -> set[type[BaseModel]]:
    from termsmith.validation import _unwrap

    seen = seen if seen is not None else set()
    if cls in seen:
        return seen
    seen.add(cls)
    for info in cls.model_fields.values():
        for inner in _unwrap(info.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                _models(inner, seen)
    return seen


def _duration_defaults() -> list[tuple[str, str, Duration]]:
    ServiceSpecDocument.model_rebuild()
    found = []
    for model in _models(ServiceSpecDocument):
        for name, info in model.model_fields.items():
            if isinstance(info.default, Duration):
                found.append((model.__name__, name, info.default))
    return found


def test_the_clause_numbers_named_in_issue_9_are_declared_defaults() -> None:
    names = {(m, f): str(d) for m, f, d in _duration_defaults()}
    assert names == {
        ("Confidentiality", "survives"): "3 years",
        ("Termination", "cure_period"): "30 days",
        ("Termination", "handover_within"): "10 business days",
        ("Monitoring", "cpu_sustained"): "5 minutes",
        ("NoticePeriods", "channel_change"): "5 business days",
        ("NoticePeriods", "data_breach_notice"): "2 hours",
        ("NoticePeriods", "data_breach_report"): "24 hours",
        ("NoticePeriods", "account_change"): "5 business days",
        ("NoticePeriods", "invoice_dispute"): "5 business days",
        ("Termination", "refund_within"): "15 days",
        ("DataProtection", "log_retention"): "6 months",
    }


def test_each_default_is_described_and_in_the_schema_as_text() -> None:
    schema = json.loads((ROOT / "schemas" / "service-spec.schema.json").read_text(encoding="utf-8"))
    for model, field, default in _duration_defaults():
        prop = schema["$defs"][model]["properties"][field]
        assert prop["default"] == str(default), (model, field)
        assert prop["description"].endswith(f"(default: {default})"), (model, field)
        assert Duration.parse(prop["default"]) == default


@pytest.mark.parametrize(
    ("old", "where"),
    [
        ('      address: "400-800-1234"\n      clock: 24x7\n', "support_channels"),
    ],
)
def test_a_channel_without_hours_is_refused(old: str, where: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    result = validate_text(text.replace(old, old.replace("      clock: 24x7\n", ""), 1), file="s.yaml")
    assert [(d.code, d.message, d.path) for d in result.diagnostics] == [
        ("S100", "missing required field 'clock'", "spec.support_channels[0].clock")
    ]


def test_monitoring_without_a_clock_is_refused() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    old = "      cpu_alert: 80%\n      clock: 24x7\n"
    assert old in text
    result = validate_text(text.replace(old, "      cpu_alert: 80%\n", 1), file="s.yaml")
    assert [(d.code, d.message, d.path) for d in result.diagnostics] == [
        ("S100", "missing required field 'clock'", "spec.operations.monitoring.clock")
    ]


def test_is_default_tells_written_from_declared() -> None:
    result = validate_text(SAMPLE.read_text(encoding="utf-8"), file="s.yaml")
    doc = result.document
    assert is_default(doc, "spec.notice_periods.channel_change")
    assert not is_default(doc, "spec.termination.cure_period")  # the sample writes it
    assert not is_default(doc, "spec.severity_levels[0].response")
    assert is_default(doc, "spec.payment.milestones[0].deposit")
