"""Session 14 (lintmech14): stages that decide whether a found term is a commitment, written for text not yet seen.

A bound counts only when it measures the term itself. In English a quantity after the term that follows a verb
coordinated after it ("and arrive on site within 4 hours") is that verb's measure, not the term's. The sentences are
written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def _info_bound(text: str, term: str) -> str | None:
    """The bound of the first finding of ``term`` when it is lowered to info, else None."""
    for d in lint_text(text, "t.txt"):
        if d.extra.get("term") == term:
            return str(d.extra.get("bound")) if d.severity is Severity.INFO else None
    return None


# English: a quantity after "and" + another verb with its object belongs to that verb
EN_NEXT_VERB = [
    ("The contractor will reply promptly and send an engineer within 6 hours.", "VT001", "promptly"),
    ("Our team shall act in a timely manner and restore the service within 1 day.", "VT001", "in a timely manner"),
    (
        "Hosting will be consistent with industry standards and meet the uptime target 99.9% of the time.",
        "VQ001",
        "industry standards",
    ),
]


@pytest.mark.parametrize(("text", "code", "term"), EN_NEXT_VERB)
def test_en_a_quantity_of_a_verb_coordinated_after_the_term_bounds_nothing(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


EN_OWN_BOUND = [
    ("The contractor will reply promptly and in any event within 6 hours.", "promptly", "6 hours"),
    ("The contractor will reply promptly, and send an engineer within 6 hours.", "promptly", None),
    ("The contractor will reply promptly and within 6 hours.", "promptly", "6 hours"),
]


@pytest.mark.parametrize(("text", "term", "bound"), EN_OWN_BOUND)
def test_en_a_clarifier_after_and_still_bounds_the_term(text: str, term: str, bound: str | None) -> None:
    if bound is None:
        assert ("VT001", term) in warnings(text)  # the next clause opens with a new verb: no clarifier
    else:
        assert _info_bound(text, term) == bound


# Chinese is left as the labelling guide reads it: a deadline later in the clause, after 并 and a verb, still measures
# the word before it (the development batches label 即时响应并…在N小时内解决 clean)
ZH_AFTER = [
    ("维修商应及时响应并在6小时内派员到场。", "及时", "6小时"),
    ("維修商應及時回應並在6小時內派員到場。", "及時", "6小時"),
]


@pytest.mark.parametrize(("text", "term", "bound"), ZH_AFTER)
def test_zh_a_deadline_after_a_coordinated_verb_still_bounds(text: str, term: str, bound: str) -> None:
    assert _info_bound(text, term) == bound


# English: a clause reference after a noun brought in by of/for/to names which thing, it measures no time word
EN_REFERENCE_OF_NOUN = [
    (
        "The reseller shall inform the vendor as soon as possible of any dispute under clause 7.2.",
        "as soon as possible",
    ),
    ("We will respond promptly to every request under section 4 of this agreement.", "promptly"),
]


@pytest.mark.parametrize(("text", "term"), EN_REFERENCE_OF_NOUN)
def test_en_a_reference_that_names_another_noun_bounds_nothing(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


REFERENCE_BOUNDS = [
    ("The vendor will respond promptly as set out in Schedule 2.", "promptly"),  # the reference measures the word
    ("维修商应及时处理，具体见第5条。", "及时"),
    ("維修商應及時處理，具體見第5條。", "及時"),
]


@pytest.mark.parametrize(("text", "term"), REFERENCE_BOUNDS)
def test_a_reference_that_measures_the_word_still_bounds_it(text: str, term: str) -> None:
    assert _info_bound(text, term) is not None
