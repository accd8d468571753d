"""Running the software: operations, data protection, security, upgrades, training, reporting."""

from __future__ import annotations

from pydantic import Field

from termsmith.spec.base import SpecModel
from termsmith.spec.defaults import default_duration
from termsmith.spec.types import Cadence, Duration, Percent, Text


def _default_metrics() -> list[str]:  # a named function: the stored validator names it (termsmith.validator_cache)
    return ["cpu", "memory", "disk", "bandwidth"]


class Monitoring(SpecModel):
    metrics: list[str] = Field(default_factory=_default_metrics)
    cpu_alert: Percent | None = Field(default=None, description="Alert when CPU stays above this")
    cpu_sustained: Duration = default_duration("5 minutes", "How long CPU must stay above cpu_alert before the alert")
    clock: str = Field(description="When monitoring runs: '24x7' or a calendar id (stated, never assumed)")
    alert_analysis_within: Duration | None = None


class Inspection(SpecModel):
    name: Text
    cadence: Cadence


class Operations(SpecModel):
    monitoring: Monitoring | None = None
    inspections: list[Inspection] = Field(default_factory=list)
    compatibility_tests: Cadence | None = None
    compatibility_targets: list[str] = Field(default_factory=list)
    compatibility_report_within: Duration = default_duration(
        "5 business days", "Results of each compatibility test to the client"
    )


class Backups(SpecModel):
    incremental: Cadence
    full: Cadence
    versions_kept: int = Field(ge=0)
    off_site: bool
    restore_test: Cadence
    rpo: Duration = Field(description="Most data that may be lost (recovery point objective)")
    rto: Duration = Field(description="Longest time to restore service (recovery time objective)")
    restore_report_within: Duration = default_duration("5 business days", "Written result of each restore test")


class PersonalInformation(SpecModel):
    """Entrusted processing of personal information (PIPL art. 21)."""

    processed: bool
    purpose: Text | None = None
    period: Duration | None = None
    method: Text | None = None
    categories: list[Text] = Field(default_factory=list)
    protection_measures: list[Text] = Field(default_factory=list)
    return_or_delete_within: Duration | None = Field(
        default=None, description="Returning or deleting the personal information when the entrustment ends"
    )
    rights_request_within: Duration = default_duration(
        "3 business days", "Carrying out an individual's access, copy, correction or deletion request"
    )
    review_records_within: Duration = default_duration(
        "10 business days", "Records and explanations for the client's yearly review of the processing"
    )


class DataProtection(SpecModel):
    backups: Backups | None = None
    encryption_in_transit: bool = False
    encryption_at_rest: bool = False
    access_control: bool = False
    operation_logs: bool = False
    dr_drills_per_year: int = Field(default=0, ge=0, le=52)
    log_retention: Duration = default_duration("6 months", "How long operation logs are kept (with operation_logs)")
    logs_within: Duration = default_duration("2 business days", "Operation logs to the client on written request")
    access_revoke_within: Duration = default_duration(
        "1 business day", "Revoking or adjusting access of a person who leaves or changes role (with access_control)"
    )
    dr_drill_notice: Duration = default_duration(
        "5 business days", "Notice of the time of each disaster-recovery drill"
    )
    dr_drill_report_within: Duration = default_duration("5 business days", "Drill report after each drill")
    data_location: Text | None = None
    personal_information: PersonalInformation | None = None


class Security(SpecModel):
    vulnerability_scans: Cadence | None = None
    penetration_tests: Cadence | None = None
    third_party_audit: Cadence | None = None
    critical_fix_within: Duration | None = None
    high_fix_within: Duration | None = None
    ssl_renewal: bool = False
    ssl_renewal_before: Duration = default_duration("30 days", "Renewal and deployment before a certificate expires")
    scan_report_within: Duration = default_duration("2 business days", "Results of each vulnerability scan")
    penetration_report_within: Duration = default_duration("10 business days", "Report of each penetration test")
    audit_report_within: Duration = default_duration(
        "10 business days", "Copy of each third-party audit report after the vendor receives it"
    )


class Upgrades(SpecModel):
    major: Cadence | None = None
    minor: Cadence | None = None
    grey_release: Percent | None = Field(default=None, description="Share of users in the grey release")
    rollback_within: Duration | None = None
    changelog: bool = False
    backward_compatible: bool = False
    effect_report_within: Duration | None = None
    release_notice: Duration = default_duration("3 business days", "Written notice of a release's content and time")


class TrainingSession(SpecModel):
    audience: Text
    sessions: int = Field(ge=1)
    method: Text | None = None


class Training(SpecModel):
    sessions: list[TrainingSession] = Field(default_factory=list)
    documents: list[Text] = Field(default_factory=list, description="Admin manual, technical documents, ...")
    qa_response_within: Duration | None = None
    session_notice: Duration = default_duration("5 business days", "Client's notice of the time of each session")
    materials_before: Duration = default_duration("1 business day", "Training materials before each session")
    documents_within: Duration = default_duration("10 business days", "Delivery of the documents after signing")
    documents_update_within: Duration = default_duration(
        "10 business days", "Updated documents after a release changes their content"
    )


class Reporting(SpecModel):
    cadence: Cadence
    contents: list[Text] = Field(default_factory=list)
    satisfaction_survey: Cadence | None = None
    complaint_response_within: Duration | None = None
    report_within: Duration = default_duration("5 business days", "Service report after each reporting period")
    survey_results_within: Duration = default_duration(
        "10 business days", "Survey results and improvement measures after each survey"
    )
    complaint_analysis_within: Duration = default_duration(
        "5 business days", "Written root-cause analysis and corrective measures after a complaint"
    )


class NoticePeriods(SpecModel):
    """Notice and reporting deadlines the agreement states outside any one section.

    Each has a declared default (in its description and the JSON Schema); ``termsmith review``
    marks a value taken from here as "(default)"."""

    channel_change: Duration = default_duration(
        "5 business days", "Notice before a support channel's number, address or hours change"
    )
    data_breach_notice: Duration = default_duration(
        "2 hours", "Telling the client after the vendor discovers a data leak, alteration or loss"
    )
    data_breach_report: Duration = default_duration("24 hours", "Written report on a data incident")
    account_change: Duration = default_duration("5 business days", "Notice before the vendor's bank account changes")
    invoice_dispute: Duration = default_duration(
        "5 business days", "Time for the client to dispute an invoice after receiving it"
    )
    invoice_before_due: Duration = default_duration(
        "5 business days", "The vendor issues each invoice at least this long before the payment falls due"
    )
    contact_change: Duration = default_duration("3 business days", "Notice after a party's contact details change")
    courier_receipt: Duration = default_duration(
        "3 days", "A notice sent by courier is deemed received this long after dispatch"
    )
    manager_change: Duration = default_duration(
        "5 business days", "Notice before the vendor replaces its service manager"
    )
    resolution_objection: Duration = default_duration(
        "2 business days", "Client's objection to a notice of resolution; without one the resolution is confirmed"
    )
    severity_agreement: Duration = default_duration(
        "1 hour", "Agreeing a disputed severity level after the Response; else the client's level applies"
    )
    paid_work_acceptance: Duration = default_duration(
        "5 business days", "Client's test of delivered paid work; without written objection it is accepted"
    )
