"""Issue 10: a bound counts only when it measures the vague term itself (linten19, English).

A quantity inside a modifier of another noun — a participle or a comparative after that noun — measures that noun:
"respond promptly to requests received within 30 days" says which requests, not how fast. The term's own noun keeps
its bound, and so does a quantity after a comma (a clause that clarifies) or after any other word. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

OTHER_NOUN = [
    ("We will respond promptly to requests received within 30 days of delivery.", "VT001", "promptly"),
    ("We will notify you promptly of any outage longer than 15 minutes.", "VT001", "promptly"),
    ("The Vendor will promptly investigate any downtime exceeding 5 minutes.", "VT001", "promptly"),
    ("Technical staff will respond promptly to tickets open for more than 2 days.", "VT001", "promptly"),
    ("We will respond as soon as possible to emails sent after 5 pm.", "VT001", "as soon as possible"),
    ("The Vendor shall provide adequate staff for projects over 10 days.", "VQ001", "adequate"),
]


@pytest.mark.parametrize(("text", "code", "term"), OTHER_NOUN)
def test_a_quantity_that_measures_another_noun_bounds_nothing(text: str, code: str, term: str) -> None:
    assert (code, term) in warnings(text)


OWN_BOUND = [
    ("We provide regular updates scheduled every month.", "regular", "every month"),  # the term's own noun
    ("We will respond promptly to tickets submitted by email within 2 hours.", "promptly", "2 hours"),
    ("The Vendor will respond promptly, within 2 hours.", "promptly", "2 hours"),
    ("Reasonable fees, not exceeding CNY 3,000 per day, apply.", "Reasonable", "CNY 3,000"),
    # (linten19) a next clause that opens with "at least" clarifies the word, as "at most" does
    ("Updates are applied regularly, at least once a month.", "regularly", "once a month"),
]


@pytest.mark.parametrize(("text", "term", "bound"), OWN_BOUND)
def test_a_quantity_that_measures_the_term_still_bounds_it(text: str, term: str, bound: str) -> None:
    found = [d for d in lint_text(text, "t.txt") if d.extra.get("term") == term]
    assert found and all(d.severity is Severity.INFO and d.extra.get("bound") == bound for d in found)
