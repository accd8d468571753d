"""Issue 10, English, third round: context beyond one sentence, and evaluative words by form.

- A list item is read under its lead-in: under an exclusion or condition ("The following
  are not covered:"), a customer's obligations ("Customer shall:") or a glossary, the
  item is no vendor commitment. A heading line and a template instruction promise nothing.
- An evaluative adjective or adverb not in any list (convenient, highly, newest) is
  recognised by its form, after a promise marker, and reported only inside a promise with
  no measure in its clause.
- Legal and reader-directed forms from held-out-5 (now tuning data): a reserved right to
  act, the customer's own choice or advice, a request to the reader, technical support
  named in passing.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text
from termsmith.lint.evaluative import NOT_EVALUATIVE, is_evaluative


def lines_flagged(text: str) -> list[int]:
    return sorted({d.start.line for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO})


ITEMS = "- Reasonable efforts to restore service promptly.\n- Regular backups as needed.\n"


@pytest.mark.parametrize(
    "lead",
    [
        "The following are not covered:",
        "Exclusions:",
        "Support does not include:",
        "Customer shall:",
        "The Customer agrees to:",
        "Customer responsibilities:",
        "Your responsibilities:",
        "Cybersystems may stop development under the following conditions:",
        "Definitions:",
    ],
)
def test_items_under_an_exclusion_or_customer_lead_in_are_no_commitment(lead: str) -> None:
    text = f"{lead}\n{ITEMS}"
    assert lines_flagged(text) == []


def test_items_under_a_vendor_lead_in_are_commitments() -> None:
    text = f"The Provider will provide:\n{ITEMS}"
    assert lines_flagged(text) == [2, 3]


def test_the_lead_in_reaches_over_other_items_and_blank_lines_but_not_past_a_paragraph() -> None:
    text = "Customer shall:\n1. Pay invoices.\n\n2. Reply promptly to requests.\n"
    assert lines_flagged(text) == []
    text = "Customer shall pay invoices.\nThe Provider will reply promptly to requests.\n"
    assert lines_flagged(text) == [2]  # no list: each sentence is read on its own


def test_a_numbered_or_lettered_item_counts_as_a_list_item() -> None:
    text = "Services exclude:\n(a) reasonable assistance with training;\nb) regular reviews as needed.\n"
    assert lines_flagged(text) == []


def test_a_heading_and_a_template_instruction_promise_nothing() -> None:
    assert warnings("Proactive Monitoring and Regular Reporting") == []
    assert warnings("4.2 Reasonable Efforts") == []
    assert warnings("[Insert the prompt response time agreed with the customer]") == []
    # a sentence is not a heading
    assert warnings("We provide proactive monitoring and regular reporting.") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It provides convenient access to highly skilled resources to remedy any technical issue.",
            # highly by form, and (fourth round) skilled resources as a competence class
            [("VQ001", "convenient"), ("VQ001", "highly"), ("VQ001", "skilled resources")],
        ),
        ("The Vendor will deliver the newest technologies.", [("VQ001", "newest")]),
        ("Provider shall maintain an extensive knowledge base.", [("VQ001", "extensive")]),
        ("Our engineers will give meticulous attention to each ticket.", [("VQ001", "meticulous")]),
        ("Support ensures dependable operation of the platform.", [("VQ001", "dependable")]),
    ],
)
def test_evaluative_words_by_form_in_a_promise(text: str, expected: list[tuple[str, str]]) -> None:
    assert warnings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Vendor will be responsible for backups.",  # takes a complement: a relation
        "Fixes will be available to all customers.",
        "The licensee will receive the corrected software by email.",  # a verb, not an adjective
        "The problem will be assigned the highest Severity Level.",
        "Payment will be due within 30 days of the invoice.",
        "Users can get convenient access to the portal.",  # no promise: a permission
        "Extensive documentation is on the website.",  # no marker before it
    ],
)
def test_forms_that_grade_nothing_or_stand_outside_a_promise_are_silent(text: str) -> None:
    assert warnings(text) == []


def test_morphology() -> None:
    for word in ("convenient", "highly", "newest", "satisfactory", "flexible", "seamlessly", "finest"):
        assert is_evaluative(word), word
    for word in ("payment", "receive", "believe", "only", "monthly", "latest", "client", *sorted(NOT_EVALUATIVE)[:20]):
        assert not is_evaluative(word), word


@pytest.mark.parametrize(
    "text",
    [
        "CCE reserves the right to contact you via telephone, when it deems necessary, for solving support issues.",
        "CCE reserves the right to add components to the EnSuite desktop to enable remote support feature.",
        "Customers may request escalation at any time by:",
        "Customers may, at their discretion, request a written estimate prior to any billable work.",
        "Please read the following information carefully and retain this copy for future reference.",
        "If you need support, please contact us as soon as you can via these methods.",
        "Technical support hours are Mondays to Fridays 9.00 am to 5.30 pm except public holidays.",
        "Accelicon's software support obligations apply only to the current and immediately prior Software release.",
        "The other party materially breaches these Support Terms and fails to cure such breach within 30 days.",
    ],
)
def test_legal_and_reader_directed_forms_are_no_vendor_commitment(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # (linten16) was held-out-5 aegisdb's "… modify these Support Terms with 30 days' notice", relabelled C under the
        # third set of label decisions (a notice period is stated); held-out-13 annwed's open reservation takes its place
        "The company reserves the right to change the terms and conditions of this agreement at any time.",
        "Provider reserves the right to reclassify severity levels based on technical assessment.",
        "Customers running unsupported versions may receive limited assistance.",
        "We provide technical support.",
    ],
)
def test_the_vague_forms_next_to_them_still_fire(text: str) -> None:
    assert warnings(text) != []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Priority Help desk response including remote desktop sharing when possible.", "when possible"),
        ("In general, the Application is updated to the current version of Dynamics CRM.", "In general"),
        ("ELCA may decide to stop Software Assurance for any version without specific reason.", "may decide"),
        ("CCE will automatically include an error fix in a future update of the tool.", "future update"),
        ("Please inquire for pricing.", "inquire for pricing"),
        (
            "Additional engineering services are quoted based on our current professional services rates.",
            "current professional services rates",
        ),
    ],
)
def test_hedges_open_deliveries_and_open_prices_from_held_out_5(text: str, term: str) -> None:
    assert term in [t for _, t in warnings(text)]


def test_the_subject_of_an_exclusion_is_no_commitment_even_across_an_etc_full_stop() -> None:
    text = "Other services, like support for download, installation or custom features etc. are not included."
    assert warnings(text) == []
    assert warnings("We provide hosting, backups etc.\nUpdates are not included.") != []
