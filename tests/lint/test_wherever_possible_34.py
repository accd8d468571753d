"""Session 34 (lint34A), English only: "wherever possible" hedges a promise as "where possible" does (VD001);
"where possible" never matched it, the word being "wherever". Own wording, in the forms met in real terms pages;
through the public API (``lint_text``)."""

from __future__ import annotations

import pytest
from lint_findings import warning_codes as codes


@pytest.mark.parametrize(
    "text",
    [
        "The agency will restore the site from its own backups wherever possible.",
        "We will act wherever possible as your in-house web team.",
        "The client must give the order number wherever possible to help us trace the payment.",
    ],
)
def test_wherever_possible_hedges_a_promise(text: str) -> None:
    assert "VD001" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency restores the site from its own backups within 4 hours.",
        "Wherever the site is hosted, the agency answers tickets within one business day.",
    ],
)
def test_a_stated_promise_or_another_wherever_is_not_flagged(text: str) -> None:
    assert "VD001" not in codes(text)
