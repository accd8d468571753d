"""Issue 10, English, eighth round: held-out-10's misses and false alarms, closed by construction (see
/work/notes/linten8-s6.md). Each class is tested on sentences of our own, beside the nearest sentence that must
keep its finding (or stay clean): a definition by a copula, hours or rates named with the participle of a
published document, "at any time" with its terms, the customer's own judgment, an effort verb before a
parenthetical, a price basis with no rate, a notice given as a maximum, hyphenated spellings, technical support
named in passing, "appropriate" naming a unit, a severity description, an opening "for" adjunct, a norm as a
remark, and cover withdrawn after the customer's own acts.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.lint.lexicon.en_round8 import EN_CLASS_TERMS_8

# (class, flagged sentence, term found in it, nearest clean sentence)
PAIRS = [
    (
        "definition by a copula",
        "The Vendor shall remedy any failure of the Service, as it deems appropriate.",
        "appropriate",
        "For the purposes of this Schedule, an “Outage” is a material failure of the Service, as Acme deems appropriate.",
    ),
    (
        "definition by includes",
        "Fixes will include, without limitation, patches and workarounds.",
        "without limitation",
        "For the purpose herein, a “Fix” includes, without limitation, patches, as Acme deems appropriate.",
    ),
    (
        "published hours",
        "Response targets apply during standard support hours.",
        "standard support hours",
        "Response targets apply during Acme's published standard support hours.",
    ),
    (
        "quoted rate",
        "Extra work is billed at the standard hourly rate.",
        "standard hourly rate",
        "Extra work is billed at the standard hourly rate quoted.",
    ),
    (
        "at any time with notice",
        "The provider may end this plan at any time without notice.",
        "at any time",
        "The plan may be ended by either party at any time, with two weeks notice.",
    ),
    (
        "at any time with both sides' agreement",
        "The provider may revise the task list at any time.",
        "at any time",
        "The task list may be revised at any time, with agreement from both parties.",
    ),
    (
        "customer's discretion",
        "Extra visits are made at our discretion.",
        "discretion",
        "You control the plan and have the right to pause it at your discretion.",
    ),
    (
        "customer's judgment",
        "We fix issues that we consider urgent.",
        "that we consider",
        "We suggest that you consider a backup plan.",
    ),
    (
        "customer's choice ends at its clause",
        "Clients may end the plan early, extra fees may apply.",
        "extra fees",
        "Clients may end the plan early or request extra visits at any time.",
    ),
    (
        "appropriate unit",
        "Calls are passed to appropriate resources.",
        "appropriate",
        "Calls are passed to the appropriate billing team.",
    ),
    (
        "technical support in passing",
        "Acme will provide technical support.",
        "technical support",
        "The plan includes hosting, backups and technical support.",
    ),
    (
        "technical support as a list's first item",
        "The plan will cover technical support.",
        "technical support",
        "The plan will cover technical support, server patches, and uptime checks.",
    ),
    (
        "severity description",
        "For Severity 2 incidents with business impact we will keep a reasonable, if slower, operation.",
        "reasonable",
        "When you choose Severity C you confirm the fault has minor impact on your business, but workarounds allow reasonable, if slower, operation.",
    ),
    (
        "norm as a remark",
        "Our team follows industry standard practices.",
        "industry standard",
        "We never deploy late in the day, which is industry standard practice.",
    ),
    (
        "cover withdrawn after the customer's acts",
        "Some of the services may not apply.",
        "may not apply",
        "If the customer modifies the server, the warranty may not apply.",
    ),
]


@pytest.mark.parametrize(("name", "flagged", "term", "clean"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_class_keeps_its_nearest_vague_sentence_and_clears_the_clean_one(
    name: str, flagged: str, term: str, clean: str
) -> None:
    assert term in [t for _, t in warnings(flagged)], warnings(flagged)
    assert warnings(clean) == []


@pytest.mark.parametrize(
    ("text", "code", "term"),
    [
        # an effort verb whose "to" follows a parenthetical
        ("Acme shall attempt, using the logs you send, to reproduce the fault.", "VE001", "attempt, using the logs"),
        ("The vendor will try, where the hardware allows, to restore the data.", "VE001", "try, where the hardware"),
        # a price basis with no rate, in either spelling, even when the customer "may pay"
        ("Other repairs are done on a time and materials basis.", "VD001", "time and materials"),
        ("The client may pay for other repairs on a time-and-materials basis.", "VD001", "time-and-materials"),
        # a notice given as a maximum is no notice period
        ("Acme shall give up to 6 months advance written notice of any end of support.", "VT001", "advance written"),
        # a hyphenated term broken after its hyphen at a line end; a hyphenated superlative
        ("Acme may charge for the visit at its then- current rates.", "VD001", "then- current"),
        ("We will always make the best-possible effort to help.", "VQ001", "best-possible"),
        # "either" between the modal and the charge
        ("We will either charge a fixed fee or a variable fee.", "VD001", "fixed fee"),
    ],
)
def test_misses_closed_by_construction(text: str, code: str, term: str) -> None:
    assert any(c == code and term in t for c, t in warnings(text)), warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        # the adjacent forms, and the bounded forms, stay as they were
        "Acme shall attempt to reproduce the fault within 2 days and, if it fails, to report why.",
        "Other repairs are done on a time and materials basis at USD 90 per hour.",
        "Acme shall give at least 6 months advance written notice of any end of support.",
        "Acme may charge for the visit at USD 90 per hour.",
    ],
)
def test_bounded_neighbours_do_not_warn_on_the_new_forms(text: str) -> None:
    found = [t for _, t in warnings(text)]
    assert not any(
        w in t for t in found for w in ("attempt,", "time and materials", "advance written", "then- current")
    ), found


def test_every_round8_class_has_an_example() -> None:
    examples = {"attempt, …, to": "attempt, using", "time and materials (no rate)": "time and materials"}
    assert {name for name, *_ in EN_CLASS_TERMS_8} == set(examples)
