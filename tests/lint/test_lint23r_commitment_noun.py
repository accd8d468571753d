"""Session 23 (lint23R), English: the vendor's commitment stated as a noun (our unwavering commitment to providing …),
a pride with its grade (takes great pride in) and the standard it holds itself to (we hold ourselves to the highest
standards) mark a promise, as 'committed to' and 'takes pride in' did, so a grade on the service inside them is an
unmeasured quality. Through the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warnings


def quality(text: str) -> list[str]:
    return [term for c, term in warnings(text) if c == "VQ001"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "This Service Level Agreement represents our unwavering commitment to providing you with exceptional "
            "service, robust platform performance and dedicated support.",
            "exceptional",
        ),
        (
            "As your trusted partner, we hold ourselves to the highest standards of service delivery.",
            "highest standards",
        ),
        ("Our commitment to you is excellent support.", "excellent"),
        ("We take great pride in our robust hosting platform.", "robust"),
    ],
)
def test_a_grade_inside_the_vendors_commitment_is_flagged(text: str, term: str) -> None:
    assert term in quality(text)


@pytest.mark.parametrize(
    "text",
    [
        "Exceptional maintenance might occur outside that window and will be subject to a two day notice.",
        "Our support engineers are highly-trained to diagnose and resolve issues in your environment.",
        "Robust platform performance is not part of this commitment.",
        "Downtime is highly inconvenient for any website owner.",
    ],
)
def test_no_commitment_or_a_negated_one_is_not_flagged(text: str) -> None:
    assert quality(text) == []
