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
