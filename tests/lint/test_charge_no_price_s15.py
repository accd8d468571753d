"""Session 15 (lintmech15): a charge with no price, read where the charge arises (rule VD001). The vendor bills,
charges or quotes for something and the clause states no amount, rate or price list. An amount or a price list in
the clause bounds it; payment mechanics (an invoice for the fees due, interest on late payment) are not read. The
Chinese counterparts (另行收费 · 酌收) were VD already; they are pinned here beside the English readings."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [str(d.extra["term"]) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The Supplier may charge for on-site visits outside the metropolitan area.", "may charge for"),
        ("Restoring a deleted mailbox will be a billable event.", "be a billable"),
        (
            "Changing the firewall yourself can result in additional billable support hours.",
            "result in additional billable",
        ),
        ("For a data migration we will provide a tailored quote.", "provide a tailored quote"),
        (
            "Where the repair needs spare parts, our engineer will send you a cost estimate first.",
            "send you a cost estimate",
        ),
        ("The vendor can, for a fee, review the customer's backup strategy.", "for a fee"),
        ("Training is delivered on site at an agreed rate, plus all travel expenses.", "at an agreed rate"),
        ("The Customer shall reimburse travel expenses of the engineer.", "reimburse travel expenses"),
        ("系统升级以外的二次开发另行收费。", "另行收费"),
        ("上門安裝服務酌收費用。", "酌收"),
    ],
)
def test_a_charge_with_no_price_warns(text: str, term: str) -> None:
    assert term in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier may charge USD 95 per hour for on-site visits outside the metropolitan area.",
        "For a data migration we will provide a quote based on the rate card in Schedule 3.",
        "Hardware audits are offered for an additional fee of $40 per device.",
        "The vendor will invoice the customer for the annual fees due on the renewal date.",
        "We may charge interest on overdue invoices at 4% per annum.",
        "We will provide an estimate of the expected downtime before each upgrade.",
        "The Customer pays its own travel expenses to the training venue.",
        "系统升级以外的二次开发按附件二价格表另行收费。",
        "上門安裝服務依附件一價目表酌收費用。",
    ],
)
def test_a_charge_with_its_price_or_a_payment_term_is_not_flagged(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")
