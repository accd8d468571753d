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
    """Every deadline the bundled clauses state is a spec field; these are the ones a spec may omit.
    A new default is added here on purpose (the clause library test refuses a literal number)."""
    names = {(m, f): str(d) for m, f, d in _duration_defaults()}
    assert names == {
        ("Backups", "restore_report_within"): "5 business days",
        ("Confidentiality", "disclosure_notice"): "2 business days",
        ("Confidentiality", "return_within"): "10 business days",
        ("Confidentiality", "survives"): "3 years",
        ("DataProtection", "access_revoke_within"): "1 business day",
        ("DataProtection", "dr_drill_notice"): "5 business days",
        ("DataProtection", "dr_drill_report_within"): "5 business days",
        ("DataProtection", "log_retention"): "6 months",
        ("DataProtection", "logs_within"): "2 business days",
        ("ForceMajeure", "evidence_within"): "15 days",
        ("ForceMajeure", "notice_within"): "48 hours",
        ("ForceMajeure", "resume_within"): "24 hours",
        ("ForceMajeure", "terminate_after"): "30 days",
        ("FreeMaintenance", "training_notice"): "5 business days",
        ("HandoverItem", "within"): "10 business days",
        ("IntellectualProperty", "handover_check_within"): "10 business days",
        ("IntellectualProperty", "open_source_list_within"): "10 business days",
        ("IntellectualProperty", "redelivery_within"): "5 business days",
        ("Liability", "cap_period"): "12 months",
        ("Monitoring", "cpu_sustained"): "5 minutes",
        ("NoticePeriods", "account_change"): "5 business days",
        ("NoticePeriods", "channel_change"): "5 business days",
        ("NoticePeriods", "contact_change"): "3 business days",
        ("NoticePeriods", "courier_receipt"): "3 days",
        ("NoticePeriods", "data_breach_notice"): "2 hours",
        ("NoticePeriods", "data_breach_report"): "24 hours",
        ("NoticePeriods", "invoice_before_due"): "5 business days",
        ("NoticePeriods", "invoice_dispute"): "5 business days",
        ("NoticePeriods", "manager_change"): "5 business days",
        ("NoticePeriods", "paid_work_acceptance"): "5 business days",
        ("NoticePeriods", "resolution_objection"): "2 business days",
        ("NoticePeriods", "severity_agreement"): "1 hour",
        ("Operations", "compatibility_report_within"): "5 business days",
        ("Penalties", "payable_within"): "15 days",
        ("PersonalInformation", "review_records_within"): "10 business days",
        ("PersonalInformation", "rights_request_within"): "3 business days",
        ("Renewal", "notice"): "30 days",
        ("Reporting", "complaint_analysis_within"): "5 business days",
        ("Reporting", "report_within"): "5 business days",
        ("Reporting", "survey_results_within"): "10 business days",
        ("Security", "audit_report_within"): "10 business days",
        ("Security", "penetration_report_within"): "10 business days",
        ("Security", "scan_report_within"): "2 business days",
        ("Security", "ssl_renewal_before"): "30 days",
        ("ServiceCredits", "refund_within"): "15 days",
        ("Termination", "cure_period"): "30 days",
        ("Termination", "handover_within"): "10 business days",
        ("Termination", "refund_within"): "15 days",
        ("Termination", "repeated_failures_period"): "3 months",
        ("Termination", "transition_answer_within"): "2 business days",
        ("Training", "documents_update_within"): "10 business days",
        ("Training", "documents_within"): "10 business days",
        ("Training", "materials_before"): "1 business day",
        ("Training", "session_notice"): "5 business days",
        ("Upgrades", "release_notice"): "3 business days",
    }


def test_counts_in_clauses_are_declared_defaults_too() -> None:
    schema = json.loads((ROOT / "schemas" / "service-spec.schema.json").read_text(encoding="utf-8"))
    prop = schema["$defs"]["Termination"]["properties"]["repeated_failures"]
    assert prop["default"] == 3 and prop["description"].endswith("(default: 3)")
    result = validate_text(SAMPLE.read_text(encoding="utf-8"), file="s.yaml")
    assert result.document.spec.termination.repeated_failures == 3
    assert is_default(result.document, "spec.termination.repeated_failures")


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
