"""Issue 10, English, seventh round: held-out-9's first-run misses and false alarms, closed by
construction (see /work/notes/linten7-s5b.md): where a condition written without a comma ends,
hours named with modifiers between, a hedge over a frequency in words, a delivery tied to
availability, marketing outcomes, and the word senses and bounds that name no commitment.

Every sentence here is our own wording, not copied from the real-text corpus.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.lint.lexicon.en_round7 import EN_CLASS_TERMS_7


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # the condition ends where a new subject takes a modal: the main clause's word is a commitment
        ("If the fault is critical our engineer will respond promptly.", "promptly"),
        ("If a part must be ordered the repair will take a few days.", "few days"),
        ("Unless otherwise agreed the vendor shall respond promptly.", "promptly"),
        ("If a restart fails a technician will attend promptly.", "promptly"),
        ("In the event a backup fails you will be notified promptly.", "promptly"),
        ("If a fault persists after a reboot Acme Support will attend promptly.", "promptly"),
    ],
)
def test_a_comma_less_condition_ends_at_a_new_subject_and_modal(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the word is inside the condition: its own subject and verb, however it is written
        "If the customer will need urgent support we charge the standard rate of £80 per hour.",
        "If support is required promptly we charge £80 per hour.",
        "If the customer needs prompt support the customer must call the hotline.",
        "Unless the client requests an urgent visit we work remotely.",
        "If the Licensed Software will not start promptly Acme resets it.",
        "If support is needed urgently Acme will charge £120 per hour.",
    ],
)
def test_a_word_inside_the_condition_stays_conditional(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a hedge over a frequency written in words hedges a figure
        ("Typically, twice a week.", "Typically"),
        ("Scans usually run nightly.", "usually"),
        ("Generally once per quarter.", "Generally"),
    ],
)
def test_a_hedge_over_a_frequency_in_words_warns(text: str, term: str) -> None:
    assert ("VD001", term) in warnings(text)


def test_a_hedge_in_a_description_still_does_not_warn() -> None:
    assert warnings("Severe problems typically involve a loss of data.") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # hours named with modifiers between "normal" and "hours": still not stated
        ("Calls are answered during normal UK business hours.", "normal UK business hours"),
        ("Visits take place in standard on-site support hours.", "standard on-site support hours"),
    ],
)
def test_hours_named_with_modifiers_between_warn(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Standard rates apply outside business hours, which are 09:00-17:00 Monday to Friday.",
        "Our normal fee within business hours is £60 per hour.",
    ],
)
def test_a_preposition_between_is_no_hours_name(text: str) -> None:
    assert not [t for c, t in warnings(text) if c == "VT001"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a delivery tied to availability, with or without its verb: no time
        ("Apply security patches when available.", "when available"),
        ("We will apply theme updates once released.", "once released"),
        ("New versions will be deployed as soon as they are published.", "as soon as they are published"),
    ],
)
def test_a_delivery_when_available_warns(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Support is available when the office is open, 09:00-17:00 Monday to Friday.",
        "Prices are as published on our website.",
        "Patches are listed in the release notes.",
    ],
)
def test_availability_stated_or_referenced_does_not_warn(text: str) -> None:
    assert not [t for c, t in warnings(text) if c == "VT001"]


@pytest.mark.parametrize(
    "text",
    [
        # "outstanding" before a noun of pending work means remaining
        "We will first review any outstanding issues on your site.",
        "Outstanding tickets are closed at the end of the term.",
        "All outstanding work will be invoiced at £50 per hour.",
        # an alert from a monitor whose period the sentence states
        "We will monitor your server every 2 minutes and send immediate alerts when it stops responding.",
        "Uptime is monitored every five minutes with immediate e-mail notification of any outage.",
    ],
)
def test_remaining_work_and_monitor_alerts_do_not_warn(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We provide outstanding support to every client.", "outstanding"),
        ("Our engineers will deliver outstanding and reliable care.", "outstanding"),
        ("We will send immediate notification of any outage.", "immediate"),
        ("We will monitor your site and provide immediate alerts.", "immediate"),
    ],
)
def test_the_same_words_still_warn_where_they_grade_or_set_no_period(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The vendor will send a qualified representative to the site.", "qualified representative"),
        ("A trained field installer will fit the unit.", "trained field installer"),
    ],
)
def test_competence_of_people_named_otherwise_warns(text: str, term: str) -> None:
    assert ("VQ001", term) in warnings(text)


def test_competence_named_by_certification_does_not_warn() -> None:
    assert warnings("The vendor will send a representative certified for the product within 4 hours.") == []


CLASSES_7 = [
    ("stays … (no measure)", "We will make sure your shop stays fast and secure.", "VQ001", "stays fast"),
    (
        "stays … (no measure)",
        "Our plan ensures the server continues to run smoothly.",
        "VQ001",
        "continues to run smoothly",
    ),
    ("expert support (no measure)", "Every plan includes expert advice on plugins.", "VQ001", "expert advice"),
]


@pytest.mark.parametrize(("name", "text", "code", "term"), CLASSES_7)
def test_each_round7_class_is_found_in_a_commitment(name: str, text: str, code: str, term: str) -> None:
    assert any(c == code and term in t for c, t in warnings(text)), warnings(text)


def test_every_round7_class_has_an_example() -> None:
    assert {name for name, *_ in EN_CLASS_TERMS_7} == {name for name, *_ in CLASSES_7}


@pytest.mark.parametrize(
    "text",
    [
        # no promise: an aim of the document, a description, a measured state, a state by reference
        "This agreement aims to ensure the website remains secure and up-to-date.",
        "Sites that stay fresh tend to rank better.",
        "The Supplier shall ensure the Software remains compliant with the Documentation.",
        "Our experts have certifications listed in Schedule 3.",
    ],
)
def test_states_and_expertise_outside_a_promise_do_not_warn(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a negation reaches no further than a coordinated verb led by a hedge adverb
        ("Low tickets do not block work and usually get an answer within 2 days.", "usually"),
        ("We do not bill for calls but generally reply within a day.", "generally"),
    ],
)
def test_a_negation_ends_at_a_coordinated_hedged_verb(text: str, term: str) -> None:
    assert ("VD001", term) in warnings(text)


def test_a_hedge_inside_the_negation_stays_negated() -> None:
    assert warnings("We do not usually charge for a call-out within 10 miles.") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a notice by any verb of telling, with no period
        ("Planned outages will be announced in advance.", "announced in advance"),
        ("Changes to the plan are communicated in advance.", "communicated in advance"),
        # one side's sole judgment, however the adverb reads
        ("The hours needed for each job are decided exclusively by the agency.", "decided exclusively by"),
    ],
)
def test_notice_and_sole_judgment_in_other_words_warn(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Planned outages will be announced at least 7 days in advance.",
        "Priority is determined exclusively by the severity table in Schedule 1.",
        # an open list in an opening adjunct of circumstance: the occasion, not the scope
        "While updating plugins and other components our staff may put the site in maintenance mode for 10 minutes.",
        "During backups and similar tasks, the site stays online.",
        # a grade the customer judges
        "It is up to the client to decide whether the result is satisfactory.",
    ],
)
def test_stated_notice_named_criteria_occasions_and_the_customers_judgment_do_not_warn(text: str) -> None:
    assert warnings(text) == []


def test_an_open_list_in_the_main_clause_after_an_adjunct_still_warns() -> None:
    assert ("VS001", "etc.") in warnings("While on site we will fix printers, scanners, etc.")
