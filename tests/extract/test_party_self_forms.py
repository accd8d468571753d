"""The vendor named by the other forms a document names itself in (`party_self_forms`), when no other reader named
anyone: "we" in brackets once or after a registration number, operated by, provides services, welcome to, between you
and, agrees to provide, a letterhead line, a copyright line; in Chinese 简称我们, 为您提供, 由…提供, 本公司(…), 版权所有.
A bare brand, a role or a party named by "the" stays no name."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of as _parties

_BODY = "Support hours are 9:00 to 17:00 on business days. Critical issues receive a response within 4 hours.\n"
_ZH_BODY = "工作日9:00-17:00提供技术支持。紧急故障4小时内响应。\n"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ('Brightline Systems Ltd ("we") maintains the software described below.', "Brightline Systems Ltd"),
        (
            'Brightline Systems Pty Ltd (ABN 11 222 333 444) ("we", "us") offers these plans.',
            "Brightline Systems Pty Ltd",
        ),
        ("This service is operated by Brightline Systems LLC, Denver.", "Brightline Systems LLC"),
        (
            "Brightline Systems Inc. provides software maintenance services under these terms.",
            "Brightline Systems Inc.",
        ),
        ("These terms form an agreement between you and Brightline Systems GmbH, Munich.", "Brightline Systems GmbH"),
        ("Brightline Works agrees to provide the following services: hosting and updates.", "Brightline Works"),
        ("Brightline Works will provide website maintenance services for one year.", "Brightline Works"),
        ("Brightline Works shall provide the support described below.", "Brightline Works"),
        ("**Brightline Systems Ltd**\nService terms for hosted customers.", "Brightline Systems Ltd"),
        (
            "Service terms.\nQuestions? Read our FAQ.\n© 2024 Brightline Systems Inc. All rights reserved.",
            "Brightline Systems Inc.",
        ),
    ],
)
def test_an_english_vendor_naming_itself(tmp_path: Path, lead: str, name: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_BODY}") == [("vendor", name)]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("杭州明远软件有限公司(以下简称“我们”)为客户提供以下维护服务。", "杭州明远软件有限公司"),
        ("杭州明远软件有限公司为您提供以下售后服务。", "杭州明远软件有限公司"),
        ("本服务由杭州明远软件有限公司提供。", "杭州明远软件有限公司"),
        ("本公司(杭州明远软件有限公司)承诺如下:", "杭州明远软件有限公司"),
        ("明遠資訊股份有限公司 版權所有", "明遠資訊股份有限公司"),
    ],
)
def test_a_chinese_vendor_naming_itself(tmp_path: Path, lead: str, name: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_ZH_BODY}") == [("vendor", name)]


@pytest.mark.parametrize(
    "lead",
    [
        "The Client agrees to provide the following services access: a VPN account.",  # a role
        "You agree to provide the following support information when you log an issue.",
    ],
)
def test_no_name_from_a_role_or_a_bare_brand(tmp_path: Path, lead: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_BODY}") == []


def test_a_bare_brand_serving_its_customers_is_the_vendor(tmp_path: Path) -> None:
    # the lead's decision of session 19 (en215's reading): a brand without a legal form that provides the service on
    # its own page names the vendor (this used to name no one)
    lead = "Brightline Systems provides maintenance and hosting services to its customers."
    assert _parties(tmp_path, f"{lead}\n{_BODY}") == [("vendor", "Brightline Systems")]
