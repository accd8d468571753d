"""Issue 10, English, thirteenth round: constructions read from held-out-14's misses and kept where the construction
holds on the other batches (see /work/notes/linten13-s7.md).

A price left open by its shape: a rate or cost named by its usual level (at the usual costs, our standard charges), a reserved right to charge for a service with no amount and a quote offered for additional work. "per hour" alone states the basis of a price, not the price. A delay hedged as a consequence (may result in longer turnaround times) is open like "may take longer". A speed given as a manner (on an expedited basis) is open like a prompt response.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

FLAGGED = [
    # a rate or cost named by its usual level, not stated
    ("Data recovery is charged at our usual costs.", "VD001", "usual costs"),
    ("Reinstallation is billed at our standard charges.", "VD001", "standard charges"),
    # "per hour" is the basis of a price, not its amount (it bounded these before)
    ("Backups are charged at the usual rate per hour.", "VD001", "usual rate"),
    ("Extra work is billed at the published fee per hour.", "VD001", "published fee"),
    ("Support is billed at the list price/hr.", "VD001", "list price"),
    ("Extra work is charged at then-current rates per hour.", "VD001", "then-current"),
    ("Extra work is charged at customary rates per hour.", "VD001", "customary rates"),
    # a reserved right to charge for a service, with no amount
    ("The Supplier reserves the right to charge for call-outs.", "VD001", "reserves the right to charge for"),
    ("We reserve the right to bill the Customer for travel.", "VD001", "reserve the right to bill the Customer for"),
    # a delay hedged as a consequence
    ("Custom development may result in longer delivery times.", "VD001", "may result in longer"),
    # the price of additional work left to a quote given later
    (
        "We would be happy to provide a quote for additional services.",
        "VD001",
        "provide a quote for additional services",
    ),
    ("We will send you a quote for extra design work.", "VD001", "send you a quote for extra design work"),
    # a speed given as a manner
    ("Critical faults are handled on a priority basis.", "VT001", "priority basis"),
]


@pytest.mark.parametrize(("text", "code", "term"), FLAGGED)
def test_open_term_is_flagged(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


NOT_WARNINGS = [
    # the nearest clean neighbours: the amount stated in the clause
    "Data recovery is charged at our usual costs of GBP 40 per hour.",
    "Our standard charges are GBP 60 per hour.",
    "Extra work is billed at GBP 50 per hour.",
    # a reserved right to charge with its amount, a computed sum, and a reserved right that is a remedy
    "We reserve the right to charge for call-outs at GBP 45 per visit.",
    "We reserve the right to invoice the difference.",
    "We reserve the right to suspend the service.",
    # a consequence that is no delay
    "Late payment may result in suspension of the service.",
    # a quote with its amount, a quote for the work the agreement prices, and the customer's own request
    "We will provide a quote for additional work of GBP 300.",
    "We will provide a price quotation prior to undertaking the project.",
    "The Customer may request a fixed-price quote for additional work.",
    # a speed as a manner with its time, and a period
    "Critical faults are handled on a priority basis, within 2 hours.",
    "We offer support on a monthly basis.",
]


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_stated_amount_or_no_open_term_is_not_a_warning(text: str) -> None:
    assert warnings(text) == []


def test_the_amount_lowers_a_usual_rate_to_info() -> None:
    found = lint_text("Data recovery is charged at our usual costs of GBP 40 per hour.", "t.txt")
    assert [(d.code, d.severity) for d in found] == [("VD001", Severity.INFO)]
    assert "GBP 40" in found[0].message
