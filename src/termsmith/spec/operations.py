"""Running the software: operations, data protection, security, upgrades, training, reporting."""

from __future__ import annotations

from pydantic import Field

from termsmith.spec.base import SpecModel
from termsmith.spec.defaults import default_duration
from termsmith.spec.types import Cadence, Duration, Percent, Text


class Monitoring(SpecModel):
    metrics: list[str] = Field(default_factory=lambda: ["cpu", "memory", "disk", "bandwidth"])
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


class Backups(SpecModel):
    incremental: Cadence
    full: Cadence
    versions_kept: int = Field(ge=0)
    off_site: bool
    restore_test: Cadence
    rpo: Duration = Field(description="Most data that may be lost (recovery point objective)")
    rto: Duration = Field(description="Longest time to restore service (recovery time objective)")


class PersonalInformation(SpecModel):
    """Entrusted processing of personal information (PIPL art. 21)."""

    processed: bool
    purpose: Text | None = None
    period: Duration | None = None
    method: Text | None = None
    categories: list[Text] = Field(default_factory=list)
    protection_measures: list[Text] = Field(default_factory=list)
    return_or_delete_within: Duration | None = None


class DataProtection(SpecModel):
    backups: Backups | None = None
    encryption_in_transit: bool = False
    encryption_at_rest: bool = False
    access_control: bool = False
    operation_logs: bool = False
    dr_drills_per_year: int = Field(default=0, ge=0, le=52)
    log_retention: Duration = default_duration("6 months", "How long operation logs are kept (with operation_logs)")
    data_location: Text | None = None
    personal_information: PersonalInformation | None = None


class Security(SpecModel):
    vulnerability_scans: Cadence | None = None
    penetration_tests: Cadence | None = None
    third_party_audit: Cadence | None = None
    critical_fix_within: Duration | None = None
    high_fix_within: Duration | None = None
    ssl_renewal: bool = False


class Upgrades(SpecModel):
    major: Cadence | None = None
    minor: Cadence | None = None
    grey_release: Percent | None = Field(default=None, description="Share of users in the grey release")
    rollback_within: Duration | None = None
    changelog: bool = False
    backward_compatible: bool = False
    effect_report_within: Duration | None = None


class TrainingSession(SpecModel):
    audience: Text
    sessions: int = Field(ge=1)
    method: Text | None = None


class Training(SpecModel):
    sessions: list[TrainingSession] = Field(default_factory=list)
    documents: list[Text] = Field(default_factory=list, description="Admin manual, technical documents, ...")
    qa_response_within: Duration | None = None


class Reporting(SpecModel):
    cadence: Cadence
    contents: list[Text] = Field(default_factory=list)
    satisfaction_survey: Cadence | None = None
    complaint_response_within: Duration | None = None


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
