"""Session 24 (lint24Q), English: what the client supplies (information, details, a description, instructions) graded
by thoroughness or clarity with no list of its content is an unmeasured quality where the clause supplies it, the grade
alone or coordinated with another; information the vendor points to, or names as missing, is not. Through the public
API (``lint_text``); our own wording."""

from __future__ import annotations

import pytest
from lint_findings import terms_of


def quality(text: str) -> list[str]:
    return terms_of("VQ001", text)


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


# the people who contact support made ready with no measure: a duty that they be trained or knowledgeable, or a state
# graded by an adverb of degree; a fact stated and an expectation are not read
@pytest.mark.parametrize(
    "text",
    [
        "Customer staff who open tickets must be trained on the product and knowledgeable about the fault.",
        "The Client shall ensure that its operators are adequately trained.",
        "Your contacts should be familiar with the administration console.",
    ],
)
def test_client_people_made_ready_with_no_measure_are_flagged(text: str) -> None:
    assert quality(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Customer contacts are trained on the use and administration of the product.",
        "We publish manuals and we expect our users to be familiar with them before contacting us.",
        "The Client's contacts must have completed the vendor's two-day administrator course.",
    ],
)
def test_people_stated_or_expected_ready_are_not_flagged(text: str) -> None:
    assert quality(text) == []


# truthful, like accurate, is true or false, not a degree
@pytest.mark.parametrize(
    "text",
    [
        "Users must provide accurate and truthful information when registering.",
        "You will provide your truthful contact information and keep it updated.",
        "The Customer shall truthfully answer the vendor's questions about the fault.",
    ],
)
def test_truthful_information_is_not_a_grade(text: str) -> None:
    assert quality(text) == []
