"""Session 22, second round (lint22S), English only: findings in sentences that commit nobody, and discretion in
promises. Through the public API (``lint_text``), warning level only (an info-level finding is shown, not counted)."""

from __future__ import annotations

import pytest
from lint_findings import warnings


def terms(text: str) -> list[str]:
    return [term.lower() for _, term in warnings(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The regular maintenance window is between 12:00 A.M. and 6:00 A.M. daily.",
        "Our regular support process is email based.",
        "Regular price $150.00",
        "The minimum fee will be billed in addition to the regular fees to cover administrative costs.",
        "If a change needs to be made due to client error, the regular maintenance time is applied.",
        "A procedure that, when observed in the regular operation of the Software, eliminates the effect.",
    ],
)
def test_regular_naming_the_standard_thing_is_no_period(text: str) -> None:
    assert "regular" not in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Regular software updates and Maintenance during the regular maintenance window.",
        "We will provide regular updates on the status of issue resolution.",
        "Regular backups of your site so that it may be restored in case of loss.",
        "Cockroach Labs will produce regular patch releases.",
    ],
)
def test_regular_before_an_activity_stays_a_period(text: str) -> None:
    assert "regular" in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Support priority is assigned solely by Cost Center.",
        "Priority is assessed on impact and urgency.",
        "Each priority is assigned by the Account Manager once the submission has been reviewed.",
        "Your ticket's priority level can be changed by support to be higher or lower.",
        "All requests are investigated by the Service Desk and an internal priority level is assigned to each case.",
        "When you contact support, we will assign a priority level based on impact and urgency.",
        "If Support can not obtain the results, Support may reduce the priority level.",
        "Support has the ability to upgrade a Priority to any level needed.",
    ],
)
def test_a_priority_the_vendor_decides_is_discretion(text: str) -> None:
    assert "VD001" in {code for code, _ in warnings(text)}, warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Support requests will be assigned a priority and handled as follows:",
        "Incident priority is determined primarily on the basis of urgency and impact (see table below).",
        "You can set the priority of a ticket when submitting via the Support Portal.",
        "In the event of an Error, Customer initially assigns a priority level to each Error as it is reported.",
        "This priority is assigned to Requests by default.",
        "The Critical priority will be lowered to High if there is a workaround for the problem.",
        "Lenses reserves the right to review and reassign the priority level based on the definitions in section 3.",
    ],
)
def test_a_priority_decided_elsewhere_is_no_discretion(text: str) -> None:
    assert "VD001" not in {code for code, _ in warnings(text)}, warnings(text)
