"""Issue 10, English, twelfth round: the lead's session-7 decisions on disputed labels, read as constructions (see
/work/notes/linten12-s7.md and tests/lint/realtext/README.md, "Decisions on disputed labels").

Hours named but never stated (normal or standard business, support, office or working hours) are vague also where they
set the clock of a bounded commitment (For calls logged during normal support hours, a return call within 30 minutes)
and inside a condition (if an Error arrives outside of normal business hours, …). Hours stated in the clause, or a
clock-time range the same text states as its hours, lower the finding to info; a condition that asks something of the reader (…, please call back) commits nobody, as before.
A reference to a named part of the agreement that states the measure (as outlined in the plan details, in accordance
with the following resolution schedule) bounds a term in its sentence when no verb of its own stands between (linten11
read this for prices only); the product's documentation and "as defined in" do not. Help owed "as reasonably required"
(a term of art before) is a reasonable standard like any other (the first decision: a customer duty with an unmeasured
standard stays vague); in a condition it is not.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

UNSTATED_HOURS = [
    # the hours set the clock of a bounded commitment: the deadline runs only inside hours nobody states
    ("For tickets raised during normal support hours, we call back within 1 hour.", "normal support hours"),
    (
        "For requests logged during standard office hours, a reply is sent the same business day.",
        "standard office hours",
    ),
    # a condition leaves the hours unstated
    (
        "If a fault is reported outside of the Supplier's normal business hours, the response time starts the next "
        "business day.",
        "normal business hours",
    ),
    (
        "Unless a ticket arrives during normal working hours, it is handled on the next working day.",
        "normal working hours",
    ),
]


@pytest.mark.parametrize(("text", "term"), UNSTATED_HOURS)
def test_hours_never_stated_are_flagged(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


STATED_OR_ASKED = [
    # the nearest clean neighbours: the hours stated in the clause (info, no warning)
    "Our standard support hours are Monday to Friday, 08:00 to 18:00 CET.",
    "For tickets raised during normal support hours (09:00-17:00 CET, Monday to Friday), we call back within 1 hour.",
    # a condition that asks something of the reader commits nobody (unchanged)
    "If you leave a voicemail during normal business hours and hear nothing within an hour, please call again.",
]


@pytest.mark.parametrize("text", STATED_OR_ASKED)
def test_stated_hours_are_not_warnings(text: str) -> None:
    assert warnings(text) == []


def test_stated_hours_are_reported_as_info() -> None:
    diags = list(lint_text("Our standard support hours are Monday to Friday, 08:00 to 18:00 CET.", "t.txt"))
    assert [(d.code, d.severity) for d in diags] == [("VT001", Severity.INFO)]
    assert "standard support hours" in diags[0].message


REASONABLY_REQUIRED = [
    "The Client will give the Supplier such access and information as reasonably required for the Supplier to work.",
    "The Supplier shall give all help reasonably required by the Client to install each new release.",
]


@pytest.mark.parametrize("text", REASONABLY_REQUIRED)
def test_help_owed_as_reasonably_required_is_flagged(text: str) -> None:
    assert ("VQ001", "reasonably") in warnings(text)


def test_reasonably_required_in_a_condition_is_not_flagged() -> None:
    assert warnings("If requested by the Supplier and reasonably required, the Client shall send its log files.") == []


# (reference to a named part of the agreement, nearest sentence that keeps its warning)
REFERENCE_PAIRS = [
    (
        "Each plan includes regular backups, uptime checks and plugin updates as outlined in the plan details.",
        "Each plan includes regular backups, uptime checks and plugin updates.",
        "regular",
    ),
    (
        "Updates are applied periodically as listed in the attached maintenance schedule.",
        "Updates are applied periodically as listed in your program documentation.",
        "periodically",
    ),
    (
        "Each plan includes regular backups, uptime checks and plugin updates as outlined in the plan details.",
        "We apply regular updates, and invoices are sent as set out in the price list.",  # a verb of its own between
        "regular",
    ),
    (
        "Each plan includes regular backups, uptime checks and plugin updates as outlined in the plan details.",
        "We will notify you from time to time during the term, as defined in the applicable Order Form.",  # names a term
        "from time to time",
    ),
]


@pytest.mark.parametrize(("bounded", "open_", "term"), REFERENCE_PAIRS)
def test_a_reference_to_a_named_part_of_the_agreement_bounds_the_term(bounded: str, open_: str, term: str) -> None:
    assert warnings(bounded) == []
    assert all(d.severity is Severity.INFO for d in lint_text(bounded, "t.txt"))  # bounded (info) or joined (none)
    assert term in [t for _, t in warnings(open_)]


HOURS_LINE = "Helpdesk hours: Monday to Friday, 8:30 am to 5:30 pm (UK time)."
PROMISE = "Remote support is provided during normal business hours."


def test_hours_the_same_document_states_bound_the_term() -> None:
    document = f"{HOURS_LINE}\n{PROMISE}\n"
    assert warnings(document) == []
    [info] = lint_text(document, "t.txt")
    assert info.severity is Severity.INFO and info.start.line == 2
    assert '(already bounded by "8:30 am to 5:30 pm" elsewhere in the text)' in info.message
    assert warnings(PROMISE) == [("VT001", "normal business hours")]  # alone, the hours are not stated


@pytest.mark.parametrize(
    "other_line",
    [
        "Upgrades run from 22:00 to 02:00.",  # a maintenance window names no working days or hours
        "Backups are kept for 1 - 2 weeks.",  # a range of numbers, not of clock times
    ],
)
def test_a_range_that_states_no_working_hours_does_not_bound_the_term(other_line: str) -> None:
    assert warnings(f"{other_line}\n{PROMISE}\n") == [("VT001", "normal business hours")]
