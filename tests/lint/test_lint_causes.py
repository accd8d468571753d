"""``bench/lint_causes.py``: each miss and false alarm counted by the stage of the language rules that decided it.

The sentences are written for these tests; the last test checks on a corpus split that the script's kept/dropped
reading agrees with the linter sentence by sentence."""

from __future__ import annotations

import pytest
from bench_scripts import load_bench
from realtext_corpus import Sentence, load


@pytest.fixture(scope="module")
def causes():  # type: ignore[no-untyped-def]
    return load_bench("lint_causes")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("The Vendor will respond promptly.", "warned"),
        ("The Vendor will respond promptly, and in any event within 4 hours.", "bounded: time"),
        ("If the Vendor cannot respond promptly, the Customer may escalate.", "marked: negation or condition"),
        ("“Reasonable Efforts” means two engineers working 7x24.", "defined"),
    ],
)
def test_each_term_gets_the_stage_that_decided_it(causes, text: str, stage: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for _, _, s in causes.stages(text)][:1] == [stage]


def test_a_miss_with_no_term_and_an_alarm_in_a_promise_are_counted(causes) -> None:  # type: ignore[no-untyped-def]
    sentences = [
        Sentence(
            "en", "en/t.txt", 1, "The Vendor will answer tickets in an unhurried fashion.", True, ("unhurried",), False
        ),
        Sentence("en", "en/t.txt", 2, "The Vendor will respond promptly.", False, (), False),
        Sentence("en", "en/t.txt", 3, "The Vendor will respond within 4 hours.", False, (), False),
    ]
    misses, alarms, rows, disagreements = causes.tally(sentences)
    assert misses == {"no term": 1}
    assert alarms == {"VT (in a promise)": 1}
    assert [cause for _, cause in rows] == ["MISS  no term", "FALSE VT (in a promise)"]
    assert disagreements == 0


def test_the_script_agrees_with_the_linter_on_a_corpus_split(causes) -> None:  # type: ignore[no-untyped-def]
    sentences = [s for s in load("held-out-14") if s.lang == "en"]
    *_, disagreements = causes.tally(sentences)
    assert sentences and disagreements == 0
