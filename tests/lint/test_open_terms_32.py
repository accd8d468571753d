"""Session 32 (lint32A, lint32B), English only: a charge with no price and a notice with no period, in the forms the
lexicon still lacked (each a family of its verb or noun), and what keeps them quiet: an amount, a reference, a rate
the sentence points back at, a minimum period. Through the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warning_codes as codes, warnings

from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [term for _, term in warnings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a charge that applies or is incurred
        "Weekend rates apply to all emergency call-outs.",
        "However, a call-out charge will apply.",
        "Overdue accounts will incur a fee.",
        "Restoring a deleted site would incur an additional charge.",
        # a price asked for or still to be quoted
        "Please contact us for migration pricing.",
        "Please call or email our office for a quote.",
        "Open a support ticket and request a quote.",
        "We'll quote a fixed price for that work.",
        "The agency will quote on any work outside the plan.",
        # a price left to later agreement
        "The price is negotiated per project.",
        "Rates are as agreed before the work starts.",
        "Extra training is provided at an agreed rate.",
        "Hosting or domain billing as quoted",
        "The client may negotiate a price for custom modules.",
        # a cost on top with no amount
        "Replacement parts are additional.",
        "A deposit will be required before on-site work.",
        "Out-of-scope work is charged hourly.",
        "Redesigns are billed as separate projects.",
        "Workshops are charged according to our standard day rate.",
        "We may assess late payment fees on overdue invoices.",
        "A reinstatement fee will be assessed when a lapsed plan is renewed.",
        "The cost of recovering a hacked site will vary with the damage done.",
    ],
)
def test_a_charge_with_no_price_warns(text: str) -> None:
    assert "VD001" in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Weekend rates apply at $150 per hour.",  # the amount bounds it
        "Overdue accounts will incur a fee of $25.",
        "Transfers will incur a one-time fee of $19.99 per site.",
        "Extra power cycles will incur an additional charge as specified in the Standard Price List.",  # a reference
        "This rate applies to work performed at the customer's site.",  # points back at a stated rate
        "Urgent support will be charged hourly, currently $200/hr.",  # the figure after the comma
        "Our hourly rate can vary from 40.00 GBP to 140.00 GBP.",
        "A 50% deposit will be required before work begins.",
        "No call-out charge applies within 30 miles of our office.",  # no charge at all
        "The agreed fee is paid monthly in advance.",  # "agreed" grading nothing left open
    ],
)
def test_a_charge_with_its_price_stays_quiet(text: str) -> None:
    assert "VD001" not in codes(text), lint_text(text, "t.txt")


def test_a_charge_after_a_commaless_condition_still_warns() -> None:
    # the condition ends where a new subject takes its modal: the charge is the vendor's, whatever the condition
    assert "VD001" in codes("If the fault recurs a second visit will incur further charges.")


@pytest.mark.parametrize(
    "text",
    [
        "Notice of planned outages will be issued in advance to customers.",
        "Public holidays and office closures are shared in advance.",
        "We'll notify you ahead of scheduled maintenance.",
        "We will send you an email in advance of your subscription expiring.",
        "Maintenance notices are posted ahead of each upgrade.",
    ],
)
def test_a_notice_with_no_period_warns(text: str) -> None:
    assert "VT001" in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Notice of planned outages will be issued at least 72 hours in advance.",  # a minimum period bounds it
        "We'll notify you at least 3 days ahead of scheduled maintenance.",
        "The deposit is sent in advance by the client.",  # no notice: nothing is announced
    ],
)
def test_a_notice_with_its_period_stays_quiet(text: str) -> None:
    assert not [t for t in warned(text) if "advance" in t or "ahead" in t], lint_text(text, "t.txt")
