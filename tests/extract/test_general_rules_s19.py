"""Session 19 (issue 12, extract18), on documents of our own (none is a corpus text), read back through
`extract_file`, the API under every front end:

- the term from contract-term wording when no term clause gives it: "The Agreement has a five-year term", "the
  term of this contract … for a three (3) year period with two (2) subsequent one (1) year renewals", "effective
  for a period of three (3) years", a council record's "AGREEMENT WITH <firm> … FOR THREE YEARS"; a renewal
  ("renews for a one-year term") or a survival ("for two (2) years after termination") is no term;
- a fee's period from its noun phrase ("a fixed annual amount of $71,250", "an hourly fixed rate (currently
  $165)") or a spaced slash ("$2,995 / year");
- a council record that names the firm ("AGREEMENT WITH X") but no public body by name gives the vendor alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines as _lines


def _term(tmp_path: Path, *lines: str) -> str | None:
    return terms_of(tmp_path, _lines(*lines)).get("term", {}).get("length")


def _fees(terms: dict[str, Any]) -> set[tuple[str, str]]:
    fees = terms.get("fees", {})
    out = {(f["amount"], f["period"]) for f in fees.get("recurring", [])}
    return out | {(f["price"], f["unit"]) for f in fees.get("rate_card", [])}


def test_a_staff_report_states_the_term_as_an_n_year_term(tmp_path: Path) -> None:
    length = _term(
        tmp_path,
        "CITY COUNCIL STAFF REPORT",
        "SUBJECT: Hosted disaster recovery services agreement with Northwind Systems, Inc.",
        "Staff recommends approval. The Agreement has a five-year term. The City may cancel at any time.",
    )
    assert length in ("5 years", "60 months")


def test_the_term_of_this_contract_for_a_period_before_its_renewals(tmp_path: Path) -> None:
    length = _term(
        tmp_path,
        "1. TERM. The term of this contract shall commence on March 1, 2024, for a three (3) year period with two "
        "(2) subsequent one (1) year renewals.",
        "Vendor shall respond to a critical incident within four (4) hours.",
    )
    assert length in ("3 years", "36 months")


def test_an_agreement_effective_for_a_period_of_years(tmp_path: Path) -> None:
    length = _term(
        tmp_path,
        "2. DURATION",
        "This Agreement will be effective for a period of three (3) years from the date first above written.",
    )
    assert length in ("3 years", "36 months")


def test_a_council_subject_line_gives_the_years_approved(tmp_path: Path) -> None:
    length = _term(
        tmp_path,
        "SUBJECT: RENEWAL OF THE SOFTWARE SERVICE AGREEMENT WITH NORTHWIND SYSTEMS FOR THE PERMIT PROGRAM FOR THREE "
        "YEARS IN THE AMOUNT OF $88,400.00",
        "RECOMMENDATION: That the City Council approve the renewal.",
    )
    assert length in ("3 years", "36 months")


def test_a_renewal_or_a_survival_is_no_term(tmp_path: Path) -> None:
    length = _term(
        tmp_path,
        "This Agreement renews automatically for a one (1) year term unless either party gives notice.",
        "The confidentiality obligations of this Agreement survive for a period of two (2) years after termination.",
    )
    assert length is None


def test_a_yearly_amount_and_an_hourly_rate_in_a_council_record(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        _lines(
            "The agreement is a fixed annual amount of $71,250 for the initial three years of the contract.",
            "The agreement also provides technical consulting at an hourly fixed rate (currently $165).",
        ),
    )
    assert _fees(terms) == {("71250.00 USD", "year"), ("165.00 USD", "hour")}


def test_prices_per_year_after_a_spaced_slash(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        _lines(
            "Annual support plans",
            "Small Business Support",
            "$1,000 / year",
            "Enterprise Support",
            "$10,000 / year",
        ),
    )
    assert _fees(terms) == {("1000.00 USD", "year"), ("10000.00 USD", "year")}


def test_a_council_record_naming_the_firm_and_no_body_by_name_gives_the_vendor_alone(tmp_path: Path) -> None:
    """A staff report says "the City" but never "City of X": the firm of "AGREEMENT WITH X" is the vendor, and no
    client is made up."""
    terms = terms_of(
        tmp_path,
        _lines(
            "CITY COUNCIL AGENDA REPORT",
            "SUBJECT: RENEWAL OF THE SOFTWARE SERVICE AGREEMENT WITH NORTHWIND SYSTEMS FOR THE PERMIT PROGRAM",
            "The City has used the permit program since 2015 and staff recommends the renewal.",
        ),
    )
    assert [(p["role"], p["legal_name"]) for p in terms.get("parties", [])] == [("vendor", "NORTHWIND SYSTEMS")]
