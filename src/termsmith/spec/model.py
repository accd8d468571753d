"""The service spec: the ``apiVersion/kind/metadata/spec`` envelope and the whole ``spec``.

Essential sections (scope, severity levels, free maintenance period, fees, IP
owner) are required: a spec that omits one is invalid, never silently defaulted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from termsmith.spec import periods
from termsmith.spec.base import RuleError, SpecModel, raise_all
from termsmith.spec.commercial import ChangeControl, Fees, FeeStart, Payment
from termsmith.spec.languages import missing_texts, text_languages
from termsmith.spec.legal import (
    Confidentiality,
    Disputes,
    ForceMajeure,
    IntellectualProperty,
    Liability,
    Penalties,
    ServiceCredits,
    Signatures,
    Termination,
)
from termsmith.spec.operations import (
    DataProtection,
    NoticePeriods,
    Operations,
    Reporting,
    Security,
    Training,
    Upgrades,
)
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
from termsmith.spec.types import Slug, SpecDate, Text

API_VERSION = "termsmith/v1"


class Agreement(SpecModel):
    """The agreement's own identity."""

    number: str = Field(min_length=1, max_length=60, description="Agreement number shown in the header")
    title: Text | None = Field(default=None, description="Defaults to the document kind's title")
    signing_date: SpecDate | None = None
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
    confidentiality: Confidentiality = Field(
        default_factory=Confidentiality, description="Defaults apply when omitted (survives 3 years)"
    )
    operations: Operations | None = None
    data_protection: DataProtection | None = None
    security: Security | None = None
    upgrades: Upgrades | None = None
    training: Training | None = None
    reporting: Reporting | None = None
    service_credits: ServiceCredits | None = None
    penalties: Penalties | None = None
    liability: Liability | None = None
    termination: Termination = Field(
        default_factory=Termination,
        description="Defaults apply when omitted (30-day cure, handover within 10 business days)",
    )
    force_majeure: ForceMajeure = Field(
        default_factory=ForceMajeure, description="Force-majeure time limits; each has a declared default"
    )
    notice_periods: NoticePeriods = Field(
        default_factory=NoticePeriods, description="Notice and reporting deadlines; each has a declared default"
    )
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
    def _cross_field(self) -> Spec:
        """Every independent cross-field rule runs; all broken ones are reported in one run."""
        errors: list[RuleError] = []
        for check in (
            self._one_client_one_vendor,
            self._calendar_ids,
            self._clocks_exist,
            self._level_ids,
            self._levels_most_severe_first,
            self._dates_in_order,
            self._term_covers_free_period,
            self._references_exist,
            self._payment_covers_fees,
            self._texts_in_every_output_language,
        ):
            errors.extend(check())
        raise_all(errors)
        return self

    def _one_client_one_vendor(self) -> Iterator[RuleError]:
        roles = [p.role for p in self.parties]
        for role, label in ((PartyRole.CLIENT, "client (甲方)"), (PartyRole.VENDOR, "vendor (乙方)")):
            if roles.count(role) != 1:
                index = next((i for i, r in enumerate(roles) if r == role and roles.count(role) > 1), 0)
                yield RuleError(
                    ("parties", index, "role"), f"a spec names exactly one {label}; found {roles.count(role)}"
                )

    def _calendar_ids(self) -> Iterator[RuleError]:
        ids = [c.id for c in self.calendars]
        for i, cal in enumerate(self.calendars):
            if cal.id in ids[:i] or cal.id == CLOCK_24X7:
                yield RuleError(("calendars", i, "id"), f"calendar id {cal.id!r} is used twice or reserved")

    def _level_ids(self) -> Iterator[RuleError]:
        seen: set[str] = set()
        for i, lv in enumerate(self.severity_levels):
            if lv.id in seen:
                yield RuleError(("severity_levels", i, "id"), f"severity level id {lv.id!r} is used twice")
            seen.add(lv.id)

    def _levels_most_severe_first(self) -> Iterator[RuleError]:
        levels = self.severity_levels
        for i in range(1, len(levels)):
            before, here = levels[i - 1], levels[i]
            if here.tier.rank < before.tier.rank:
                yield RuleError(
                    ("severity_levels", i, "tier"),
                    f"level {here.id} ({here.tier.value}) is listed after {before.id} "
                    f"({before.tier.value}); levels are listed most severe first",
                    hint="order: emergency, important, general, consultation",
                )

    def _clocks_exist(self) -> Iterator[RuleError]:
        known = {CLOCK_24X7, *(c.id for c in self.calendars)}

        def check(path: tuple[str | int, ...], clock: str | None) -> Iterator[RuleError]:
            if clock is not None and clock not in known:
                yield RuleError(
                    path,
                    f"unknown clock {clock!r}",
                    hint=_missing_calendar_hint(clock, known),
                    related=(("calendars",),),
                )

        for i, ch in enumerate(self.support_channels):
            yield from check(("support_channels", i, "clock"), ch.clock)
        for i, lv in enumerate(self.severity_levels):
            yield from check(("severity_levels", i, "clock"), lv.clock)
            for name, limit in lv.times().items():
                yield from check(("severity_levels", i, name, "clock"), limit.clock)
                if limit.within.unit.is_business and lv.clock_of(name) == CLOCK_24X7:
                    yield RuleError(
                        ("severity_levels", i, name, "within"),
                        f"{limit.within} needs a business-hours clock, but this time runs 24x7",
                        hint=_business_clock_hint(self.calendars),
                        related=(("severity_levels", i, "clock"),),
                    )

    def _dates_in_order(self) -> Iterator[RuleError]:
        p, fm = self.project, self.free_maintenance
        delivered = min((d for d in (p.accepted_on, p.live_on) if d), default=None)
        if delivered and fm.start_date and fm.start_date < delivered:
            yield RuleError(
                ("free_maintenance", "start_date"),
                f"the free period starts on {fm.start_date}, before the project was delivered ({delivered})",
                related=(("project", "accepted_on"), ("project", "live_on")),
            )
        signing = self.agreement.signing_date
        term_end = self.term.end
        if signing and term_end is not None and signing >= term_end:
            yield RuleError(
                ("agreement", "signing_date"),
                f"the agreement is signed on {signing}, after its term ends ({term_end})",
                related=(("term", "start"), ("term", "length")),
            )

    def _term_covers_free_period(self) -> Iterator[RuleError]:
        """A term that ends inside the free period bills nothing and promises a period it never reaches."""
        term, free = self.term.length, self.free_maintenance.length
        free_end, end = periods.free_period_end(self), periods.term_end(self)
        late = [i for i, fee in enumerate(self.fees.recurring) if fee.starts is FeeStart.AFTER_FREE_PERIOD]
        if free_end is not None and free_end >= end and late and not (term.comparable(free) and term < free):
            yield RuleError(
                ("fees", "recurring", late[0], "starts"),
                f"the free maintenance period ends on {free_end}, on or after the term ends ({end}): "
                "a fee that starts after it would bill nothing",
                hint="lengthen the term, shorten free_maintenance.length, or bill the fee from signing",
            )
        if term.comparable(free) and term < free:
            yield RuleError(
                ("term", "length"),
                f"the term ({self.term.length}) is shorter than the free maintenance period "
                f"({self.free_maintenance.length}): the free period would outlast the agreement",
                hint=f"make the term at least {self.free_maintenance.length}, or shorten free_maintenance.length",
            )

    def _texts_in_every_output_language(self) -> Iterator[RuleError]:
        """A document in L holds only text written in L: every prose text has each output language."""
        primary = self.languages.output[0]
        for path, lang, text in missing_texts(self, self.languages.output):
            have = ", ".join(sorted(text_languages(text, primary)))
            yield RuleError(
                path,
                f"no {lang} text here (written in {have}), but languages.output lists {lang}",
                hint=f"write it per language: {{{primary}: …, {lang}: …}}; a plain string counts as "
                f"the first output language ({primary})",
                code="S201",
            )

    def _payment_covers_fees(self) -> Iterator[RuleError]:
        """Each kind of fee is billed its own way: recurring on a schedule, rate-card work on acceptance,
        one-off items in milestones; the payment terms name each way the fees need, and no other."""
        fees, pay = self.fees, self.payment
        examples = {
            "recurring": "recurring: {billing: in-advance, due_days: 10}",
            "on_acceptance": "on_acceptance: {due_days: 15}",
            "milestones": "milestones: [{name: 签约后支付, trigger: signing, percent: 100%, due_days: 10}]",
        }
        for fee_group, way in (("recurring", "recurring"), ("rate_card", "on_acceptance"), ("one_off", "milestones")):
            has_fees, has_way = bool(getattr(fees, fee_group)), bool(getattr(pay, way))
            if has_fees and not has_way:
                yield RuleError(
                    ("payment",),
                    f"fees.{fee_group} has fees but payment.{way} does not say how they are billed",
                    hint=f"add under payment: {examples[way]}",
                )
            elif has_way and not has_fees:
                yield RuleError(
                    ("payment", way),
                    f"payment.{way} bills fees.{fee_group}, which is empty",
                    hint=f"remove payment.{way}, or add the fees it bills to fees.{fee_group}",
                )

    def _references_exist(self) -> Iterator[RuleError]:
        if self.service_credits:
            for i, rule in enumerate(self.service_credits.rules):
                if self.level(rule.level) is None:
                    yield RuleError(
                        ("service_credits", "rules", i, "level"),
                        f"no severity level {rule.level!r}",
                        hint=f"use one of: {', '.join(lv.id for lv in self.severity_levels)}",
                        related=(("severity_levels",),),
                    )
        for i, s in enumerate(self.signatures.signatories):
            if sum(1 for x in self.signatures.signatories if x.party == s.party) > 1:
                yield RuleError(("signatures", "signatories", i, "party"), f"two signatories for the {s.party}")


_CALENDAR_EXAMPLE = (
    "spec.calendars: - {id: cn-business, working_days: [mon, tue, wed, thu, fri], "
    'hours: "09:00-18:00", holidays: cn-official}'
)


def _missing_calendar_hint(clock: str, known: set[str]) -> str:
    return (
        f"use '24x7' or a calendar id ({', '.join(sorted(known))}), or create the calendar {clock!r} "
        f"as a spec.calendars entry, e.g. {_CALENDAR_EXAMPLE.replace('cn-business', clock)}"
    )


def _business_clock_hint(calendars: list[ServiceCalendar]) -> str:
    if calendars:
        return f"set 'clock:' to a calendar id ({', '.join(c.id for c in calendars)}), or write the time in hours"
    return (
        "set 'clock:' to a calendar id, or write the time in hours; this spec has no calendar yet: "
        f"create one as a spec.calendars entry, e.g. {_CALENDAR_EXAMPLE}"
    )


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
    offers: list[OfferRef] = Field(
        default_factory=list, description="Filled in by termsmith for a deal: its offer, then that offer's own base"
    )


class ServiceSpecDocument(SpecModel):
    """A termsmith service spec file."""

    KIND: ClassVar[str] = "ServiceSpec"

    api_version: Literal["termsmith/v1"] = Field(alias="apiVersion")
    kind: Literal["ServiceSpec"]
    metadata: Metadata
    spec: Spec
