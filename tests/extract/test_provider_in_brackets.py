"""A vendor's SLA may name itself once, with its role in brackets and no quotes: "provided by Acme Widgets Ltd (the
Service Provider) to all customers". It was read only with the role quoted ("the Supplier"). A role in brackets that
is the customer's, or a name that is no company, names no vendor. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines


def _parties(tmp_path: Path, sentence: str) -> dict[str, str]:
    terms = terms_of(tmp_path, text_lines("Service Level Agreement", sentence, "Support hours are 9:00 to 17:30."))
    return {p["role"]: p["legal_name"] for p in terms.get("parties", [])}


@pytest.mark.parametrize(
    ("sentence", "vendor"),
    [
        (
            "This SLA sets the parameters of all IT Support Services provided by Acme Widgets Ltd (the Service "
            "Provider) to all customers (Customer).",
            "Acme Widgets Ltd",
        ),
        (
            "Maintenance is supplied by Northwind Systems Limited (the Supplier) under this agreement.",
            "Northwind Systems Limited",
        ),
        ("The services are provided by Contoso Inc. (the Vendor) to the Client.", "Contoso Inc."),
    ],
)
def test_the_role_in_brackets_names_the_vendor(tmp_path: Path, sentence: str, vendor: str) -> None:
    assert _parties(tmp_path, sentence).get("vendor") == vendor


def test_a_customer_role_in_brackets_names_no_vendor(tmp_path: Path) -> None:
    found = _parties(tmp_path, "Support is provided by the team to Fabrikam Ltd (the Customer) on request.")
    assert "vendor" not in found
