"""Session 23 (lint23R), English: an effort noun made, taken or exercised by a party, in either voice, with nothing said
of what is done (take every precaution · All attempts will be made to … · handled with care). Through the public API
(``lint_text``). The examples are the corpus sentences the reading was built on, and sentences of the same shape."""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.lint.lexicon.en_effort23 import EN_EFFORT_TERMS_23


def efforts(text: str) -> list[str]:
    return [term for c, term in warnings(text) if c == "VE001"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # active: the party makes or takes the effort
        (
            "Although S&S will take every precaution to preserve all data and software on the computer, I acknowledge "
            "that occasionally data loss will occur.",
            "take every precaution",
        ),
        ("We will take steps to reduce the probability that you will be hacked.", "take steps"),
        ("The IT Team will make all attempts possible to get the service running.", "make all attempts"),
        ("The Supplier shall take all reasonable measures to protect Customer Data.", "take all reasonable measures"),
        ("We exercise reasonable care when restoring backups.", "exercise reasonable care"),
        # passive: the effort is made
        (
            "All attempts will be made to get the system diagnosed and operational within 24 hours.",
            "All attempts will be made",
        ),
        (
            "Certain precautions must be taken to protect against disclosure or loss of information assets.",
            "Certain precautions must be taken",
        ),
        (
            "For e-commerce sites extra precautions are put in place when performing major updates.",
            "extra precautions are put in place",
        ),
        # care as the manner of the work
        ("All work is carried out professionally and with due care.", "with due care"),
        ("We ensure that your concerns are acknowledged, prioritized, and handled with care.", "with care"),
    ],
)
def test_an_effort_made_with_no_measure_is_flagged(text: str, term: str) -> None:
    assert term in efforts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We take care of plugin updates and backups.",  # a service named
        "Take the following steps to reset your password:",  # the steps are listed
        "The Annex of the data processing agreement outlines the measures we take in more detail.",
        "A description of the steps dxw has taken to make an initial assessment of the server capacity.",
        "Downtime: If the customer's attempts to access the service continuously fail for five minutes.",
        "Availability measures will not include downtime resulting from scheduled maintenance.",
        "Contact our team with Care Plan questions.",
        "Customers on the Advanced Woo Care plan may split their allocated time into two sessions.",
    ],
)
def test_no_effort_made_is_not_flagged(text: str) -> None:
    assert efforts(text) == []


def test_every_entry_has_an_example_here() -> None:
    names = {name for name, *_ in EN_EFFORT_TERMS_23}
    assert len(names) == 3
