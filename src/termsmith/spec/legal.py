"""Legal terms: intellectual property, confidentiality, remedies, termination, disputes, signatures."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from termsmith.spec.base import RuleError, SpecModel
from termsmith.spec.defaults import default_count, default_duration
from termsmith.spec.languages import LANGUAGE_NEUTRAL
from termsmith.spec.types import Duration, Money, Percent, Share, Text


class Owner(StrEnum):
    CLIENT = "client"
    VENDOR = "vendor"
    JOINT = "joint"


class HandoverItemKind(StrEnum):
    SOURCE_CODE = "source-code"
    DATABASE_SCHEMA = "database-schema"
    INTERFACE_DOCS = "interface-docs"
    DEPLOYMENT_DOCS = "deployment-docs"
    ADMIN_MANUAL = "admin-manual"
    ARCHITECTURE_DIAGRAM = "architecture-diagram"
    CREDENTIALS = "credentials"


class HandoverWhen(StrEnum):
    ON_FINAL_PAYMENT = "on-final-payment"
    ON_ACCEPTANCE = "on-acceptance"
    ON_TERMINATION = "on-termination"
    ON_REQUEST = "on-request"
    EACH_RELEASE = "each-release"


class HandoverItem(SpecModel):
    item: HandoverItemKind
    when: HandoverWhen
    within: Duration = default_duration("10 business days", "Time to hand the item over after its event")


class Holder(StrEnum):
    CLIENT = "client"
    VENDOR = "vendor"
    NOT_APPLICABLE = "n/a"


class AccountHolders(SpecModel):
    """Who holds the accounts the software lives on; the client should hold them."""

    mini_program_appid: Holder = Holder.NOT_APPLICABLE
    domain: Holder = Holder.NOT_APPLICABLE
    icp_filing: Holder = Holder.NOT_APPLICABLE
    cloud_accounts: Holder = Holder.NOT_APPLICABLE
    payment_merchant: Holder = Holder.NOT_APPLICABLE


class IntellectualProperty(SpecModel):
    source_code_owner: Owner
    documents_owner: Owner | None = None
    deliverables_owner: Owner | None = None
    handover: list[HandoverItem] = Field(default_factory=list)
    background_licence: Text | None = Field(default=None, description="Licence to the vendor's pre-existing tools")
    open_source_disclosure: bool = Field(default=False, description="Vendor lists open-source components and licences")
    no_lock_in: bool = Field(default=False, description="No encrypted code, no refused interfaces")
    accounts: AccountHolders = Field(default_factory=AccountHolders)
    open_source_list_within: Duration = default_duration(
        "10 business days", "List of open-source components after signing (with open_source_disclosure)"
    )
    handover_check_within: Duration = default_duration(
        "10 business days", "Vendor's help with one build-and-deployment check after the source code is delivered"
    )
    redelivery_within: Duration = default_duration("5 business days", "Corrected delivery after a failed build check")


class Confidentiality(SpecModel):
    survives: Duration = default_duration("3 years", "How long confidentiality lasts after the agreement ends")
    disclosure_notice: Duration = default_duration(
        "2 business days", "Telling the discloser after a law or authority requires disclosure"
    )
    return_within: Duration = default_duration(
        "10 business days", "Return or destruction of confidential information after the end, on request"
    )


class ForceMajeure(SpecModel):
    """The force-majeure clause's time limits."""

    notice_within: Duration = default_duration("48 hours", "Written notice after a force-majeure event occurs")
    evidence_within: Duration = default_duration("15 days", "Certificate or other written evidence of the event")
    resume_within: Duration = default_duration("24 hours", "Resuming performance after the event's effect ends")
    terminate_after: Duration = default_duration("30 days", "Either party may terminate when the event lasts longer")


class CreditBreach(StrEnum):
    RESPONSE = "response"
    RESOLUTION = "resolution"


class CreditRule(SpecModel):
    level: str = Field(description="Severity level id")
    breach: CreditBreach
    credit: Percent = Field(description="Share of the monthly fee credited per breach")


class ServiceCredits(SpecModel):
    rules: list[CreditRule] = Field(min_length=1)
    monthly_cap: Percent = Field(description="Most that can be credited in one month, as a share of the monthly fee")
    sole_remedy: bool = Field(default=False, description="Whether credits exclude every other remedy")
    refund_within: Duration = default_duration("15 days", "Refund of credits not yet deducted when the agreement ends")


class Penalty(SpecModel):
    event: Text
    amount: Money | None = None
    percent: Percent | None = Field(default=None, description="Share of the contract value")

    @model_validator(mode="after")
    def _amount_or_percent(self) -> Penalty:
        if (self.amount is None) == (self.percent is None):
            raise RuleError((), "a penalty states either an amount or a percent, exactly one")
        return self


class Penalties(SpecModel):
    items: list[Penalty] = Field(default_factory=list)
    cap: Percent | None = Field(default=None, description="Total cap as a share of the contract value")
    payable_within: Duration = default_duration("15 days", "Payment of liquidated damages after written notice")


class Liability(SpecModel):
    cap: Share | None = Field(
        default=None,
        description="Cap as a share of the fees paid in the cap_period before the breach (200%: twice those fees)",
    )
    cap_period: Duration = default_duration(
        "12 months", "The fees paid in this period before the breach are the cap's base"
    )
    cap_amount: Money | None = None
    excludes_indirect: bool = True
    carve_outs: list[Text] = Field(default_factory=list, description="e.g. wilful misconduct, data breach")


class Termination(SpecModel):
    convenience_notice: Duration | None = Field(default=None, description="Notice to end without cause")
    cure_period: Duration = default_duration("30 days", "Time to cure a breach after notice")
    handover_within: Duration = default_duration(
        "10 business days", "Time to hand over code, data and accounts after the end"
    )
    transition_support: Duration | None = Field(default=None, description="Assistance to the next vendor")
    refund_within: Duration = default_duration("15 days", "Refund of fees prepaid for the time after an early end")
    repeated_failures: int = default_count(
        3, "Emergencies not resolved in time, within repeated_failures_period, that let the client terminate"
    )
    repeated_failures_period: Duration = default_duration("3 months", "The period in which repeated_failures count")
    transition_answer_within: Duration = default_duration(
        "2 business days", "Answering the next provider's written questions during transition_support"
    )


class Court(SpecModel):
    name: Text = Field(description="The court or its seat, e.g. the people's court where the client is domiciled")


class Arbitration(SpecModel):
    institution: Text = Field(
        description="A named arbitration institution, e.g. CIETAC, SHIAC, HKIAC", json_schema_extra=LANGUAGE_NEUTRAL
    )
    seat: Text
    rules: Text | None = None


class Disputes(SpecModel):
    """Governing law and one forum: a court or a named arbitration institution, never both."""

    governing_law: Text
    negotiation_period: Duration | None = None
    court: Court | None = None
    arbitration: Arbitration | None = None

    @model_validator(mode="after")
    def _one_forum(self) -> Disputes:
        if self.court is not None and self.arbitration is not None:
            raise RuleError(
                ("arbitration",),
                "name a court or an arbitration institution, not both",
                hint="an agreement that names both is void as to arbitration (SPC interpretation art. 7)",
            )
        if self.court is None and self.arbitration is None:
            raise RuleError((), "no forum for disputes", hint="add 'court:' or 'arbitration:'")
        return self


class Signatory(SpecModel):
    party: str = Field(pattern="^(client|vendor)$")
    name: str | None = None
    title: Text | None = None
    place: Text | None = None


class Signatures(SpecModel):
    signatories: list[Signatory] = Field(default_factory=list)
    counterparts: int = Field(default=2, ge=1, le=10, description="Number of originals")
    place: Text | None = Field(default=None, description="Place of signing")
