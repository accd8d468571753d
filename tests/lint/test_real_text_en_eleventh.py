"""Issue 10, English, eleventh round: held-out-13's false alarms and misses, closed by construction (see
/work/notes/linten11-s6.md). Five forms that describe the service or its price and commit nobody: an offer for sale
(… is available for purchase), a fee whose amount a named schedule states (set forth in …), a hedge on an estimate
stated as a range (usually within 2-4 hours), the need of the customer a plan is for (is for sites that need …), and a
quoted defined term that "is based on" something, a sentence that only names what a table below measures, and a
belief about sites in general (we believe that a site that …); and two vague forms: a notice with no period after with/upon prior
notice, and the "necessary … service" the vendor alone judges. Each sits beside its nearest sentence that must keep
its finding (or stay clean).

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.lint.lexicon.en_round11 import EN_CLASS_TERMS_11

# (form, flagged sentence, term found in it, nearest clean sentence)
PAIRS = [
    (
        "offer for sale",
        "We give priority telephone support to every client.",
        "priority telephone support",
        "Priority telephone support bundles are available for purchase.",
    ),
    (
        "fee stated in a named schedule",
        "Installation is subject to additional service fees.",
        "additional service fees",
        "Installation is subject to the additional service fees set forth in the price schedule.",
    ),
    (
        "hedge on a stated range",
        "Tickets are usually answered within 4 hours.",
        "usually",
        "Tickets are usually answered within 2-4 hours.",
    ),
    (
        "hedge on a stated range (to)",
        "Tickets are usually answered within 4 hours.",
        "usually",
        "Response times for each ticket are usually 1 to 3 business days.",
    ),
    (
        "the need a plan is for",
        "Plan C includes occasional updates.",
        "occasional updates",
        "Plan C is for sites that need occasional updates.",
    ),
    (
        "names what a table below measures",
        "We will advise on an appropriate fix within the times set out below:",
        "appropriate",
        "The times for advising on an appropriate fix are set out below:",
    ),
    (
        "belief about sites in general",
        "We believe in a web site that is regularly backed up.",
        "regularly",
        "We believe that a site that is regularly backed up is safer.",
    ),
    (
        "quoted defined term based on",
        "“Turnaround time” covers minor updates.",
        "minor updates",
        "“Turnaround time” is based on minor updates.",
    ),
]


@pytest.mark.parametrize(("name", "flagged", "term", "clean"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_description_is_clean_beside_its_nearest_vague_sentence(
    name: str, flagged: str, term: str, clean: str
) -> None:
    assert term in [t for _, t in warnings(flagged)], warnings(flagged)
    assert warnings(clean) == []


# (form, missed sentence, code, term found, nearest clean sentence: the notice period or the service stated)
MISSES = [
    (
        "with prior notice (no period)",
        "We may change the support hours with prior notice.",
        "VT001",
        "with prior notice",
        "We may change the support hours with prior notice of 30 days.",
    ),
    (
        "with prior notice (no period, upon written)",
        "Access may be suspended upon prior written notice.",
        "VT001",
        "upon prior written notice",
        "Access may be suspended upon prior written notice of at least 10 days.",
    ),
    (
        "with prior notice (no period, figure before)",
        "We may change the support hours with prior notice.",
        "VT001",
        "with prior notice",
        "We may change the support hours with 30 days' prior notice.",
    ),
    (
        "necessary … service",
        "We will provide all necessary warranty service.",
        "VD001",
        "necessary warranty service",
        "We will provide on-site warranty service within the warranty period.",
    ),
]


@pytest.mark.parametrize(("name", "text", "code", "term", "clean"), MISSES, ids=[m[0] for m in MISSES])
def test_misses_closed_by_construction(name: str, text: str, code: str, term: str, clean: str) -> None:
    assert (code, term) in warnings(text), warnings(text)
    assert warnings(clean) == []


def test_every_round11_class_has_an_example() -> None:
    assert {name for name, *_ in EN_CLASS_TERMS_11} == {
        m[0].split(" (no period")[0] + (" (no period)" if "(no period" in m[0] else "") for m in MISSES
    }


def test_a_belief_about_the_vendors_own_work_stays_a_promise() -> None:
    assert ("VT001", "promptly") in warnings("We believe that we will respond promptly.")


def test_a_customer_need_outside_a_plan_description_keeps_the_vendors_promise() -> None:
    """The gate reads the customer's need, not any relative clause: the vendor's own occasional work stays vague."""
    assert ("VS001", "occasional updates") in warnings("We make occasional updates that sites need.")
    assert warnings("The plan is for clients who only need minor updates.") == []
