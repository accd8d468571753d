"""Session 24 (lint24E), English: a negation reaches no further than a coordinated clause with its own subject and
modal (… not to exceed 36 hours and best efforts will be made …) or a coordinated verb of the same subject (does not
guarantee … and reserves the right …); a word inside the negated part stays silent. Through the public API."""

from __future__ import annotations

import pytest
from lint_findings import warnings


def codes(text: str) -> set[str]:
    return {c for c, _ in warnings(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Maintenance or upgrades are not to exceed thirty-six (36) hours in duration in a single month and best "
            "efforts will be made to schedule maintenance outside of business days.",
            "VE001",
        ),
        (
            "SCOPEOS does not guarantee support availability and reserves the right to modify support hours at any "
            "time.",
            "VD001",
        ),
        (
            "WordPress upgrades due to server software upgrades are not included and are an additional cost we will "
            "quote.",
            "VD001",
        ),
    ],
)
def test_the_coordinated_clause_after_a_negation_is_read(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "We do not use best efforts and are bound to restore service within 4 hours.",
        "The vendor does not reserve the right to modify support hours and is not entitled to change prices.",
        "Upgrades are not included and are not billed at then-current rates.",
        "Non-critical issue; no significant impact on performance of the Service but user experience may be affected.",
    ],
)
def test_a_word_inside_the_negation_stays_silent(text: str) -> None:
    assert not codes(text) & {"VE001", "VD001"}
