"""Liability and remedies: service credits, penalties, exit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO


@structural(
    "TL001",
    "credits-sole-remedy",
    W,
    "service credits are the client's sole remedy",
    what="Flags `service_credits.sole_remedy: true`.",
    why="Capped credits as the only remedy turn a month-long outage into a few percent off the invoice: "
    "the client loses termination and damages.",
    example="service_credits:\n  sole_remedy: true",
    instead="service_credits:\n  sole_remedy: false",
)
def sole_remedy(spec: Any) -> Iterator[Flag]:
    sc = spec.service_credits
    if sc is not None and sc.sole_remedy:
        yield Flag(("service_credits", "sole_remedy"))


@structural(
    "TL002",
    "uncapped-penalties",
    W,
    "penalties without a total cap",
    what="Flags penalty items without `penalties.cap`.",
    why="Uncapped liquidated damages invite a court to adjust them (Civil Code art. 585) and make "
    "vendors refuse to sign; a cap makes them enforceable.",
    example="penalties:\n  items: [{event: 逾期交付, percent: 0.1%}]",
    instead="penalties:\n  items: [...]\n  cap: 10%",
)
def uncapped(spec: Any) -> Iterator[Flag]:
    p = spec.penalties
    if p is not None and p.items and p.cap is None:
        yield Flag(("penalties",), key=True)


@structural(
    "TL003",
    "no-service-credits",
    INFO,
    "missed deadlines have no consequence",
    what="Flags a spec without `service_credits`.",
    why="Response times without credits or penalties are targets, not commitments.",
    example="severity_levels: [...]  # and no service_credits",
    instead="service_credits:\n  rules: [{level: P0, breach: response, credit: 5%}]\n  monthly_cap: 30%",
)
def no_credits(spec: Any) -> Iterator[Flag]:
    if spec.service_credits is None:
        yield Flag(("severity_levels",), key=True)


@structural(
    "TL004",
    "no-exit-handover",
    W,
    "no termination and exit terms",
    what="Flags a spec that does not write `termination` (cure period, handover deadline at the end): "
    "the agreement then states the model's declared defaults (a 30-day cure period, handover "
    "within 10 business days), which nobody chose.",
    why="The end of the relationship is when the client most needs its code, data and accounts, and "
    "when the vendor is least motivated to hand them over.",
    example="# no termination section",
    instead="termination:\n  cure_period: 15 days\n  handover_within: 10 business days",
)
def no_exit(spec: Any) -> Iterator[Flag]:
    if "termination" not in spec.model_fields_set:
        yield Flag((), key=True)
