"""Issue 10, English, thirteenth round: constructions read from held-out-14's misses and kept where the construction
holds on the other batches (see /work/notes/linten13-s7.md).

A price left open by its shape: a reserved right to charge for a service with no amount.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

FLAGGED = [
    # a reserved right to charge for a service, with no amount
    ("The Supplier reserves the right to charge for call-outs.", "VD001", "reserves the right to charge for"),
    ("We reserve the right to bill the Customer for travel.", "VD001", "reserve the right to bill the Customer for"),
]


@pytest.mark.parametrize(("text", "code", "term"), FLAGGED)
def test_open_term_is_flagged(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


NOT_WARNINGS = [
    # a reserved right to charge with its amount, a computed sum, and a reserved right that is a remedy
    "We reserve the right to charge for call-outs at GBP 45 per visit.",
    "We reserve the right to invoice the difference.",
    "We reserve the right to suspend the service.",
]


@pytest.mark.parametrize("text", NOT_WARNINGS)
def test_stated_amount_or_no_open_term_is_not_a_warning(text: str) -> None:
    assert warnings(text) == []
