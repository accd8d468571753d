"""The vendor named once as the firm a page's service is provided by ("the scope of support provided by Quillo",
"services provided by Marten to the Client", "the SLA provided by Switch Nine.", "support is provided by The Harbour
Hosting Ltd."): the firm serves, which counts alone as an act with a service for object does. Read end to end from
text and DOCX, with the negative cases: a platform the service runs on, a reseller naming the maker of what it
resells (no service before "provided by"), and a name the page already reads as the client."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_vendor_of, parties_of, text_lines, vendor_of


def test_en_support_provided_by_a_brand(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Scope of support",
            "This document outlines the scope of support provided by Quillo",
            "Priority 1 issues are answered within 2 hours.",
        )
        == "Quillo"
    )


def test_en_services_provided_by_a_person_to_the_client(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Freelance Web Development Terms of Service",
            "These terms apply to all web development services provided by Marten to the Client.",
        )
        == "Marten"
    )


def test_en_docx_the_sla_provided_by_a_brand_before_a_full_stop(tmp_path: Path) -> None:
    assert (
        docx_vendor_of(
            tmp_path,
            "Issue tracking",
            "It is used to measure the service level agreement (SLA) provided by Switch Nine. Times are in hours.",
        )
        == "Switch Nine"
    )


def test_en_a_legal_name_with_its_article(tmp_path: Path) -> None:
    found = vendor_of(
        tmp_path,
        "Support policy",
        "This Support Policy explains how support is provided by The Harbour Hosting Ltd., what is included.",
    )
    assert found is not None and found.rstrip(".") == "The Harbour Hosting Ltd"


def test_hosting_provided_by_a_platform_names_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Website care plan",
            "Hosting provided by DigitalOcean is monitored around the clock.",
            "We respond to urgent requests within 4 hours.",
        )
        is None
    )


def test_a_reseller_naming_the_maker_names_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Licence renewals",
            "The licences are supplied by Kestrel Systems and renewed each year.",
            "We respond to renewal questions within 2 business days.",
        )
        is None
    )


def test_a_client_named_first_is_not_the_vendor(tmp_path: Path) -> None:
    text = text_lines(
        "This agreement is between Northwind Ltd (the Client) and Quillo Ltd (the Supplier).",
        "Support provided by Quillo Ltd covers the hosted application.",
    )
    assert dict(parties_of(tmp_path, text)).get("client") == "Northwind Ltd"
    assert dict(parties_of(tmp_path, text)).get("vendor") == "Quillo Ltd"
