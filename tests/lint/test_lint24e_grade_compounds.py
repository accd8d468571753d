"""Session 24 (lint24E), English: a grade by rank among rivals (industry-leading, best of breed) or by the buyer it
fits (enterprise-grade), in either spelling of the compound, is an unmeasured quality inside a promise, as world-class
is; outside one it is not. Through the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warnings


def quality(text: str) -> list[str]:
    return [term.lower() for c, term in warnings(text) if c == "VQ001"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "ArcBlock offers industry-leading service levels to host your web-based digital assets including "
            "websites, databases, code, applications and content.",
            "industry-leading",
        ),
        ("All services include enterprise-grade DDoS protection:", "enterprise-grade"),
        ("We provide market leading support for every plan.", "market leading"),
        ("The vendor shall deliver carrier grade uptime.", "carrier grade"),
        ("Best of breed response times and resolution efforts based upon issue priority.", "best of breed"),
        ("We will provide award-winning support to all customers.", "award-winning"),
    ],
)
def test_a_compound_grade_in_a_promise_is_flagged(text: str, term: str) -> None:
    assert term in quality(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hosting Cloud’s goal is to achieve an 100% service availability across all services provided to customers "
        "and uses a fully redundant network, enterprise grade switching, routing, firewall and server technology to "
        "best achieve this goal.",
        "The company was named an industry-leading vendor by analysts in 2023.",
        "Market-leading products are not covered by this agreement.",
    ],
)
def test_a_compound_grade_outside_a_promise_is_not_flagged(text: str) -> None:
    assert quality(text) == []
