"""The service spec: the ``apiVersion/kind/metadata/spec`` envelope and the whole ``spec``.

Essential sections (scope, severity levels, free maintenance period, fees, IP
owner) are required: a spec that omits one is invalid, never silently defaulted.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from termsmith.spec.base import RuleError, SpecModel
from termsmith.spec.commercial import ChangeControl, Fees, Payment
from termsmith.spec.legal import (
    Confidentiality,
    Disputes,
    IntellectualProperty,
    Liability,
    Penalties,
    ServiceCredits,
    Signatures,
    Termination,
)
from termsmith.spec.operations import DataProtection, Operations, Reporting, Security, Training, Upgrades
from termsmith.spec.parties import Party, PartyRole, Project
from termsmith.spec.service import (
    CLOCK_24X7,
    FreeMaintenance,
    Languages,
    Scope,
    ServiceCalendar,
    SeverityLevel,
    SupportChannel,
    Term,
)
from termsmith.spec.types import Slug, Text

API_VERSION = "termsmith/v1"


class Agreement(SpecModel):
    """The agreement's own identity."""

    number: str = Field(min_length=1, max_length=60, description="Agreement number shown in the header")
    title: Text | None = Field(default=None, description="Defaults to the document kind's title")
    signing_date: date | None = None
    quote_valid_days: int = Field(default=30, ge=1, le=365, description="How long a quote stays valid")


class Spec(SpecModel):
    agreement: Agreement
    parties: list[Party] = Field(min_length=2, max_length=2)
    project: Project
    languages: Languages
    term: Term
    scope: Scope
    calendars: list[ServiceCalendar] = Field(default_factory=list)
    support_channels: list[SupportChannel] = Field(default_factory=list)
    severity_levels: list[SeverityLevel] = Field(min_length=1, description="Most severe first")
    free_maintenance: FreeMaintenance
    fees: Fees
    payment: Payment
    change_control: ChangeControl | None = None
    intellectual_property: IntellectualProperty
    confidentiality: Confidentiality | None = None
    operations: Operations | None = None
    data_protection: DataProtection | None = None
    security: Security | None = None
    upgrades: Upgrades | None = None
    training: Training | None = None
    reporting: Reporting | None = None
    service_credits: ServiceCredits | None = None
    penalties: Penalties | None = None
    liability: Liability | None = None
    termination: Termination | None = None
    disputes: Disputes
    signatures: Signatures = Field(default_factory=Signatures)

    # ------------------------------------------------------------ accessors
    def party(self, role: PartyRole | str) -> Party:
        return next(p for p in self.parties if p.role == role)

    @property
    def client(self) -> Party:
        return self.party(PartyRole.CLIENT)

    @property
    def vendor(self) -> Party:
        return self.party(PartyRole.VENDOR)

    def calendar(self, clock: str) -> ServiceCalendar | None:
        return next((c for c in self.calendars if c.id == clock), None)

    def level(self, level_id: str) -> SeverityLevel | None:
        return next((lv for lv in self.severity_levels if lv.id == level_id), None)

    # ------------------------------------------------------------ cross-field rules
    @model_validator(mode="after")
    def _one_client_one_vendor(self) -> Spec:
        roles = [p.role for p in self.parties]
        for role, label in ((PartyRole.CLIENT, "client (甲方)"), (PartyRole.VENDOR, "vendor (乙方)")):
            if roles.count(role) != 1:
                index = next((i for i, r in enumerate(roles) if r == role and roles.count(role) > 1), 0)
                raise RuleError(("parties", index, "role"),
                                f"a spec names exactly one {label}; found {roles.count(role)}")
        return self

    @model_validator(mode="after")
    def _clocks_exist(self) -> Spec:
        ids = [c.id for c in self.calendars]
        for i, cal in enumerate(self.calendars):
            if cal.id in ids[:i] or cal.id == CLOCK_24X7:
                raise RuleError(("calendars", i, "id"), f"calendar id {cal.id!r} is used twice or reserved")
        known = {CLOCK_24X7, *ids}

        def check(path: tuple[str | int, ...], clock: str | None) -> None:
            if clock is not None and clock not in known:
                raise RuleError(path, f"unknown clock {clock!r}",
                                hint=f"use '24x7' or a calendar id: {', '.join(sorted(known))}",
                                related=(("calendars",),))

        for i, ch in enumerate(self.support_channels):
            check(("support_channels", i, "clock"), ch.clock)
        seen: set[str] = set()
        for i, lv in enumerate(self.severity_levels):
            if lv.id in seen:
                raise RuleError(("severity_levels", i, "id"), f"severity level id {lv.id!r} is used twice")
            seen.add(lv.id)
            check(("severity_levels", i, "clock"), lv.clock)
            for name, limit in lv.times().items():
                check(("severity_levels", i, name, "clock"), limit.clock)
                if limit.within.unit.is_business and lv.clock_of(name) == CLOCK_24X7:
                    raise RuleError(("severity_levels", i, name, "within"),
                                    f"{limit.within} needs a business-hours clock, but this time runs 24x7",
                                    hint="set 'clock:' to a calendar id, or write the time in hours",
                                    related=(("severity_levels", i, "clock"),))
        return self

    @model_validator(mode="after")
    def _dates_in_order(self) -> Spec:
        p, fm = self.project, self.free_maintenance
        delivered = min((d for d in (p.accepted_on, p.live_on) if d), default=None)
        if delivered and fm.start_date and fm.start_date < delivered:
            raise RuleError(("free_maintenance", "start_date"),
                            f"the free period starts on {fm.start_date}, before the project was delivered ({delivered})",
                            related=(("project", "accepted_on"), ("project", "live_on")))
        signing = self.agreement.signing_date
        if signing and self.term.length.unit.value in ("months", "years"):
            months = int(self.term.length.value * (12 if self.term.length.unit.value == "years" else 1))
            end_year, end_month = divmod(self.term.start.month - 1 + months, 12)
            term_end = date(self.term.start.year + end_year, end_month + 1, 1)
            if signing >= term_end:
                raise RuleError(("agreement", "signing_date"),
                                f"the agreement is signed on {signing}, after its term ends ({term_end})",
                                related=(("term", "start"), ("term", "length")))
        return self

    @model_validator(mode="after")
    def _references_exist(self) -> Spec:
        if self.service_credits:
            for i, rule in enumerate(self.service_credits.rules):
                if self.level(rule.level) is None:
                    raise RuleError(("service_credits", "rules", i, "level"),
                                    f"no severity level {rule.level!r}",
                                    hint=f"use one of: {', '.join(lv.id for lv in self.severity_levels)}",
                                    related=(("severity_levels",),))
        for i, s in enumerate(self.signatures.signatories):
            if sum(1 for x in self.signatures.signatories if x.party == s.party) > 1:
                raise RuleError(("signatures", "signatories", i, "party"), f"two signatories for the {s.party}")
        return self


class OfferRef(SpecModel):
    """The standard offer a deal was built on; termsmith writes these when it merges a deal over its offer."""

    name: Slug
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the offer file (LF line endings)")
    source: str = Field(description="The offer as it was named: a bundled offer's name or a relative path")


class Metadata(SpecModel):
    name: Slug = Field(description="Lowercase slug, e.g. fuel-station-miniprogram")
    title: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    offers: list[OfferRef] = Field(default_factory=list,
                                   description="Filled in by termsmith for a deal: its offer, then that offer's own base")


class ServiceSpecDocument(SpecModel):
    """A termsmith service spec file."""

    KIND: ClassVar[str] = "ServiceSpec"

    api_version: Literal["termsmith/v1"] = Field(alias="apiVersion")
    kind: Literal["ServiceSpec"]
    metadata: Metadata
    spec: Spec
