"""Session 22, second round (lint22S), English only: findings in sentences that commit nobody, and discretion in
promises. Through the public API (``lint_text``), warning level only (an info-level finding is shown, not counted)."""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


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


def _info_terms(text: str) -> list[str]:
    return [str(d.extra["term"]).lower() for d in lint_text(text, "t.txt") if d.severity is Severity.INFO]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("These are typically for significant bug fixes or security issues.", "typically"),
        (
            "These downtimes are generally system fault type issues but can also be proactive emergency maintenance"
            " performed to prevent a system failure from occurring.",
            "generally",
        ),
        ("It's generally a good idea to let us know in advance.", "generally"),
        (
            "This is usually installing new systems or working on the line-of-business system or someone other system"
            " special to you",
            "usually",
        ),
        ("Typically there are no security patches applied therefore the urgency to upgrade is lower.", "typically"),
        ("The fix is normally a configuration change.", "normally"),
    ],
)
def test_a_hedge_on_a_describing_copula_is_info(text: str, hedge: str) -> None:
    assert hedge not in terms(text)
    assert hedge in _info_terms(text)  # still shown


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Standard content updates are typically completed within 48 business hours of acknowledgement.", "typically"),
        ("Service response times are typically within 4 business hours during office hours.", "typically"),
        ("We typically respond within 1-2 business days.", "typically"),
        ("Support is usually available during business hours.", "usually"),
        ("SLA credits are generally issued when you open a ticket.", "generally"),
        ("Typically, only customer reported issues will be investigated on frozen versions.", "typically"),
    ],
)
def test_a_hedge_on_what_a_party_does_still_warns(text: str, hedge: str) -> None:
    assert hedge in terms(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("NAVEX Global may from time to time make changes to the Online Courses.", "from time to time"),
        ("dxw may at any time make changes to GovPress without giving notice.", "at any time"),
        ("We may from time to time introduce modifications to these terms.", "from time to time"),
        ("We may from time to time modify these terms.", "from time to time"),
    ],
)
def test_a_change_named_by_its_noun_is_a_change_of_terms(text: str, word: str) -> None:
    assert word in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "We may from time to time monitor your use of the service.",
        "We may at any time contact you to confirm your details.",
    ],
)
def test_a_right_to_act_is_no_change(text: str) -> None:
    assert not {"from time to time", "at any time"} & set(terms(text))
