"""Session 24 (issue 12, extract24C): the agreement's term stated once, by the role of the clause rather than one
vendor's words. The positive texts are our own, in the wording families batches 59–72 showed across sources:

- a minimum commitment ("all contracts run for a minimum of 12 months", "is contracted for a minimum of 6 months");
- a length counted from the agreement's start ("for a twelve (12)-month renewable period from the Effective Date",
  "for the period of one year from the date the licence is granted");
- the initial term named by its length ("The initial twelve (12)-month term begins immediately after the warranty
  period ends": what follows the warranty period's end is no longer the free period);
- a "Term:" label in a header, its value on the same line or opening the next (a PDF line broken after the label);
- "an annual service plan".

Guards: a warranty for a period from the date of delivery, a payment term, a minimum notice, a renewal's length.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import terms_of, text_lines as _lines


def _term(tmp_path: Path, *lines: str) -> str | None:
    term = terms_of(tmp_path, _lines(*lines)).get("term")
    return None if term is None else str(term["length"])


def test_a_minimum_commitment_is_the_term(tmp_path: Path) -> None:
    assert _term(tmp_path, "Unless otherwise specified, all contracts run for a minimum of 12 months.") == "12 months"
    assert _term(tmp_path, "Premium support is contracted for a minimum of 6 months, billed monthly.") == "6 months"


def test_a_length_from_the_effective_date_is_the_term(tmp_path: Path) -> None:
    assert (
        _term(
            tmp_path,
            "2.1 This agreement covers the listed systems for a twelve (12)-month renewable period from the Effective Date.",
        )
        == "12 months"
    )
    assert (
        _term(
            tmp_path,
            "Annual support means technical support by the licensor for the period of one year from the date the licence is granted.",
        )
        == "1 year"
    )


def test_the_initial_term_after_the_warranty_period(tmp_path: Path) -> None:
    assert (
        _term(
            tmp_path,
            "a) Warranty Period: The warranty period lasts for one (1) month from acceptance.",
            "b) Initial Term: The initial twelve (12)-month term begins immediately after the warranty period ends.",
        )
        == "12 months"
    )


def test_a_term_label_in_a_header(tmp_path: Path) -> None:
    assert _term(tmp_path, "Agreement Number: 1180 Date: March 30, 2016 Term: 2 Years Charges") == "2 years"
    # the label ends one line, its value opens the next
    assert (
        _term(tmp_path, "HOSTING SERVICE AGREEMENT Agreement Number: 1180 Term:", "1 Year Charges Unit Price")
        == "1 year"
    )


def test_an_annual_service_plan(tmp_path: Path) -> None:
    assert _term(tmp_path, "It is an annual service plan and your update requests each month will differ.") == "1 year"


def test_what_is_no_term(tmp_path: Path) -> None:
    assert _term(tmp_path, "The warranty covers defects for a period of 12 months from the date of delivery.") is None
    assert _term(tmp_path, "Payment Term: 1 month after invoice.") is None
    assert _term(tmp_path, "Either party may end the plan with a minimum of 1 month's notice.") is None
    assert _term(tmp_path, "The agreement renews for successive terms of 12 months each.") is None
    assert (
        _term(
            tmp_path, "Approximate 5% increase per year unless price is fixed by annual service plan payment in full."
        )
        is None
    )
