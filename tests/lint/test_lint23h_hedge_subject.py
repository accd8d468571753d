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
