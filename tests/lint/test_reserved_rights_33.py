"""Session 33 (lint33A), English only: a right reserved with no criterion, no notice and no figure is a discretion
clause (VD001), like a right reserved to change the terms; a right reserved as a remedy for a stated cause, or to
refuse what lies outside the scope, stays no commitment. Own wording, in the forms met in real terms pages; through
the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warning_codes as codes


@pytest.mark.parametrize(
    "text",
    [
        "We reserve the right to refuse any repair for any reason.",
        "The studio reserves the right to decline such requests.",
        "We reserve the right to refuse service to anyone without giving a reason.",
        "The agency reserves the right to re-estimate the project.",
        "We reserve the right to require advance payment for any support request.",
        "The Developer reserves the right to subcontract any part of the work as it sees fit.",
        "The provider reserves the right to carry out emergency maintenance without prior notice.",
        "We reserve the right to force upgrades to the latest version.",
        "The vendor retains the right to accelerate the end of support for any release.",
    ],
)
def test_a_right_reserved_with_no_criterion_is_flagged(text: str) -> None:
    assert "VD001" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a remedy for a stated cause
        "We reserve the right to suspend the hosting if an invoice is unpaid after 30 days.",
        "We reserve the right to delete any account that is not paid in full by the due date.",
        # refusing what lies outside the scope, or what a clause names
        "We reserve the right to refuse support requests that fall outside the scope of this plan.",
        "The vendor reserves the right to decline to support any product that has been modified by the customer.",
        # a right to act without notice once a stated event has happened
        "The vendor reserves the right to end support without notice for a version after a newer release is out.",
        # a right to act that promises nothing
        "We reserve the right to use screenshots of the finished site in our portfolio.",
        "We retain the right to sell an uncollected computer after 90 days.",
    ],
)
def test_a_remedy_or_a_bounded_right_stays_quiet(text: str) -> None:
    assert "VD001" not in codes(text)
