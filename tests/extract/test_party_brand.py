"""The vendor named only by its brand on its own page (the lead's decision of session 19, en215's reading): the firm
the page speaks as, read end to end through the CLI and the API. Pages of our own, in en, zh-Hans and zh-Hant, with the
negative cases: a platform as the subject, a client, a partner list, a copyright footer only."""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_lines, parties_of, text_lines
from pytest import CaptureFixture


def _vendor(tmp_path: Path, *lines: str) -> str | None:
    found = dict(parties_of(tmp_path, text_lines(*lines)))
    return found.get("vendor")


def test_the_brand_that_acts_twice_is_the_vendor(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    lines = [
        "Support policy",
        "Severity levels are set by the customer when a ticket is opened.",
        "Quillmark shall respond to each support request within four (4) business hours.",
        "Quillmark will assign a severity level to each ticket and keep the customer informed.",
    ]
    found = extract_lines(tmp_path, capsys, lines)
    parties = found["terms"]["parties"]
    assert [(p["role"], p["legal_name"]) for p in parties] == [("vendor", "Quillmark")]
    assert found["evidence"]["parties[0].legal_name"]["line"] == 3


def test_one_act_with_a_service_for_its_object(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Care plans",
            "- Brightfern Studio offers website maintenance and support services for small businesses.",
            "Plans are billed monthly in advance.",
        )
        == "Brightfern Studio"
    )


def test_an_all_capitals_brand_with_a_hyphen_in_a_bullet(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Issue handling",
            "• KO-RA will establish the issue category",
            "• KO-RA will establish whether the issue is within the SLA",
        )
        == "KO-RA"
    )


def test_a_brand_a_bracket_calls_we(tmp_path: Path) -> None:
    assert (
        _vendor(tmp_path, 'Holloway ("we") will provide Client ("you") with the maintenance services below.')
        == "Holloway"
    )
    assert (
        _vendor(
            tmp_path,
            'These terms are between Pinecrest Web, Inc. ("Pinecrest," "we," "us") and each customer ("you").',
            "Hosting is included in every plan.",
        )
        == "Pinecrest Web, Inc"
    )


def test_a_short_name_gives_the_name_it_defines(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            'All quotes issued by Harbor Line Systems ("HLS") are governed by these terms.',
            "HLS shall provide the Client with managed services as set out in each order.",
            "HLS may suspend services when an invoice is overdue.",
        )
        == "Harbor Line Systems"
    )


def test_zh_hans_a_latin_brand_that_serves_its_users(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "# Fernlake Cloud 支持服务",
            "Fernlake 为 Fernlake Cloud 用户提供全方位的技术支持服务。",
            "紧急问题请提交工单。",
        )
        == "Fernlake"
    )


def test_zh_hant_a_brand_a_bracket_calls_us_and_one_that_will_provide(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "本服務條款由 Moonridge（下稱本團隊、我們）制定,使用者在使用本服務前,應詳閱並同意本條款。",
            "方案內容以官方網站公告為準。",
        )
        == "Moonridge"
    )
    assert _vendor(tmp_path, "服務內容", "Tidewell 將提供以下服務:", "- 系統維護與故障排除") == "Tidewell"


def test_a_platform_as_the_subject_names_no_vendor(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Maintenance plan",
            "WordPress will release security updates from time to time.",
            "WordPress provides automatic updates for minor releases.",
        )
        is None
    )


def test_the_client_and_a_generic_team_name_no_vendor(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support terms",
            "The Customer will report each incident by email.",
            "Technical Support will respond within one business day.",
            "Technical Support will keep a record of each ticket.",
        )
        is None
    )


def test_a_partner_list_and_a_copyright_footer_name_no_vendor(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support terms",
            "We work with partners such as Northgate, Eastwell and Silverpine.",
            "Response times are measured during business hours.",
            "© 2025 Lumenvale. All rights reserved.",
        )
        is None
    )
    assert _vendor(tmp_path, "技术支持", "我们为您提供7x24小时技术支持服务。", "© 2025 Lumenvale") is None


def test_two_brands_acting_as_often_name_no_one(tmp_path: Path) -> None:
    # and a brand that acts once, with no service for its object, names no one either
    assert _vendor(tmp_path, "Notes", "Rootwise will patch the servers every month.") is None
    assert (
        _vendor(
            tmp_path,
            "Who does what",
            "Rootwise will patch the servers every month.",
            "Calderbrook will answer the help line.",
            "Rootwise will keep a backup of each site.",
            "Calderbrook will log every call.",
        )
        is None
    )


def test_a_title_and_its_own_support_count_with_one_act(tmp_path: Path) -> None:
    # the page's title names the firm beside its support, and the firm acts once more below
    assert (
        _vendor(
            tmp_path,
            "Larkspur's support coverage and response structure",
            "Larkspur Support Coverage:",
            "- Standard hours: Monday to Friday 8am-5pm",
        )
        == "Larkspur"
    )
    assert (
        _vendor(
            tmp_path,
            "Maintenance terms",
            "No services will be provided by Cobalt Ridge while an invoice is overdue.",
            "Cobalt Ridge ensures that its work is original.",
        )
        == "Cobalt Ridge"
    )


def test_zh_hant_a_title_alone_names_no_one(tmp_path: Path) -> None:
    assert _vendor(tmp_path, "Moonridge 支援服務", "緊急問題請來電。") is None


def test_a_brand_acting_after_a_lead_phrase_or_and(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Monthly package",
            "In this package Quarry Lane will:",
            "- update plugins and themes",
            "Prices hold until December, and Quarry Lane may increase them after notice to the client.",
        )
        == "Quarry Lane"
    )


def test_a_role_or_a_common_noun_acting_names_no_one(tmp_path: Path) -> None:
    assert (
        _vendor(
            tmp_path,
            "Support",
            "Seller may replace a faulty part, and Seller will pay the shipping.",
            "Calls may be recorded. Calls will be answered in order.",
        )
        is None
    )
