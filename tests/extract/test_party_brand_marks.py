"""The vendor named by a brand that carries its mark (®, ™) where it acts ("Korvali® reserves …", "Korvali® will …"),
read end to end from text and DOCX, with the negative cases: a marked platform the page works on, a marked product
that only runs, and a marked brand the customer is."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_vendor_of, vendor_of

_PAGE = (
    "Korvali® Support Policy",
    "Korvali® reserves a 4 hour weekly maintenance window.",
    "Outside of scheduled downtime, Korvali® will respond to Priority 1 requests within 2 hours.",
)


def test_en_a_marked_brand_acting_twice(tmp_path: Path) -> None:
    assert vendor_of(tmp_path, *_PAGE) == "Korvali"


def test_en_docx_a_trademarked_brand_acting_twice(tmp_path: Path) -> None:
    lines = [line.replace("®", "™") for line in _PAGE]
    assert docx_vendor_of(tmp_path, *lines) == "Korvali"


def test_a_marked_platform_names_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Website care plan",
            "WordPress® will release security updates on its own schedule.",
            "WordPress® shall be updated within 5 business days of a release.",
        )
        is None
    )


def test_a_marked_product_that_only_runs_names_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Service terms",
            "The Lumetra™ dashboard is available 99.5% of the month.",
            "We respond to Priority 1 requests within 2 hours.",
        )
        is None
    )
