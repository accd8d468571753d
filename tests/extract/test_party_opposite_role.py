"""The vendor named opposite a party the agreement names by its role only, a blank or "its clients" (extract33E).
Own wording, in the shapes of en1186, en1188, en1190 and en1173 (batches 122–123)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of


@pytest.mark.parametrize(
    ("text", "vendor"),
    [
        (
            'This Master Services Agreement is made by and between Brightline Hosting, LLC. ("Company"), a Florida '
            'limited liability company, and ____________, ("Customer").',
            "Brightline Hosting, LLC",
        ),
        (
            'This SERVICES AGREEMENT is made by and between PIXEL & PAPER DESIGN ("P&P"), a limited liability company, '
            "organized under the laws of the state of Ohio, and CLIENT (identified in Section 1 below).",
            "PIXEL & PAPER DESIGN",
        ),
        (
            "These General Terms and Conditions are part of all contracts between Northwind Web Studios, and its clients.",
            "Northwind Web Studios",
        ),
        (
            "This SLA outlines the commitments between 212 Marketing & Consulting and our clients for website care.",
            "212 Marketing & Consulting",
        ),
    ],
)
def test_the_named_side_opposite_a_role_is_the_vendor(tmp_path: Path, text: str, vendor: str) -> None:
    assert parties_of(tmp_path, "Terms\n" + text + "\n") == [("vendor", vendor)]


@pytest.mark.parametrize(
    "text",
    [
        # not an agreement between the two: a channel, a table row
        "Chat Support | A private channel between ZENTRIX and Customer, opened when the subscription starts",
        # both sides by role only
        "This Agreement is between the Company and the Customer.",
    ],
)
def test_no_vendor_without_an_agreement_between_a_name_and_a_role(tmp_path: Path, text: str) -> None:
    assert ("vendor", "ZENTRIX") not in parties_of(tmp_path, "Terms\n" + text + "\n")
    assert ("vendor", "Company") not in parties_of(tmp_path, "Terms\n" + text + "\n")
