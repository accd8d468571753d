"""Forum wordings of website terms (issue 12; en1096 and en1097, two real terms-of-use PDFs): a court named before a
new subject ("… the courts of the Cayman Islands and we and you consent …") ends there, and a court of arbitration
named by its city ("the London Court of International Arbitration") is the arbitral institution, not a court."""

from __future__ import annotations

from pathlib import Path

from tests.extract.extract_support import terms_of, text_lines


def test_the_court_name_ends_before_a_new_subject(tmp_path: Path) -> None:
    text = text_lines(
        "These terms are governed by the laws of Bermuda.",
        "All disputes will be litigated exclusively in the courts of Bermuda and you and we consent to that jurisdiction.",
    )
    assert terms_of(tmp_path, text)["disputes"]["court"] == {"name": "Bermuda"}


def test_a_court_of_arbitration_is_the_institution(tmp_path: Path) -> None:
    text = text_lines(
        "Any dispute shall be referred to and finally resolved by arbitration under the Rules of the London Court of "
        "International Arbitration, which Rules are incorporated by reference."
    )
    disputes = terms_of(tmp_path, text)["disputes"]
    assert disputes["arbitration"] == {"institution": "London Court of International Arbitration"}
    assert "court" not in disputes, disputes


def test_a_court_still_reads_beside_the_arbitration_clause(tmp_path: Path) -> None:
    text = text_lines("The courts of Singapore shall have exclusive jurisdiction over any dispute.")
    assert terms_of(tmp_path, text)["disputes"]["court"] == {"name": "Singapore"}
