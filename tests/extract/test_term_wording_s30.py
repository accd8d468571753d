"""Session 30 (issue 12, extract30): an English agreement's term stated as a plan's minimum term named by its
length, or as the agreement being effective for a length. The positive texts are real lines of corpus documents
(en128, en139, en164), cut to the lines that matter; the guards are texts of our own.

- "£250 per month (12-month minimum term)" (en128), "90 days written notice (after 12-month minimum term)" (en139):
  the minimum term is the term (the en124/tw32/en110 decision in the corpus keys);
- "This Agreement is effective for 12 months from the date of installation, after which it shall automatically
  renew for successive terms of 12 months each" (en164): the length the agreement is in effect for, its renewal
  aside;
- a council record's period between two dates: "renew a Software Maintenance Contract … for the period of October 1,
  2016 through September 30, 2017" (en64), "The renewal contract is for one year beginning October 31, 2012 and
  ending October 30, 2013" (en71): the length between them;
- a notice period or a length of something else is no term, nor two dates that are no span of the contract.
"""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _term(tmp_path: Path, *lines: str) -> str | None:
    term = terms_of(tmp_path, _lines(*lines)).get("term")
    return None if term is None else str(term["length"])


def test_a_plans_minimum_term_named_by_its_length(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en128: a web agency's maintenance plans
    path = tmp_path / "en128.txt"
    path.write_text(
        _lines(
            "Payment Options",
            "  • Monthly Plan: £250 per month (12-month minimum term), including monthly hosting and maintenance;",
            "  • Lump Sum: £2,500 one-time payment, including 12 months of hosting.",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["term"] == {"length": "12 months"}
    assert "(12-month minimum term)" in found["evidence"]["term.length"]["quote"]


def test_a_minimum_term_after_which_notice_may_be_given(tmp_path: Path) -> None:
    # en139 (14.1): the notice is 90 days, the term is the 12-month minimum
    assert _term(tmp_path, "14.1 Termination", "- 90 days written notice (after 12-month minimum term)") == "12 months"


def test_an_agreement_effective_for_a_length(tmp_path: Path) -> None:
    # en164: the renewal that follows is not the term
    assert (
        _term(
            tmp_path,
            "This Agreement is effective for 24 months from the date of installation, after which it shall "
            "automatically renew for successive terms of 12 months each, unless and until terminated by either party "
            "giving not less than 30 days written notice to the other.",
        )
        == "24 months"
    )


def test_lengths_that_are_no_minimum_term(tmp_path: Path) -> None:
    # a minimum notice and a warranty named by their lengths are no term of the agreement
    assert _term(tmp_path, "Either party may end the plan on a 30-day minimum notice.") is None
    assert _term(tmp_path, "The offer is effective for 30 days.", "Hosting includes a 12-month domain.") is None


def test_a_records_contract_period_between_two_dates(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # en64 (a city council resolution)
    path = tmp_path / "en64.txt"
    path.write_text(
        _lines(
            "A Resolution of the City Council of the City of Pearland, Texas, authorizing the City Manager or his "
            "designee to renew a Software Maintenance Contract with Sungard HTE/OSSI/TraKiT in the estimated amount "
            "of $303,656.92 for the period of October 1, 2016 through September 30, 2017."
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert found["terms"]["term"] == {"length": "12 months"}
    assert "October 1, 2016 through September 30, 2017" in found["evidence"]["term.length"]["quote"]


def test_a_contract_beginning_and_ending_on_two_dates(tmp_path: Path) -> None:
    # en71 (a council memo); a span of two years in the same wording
    assert (
        _term(tmp_path, "The renewal contract is for one year beginning October 31, 2012 and ending October 30, 2013.")
        == "12 months"
    )
    assert _term(tmp_path, "The contract runs for the period of 1 July 2024 through 30 June 2026.") == "24 months"


def test_two_dates_that_are_no_span_of_the_contract(tmp_path: Path) -> None:
    # dates listed apart, or a span named before the contract word, are no term of it
    assert _term(tmp_path, "The contract was signed on March 1, 2024 and approved on April 2, 2024.") is None
    assert _term(tmp_path, "From January 5, 2024 to February 5, 2024 the pilot ran; the contract followed.") is None
