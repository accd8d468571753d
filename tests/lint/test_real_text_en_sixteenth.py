"""Issue 10, English, sixteenth round (see /work/notes/linten16-s8.md): readings kept because they gain on batches they
were not built from and lose no catch and add no false alarm anywhere in the corpus.

Each case is a real sentence from the real-text corpus (its batch and file named beside it), from at least two batches
per reading.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

# --- an aim at a stated figure (the lead's third set of label decisions: "aim to / strive to / target" with a stated
# time is C; an efforts standard and an aim with no figure stay vague)

AIMS_AT_A_FIGURE = [
    # held-out cryptids:8 (the decision's example), held-out-16 cowwoc:17, held-out-4 sitesdiscovery:16
    "We aim to respond to all email inquiries within 24 hours during business days.",
    "We aim to respond within 2 business days.",
    "The Provider strives to maintain a 99.9% network uptime.",
]


@pytest.mark.parametrize("text", AIMS_AT_A_FIGURE)
def test_an_aim_at_a_stated_figure_is_no_efforts_standard(text: str) -> None:
    assert warnings(text) == []


AIMS_STILL_VAGUE = [
    # held-out-11 techwisesupport:21 and adlink:9, held-out-12 rapita:11: no figure
    (
        "While we strive to address all critical issues promptly, response times during out-of-hours periods may vary "
        "depending on availability.",
        "VE001",
        "strive to",
    ),
    (
        "We strive to ensure that wherever possible product features are preserved to ensure compatibility and "
        "interoperation between versions.",
        "VE001",
        "strive to",
    ),
    ("We aim to provide workarounds or fixes for assurance issues as soon as possible.", "VE001", "aim to"),
    # held-out-6 clearswift:9: an efforts standard reaching for the target times stays one
    (
        "Clearswift will use all reasonable endeavours to provide one of the following within the target times "
        "identified:-",
        "VE001",
        "reasonable endeavours",
    ),
]


@pytest.mark.parametrize(("text", "code", "term"), AIMS_STILL_VAGUE)
def test_an_aim_with_no_figure_and_an_efforts_standard_still_fire(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)
