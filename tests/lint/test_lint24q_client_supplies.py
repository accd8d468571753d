"""Session 24 (lint24Q), English: what the client supplies (information, details, a description, instructions) graded
by thoroughness or clarity with no list of its content is an unmeasured quality where the clause supplies it, the grade
alone or coordinated with another; information the vendor points to, or names as missing, is not. Through the public
API (``lint_text``); our own wording."""

from __future__ import annotations

import pytest
from lint_findings import warnings


def quality(text: str) -> list[str]:
    return [term.lower() for c, term in warnings(text) if c == "VQ001"]


@pytest.mark.parametrize(
    "text",
    [
        "Provide accurate and detailed information about each fault.",
        "The Client shall provide clear and accurate information about the incident.",
        "Customers must submit change requests with detailed information.",
        "You agree to assist us by providing complete information about the problem.",
        "Sharing clear information is required to enable us to reproduce the fault.",
        "Changes are made based on clear and detailed step-by-step instructions from the Client.",
    ],
)
def test_a_graded_item_the_client_supplies_is_flagged(text: str) -> None:
    assert quality(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Customers can contact the service desk for detailed information.",
        "See the table below for a complete description of each support tier.",
        "Some faults cannot be resolved without complete information.",
        "The Client shall provide accurate contact information.",
        "A detailed explanation can be found in the knowledge base.",
    ],
)
def test_information_pointed_to_or_missing_is_not_flagged(text: str) -> None:
    assert quality(text) == []
