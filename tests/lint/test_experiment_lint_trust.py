"""``bench/experiment_lint_trust.py``: the identity a finding's record is kept under, the demotion rule, and that a
batch is scored with the record of the batches before it only."""

from __future__ import annotations

import pytest
from bench_scripts import load_bench
from realtext_corpus import Sentence


@pytest.fixture(scope="module")
def trust():  # type: ignore[no-untyped-def]
    return load_bench("experiment_lint_trust")


def test_a_traditional_spelling_shares_the_record_of_its_simplified_one(trust) -> None:  # type: ignore[no-untyped-def]
    assert trust.fold("儘快") == trust.fold("尽快") == "尽快"
    assert trust.fold("Within  a Reasonable time") == "within a reasonable time"


def test_a_term_is_demoted_when_it_misfires_more_than_it_catches_at_least_twice(trust) -> None:  # type: ignore[no-untyped-def]
    record = {("VT001", "a"): [2, 3], ("VT001", "b"): [2, 2], ("VT001", "c"): [0, 1], ("VT001", "d"): [1, 3]}
    assert trust.demoted(record, "fa>c") == {("VT001", "a"), ("VT001", "d")}
    assert trust.demoted(record, "fa>=2c") == {("VT001", "d")}


def test_each_batch_is_scored_with_the_record_of_the_batches_before_it(trust) -> None:  # type: ignore[no-untyped-def]
    def sentence(batch: str, vague: bool) -> Sentence:
        return Sentence("en", f"{batch}/en/x.txt", 1, "We will act promptly.", vague, (), False)

    warn = [("VT001", "warning", "promptly", "promptly")]
    sentences = [sentence("held-out-7", False), sentence("held-out-8", False)] + [
        sentence("held-out-9", v) for v in (True, False)
    ]
    per_batch = trust.run(trust.VARIANTS_TRIED[0], sentences, [warn] * 4, ("held-out-8", "held-out-9"))
    # held-out-8 sees one false alarm on record (not enough), held-out-9 sees two: its finding is demoted there
    assert (per_batch["held-out-8"]["en"].false, per_batch["held-out-8"]["en"].false_after) == (1, 1)
    nine = per_batch["held-out-9"]["en"]
    assert (nine.caught, nine.caught_after, nine.false, nine.false_after) == (1, 0, 1, 0)
