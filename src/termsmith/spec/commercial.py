"""Money terms: fees, tax, the rate card, payment milestones and change control."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from termsmith.spec.base import RuleError, SpecModel, raise_all
from termsmith.spec.types import Duration, Identifier, Money, Percent, Text


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def per_year(self) -> int:
        return {"month": 12, "quarter": 4, "year": 1}[self.value]


class FeeStart(StrEnum):
    SIGNING = "signing"
    AFTER_FREE_PERIOD = "after-free-period"


class RecurringFee(SpecModel):
    id: Identifier
    name: Text
    amount: Money
    period: Period
    starts: FeeStart = FeeStart.SIGNING
    description: Text | None = None


class RateUnit(StrEnum):
    INCIDENT = "incident"
    HOUR = "hour"
    PERSON_DAY = "person-day"
    VISIT = "visit"
    MONTH = "month"
    YEAR = "year"
    INTERFACE = "interface"
    PROJECT = "project"


class RateItem(SpecModel):
    """A priced service outside the free scope: feature work, integrations, visits, upgrades."""

    id: Identifier
    name: Text
    unit: RateUnit
    price: Money | None = Field(default=None, description="Unit price; omit only when negotiable with a cap")
    negotiable: bool = Field(default=False, description="Priced case by case")
    cap: Money | None = Field(default=None, description="Upper limit for a negotiable price")
    basis: Text | None = Field(default=None, description="What the price covers, e.g. 'travel included'")
    estimate: Decimal | None = Field(default=None, gt=0, description="Estimated quantity for the quote, in units")


class OneOffItem(SpecModel):
    id: Identifier
    name: Text
    amount: Money
    quantity: int = Field(default=1, ge=1)
    description: Text | None = None


MAX_TAX_RATE = Decimal(25)  # no VAT/GST of the trade's jurisdictions comes near it (CN 6–13%, TW 5%, HK 0%)


class Tax(SpecModel):
    rate: Percent = Field(description="VAT rate, e.g. 6% for IT services in mainland China; at most 25%")

    @field_validator("rate")
    @classmethod
    def _plausible_rate(cls, v: Percent) -> Percent:
        if v.value > MAX_TAX_RATE:
            raise ValueError(
                f"a tax rate of {v} is implausible (VAT here is 0–{MAX_TAX_RATE}%: 6% for IT services "
                "in mainland China, 5% in Taiwan); check the number"
            )
        return v

    included: bool = Field(description="Whether the prices above include tax")
    invoice: Text | None = Field(
        default=None,
        description="The invoice type, per language, e.g. {zh-Hans: 增值税专用发票, en: VAT special invoice}",
    )


class Fees(SpecModel):
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    tax: Tax
    recurring: list[RecurringFee] = Field(default_factory=list)
    rate_card: list[RateItem] = Field(default_factory=list)
    one_off: list[OneOffItem] = Field(default_factory=list)

    def all_money(self) -> list[tuple[tuple[str | int, ...], Money]]:
        found: list[tuple[tuple[str | int, ...], Money]] = []
        for i, fee in enumerate(self.recurring):
            found.append((("recurring", i, "amount"), fee.amount))
        for i, item in enumerate(self.rate_card):
            for name in ("price", "cap"):
                if (money := getattr(item, name)) is not None:
                    found.append((("rate_card", i, name), money))
        for i, one in enumerate(self.one_off):
            found.append((("one_off", i, "amount"), one.amount))
        return found

    @model_validator(mode="after")
    def _one_currency_and_unique_ids(self) -> Fees:
        errors: list[RuleError] = []
        for path, money in self.all_money():
            if money.currency != self.currency:
                errors.append(
                    RuleError(
                        path,
                        f"{money} is not in the agreement currency {self.currency}",
                        hint=f"write the amount in {self.currency}; termsmith never converts currencies",
                    )
                )
        seen: set[str] = set()
        for group in ("recurring", "rate_card", "one_off"):
            for i, item in enumerate(getattr(self, group)):
                if item.id in seen:
                    errors.append(RuleError((group, i, "id"), f"fee id {item.id!r} is used twice"))
                seen.add(item.id)
        if not (self.recurring or self.rate_card or self.one_off):
            errors.append(
                RuleError((), "the fee schedule is empty", hint="add recurring fees, a rate card or one-off items")
            )
        raise_all(errors)
        return self


class PaymentTrigger(StrEnum):
    SIGNING = "signing"
    ACCEPTANCE = "acceptance"
    GO_LIVE = "go-live"
    COMPLETION = "completion"
    PERIOD_START = "period-start"
    INVOICE = "invoice"


class Milestone(SpecModel):
    name: Text
    trigger: PaymentTrigger
    percent: Percent
    due_days: int = Field(ge=0, le=365, description="Days after the trigger to pay")
    deposit: bool = Field(default=False, description="A deposit (定金) under Civil Code art. 586")


class Billing(StrEnum):
    """When a recurring fee is invoiced within its billing period."""

    IN_ADVANCE = "in-advance"  # at the start of each period
    IN_ARREARS = "in-arrears"  # at the end of each period


class RecurringBilling(SpecModel):
    """How the recurring fees are billed: every period (month/quarter/year, from each fee), in
    advance or in arrears, from the first day of the fee's billed period (the end of the free
    period for fees that start after it)."""

    billing: Billing
    due_days: int = Field(ge=0, le=365, description="Days after each periodic invoice to pay")


class AcceptanceBilling(SpecModel):
    """How paid work priced on the rate card (change requests) is billed: on acceptance."""

    due_days: int = Field(ge=0, le=365, description="Days after the client accepts the work in writing to pay")


class Payment(SpecModel):
    """Three ways of billing, one per kind of fee: recurring fees on a schedule, rate-card work on
    acceptance, one-off items in milestones. Each kind of fee in ``fees`` needs its way here."""

    recurring: RecurringBilling | None = Field(default=None, description="Required when fees.recurring is not empty")
    on_acceptance: AcceptanceBilling | None = Field(
        default=None, description="Required when fees.rate_card is not empty"
    )
    milestones: list[Milestone] = Field(
        default_factory=list,
        description="Instalments of the one-off items; required when fees.one_off is not empty, and only then",
    )
    method: Text | None = Field(default=None, description="e.g. bank transfer to the vendor's account")
    late_interest: Percent | None = Field(
        default=None, description="Late-payment interest per day, at most 1% (0.05% a day is common)"
    )

    @field_validator("late_interest")
    @classmethod
    def _plausible_daily_interest(cls, v: Percent | None) -> Percent | None:
        if v is not None and v.value > 1:
            raise ValueError(
                f"late-payment interest of {v} per day is {format(v.value * 365, 'f')}% a year; "
                "daily interest is written like 0.05%"
            )
        return v

    @model_validator(mode="after")
    def _sums_and_deposit(self) -> Payment:
        errors: list[RuleError] = []
        total = sum((m.percent.value for m in self.milestones), Decimal(0))
        if self.milestones and total != 100:
            errors.append(
                RuleError(
                    ("milestones",),
                    f"payment milestones add up to {total}%, not 100%",
                    hint="adjust the percentages so that they total exactly 100%",
                )
            )
        for i, m in enumerate(self.milestones):
            if m.deposit and m.percent.value > 20:
                errors.append(
                    RuleError(
                        ("milestones", i, "percent"),
                        f"a deposit (定金) of {m.percent} exceeds 20% of the contract value",
                        hint="Civil Code art. 586 caps a deposit at 20%; call the rest an advance payment (预付款)",
                    )
                )
        raise_all(errors)
        return self


class ChangeControl(SpecModel):
    """How paid work outside the free scope is requested, quoted and confirmed."""

    quote_within: Duration | None = Field(default=None, description="Written plan and quote after a paid request")
    plan_within: Duration | None = Field(default=None, description="Feature plan after requirements are confirmed")
    written_confirmation: bool = Field(default=False, description="Both sides confirm in writing before work starts")
    confirmation_form: Text | None = None
    upfront: Percent | None = Field(default=None, description="Share paid before paid work starts")
    no_unilateral_price_change: bool = False
    no_forced_bundling: bool = False
