"""The vendor's name in three layouts of its own terms (session 24, extract24V), read back through the public API
from text and DOCX: a name the page defines once and then calls by its initials ('Cloud Guru IT ("CGIT")'), a
legal name whose words are common ones before a role bracket ("services provided by System Binaries LLC
("Provider")"), a legal name with its form as the subject of a promise ("Scilico, LLC will use …"), and the
"Company" of a definitions list given by its legal name ("• Company: Pro Cloud Solutions Ltd, …"). The negative
cases: "the Company" alone, a blank's placeholder, a legal form alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_vendor_of, parties_of, text_lines, vendor_of

_BODY = "Critical issues receive a response within 4 hours. Support hours are 9:00 to 17:00 on business days."


def test_a_name_defined_once_by_its_initials_is_read_in_full(tmp_path: Path) -> None:
    found = vendor_of(
        tmp_path,
        'This SLA governs the services provided by Harbour Data IT ("HDIT") to its clients.',
        "HDIT will provide 24/7 support via email and live chat.",
        "HDIT guarantees the following service levels.",
        _BODY,
    )
    assert found == "Harbour Data IT"


def test_a_legal_name_of_common_words_before_a_role_bracket(tmp_path: Path) -> None:
    found = docx_vendor_of(
        tmp_path,
        'This SLA describes responsibilities for managed services provided by System Network LLC ("Provider").',
        _BODY,
    )
    assert found == "System Network LLC"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "For code changes, Quillon, LLC will use commercially reasonable efforts to resolve the issue.",
            "Quillon, LLC",
        ),
        ("Marrow Data Pty Ltd shall respond to every ticket within the targets below.", "Marrow Data Pty Ltd"),
    ],
)
def test_a_legal_name_that_makes_the_promise(tmp_path: Path, line: str, name: str) -> None:
    assert vendor_of(tmp_path, "Support terms", line, _BODY) == name


@pytest.mark.parametrize(
    "lines",
    [
        ("Support terms", "The Company will respond to every ticket within the targets below.", _BODY),
        ("Support terms", "Under this plan, LLC will respond within 4 hours.", _BODY),
    ],
)
def test_no_vendor_from_a_role_or_a_bare_form(tmp_path: Path, lines: tuple[str, ...]) -> None:
    assert parties_of(tmp_path, text_lines(*lines)) == []


def test_the_company_of_a_definitions_list(tmp_path: Path) -> None:
    lines = (
        "1. Definitions",
        "  • Company: Tern Cloud Solutions Ltd, Mill House, 12 High Street, Taunton, TA1 1QN.",
        "  • Customer: The organisation entering into this Agreement with the Company.",
        _BODY,
    )
    assert vendor_of(tmp_path, *lines) == "Tern Cloud Solutions Ltd"
    assert docx_vendor_of(tmp_path, *lines) == "Tern Cloud Solutions Ltd"


@pytest.mark.parametrize(
    "lines",
    [("**Company:** {{COMPANY_NAME}}", _BODY), ("Company: the firm named in the order form", _BODY)],
)
def test_no_company_from_a_blank_or_a_description(tmp_path: Path, lines: tuple[str, ...]) -> None:
    assert parties_of(tmp_path, text_lines(*lines)) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "1.2 雲帆有限公司(以下簡稱為「供應商」)提供應用程式支援服務予已登記的客戶(以下簡稱為「客戶」)。",
            "雲帆有限公司",
        ),
        ("本协议由杭州云帆信息技术有限公司（以下简称“服务商”）向用户提供技术支持。", "杭州云帆信息技术有限公司"),
    ],
)
def test_a_chinese_company_defined_by_its_role_word(tmp_path: Path, line: str, name: str) -> None:
    assert parties_of(
        tmp_path, text_lines("售后服务条款", line, "工作日9:00-17:00提供技术支持。紧急故障4小时内响应。")
    ) == [("vendor", name)]


def test_a_group_of_clients_is_no_vendor(tmp_path: Path) -> None:
    lines = (
        "Support rates",
        "Non Contract Customers will be provided remote support for $125 per hour.",
        "Non Contract Customers will be provided on site service from 9am to 7pm.",
        _BODY,
    )
    assert vendor_of(tmp_path, *lines) is None


_PRODUCT_PAGE = (
    "SLA",
    "Support priorities depend on the severity levels assigned by the Ledgero customer service desk.",
    "Ledgero's customer service desk orders incidents based on severity level:",
    "Low: Ledgero is available and operational, or the client requires assistance in the use of Ledgero.",
    "The severity of a case can be determined by both Orbitel and the client, but Orbitel will have final authority.",
    _BODY,
)


def test_a_product_the_client_uses_is_no_vendor(tmp_path: Path) -> None:
    assert vendor_of(tmp_path, *_PRODUCT_PAGE) != "Ledgero"
    assert docx_vendor_of(tmp_path, *_PRODUCT_PAGE) != "Ledgero"


def test_the_firm_beside_the_client_whose_name_ends_in_support(tmp_path: Path) -> None:
    page = [line.replace("Orbitel", "Orbisupport") for line in _PRODUCT_PAGE]
    assert vendor_of(tmp_path, *page) == "Orbisupport"


def test_the_firms_own_products_after_use_of_keep_it_the_vendor(tmp_path: Path) -> None:
    lines = (
        "Support terms",
        "Assistance with installation, configuration, and usage of Cloudlyn products and services.",
        "Cloudlyn reserves the right to suspend support for unpaid accounts.",
        "Cloudlyn will respond to critical issues within 4 hours.",
    )
    assert vendor_of(tmp_path, *lines) == "Cloudlyn"


def test_a_legal_name_with_a_lower_case_first_letter_opposite_the_customer(tmp_path: Path) -> None:
    lines = (
        'These terms form part of the Hosting Service Agreement (the "HSA") between eVantis Group Limited, a member of '
        'the Northway Family of Companies ("eVantis") and the customer named in the HSA (the "Customer").',
        _BODY,
    )
    assert vendor_of(tmp_path, *lines) == "eVantis Group Limited"
    assert docx_vendor_of(tmp_path, *lines) == "eVantis Group Limited"
