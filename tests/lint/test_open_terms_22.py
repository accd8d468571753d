"""Session 22 (lint22E), English only: prices and terms left open in the forms the lexicon lacked, each built as a
family (inflections, determiners, near-synonyms), and the readings that keep them from sentences that commit nobody.
Through the public API (``lint_text``); the rule is VD001."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [str(d.extra["term"]) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


def codes(text: str) -> set[str]:
    return {d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO}


@pytest.mark.parametrize(
    "text",
    [
        # a quote still to come, "for" before the adverb, in any charging verb
        "Any changes outside the 3 month period will be quoted for separately.",
        "Custom fonts are priced for separately.",
        "Extra mailboxes will be invoiced for additionally.",
        # a rate named by its determiner only
        "Any call over 15 minutes will require a house call billed at the hourly rate.",
        "Weekend work is charged at our usual hourly rates.",
        "Migrations are billed at Acme's hourly rate.",
        # time charged at no stated rate
        "Implementation Support is billed by the hour.",
        "On-site visits are charged by the hour.",
    ],
)
def test_a_price_left_open_warns(text: str) -> None:
    assert "VD001" in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Any call over 15 minutes is billed at the hourly rate of $95.",  # the amount bounds it
        "The cost of the delivered portion is calculated at our hourly rate advertised at the time of purchase.",
        "Client will be charged at the hourly rate specified above.",  # a rate the clause points at
        "Weekend work is charged at the hourly rate set out in Schedule 2.",
        "Implementation Support is billed by the hour at USD 150 per hour.",
        "Changes are quoted for separately at the rates in Schedule 3.",
    ],
)
def test_a_price_stated_or_referred_to_stays_quiet(text: str) -> None:
    assert not [t for t in warned(text) if "hour" in t or "separately" in t], lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Any items not included in your plan will get charged at our standard hourly rate.",
        "Functionality that was not part of the original scope is treated as new development and quoted separately.",
        "Any modifications that we don’t define as a bug will be quoted for separately.",
        "Consulting not covered by your subscription may require additional fees.",
        "We may offer assistance for excluded issues at our discretion.",
    ],
)
def test_a_negation_in_the_subject_leaves_the_charge(text: str) -> None:
    assert "VD001" in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Hosting is not billed separately.",  # the predicate itself negated
        "Services are not covered by this agreement and are not billed separately.",
        "We do not offer assistance at our discretion.",
        "Items not included in your plan are listed in Schedule 2, which is not billed separately.",
    ],
)
def test_a_negated_predicate_still_excuses(text: str) -> None:
    assert "VD001" not in codes(text), lint_text(text, "t.txt")


def test_the_customers_choice_leaves_the_vendors_rate_open() -> None:
    text = "Clients without a maintenance plan can request fixes on a time-and-materials basis at our standard hourly rate."
    assert "VD001" in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "After the initial 12 months, the client may terminate this agreement without paying any additional fees.",
        "Customers may request escalation at any time.",  # a choice with no price stays the customer's
    ],
)
def test_the_customers_choice_without_a_charge_stays_quiet(text: str) -> None:
    assert "VD001" not in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "We operate a fair use policy on all hosting packages.",
        "By using our IT support services, you agree to adhere to this Reasonable Use Policy.",
        "The fair usage policies will apply to the service.",
        "The prevailing party shall be entitled to recover reasonable attorney fees.",
        "The prevailing party shall be entitled to recover its reasonable lawyers' fees.",
    ],
)
def test_a_policy_name_or_the_fees_formula_grades_nothing(text: str) -> None:
    assert "VQ001" not in codes(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        "The vendor shall provide reasonable resources under the fair use policy.",
        "We will respond within a reasonable time under this fair use policy.",
    ],
)
def test_a_grade_beside_a_policy_name_still_warns(text: str) -> None:
    assert "VQ001" in codes(text) or "VT001" in codes(text), lint_text(text, "t.txt")
