"""Vendors named with their legal form on their own terms or support page (session 19, extract19P), read back
through the public API: a legal form ends its word (a title "… Connector - Support Policy" names no "Co"), a brand's
legal name in brackets, aliases in quotes that call the firm "we", and the service provided by a company (所提供)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of as _parties

_BODY = "Support hours are 9:00 to 17:00 on business days. Critical issues receive a response within 4 hours.\n"
_ZH_BODY = "工作日9:00-17:00提供技术支持。紧急故障4小时内响应。\n"


@pytest.mark.parametrize(
    "title",
    ["Amazon Odoo Connector - Support Policy", "Harbor Cloud Corporate Support Terms", "Nimbus Commerce Support Plan"],
)
def test_a_legal_form_ends_its_word_in_a_title(tmp_path: Path, title: str) -> None:
    assert _parties(tmp_path, f"{title}\n{_BODY}") == []


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "This agreement covers customer support services provided by Invoay (Hades Info Systems Pvt Ltd).",
            "Hades Info Systems Pvt Ltd",
        ),
        ("Brightline (Brightline Software GmbH) provides the support described below.", "Brightline Software GmbH"),
        ("Support is offered by Nordlys (Nordlys Data AB) to every subscriber.", "Nordlys Data AB"),
        ("Talvi (Talvi Systems S.A.) is a provider of monitoring software.", "Talvi Systems S.A."),
    ],
)
def test_a_brand_with_its_legal_name_in_brackets(tmp_path: Path, lead: str, name: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_BODY}") == [("vendor", name)]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("EMQ（杭州映云科技有限公司）是一家开源软件供应商，为企业提供技术支持。", "杭州映云科技有限公司"),
        ("本服务由明远（杭州明远软件有限公司）提供。", "杭州明远软件有限公司"),
    ],
)
def test_a_chinese_brand_with_its_company_in_brackets(tmp_path: Path, lead: str, name: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_ZH_BODY}") == [("vendor", name)]


def test_a_brand_naming_a_company_it_works_with_is_no_vendor(tmp_path: Path) -> None:
    text = "Our partners include Stripe (Stripe Payments Europe Ltd) and others.\n"
    assert _parties(tmp_path, f"{text}{_BODY}") == []


@pytest.mark.parametrize(
    "lead",
    [
        "Harbor Sites, Inc, provides the following channels of software support:",
        "Harbor Sites, Inc. provides round-the-clock hosting and application support to subscribers.",
    ],
)
def test_a_company_providing_support_after_a_comma_or_longer_words(tmp_path: Path, lead: str) -> None:
    assert _parties(tmp_path, f"{lead}\n{_BODY}")[0][1].startswith("Harbor Sites, Inc")


def test_a_company_receiving_support_is_no_vendor(tmp_path: Path) -> None:
    text = "Customers such as Harbor Sites, Inc. receive the following channels of software support:\n"
    assert _parties(tmp_path, f"{text}{_BODY}") == []


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("取得維護授權後，即可使用明遠資訊股份有限公司所提供之售後技術支援服務。", "明遠資訊股份有限公司"),
        ("您购买产品后可享受杭州明远软件有限公司提供的技术支持服务。", "杭州明远软件有限公司"),
    ],
)
def test_the_service_a_chinese_company_provides(tmp_path: Path, lead: str, name: str) -> None:
    body = _ZH_BODY.replace("技术支持", "技術支援") if "資訊" in lead else _ZH_BODY
    assert _parties(tmp_path, f"{lead}\n{body}") == [("vendor", name)]


def test_a_procurement_table_row_names_the_buyer(tmp_path: Path) -> None:
    text = "| 单一来源采购公示表 | |\n| 采购单位 | 临江县人民医院 |\n| 项目名称 | 信息系统年度维护 |\n| 采购预算 | 6万元 |\n"
    assert _parties(tmp_path, text) == [("client", "临江县人民医院")]


def test_name_lines_under_a_details_heading_and_not_the_agency(tmp_path: Path) -> None:
    text = (
        "一、采购人信息\n名 称：临江县人民医院\n地址：临江县人民路1号\n"
        "二、采购代理机构信息\n名 称：临江招标代理有限公司\n地址：临江县文化路2号\n"
        "三、成交供应商信息\n名称:江苏明远信息科技有限公司\n地址:徐州市鼓楼区\n维护期限:3年\n"
    )
    found = dict((role, name) for role, name in _parties(tmp_path, text))
    assert found == {"client": "临江县人民医院", "vendor": "江苏明远信息科技有限公司"}


def test_a_zh_hant_details_heading(tmp_path: Path) -> None:
    text = "廠商資訊\n名稱:明遠資訊股份有限公司\n地址:臺北市信義路1號\n維護期限:1年\n"
    assert _parties(tmp_path, text) == [("vendor", "明遠資訊股份有限公司")]


@pytest.mark.parametrize(
    "rows",
    [
        "甲方:地址:电话:传真:邮编:\n乙方:地址:电话:传真:邮编:身份证号:\n",
        "甲方：地址：電話：傳真：\n乙方：地址：電話：傳真：\n",
    ],
)
def test_a_blank_slot_followed_by_field_labels_names_no_one(tmp_path: Path, rows: str) -> None:
    assert _parties(tmp_path, f"{rows}甲方委托乙方对系统进行维护服务。\n{_ZH_BODY}") == []


def test_a_name_before_the_next_field_label_is_kept(tmp_path: Path) -> None:
    text = "甲方:临江县人民医院地址:临江县人民路1号\n乙方:杭州明远软件有限公司电话:0571-12345678\n"
    found = dict(_parties(tmp_path, f"{text}甲方委托乙方对系统进行维护服务。\n{_ZH_BODY}"))
    assert found == {"client": "临江县人民医院", "vendor": "杭州明远软件有限公司"}


@pytest.mark.parametrize(
    ("reasons", "vendor", "client"),
    [
        (
            "兩造簽立平台建置合約書,由被告給付價金32萬元,並由原告依約完成委託內容。",
            "青松創意有限公司",
            "白鷺國際有限公司",
        ),
        ("双方签订网站建设合同,由原告支付报酬10万元。", "白鷺國際有限公司", "青松創意有限公司"),
        ("兩造簽立合約,由被告依約完成系統建置工作。", "白鷺國際有限公司", "青松創意有限公司"),
    ],
)
def test_a_judgment_names_the_payer_the_client_and_the_one_completing_the_work_the_vendor(
    tmp_path: Path, reasons: str, vendor: str, client: str
) -> None:
    # neither firm's name says it builds software: the reasons alone give the roles
    lines = (
        "臺灣臺北地方法院民事判決\n原 告 青松創意有限公司 法定代理人 林○○\n被 告 白鷺國際有限公司 法定代理人 陳○○\n"
        f"上列當事人間請求給付承攬報酬事件,本院判決如下:\n{reasons}\n"
    )
    assert dict(_parties(tmp_path, lines)) == {"vendor": vendor, "client": client}
