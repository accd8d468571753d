"""Fees, the rate card and the change process."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, hours, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO


@structural(
    "TP001",
    "rate-without-price",
    E,
    "rate-card item without a price",
    what="Flags a rate-card item with no `price` that is not marked `negotiable`.",
    why="A price list with blanks is no price list: new features then get quoted far above market rates.",
    example="rate_card:\n  - {id: feature-work, name: 新功能开发, unit: person-day}",
    instead="rate_card:\n  - {id: feature-work, name: 新功能开发, unit: person-day, price: 3000.00 CNY}",
)
def no_price(spec: Any) -> Iterator[Flag]:
    for i, item in enumerate(spec.fees.rate_card):
        if item.price is None and not item.negotiable:
            yield Flag(("fees", "rate_card", i, "id"), message=f"rate-card item {item.id!r} has no price")


@structural(
    "TP002",
    "negotiable-without-cap",
    E,
    "negotiable rate-card item without a cap",
    what="Flags a rate-card item marked `negotiable` without a `cap`.",
    why='"Price to be negotiated" with no ceiling hands the vendor the price at the moment the client '
    "can least refuse.",
    example="- {id: integration, unit: interface, negotiable: true}",
    instead="- {id: integration, unit: interface, negotiable: true, cap: 5000.00 CNY}",
)
def negotiable_no_cap(spec: Any) -> Iterator[Flag]:
    for i, item in enumerate(spec.fees.rate_card):
        if item.negotiable and item.cap is None and item.price is None:
            yield Flag(
                ("fees", "rate_card", i, "negotiable"), message=f"rate-card item {item.id!r} is negotiable with no cap"
            )


@structural(
    "TP003",
    "no-quote-deadline",
    W,
    "no deadline for the written quote of a paid request",
    what="Flags a spec without `change_control.quote_within`.",
    why="Without a quote deadline a paid request can sit unanswered; market practice is a written plan "
    "and quote within 24 hours.",
    example="change_control:\n  written_confirmation: true",
    instead="change_control:\n  quote_within: 24h\n  written_confirmation: true",
)
def no_quote_deadline(spec: Any) -> Iterator[Flag]:
    cc = spec.change_control
    if cc is None or cc.quote_within is None:
        yield Flag(("change_control",) if cc else (), key=True)


@structural(
    "TP004",
    "no-written-confirmation",
    W,
    "paid work can start without written confirmation",
    what="Flags a spec whose `change_control.written_confirmation` is not true.",
    why="Work started on a phone call is billed at whatever the invoice says; both sides should sign a "
    "confirmation sheet or supplementary agreement first.",
    example="change_control:\n  written_confirmation: false",
    instead="change_control:\n  written_confirmation: true\n  confirmation_form: 需求确认单",
)
def no_confirmation(spec: Any) -> Iterator[Flag]:
    cc = spec.change_control
    if cc is None or not cc.written_confirmation:
        yield Flag(("change_control", "written_confirmation") if cc else ())


@structural(
    "TP005",
    "after-sales-fee-ratio",
    INFO,
    "after-sales fees are far from 15–20% of the project value",
    what="Reports when the yearly recurring fees are below 10% or above 25% of `project.value` "
    "(the budgeting rule of thumb is 15–20%).",
    why="Far below, the vendor may under-serve or recover the money through paid changes; far above, "
    "the client is overpaying. It is a prompt to check, not an error.",
    example="project.value: 200000 CNY; recurring: 6000 CNY per year (3%)",
    instead="recurring fees of roughly 30,000–40,000 CNY per year, or a note explaining the difference",
)
def fee_ratio(spec: Any) -> Iterator[Flag]:
    value = spec.project.value
    if value is None or value.amount == 0 or not spec.fees.recurring:
        return
    yearly = sum((f.amount.amount * f.period.per_year for f in spec.fees.recurring), Decimal(0))
    ratio = yearly / value.amount * 100
    if ratio < 10 or ratio > 25:
        yield Flag(
            ("fees", "recurring"),
            key=True,
            message=f"yearly after-sales fees are {ratio:.1f}% of the project value; the rule of thumb is 15–20%",
        )


@structural(
    "TP006",
    "no-rate-card",
    W,
    "no rate card for work outside the free scope",
    what="Flags a spec with an empty `fees.rate_card`.",
    why="Without prices agreed up front, feature work and integrations are quoted at the vendor's "
    "discretion once the client depends on it.",
    example="fees:\n  recurring: [...]",
    instead="fees:\n  rate_card:\n    - {id: feature-work, unit: person-day, price: 3000.00 CNY}",
)
def no_rate_card(spec: Any) -> Iterator[Flag]:
    if not spec.fees.rate_card:
        yield Flag(("fees",), key=True)


@structural(
    "TP007",
    "unilateral-price-change-allowed",
    INFO,
    "no promise against unilateral price increases",
    what="Flags a spec whose `change_control.no_unilateral_price_change` is not true.",
    why="A rate card the vendor can raise at will protects nothing.",
    example="change_control:\n  no_unilateral_price_change: false",
    instead="change_control:\n  no_unilateral_price_change: true",
)
def unilateral(spec: Any) -> Iterator[Flag]:
    cc = spec.change_control
    if cc is None or not cc.no_unilateral_price_change:
        yield Flag(("change_control",) if cc else (), key=True)


@structural(
    "TP008",
    "slow-quote",
    W,
    "the quote deadline is longer than 24 hours",
    what="Flags `change_control.quote_within` longer than 24 hours.",
    why="Market practice is a written plan and quote within 24 hours of a paid request.",
    example="change_control:\n  quote_within: 5 business days",
    instead="change_control:\n  quote_within: 24h",
)
def slow_quote(spec: Any) -> Iterator[Flag]:
    cc = spec.change_control
    if cc is not None and cc.quote_within is not None and hours(cc.quote_within) > 24:
        yield Flag(
            ("change_control", "quote_within"),
            message=f"the quote is due within {cc.quote_within}; practice is 24 hours",
        )
