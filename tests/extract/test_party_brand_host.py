"""The vendor named by a brand that acts once on a page whose own mail or web host spells it ("Velmora commits to …"
beside support@velmora.io), read end to end from text and DOCX in en and zh-Hans, with the negative cases: the host
alone, a platform the page names beside its host, a product the page only uses, a third party's host."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_vendor_of, vendor_of


def test_en_a_brand_acting_once_beside_its_own_support_address(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Terminal — Service Level Agreement",
            "Velmora commits to 99.5% monthly uptime for the Terminal platform.",
            "Support channel: help@velmora.io",
        )
        == "Velmora"
    )


def test_en_docx_a_dotted_brand_and_its_host(tmp_path: Path) -> None:
    assert (
        docx_vendor_of(
            tmp_path,
            "Maintenance terms",
            "K27.ch shall offer the Client a contact point for reporting anomalies.",
            "E-mail support@k27.ch",
        )
        == "K27.ch"
    )


def test_zh_hans_a_latin_brand_acting_once_beside_its_host(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "服务水平协议",
            "如有疑问请联系 service@norvane.cn。",
            "我们承诺响应时间如下,Norvane 客户成功人员保证首次响应不超过 15 分钟。",
        )
        == "Norvane"
    )


def test_the_host_alone_names_no_one(tmp_path: Path) -> None:
    assert vendor_of(tmp_path, "Support terms", "We respond within one business day.", "Mail help@velmora.io") is None


def test_a_product_the_page_uses_is_no_vendor_though_its_host_matches(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support terms",
            "We respond within one business day when Quorix is unavailable.",
            "Quorix will be patched monthly.",
            "Status: status.quorix.com",
        )
        is None
    )


def test_a_third_partys_platform_with_its_host_is_no_vendor(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support terms",
            "Zendesk will route every ticket we receive.",
            "Open a ticket at acme.zendesk.com",
        )
        is None
    )


def test_en_the_whole_legal_name_before_a_short_name_bracket(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support Policy",
            "This policy governs post-launch services provided by Kestrel.dev LLC (“Kestrel”).",
            "Email: support@kestrel.dev",
        )
        == "Kestrel.dev LLC"
    )


def test_docx_the_whole_name_provided_by_beside_its_host(tmp_path: Path) -> None:
    assert (
        docx_vendor_of(
            tmp_path,
            "Support Policy",
            "Updates provided by Orvane Labs (“Orvane”) are included.",
            "Mail help@orvanelabs.com",
        )
        == "Orvane Labs"
    )
