"""The vendor named only as the owner of the page's desk, staff and services ("the Quillmark support team", "Quillmark
services", "between Quillmark and the customer", "澄硯客戶服務中心", "Norvane 客户支持部门"), read end to end through the
CLI in en, zh-Hans and zh-Hant, with the negative cases: a plan tier or a capitalised word at a line's head, a
technical abbreviation, a platform, a team name, a public body, one mention only."""

from __future__ import annotations

from pathlib import Path

from extract_support import vendor_of as _vendor


def test_en_the_brand_that_owns_the_desk_and_the_services(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Incident priorities",
            "The chart below shows the service levels that we aim to achieve with all of our clients.",
            "Tickets are triaged by the Quillmark support team within business hours.",
            "A change of priority must be agreed between Quillmark and the customer.",
        )
        == "Quillmark"
    )


def test_en_an_all_capitals_brand_at_a_line_head(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Global response objectives",
            "DTX Global Support uses the following definitions to classify issues.",
            "Production use of the DTX services is down for all users.",
            "A ticket counts from its acceptance (by DTX).",
        )
        == "DTX"
    )


def test_zh_hans_a_han_brand_before_its_desk_and_engineers(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "售后服务",
            "1、您可以拨打澄砚客户服务中心热线咨询问题。",
            "2、如果您选择电话咨询,由澄砚热线技术支持工程师解决您的问题。",
            "3、如果您选择发送邮件,由澄砚一线技术支持工程师在24小时内给予回复。",
        )
        == "澄砚"
    )


def test_zh_hans_a_latin_brand_before_its_staff(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "服务水平标准",
            "对于优先级 1 的问题,Norvane 客户成功人员保证首次响应时间不超过 15 分钟。",
            "对于优先级 2 的问题,Norvane 客户成功人员的首次响应时间不超过 1 小时。",
        )
        == "Norvane"
    )


def test_zh_hant_a_han_brand_before_its_desk(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "售後服務",
            "1、您可以撥打澄硯客戶服務中心專線諮詢問題。",
            "2、如需到場服務,由澄硯服務工程師到客戶現場處理。",
        )
        == "澄硯"
    )


def test_en_plan_tiers_and_capitalised_words_at_a_line_head_name_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support plans",
            "Managed Services cover monitoring and patching.",
            "Enhanced Support customers get one hour per month of Gold support.",
            "Maximum support time per month is ten hours; Gold support is billed yearly.",
            "Assign engineer to each ticket.",
        )
        is None
    )


def test_en_abbreviations_team_names_and_platforms_name_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Our SaaS services and VoIP services are monitored around the clock.",
            "Each email is received by the SupportOps team; the SupportOps team replies within a day.",
            "Fixes to the WordPress services follow the WordPress team's releases.",
        )
        is None
    )


def test_one_mention_or_a_public_body_names_no_one(tmp_path: Path) -> None:
    assert _vendor(tmp_path, "Support", "Tickets are handled by the Quillmark support team.") is None
    assert (
        _vendor(
            tmp_path,
            "采购公告",
            "对地震预警中心服务器运维项目进行公开采购。",
            "项目名称:地震预警中心服务器运维项目",
        )
        is None
    )


def test_en_the_firm_in_a_relative_clause_about_its_service(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Service Level Agreement",
            'This Service Level Agreement ("SLA") describes the service commitments Quillmark makes to our clients.',
            "Response times are measured in business hours.",
        )
        == "Quillmark"
    )
    assert (
        _vendor(
            tmp_path,
            "Service Level Agreement",
            "This SLA describes the support commitments that Brightfern Studio provides to customers of our apps.",
        )
        == "Brightfern Studio"
    )


def test_en_a_role_or_a_platform_in_a_relative_clause_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Service Level Agreement",
            "This SLA covers the obligations the Customer undertakes and the services that WordPress provides.",
        )
        is None
    )


def test_en_the_firm_the_customer_partners_with_or_contacts(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Our service promise",
            "This is our promise to every business that partners with Quillmark.",
            "The SLA table only applies to Quillmark Managed Service clients.",
        )
        == "Quillmark"
    )
    # a desk or a representative the customer contacts names no one
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Please contact Support for help.",
            "To change tiers, contact your Pellucor representative; contact Pellucor Support by phone.",
        )
        is None
    )
