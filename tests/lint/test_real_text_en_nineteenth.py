"""Issue 10, English, nineteenth round (see /work/notes/linten19-s11.md): one side's judgment read by construction.

The guide labels a term V when it is left to one side's judgment. Earlier rounds found that judgment where a word
names it (discretion, final determination) or after a relative (which Licensor determines); here it is found wherever
the holder of a judging or choosing verb or noun is the vendor's side, and left alone where the holder is the
customer (the customer's choice is its own) or no party at all (a measure). The sentences are written for these
tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

JUDGMENTS = [
    # a condition the vendor's judgment opens
    ("If the Vendor deems it necessary, it will apply a patch.", "If the Vendor deems"),
    ("Should we determine that the fault is caused by misuse, the repair will be charged.", "Should we determine"),
    # a holder noun
    ("Fixes are delivered at the Vendor's option.", "at the Vendor's option"),
    ("At our sole option, we will repair or replace the product.", "At our sole option"),
    ("Whether an issue is urgent is at the sole judgement of the Vendor.", "at the sole judgement"),
    # the vendor's approval as the condition
    ("Work outside the scope is subject to our prior written consent.", "subject to our prior written consent"),
    ("Additional support is available subject to the Vendor's approval.", "subject to the Vendor's approval"),
    ("Changes are subject to approval by the Provider.", "subject to approval by the Provider"),
    # the vendor as the agent of an announcement, a request or a choice
    ("We may change the support hours as announced by us.", "announced by us"),
    ("The Customer shall provide any information requested by the Vendor.", "requested by the Vendor"),
    ("Visits take place at a time scheduled by the supplier.", "scheduled by the supplier"),
    # the vendor deciding an open question itself
    ("The Vendor will decide whether a defect is critical.", "The Vendor will decide whether"),
    ("We reserve the right to decide whether a request is covered.", "We reserve the right to decide whether"),
]


@pytest.mark.parametrize(("text", "term"), JUDGMENTS)
def test_a_judgment_the_vendor_holds_is_flagged(text: str, term: str) -> None:
    assert ("VD001", term) in warnings(text)


def test_a_reserved_right_to_decide_keeps_the_final_say() -> None:
    # a right reserved to act is no judgment on the terms (CCE's right to call, test_real_text_en_context.py); a right
    # reserved to make the final determination is the judgment itself
    text = "We reserve the right to make the final determination as to how long each task will take."
    assert ("VD001", "make the final determination") in warnings(text)


NOT_THE_VENDORS = [
    # the customer's own choice
    "If you decide to cancel, all backups will be deleted.",
    "Coverage is at the Customer's option.",
    "Repairs are done at your option.",
    "Changes are subject to the Customer's approval.",
    "Training is provided as requested by the Client.",
    "The Customer will decide whether to renew.",
    # a condition that opens on the participle: what is asked for is listed after it
    "If requested by the Vendor, the Customer shall provide the following information:",
    # what a party knows is no term it settles
    "If the Vendor believes that a problem may not be due to an Error, the Vendor will so notify the Customer.",
    # a measure after "by", not a party
    "The severity level of a support case is determined by the impact of the issue.",
]


@pytest.mark.parametrize("text", NOT_THE_VENDORS)
def test_no_judgment_of_the_vendors_is_not_flagged(text: str) -> None:
    assert [w for w in warnings(text) if w[0] == "VD001"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the guide: a promise to act that gives no time word and no other vague word is C (its held-out-12 decisions:
        # "If you find a bug, we fix it"); what is missing is a term for a structural check, not a vague word
        "We will respond to your request.",
        "The Vendor will fix defects.",
        "If you find a bug, we will fix it.",
    ],
)
def test_a_promise_with_no_vague_word_is_not_flagged(text: str) -> None:
    assert warnings(text) == []
