"""A proposal's or a quotation's cover names its parties (`rules.party_cover.proposal_cover`): who prepared or
submitted it is the vendor, who it is prepared for or submitted to the client. A staff report's "prepared by" (the
client's own officer), a placeholder and a page that is no proposal name no one this way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines


def parties(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(p["role"], p["legal_name"]) for p in terms_of(tmp_path, text).get("parties", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            text_lines(
                "Website Redesign Proposal",
                "Prepared for: Harbour Dental Group",
                "Prepared by: Lumen Web Studio",
                "Date: 3 March 2026",
            ),
            [("client", "Harbour Dental Group"), ("vendor", "Lumen Web Studio")],
        ),
        (  # a PDF's cover joined into one line, the client by its label
            text_lines(
                "Quotation Product : Stock Tracker Web App Client: ORION TEXTILES PRIVATE LIMITED (EXPORT DIVISION) "
                "Prepared By: Kestrel Labs Date: 04-12-2025",
            ),
            [("client", "ORION TEXTILES PRIVATE LIMITED"), ("vendor", "Kestrel Labs")],
        ),
        (  # a banner line, and a close corporation's suffix in lower case
            text_lines(
                "EXPRESSION OF INTEREST",
                "Submitted by: Nambala Digital cc Windhoek, Namibia | Submitted to: Coastal Water Board",
            ),
            [("vendor", "Nambala Digital cc"), ("client", "Coastal Water Board")],
        ),
        (
            text_lines("PREPARED BY BRIGHTLOOP · FOR ACME ROBOTICS · CONFIDENTIAL", "Mobile App Proposal"),
            [("vendor", "BRIGHTLOOP"), ("client", "ACME ROBOTICS")],
        ),
    ],
)
def test_a_proposal_cover_names_both_parties(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(parties(tmp_path, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        text_lines(  # a council's staff report: prepared by its own officer
            "STAFF REPORT: software maintenance estimate",
            "Prepared by: Pat Holm, Director of Finance",
        ),
        text_lines("Pricing Proposal", "Prepared For: Client Legal Name"),
        text_lines("Release notes", "Prepared by: Lumen Web Studio"),  # no proposal
    ],
)
def test_no_party_without_a_proposal_cover(tmp_path: Path, text: str) -> None:
    assert parties(tmp_path, text) == []
