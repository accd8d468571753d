"""Session 23 (lint23H), English: a hedge or time word in a clause whose subject is a thing, not a party, and whose
verb is active commits nobody and is lowered to info. Through the public API (``lint_text``)."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

_WORDS = ("typically", "generally", "usually", "normally", "periodically", "regularly", "from time to time")


def hedge_levels(text: str) -> list[Severity]:
    return [d.severity for d in lint_text(text, "t.txt") if any(w in d.message.lower() for w in _WORDS)]


@pytest.mark.parametrize(
    "text",
    [
        "Changes made by dxw under this clause will normally have no detectable effect on the operation of your website.",
        "Use of Managed Services will typically entail badged and/or VPN access for the Sourcegraph team.",
        "The upgrade process will usually involve a staging site.",
        "Routine changes will generally have no impact on availability.",
    ],
)
def test_a_thing_as_subject_with_an_active_verb_is_info(text: str) -> None:
    assert hedge_levels(text) == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "We typically respond within days.",
        "The Provider will from time to time have scheduled outages.",
        "TownLife will from time to time have scheduled outages during non-peak hours.",
        "The support team will usually reply the same day.",
        "From time to time, the current version will be updated to include bug fixes.",
        "Normal priority issues typically receive a response within 48 hours.",
        "Check periodically for modifications to this SLA.",
        "We shall notify Customer of Documentation updates from time to time during the term.",
        "Fixes need infrastructure that we would usually reserve for a platform release.",
    ],
)
def test_a_party_a_passive_or_receiving_keeps_the_finding(text: str) -> None:
    assert Severity.WARNING in hedge_levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "We can help to confirm whether all of our systems are functioning normally to help you isolate the problem.",
        "S4 – Usage Operating normally, but individual users are experiencing issues.",
        "The service will continue to work normally during the upgrade.",
    ],
)
def test_normally_as_the_manner_of_working_is_info(text: str) -> None:
    assert hedge_levels(text) == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "We normally respond within one business day.",
        "Backups are performed normally within 7 days.",
        "Tickets are worked normally within 4 hours of receipt.",
    ],
)
def test_normally_before_a_verb_or_a_time_still_hedges(text: str) -> None:
    assert Severity.WARNING in hedge_levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Licensed software (generally paid for) such as Microsoft Office cannot be reinstalled by us.",
        "Only minor releases (typically related to security) are updated automatically.",
    ],
)
def test_a_bracket_glossing_the_noun_is_info(text: str) -> None:
    assert hedge_levels(text) == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "We'll respond (usually on the same business day) with an estimated completion time.",
        "Maintenance windows are scheduled at night (typically the 3rd weekend of the month).",
    ],
)
def test_a_bracket_of_a_time_still_hedges(text: str) -> None:
    assert Severity.WARNING in hedge_levels(text)


def test_a_modal_of_obligation_binds_whoever_the_subject_is() -> None:
    assert Severity.WARNING in hedge_levels("Acme shall generally resolve minor faults with a hotfix.")
    assert Severity.WARNING in hedge_levels("Each release must typically include the security fixes.")


def test_a_thing_whose_clause_states_when_it_happens_still_hedges() -> None:
    assert Severity.WARNING in hedge_levels("Scans usually run nightly.")
    assert Severity.WARNING in hedge_levels("Backups will typically complete within 2 hours.")
