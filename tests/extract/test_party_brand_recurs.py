"""The vendor named by a brand that acts or owns a desk once on a page about it: the only firm the page names so, of a
brand's shape, standing three times or more ("Timbrel Solutions will send you an invoice …" on a page that names
Timbrel Solutions throughout), read end to end from text and DOCX in en and zh-Hans, with the negative cases: one
plain capitalised word, a product closing in a plan word, two firms each named once, a brand named only twice."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_vendor_of, vendor_of

_PAGE = (
    "Software Maintenance Agreement",
    "The agreement gives access to upgrades of Timbrel Solutions V10 and Timbrel Solutions Learning Resources.",
    "Timbrel Solutions will send you an invoice before your agreement expires.",
    "Only calls about how to use the software are charged.",
)


def test_en_a_multi_word_brand_the_page_is_about(tmp_path: Path) -> None:
    assert vendor_of(tmp_path, *_PAGE) == "Timbrel Solutions"


def test_en_docx_an_all_capitals_brand_the_page_is_about(tmp_path: Path) -> None:
    assert (
        docx_vendor_of(
            tmp_path,
            "Support Services",
            "Supported Software: QXR Platform and its plugins",
            "Three designated contacts for QXR Platform",
            "Four (4) hours for P1 incidents via an email from QXR",
            "Unless otherwise agreed by the Customer and QXR, support starts on delivery.",
        )
        == "QXR"
    )


def test_zh_hans_a_latin_brand_the_page_is_about(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "服务条款",
            "订阅包含 GridVane 平台的全部更新。",
            "如 GridVane 平台出现故障,请提交工单。",
            "工单由 GridVane 客户成功人员在 4 小时内回复。",
        )
        == "GridVane"
    )


def test_one_plain_capitalised_word_names_no_one(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support Services",
            "Design changes are billed hourly.",
            "Design reviews happen weekly.",
            "The Design team assigns each request a priority.",
        )
        is None
    )


def test_a_product_closing_in_a_plan_word_names_no_one(tmp_path: Path) -> None:
    assert (
        vendor_of(
            tmp_path,
            "Support for Vaultly Pro",
            "Vaultly Pro support engineers answer within one business day.",
            "Vaultly Pro licences include updates.",
            "Vaultly Pro runs on your own servers.",
        )
        is None
    )


def test_a_brand_named_only_twice_names_no_one(tmp_path: Path) -> None:
    assert vendor_of(tmp_path, *_PAGE[:1], "Timbrel Solutions will send you an invoice.", _PAGE[3]) is None
