"""Issue 10, session 14: two wordings of terms the issue names. "where required" / "if required" opening a duty leaves its
trigger to whoever acts, as "when required" does; "priced/quoted upon request" leaves the price open, as "price upon
request" does. A requirement that names its source (required by law, under a clause) is a measure, not a discretion."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned_terms(text: str) -> list[str]:
    return [str(d.extra["term"]) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Where required, the Supplier will escalate the incident to the software vendor.", "Where required"),
        ("The Supplier will attend the Customer's premises if required.", "if required"),
        ("Custom development is priced upon request.", "priced upon request"),
        ("Additional integrations are quoted on request.", "quoted on request"),
    ],
)
def test_an_open_trigger_or_an_open_price_warns(text: str, term: str) -> None:
    assert term in warned_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Where required by law, the Supplier will notify the regulator within 72 hours.",
        "If required under clause 7, the Customer will provide remote access within one business day.",
        "Where required in accordance with the data protection schedule, logs are kept for 90 days.",
    ],
)
def test_a_requirement_that_names_its_source_is_not_a_discretion(text: str) -> None:
    assert not any("required" in t.lower() for t in warned_terms(text)), lint_text(text, "t.txt")
