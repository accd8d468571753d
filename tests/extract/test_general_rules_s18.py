"""Session 18 (issue 12, extract17), on documents of our own (none is a corpus text), read back through the real
CLI: parties named the way public contracts and council records name them, when no other reader names anyone.

- a "between" block where one side gets a role ("Customer") and the other only a short name ("NORTHWIND"), in one
  sentence ('hereinafter referred to as … and …, hereinafter called "Customer"') or over lines (BETWEEN / A / AND /
  B): the side without a role is the vendor;
- a council's or a city manager's record of "a support agreement with" a firm: the public body is the client, the
  firm the vendor; a contract that only mentions a city, with no record of a council, names nobody.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_json, text_lines as _lines


def _parties(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, str], dict[str, Any]]:
    """The parties (role → name) of `termsmith extract FILE --format json`, as a client runs it, and the document."""
    found = extract_json(path, capsys)
    return {p["role"]: p["legal_name"] for p in found["terms"].get("parties", [])}, found


def test_a_between_block_over_lines_with_one_role_names_the_other_side_the_vendor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "agreement.txt"
    path.write_text(
        _lines(
            "SOFTWARE SUPPORT AGREEMENT BETWEEN",
            'Northwind Systems LLC a Delaware corporation with offices at 12 Harbor Road, Dover, DE 19901 ("Northwind")',
            "AND",
            "Town of Easton Public Works Department 1 Town Hall Square, Easton (for purposes of this Agreement, "
            '"Customer")',
            "Northwind shall respond to a Priority 1 call within two (2) hours.",
        ),
        encoding="utf-8",
    )
    parties, found = _parties(path, capsys)
    assert parties == {"vendor": "Northwind Systems LLC", "client": "Town of Easton Public Works Department"}
    assert "BETWEEN" in found["evidence"]["parties[0].legal_name"]["quote"]


def test_a_hereinafter_block_with_one_role_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "maintenance.txt"
    path.write_text(
        _lines(
            "MAINTENANCE AGREEMENT",
            "This Maintenance Agreement made and entered into this 3rd day of May, 2021, by and between Bluefin "
            "Records Inc., whose business address is 40 Elm Street, Portland, Oregon, hereinafter referred to as "
            '"BLUEFIN" and Marion County, a political subdivision of the State of Oregon, hereinafter called '
            '"Customer".',
            "1. TERM. The term of this agreement shall be one (1) year.",
        ),
        encoding="utf-8",
    )
    parties, _found = _parties(path, capsys)
    assert parties == {"vendor": "Bluefin Records Inc.", "client": "Marion County"}


def test_a_council_record_of_a_contract_names_the_city_and_the_firm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "staff-report.txt"
    path.write_text(
        _lines(
            "TO: HONORABLE CITY COUNCIL",
            "FROM: CITY MANAGER",
            "City of Riverton Staff Report",
            "SUBJECT: APPROVAL OF A TWO YEAR SUPPORT AGREEMENT WITH GRANITE SOFTWARE, INC. IN THE AMOUNT OF $40,000",
            "Staff recommends that Council approve the renewal of the support agreement with Granite Software, Inc. "
            "for the permit system.",
        ),
        encoding="utf-8",
    )
    parties, _found = _parties(path, capsys)
    assert parties == {"client": "City of Riverton", "vendor": "GRANITE SOFTWARE, INC."}


def test_a_contract_that_only_mentions_a_city_names_no_party(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Support Terms",
            "Support is delivered from our offices in the City of Boston under the contract with Granite Software.",
            "We respond to urgent tickets within 4 hours.",
        ),
        encoding="utf-8",
    )
    parties, _found = _parties(path, capsys)
    assert parties == {}


def test_a_between_block_with_an_address_after_the_short_name_and_a_role_in_capitals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first side's address follows its short name before "and"; "the" opens the second side; ", INC." stays
    part of the name."""
    path = tmp_path / "maintenance.txt"
    path.write_text(
        _lines(
            'SOFTWARE MAINTENANCE AGREEMENT between KESTREL DATA, INC. ( "Kestrel ") having its principal place of '
            'business at: 9 Quarry Lane, Suite 4, Ogden, Utah 84401 and the TOWN OF ALDER CREEK ( "Licensee ") having '
            "its principal address at: 1 Main Street, Alder Creek",
            "Kestrel shall answer a call reporting a Critical Defect within four (4) hours.",
        ),
        encoding="utf-8",
    )
    parties, _found = _parties(path, capsys)
    assert parties == {"vendor": "KESTREL DATA, INC.", "client": "TOWN OF ALDER CREEK"}
