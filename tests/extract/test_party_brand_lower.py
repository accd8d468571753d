"""The vendor whose brand starts in lower case with an inner capital ("At dbaPlatform, we …" → dbaPlatform), read end to
end from text and DOCX, with the negative cases: an all-capitals-tail platform word ("macOS will …") and a
lower-case word at a sentence's head."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_vendor_of, vendor_of


def test_en_a_lower_case_brand_that_speaks_as_we(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support Policy",
            "At kiteDesk, we are committed to delivering timely support for every ticket.",
            "Response times are measured in business hours.",
        )
        == "kiteDesk"
    )


def test_docx_a_lower_case_brand_acting_twice(tmp_path: Path) -> None:
    assert (
        docx_vendor_of(
            tmp_path,
            "Service Levels",
            "Priority 1 tickets: ohmCloud will respond within one hour.",
            "Priority 2 tickets: ohmCloud will respond within four hours.",
        )
        == "ohmCloud"
    )


def test_a_platform_written_in_lower_case_is_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support Policy",
            "Updates: macOS will be patched monthly.",
            "Older releases: macOS will receive security fixes only.",
        )
        is None
    )
