"""Issue 12 (session 28): a buyer's tender document (招标文件) and Chinese names holding numerals. Real tenders in the
corpus (zh297, zh301–zh303) gave their own procedure as terms: the bid bond's "投标保证…" read as a vendor named 投标 (a
name that acts), the bid's validity (投标有效期 90 天) as the agreement's term, and a cover's spread-out label
("招 标 人: | …", "采   购   人：…") was not read. A tender names the buyer and no vendor yet. The texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, parties_of

_TENDER = [
    "项目编号：SC-2026-0315",
    "招 标 文 件",
    "招 标 人: | 上海星海视听新媒体有限公司",
    "第一章 投标人须知",
    "投标保证金：投标人须在投标截止时间前递交投标保证金人民币 20000 元。",
    "投标保证应注明招标编号，采用电汇形式。",
    "3.3.1 | 投标有效期 | 90 天",
    "投标文件有效期为投标截止日起 90 天。",
    "第二章 服务要求",
    "中标人应在接到故障报修后 2 小时内响应，24 小时内修复。",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_tender_names_its_buyer_and_no_vendor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    found = extract_lines(tmp_path, capsys, _TENDER, name=f"tender{suffix}")
    terms = found["terms"]
    assert terms["parties"] == [{"role": "client", "legal_name": "上海星海视听新媒体有限公司"}]
    assert "term" not in terms  # the bid's validity is no term of the agreement
    level = terms["severity_levels"][0]
    assert (level["response"]["within"], level["resolution"]["within"]) == ("2h", "24h")


def test_a_spread_out_buyer_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "竞争性磋商采购文件",
        "采   购   人：上海星海视听新媒体有限公司",
        "编  制 单 位：上海星海视听新媒体有限公司",
    ]
    assert extract_lines(tmp_path, capsys, lines)["terms"]["parties"] == [
        {"role": "client", "legal_name": "上海星海视听新媒体有限公司"}
    ]


def test_only_a_tender_turns_off_the_vendor_that_acts(tmp_path: Path) -> None:
    """The brand that acts twice is the vendor of its own terms, not of a tender that quotes them."""
    text = "天络售后服务\n天络提供全年电话支持。\n天络将派员到场处理。\n"
    assert parties_of(tmp_path, text) == [("vendor", "天络")]
    assert parties_of(tmp_path, "招标文件\n" + text) == []


@pytest.mark.parametrize(
    "line",
    [
        "响应有效期：180 天（日历天数）",  # how long the bid stands
        "本征询响应函自响应方加盖公章后于评审之日起有效期为180 天。",  # the bidder's letter, valid for 180 days
        "招标人将在收到异议之日起 3日内作出答复；",  # answering a bidder's objection
    ],
)
def test_a_tenders_procedure_gives_no_level(tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str) -> None:
    terms = extract_lines(tmp_path, capsys, ["征 询 文 件", line])["terms"]
    assert "severity_levels" not in terms and "term" not in terms


def test_a_price_ceiling_caps_no_liability(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "征询报价要求：报价应为含税总价，本项目最高限价 197.4 万元，响应方承担由此产生的全部责任。"
    assert "liability" not in extract_lines(tmp_path, capsys, [line])["terms"]


def test_a_term_written_across_a_forms_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = "| 2 | 服务期限 | 2026年 | 12月 | 16日 | 至 | 2027年 | 12月 | 15日 |"
    assert extract_lines(tmp_path, capsys, [row])["terms"]["term"] == {"start": "2026-12-16", "length": "12 months"}


def test_a_response_before_the_agreements_validity_leaves_the_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "乙方接到报修后2小时内响应，本合同有效期一年。"
    assert extract_lines(tmp_path, capsys, [line])["terms"]["term"] == {"length": "1 year"}


@pytest.mark.parametrize(
    "title",
    [
        "STATEMENT OF REQUIREMENTS (SOR) SOR # CTY-260115-01 City Web Portal Operations and Maintenance",
        "Request for Proposals",
        "REQUEST FOR QUOTATION (RFQ) No. 2026-14",
        "Invitation to Tender: website support services",
    ],
)
def test_an_english_call_for_offers_names_no_vendor_that_acts(tmp_path: Path, title: str) -> None:
    """extract34A: a buyer's statement of requirements speaks of itself by its short name ("CDOT will appoint …"),
    which the brand reader took for the vendor; a title that calls the document a call for offers turns it off."""
    text = "CDOT will appoint one support manager.\nCDOT will review the monthly reports.\n"
    assert parties_of(tmp_path, text) == [("vendor", "CDOT")]
    assert parties_of(tmp_path, title + "\n" + text) == []


def test_a_request_for_proposals_named_later_in_a_vendors_terms_leaves_its_brand(tmp_path: Path) -> None:
    text = (
        "Acme Web Care Terms\nAcme will answer tickets within one business day.\nAcme will keep daily backups.\n"
        "If you send us a request for proposals, Acme will reply within a week.\n"
    )
    assert parties_of(tmp_path, text) == [("vendor", "Acme")]
