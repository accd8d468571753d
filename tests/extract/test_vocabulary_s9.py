"""Breadth of vocabulary for the fields outside the level tables (session 9), each on sentences and
small tables of our own in zh-Hans, zh-Hant and English (none is a corpus text), with the sentences
that must stay "not stated" beside each addition:

- support channels: the names vendors give a phone line (客服专线, 服務專線, 400/0800 numbers, toll-free),
  a ticket system (报修系统, 線上報修, 問題單, JIRA/Zendesk/Freshdesk), a chat group (钉钉, 飞书, LINE 官方帳號,
  Telegram, Microsoft Teams), remote tools (向日葵, TeamViewer, AnyDesk) and on-site work (驻场, 駐點); and what
  is not a channel: the product maintained (微信小程序, 微信支付, a Slack integration), a way the text says is
  not offered, the client's own or a sales contact, the notice clause, a fax."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import terms_of


def _channels(terms: dict[str, Any]) -> list[str]:
    return sorted(c["kind"] for c in terms.get("support_channels", []))


# --- support channels: names of each way ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("服务方式：7×24小时客服专线：021-12345678。", ["phone"]),
        ("售后服务方式：客户可拨打400-800-1234报修。", ["phone"]),
        ("技术支持方式：登录报修系统提交故障，或在线报修。", ["ticket"]),
        ("支持方式：钉钉群、飞书群。", ["chat-group"]),
        ("质保期后提供400电话、电子邮件及qq等方式的技术支持。", ["chat-group", "email", "phone"]),
        ("乙方提供远程协助（向日葵、ToDesk）。", ["remote"]),
        ("服务方式：驻场服务。", ["on-site"]),
        ("报障方式：拨打服务热线或登录客服平台提交工单。", ["phone", "ticket"]),
    ],
)
def test_channel_names_zh_hans(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("支援渠道：服務專線 (02)2345-6789，週一至週五 9:00-18:00。", ["phone"]),
        ("客服專線：0800-888-570。", ["phone"]),
        ("客戶可透過工單系統提交問題。", ["ticket"]),
        ("報修方式：線上報修系統填寫問題單。", ["ticket"]),
        ("客戶可透過LINE官方帳號或LINE群組聯絡我們。", ["chat-group"]),
        ("支援方式：遠端連線協助（AnyDesk）。", ["remote"]),
        ("支援方式：駐點服務。", ["on-site"]),
    ],
)
def test_channel_names_zh_hant(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Customers may report issues by calling our toll-free number 1-800-555-0100.", ["phone"]),
        ("Support requests are raised in JIRA Service Management.", ["ticket"]),
        ("Customers can open a ticket in Freshdesk or write to support@example.com.", ["email", "ticket"]),
        ("Support is available via WhatsApp and Telegram.", ["chat-group"]),
        ("Contact us via Microsoft Teams.", ["chat-group"]),
        ("Our engineers connect through TeamViewer or LogMeIn when you report an issue.", ["remote"]),
    ],
)
def test_channel_names_en(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == kinds


# --- support channels: what is not one --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "维护方式：对网站、APP及微信公众号进行日常维护。",
        "服务方式：QQ音乐接口对接。",
        "技术支持：系统对接钉钉考勤数据。",
        "维护范围包括：LINE Pay 串接、Telegram 机器人维护。",
        "联系方式：甲方联系人：李四，电话：13900000000，邮箱：a@b.com。",
        "商务联系：销售热线 400-800-1234。",
        "通知：本协议项下的通知应以书面形式通过邮寄或电子邮件送达。",
        "支持方式：传真。",
        "Notices under this Agreement shall be sent by email to the addresses above.",
        "There is no on-site assistance included in any of the Support Plans.",
        "Customer contact: Jane Doe, phone +1 555 0100.",
        "For sales enquiries, call us on 1-800-555-0100.",
        "Our support teams work on the Slack integration the customer uses.",
        "The LINE between the two parties must remain open.",
    ],
)
def test_not_a_channel(tmp_path: Path, text: str) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == []


def test_the_product_maintained_is_not_a_chat_channel_zh_hans(tmp_path: Path) -> None:
    text = "服务内容：乙方通过远程方式为甲方的微信小程序及微信支付提供维护。\n"
    assert _channels(terms_of(tmp_path, text)) == ["remote"]


def test_a_way_not_offered_is_left_out_and_the_rest_is_read(tmp_path: Path) -> None:
    zh_hans = "乙方不提供上门服务，仅提供远程支持。\n"
    assert _channels(terms_of(tmp_path, zh_hans)) == ["remote"]
    zh_hant = "服務內容不包含到府服務，客戶可透過電話或LINE官方帳號報修。\n"
    assert _channels(terms_of(tmp_path, zh_hant)) == ["chat-group", "phone"]
    en = "Technical support by email is included. Technical support by telephone is neither offered nor available.\n"
    assert _channels(terms_of(tmp_path, en)) == ["email"]


def test_the_vendors_own_contact_line_stays_a_channel_when_the_roles_are_reversed(tmp_path: Path) -> None:
    # 甲方 is the vendor here (乙方委托甲方): its contact line is how the client reaches support.
    text = "\n".join(
        [
            "甲方（服务方）：某某软件有限公司",
            "乙方（委托方）：某某商贸有限公司",
            "联系方式：甲方联系电话：400-800-1234。",
        ]
    )
    assert _channels(terms_of(tmp_path, text + "\n")) == ["phone"]


# --- free maintenance: its names and start events; the term: dates and renewals ----------------------


def _free(terms: dict[str, Any]) -> tuple[str | None, str | None]:
    fm = terms.get("free_maintenance", {})
    return fm.get("length"), fm.get("start_event")


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("免费售后服务期限为两年，自项目初验通过之日起计算。", ("2 years", "acceptance")),
        ("乙方提供自终验之日起三年的免费质保服务。", ("3 years", "acceptance")),
        ("系统启用后提供一年免费维保。", ("1 year", "go-live")),
        ("免費技術支援一年，自終驗合格日起算。", ("1 year", "acceptance")),
        ("本軟體自雙方簽字之日起享有免費保固12個月。", ("12 months", "signing")),
        (
            "Free technical support is provided for 12 months after the system is put into production.",
            ("12 months", "go-live"),
        ),
    ],
)
def test_free_period_names_and_start_events(tmp_path: Path, text: str, free: tuple[str, str]) -> None:
    terms = terms_of(tmp_path, text + "\n")
    assert _free(terms) == free
    assert "term" not in terms  # a free period is not the agreement's term


def test_a_start_with_no_kind_in_the_spec_stays_not_stated(tmp_path: Path) -> None:
    # delivery and installation are not start events the spec knows: the length is read, the start is not
    assert _free(terms_of(tmp_path, "質保期：12個月，從交貨之日起計。\n")) == ("12 months", None)
    assert _free(terms_of(tmp_path, "Warranty: 1 year from the date of installation.\n")) == ("1 year", None)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("服務期間：自民國114年1月1日起至114年12月31日止。", {"start": "2025-01-01", "length": "12 months"}),
        (
            "This Agreement commences on 1 January 2026 and expires on December 31, 2026.",
            {"start": "2026-01-01", "length": "12 months"},
        ),
        (
            "The Services shall commence on March 1, 2026 and end on 28 February 2027.",
            {"start": "2026-03-01", "length": "12 months"},
        ),
        ("本合同服务期限自2026年1月1日起至2026年12月31日到期。", {"start": "2026-01-01", "length": "12 months"}),
        ("維護合約期間為一年，期滿自動續約。", {"length": "1 year"}),
        ("本合同有效期一年，到期前30日双方可协商续签。", {"length": "1 year"}),
    ],
)
def test_term_from_dates_and_beside_a_renewal(tmp_path: Path, text: str, term: dict[str, str]) -> None:
    found = terms_of(tmp_path, text + "\n")["term"]
    assert {k: v for k, v in found.items() if k != "renewal"} == term  # the renewal: see below


@pytest.mark.parametrize(
    "text",
    [
        "合同期满前30日，双方无异议的，本合同自动续约一年。",  # the notice and the renewal, not the term
        "This Agreement shall automatically renew for successive one-year terms unless either party gives 30 days' notice.",
        # a three-digit year without 民國 is no date outside zh-Hant (in a Traditional-script text it is the
        # Republic's year: test_general_rules_s10, batch 9's tw25 key)
        "114年1月1日起至114年12月31日止为服务期间。",
    ],
)
def test_no_term_from_a_renewal_or_an_unmarked_year(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text + "\n")


# --- fees: bases, amounts, currencies by region, ranges ---------------------------------------------


def _fees(terms: dict[str, Any]) -> list[tuple[str, str]]:
    """(amount, basis) of every fee read: a recurring fee's period, a rate's unit, or 'one-off'."""
    fees = terms.get("fees", {})
    out = [(f["amount"], f["period"]) for f in fees.get("recurring", [])]
    out += [(f["price"], f["unit"]) for f in fees.get("rate_card", [])]
    out += [(f["amount"], "one-off") for f in fees.get("one_off", [])]
    return out


@pytest.mark.parametrize(
    ("text", "fees"),
    [
        ("收费标准：包年服务 8000元。", [("8000.00 CNY", "year")]),
        ("年维护费为5万元。", [("50000.00 CNY", "year")]),
        ("维护费用：5000-8000元/年。", [("5000.00 CNY", "year")]),
        ("技术支持服务费：每工时200元。", [("200.00 CNY", "hour")]),
        ("上门服务费 600元/次。", [("600.00 CNY", "visit")]),
        ("定制开发：3000元/人天起。", [("3000.00 CNY", "person-day")]),
        ("年度维护费：人民币壹万贰仟元整（¥12,000.00）。", [("12000.00 CNY", "year")]),
        ("功能开发费用：1~2万元/项。", [("10000.00 CNY", "project")]),
    ],
)
def test_fee_bases_and_amounts_zh_hans(tmp_path: Path, text: str, fees: list[tuple[str, str]]) -> None:
    assert _fees(terms_of(tmp_path, text + "\n")) == fees


@pytest.mark.parametrize(
    ("text", "fees"),
    [
        ("維護費用：每年新台幣 36,000 元整。", [("36000.00 TWD", "year")]),
        ("保固期後到府維修收取基本車馬費 350 元/次。", [("350.00 TWD", "visit")]),
        ("香港客戶之年度維護費為 18,000 元。", [("18000.00 HKD", "year")]),
        ("工程師工時費：新台幣3,000至5,000元/小時。", [("3000.00 TWD", "hour")]),
    ],
)
def test_fee_bases_and_amounts_zh_hant(tmp_path: Path, text: str, fees: list[tuple[str, str]]) -> None:
    assert _fees(terms_of(tmp_path, text + "\n")) == fees


@pytest.mark.parametrize(
    ("text", "fees"),
    [
        ("Out-of-scope work is billed at $150 per man-hour.", [("150.00 USD", "hour")]),
        ("The Customer shall pay a monthly retainer of £800.", [("800.00 GBP", "month")]),
        ("Call-out fee: S$250 per visit.", [("250.00 SGD", "visit")]),
        ("Annual maintenance fee: HK$ 12,000.", [("12000.00 HKD", "year")]),
        ("Custom development from USD 120 to 180 per hour.", [("120.00 USD", "hour")]),
    ],
)
def test_fee_bases_and_amounts_en(tmp_path: Path, text: str, fees: list[tuple[str, str]]) -> None:
    assert _fees(terms_of(tmp_path, text + "\n")) == fees


def test_fee_names_leave_out_the_verb_and_the_basis(tmp_path: Path) -> None:
    en = terms_of(tmp_path, "Remote support is charged at US$80 per hour.\n")["fees"]["rate_card"]
    assert en == [{"name": "Remote support", "unit": "hour", "price": "80.00 USD"}]
    zh = terms_of(tmp_path, "超出范围的服务按次收费，每次500元。\n")["fees"]["rate_card"]
    assert zh == [{"unit": "incident", "price": "500.00 CNY"}]


@pytest.mark.parametrize(
    "text",
    [
        "注册资本：1000万元。",
        "违约金为合同金额的10%，即5000元。",
        "服务热线：400-800-1234，工作时间9:00-18:00。",
        "售后投入一般为项目总投资的15%-20%。",
    ],
)
def test_no_fee_from_what_is_not_a_price(tmp_path: Path, text: str) -> None:
    assert "fees" not in terms_of(tmp_path, text + "\n")


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("¥5,000-¥8,000/年", ["5000.00 CNY"]),
        ("¥1-2万", ["10000.00 CNY"]),
        ("5000-1万元", ["5000.00 CNY"]),
        ("费用500元-1000元", ["500.00 CNY"]),
        ("500元、800元/次", ["500.00 CNY", "800.00 CNY"]),
        ("热线400-800-1234", []),
        ("¥500，热线400-800-1234", ["500.00 CNY"]),
    ],
)
def test_a_range_is_one_amount_at_its_lower_end(text: str, amounts: list[str]) -> None:
    from termsmith.extract.normalize import normalise
    from termsmith.extract.values import money

    assert [str(f.money) for f in money(normalise(text), "CNY")] == amounts


# --- disputes, source-code owner, Party A / Party B ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "disputes"),
    [
        ("本合同适用中国法律。", {"governing_law": "中国法律"}),
        ("本合同受中国大陆法律管辖。", {"governing_law": "中国大陆法律"}),
        ("本合約以中華民國法律為準據法。", {"governing_law": "中華民國法律"}),
        (
            "因本合約所生之爭議，應提付中華民國仲裁協會依其仲裁規則仲裁之。",
            {"arbitration": {"institution": "中華民國仲裁協會"}},
        ),
        ("This Agreement shall be governed by Hong Kong law.", {"governing_law": "Hong Kong"}),
        (
            "The laws of the People's Republic of China shall govern this Agreement.",
            {"governing_law": "the People's Republic of China"},
        ),
        (
            "This Agreement is governed by the laws of England and Wales, and the courts of England have exclusive jurisdiction.",
            {"governing_law": "England and Wales", "court": {"name": "England"}},
        ),
        (
            "Any dispute shall be submitted to China International Economic and Trade Arbitration Commission for arbitration.",
            {"arbitration": {"institution": "China International Economic and Trade Arbitration Commission"}},
        ),
    ],
)
def test_governing_law_forum_and_arbitration(tmp_path: Path, text: str, disputes: dict[str, Any]) -> None:
    assert terms_of(tmp_path, text + "\n")["disputes"] == disputes


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("甲方享有源代码的使用权，知识产权归乙方所有。", "vendor"),  # a right to use is not ownership
        ("甲方享有本软件源代码的全部知识产权。", "client"),
        ("本軟體之原始碼及著作權歸屬乙方所有。", "vendor"),
        ("The Vendor retains all right, title and interest in the source code.", "vendor"),
        ("The Customer owns the source code.", "client"),
        ("The Customer may use the source code; ownership of the source code remains with the Supplier.", "vendor"),
    ],
)
def test_source_code_owner(tmp_path: Path, text: str, owner: str) -> None:
    assert terms_of(tmp_path, text + "\n")["intellectual_property"]["source_code_owner"] == owner


def test_party_a_and_b_with_roles_in_brackets(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Party A (Service Provider): Example Tech Limited",
            "Party B (Client): Sample Retail Limited",
            "The source code shall vest in Party A.",
        ]
    )
    terms = terms_of(tmp_path, text + "\n")
    assert terms["parties"] == [
        {"role": "vendor", "legal_name": "Example Tech Limited"},
        {"role": "client", "legal_name": "Sample Retail Limited"},
    ]
    assert terms["intellectual_property"]["source_code_owner"] == "vendor"


def test_party_a_is_the_vendor_when_the_text_says_it_provides_the_service(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Party A: Example Software Co., Ltd.",
            "Party B: Sample Trading Co., Ltd.",
            "Party A shall provide maintenance services to Party B for the website.",
            "The source code shall vest in Party B upon final payment.",
        ]
    )
    terms = terms_of(tmp_path, text + "\n")
    assert [p["role"] for p in terms["parties"]] == ["vendor", "client"]
    assert terms["intellectual_property"]["source_code_owner"] == "client"


def test_party_names_after_an_enumeration_comma_zh_hant(tmp_path: Path) -> None:
    text = "立合約書人：某某股份有限公司（以下簡稱「甲方」）、某某資訊有限公司（以下簡稱「乙方」）\n乙方為甲方提供系統維護服務。\n"
    assert [p["legal_name"] for p in terms_of(tmp_path, text)["parties"]] == ["某某股份有限公司", "某某資訊有限公司"]


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("乙方就本系統負瑕疵擔保責任，瑕疵擔保期間為驗收合格後一年。", ("1 year", "acceptance")),
        ("The Defects Liability Period is 12 months from the date of Practical Completion.", ("12 months", None)),
        (
            "The Contractor remedies defects during a warranty term of six (6) months following UAT sign-off.",
            ("6 months", "acceptance"),
        ),
    ],
)
def test_free_period_under_its_legal_names(tmp_path: Path, text: str, free: tuple[str, str | None]) -> None:
    terms = terms_of(tmp_path, text + "\n")
    assert _free(terms) == free
    assert "term" not in terms


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("本契約期間自民國115年1月1日起至115年12月31日止。", "12 months"),
        ("契約期限：一年。", "1 year"),
        ("合作期限为两年。", "2 years"),
        ("服务年限：3年。", "3 years"),
        ("The Support Term is 12 months commencing on the Go-Live Date.", "12 months"),
    ],
)
def test_term_under_more_names(tmp_path: Path, text: str, length: str) -> None:
    terms = terms_of(tmp_path, text + "\n")
    assert terms["term"]["length"] == length
    assert "free_maintenance" not in terms


def test_a_renewal_term_is_not_the_term(tmp_path: Path) -> None:
    assert "term" not in terms_of(tmp_path, "Each Renewal Term shall be 12 months.\n")


# --- tax on the fees ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("年度维护费：12000元/年（含6%增值税）。", {"included": True, "rate": "6%"}),
        ("维护费 5000元/年，以上报价均为不含税价格，税费另计。", {"included": False}),
        ("年度維護費：新台幣 36,000 元（含5%營業稅）。", {"included": True, "rate": "5%"}),
        ("Annual support fee: USD 5,000, exclusive of VAT.", {"included": False}),
        ("Fees: USD 100 per hour plus applicable sales tax.", {"included": False}),
        ("All fees are inclusive of 9% GST. Monthly fee: S$800.", {"included": True, "rate": "9%"}),
    ],
)
def test_whether_prices_include_tax(tmp_path: Path, text: str, tax: dict[str, Any]) -> None:
    assert terms_of(tmp_path, text + "\n")["fees"]["tax"] == tax


@pytest.mark.parametrize(
    "text",
    [
        "维护费 5000元/年。乙方代扣代缴个人所得税，含税部分由乙方承担。",  # income tax withheld, not VAT on the fees
        "乙方提供含税务申报在内的服务，年费8000元。",  # 含税务申报: tax filing is a service
        "维护费 5000元/年。双方各自承担其应缴税费，含税价以发票为准。",
    ],
)
def test_no_tax_term_from_other_taxes(tmp_path: Path, text: str) -> None:
    assert "tax" not in terms_of(tmp_path, text + "\n")["fees"]


def test_the_draft_spec_fills_in_the_tax_and_validates_it(tmp_path: Path) -> None:
    from termsmith.extract.api import extract_file
    from termsmith.extract.draft import draft_spec

    path = tmp_path / "offer.txt"
    path.write_text("年度维护费：12000元/年（含6%增值税）。\n", encoding="utf-8")
    draft = draft_spec(extract_file(path)[1])
    tax_block = draft[draft.index("    tax:") :].splitlines()[1:3]
    assert tax_block == ["      rate: 6%", "      included: true"]
    from termsmith.validation import validate_path

    spec = tmp_path / "draft.yaml"
    spec.write_text(draft, encoding="utf-8")
    result = validate_path(spec)
    assert result.loaded.data["spec"]["fees"]["tax"] == {"rate": "6%", "included": True}
    tax_lines = {
        i for i, line in enumerate(draft.splitlines(), 1) if line.startswith(("      rate:", "      included:"))
    }
    assert not [d for d in result.diagnostics if d.line in tax_lines]  # read back as a valid rate and flag


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("服务方式：无需额外付费的远程支持。", ["remote"]),  # no extra charge is no negation
        ("Phone support is available 9:00-17:00 excluding public holidays.", ["phone"]),
        ("The plan excludes on-site visits; support is by phone.", ["phone"]),
        ("服务方式：电话支持（不限次数）。", ["phone"]),
    ],
)
def test_what_a_negation_applies_to(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == kinds


def test_a_quarterly_fee_is_recurring_and_names_lose_their_basis_zh_hant(tmp_path: Path) -> None:
    # a rate card has no quarter unit: a fee per quarter is a recurring fee, whatever it is called
    quarterly = terms_of(tmp_path, "合約費用以每季新台幣30,000元繳交。\n")["fees"]
    assert quarterly["recurring"] == [{"name": "合約費用", "amount": "30000.00 TWD", "period": "quarter"}]
    assert "rate_card" not in quarterly
    rates = terms_of(tmp_path, "非維護合約客戶依服務時數酌收服務費每小時1,500元及車馬費每次500元。\n")["fees"][
        "rate_card"
    ]
    assert [(r["name"], r["unit"], r["price"]) for r in rates] == [
        ("非維護合約客戶依服務時數酌收服務費", "hour", "1500.00 TWD"),
        ("車馬費", "visit", "500.00 TWD"),
    ]


def test_taiwan_business_tax_included(tmp_path: Path) -> None:
    text = "甲方同意給付乙方總維護費用新台幣120,000元整（已含加值型營業稅）。\n"
    assert terms_of(tmp_path, text)["fees"]["tax"] == {"included": True}


@pytest.mark.parametrize(
    "text",
    [
        "Either party may terminate on 30 days' notice; the term of this Agreement is 12 months.",
        "合同期限内任何一方可提前30日书面通知对方解除合同，合同期限为12个月。",
    ],
)
def test_a_notice_period_is_not_the_term(tmp_path: Path, text: str) -> None:
    assert terms_of(tmp_path, text + "\n")["term"]["length"] == "12 months"


# --- handover of source code and documents ----------------------------------------------------------


def _handover(terms: dict[str, Any]) -> list[str]:
    return [h["item"] for h in terms.get("intellectual_property", {}).get("handover", [])]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("乙方應於驗收後將全部程式原始碼點交予甲方。", ["source-code"]),
        ("乙方应将源代码及数据库表结构说明交给甲方。", ["source-code", "database-schema"]),
        (
            "乙方須提交系統架構圖、部署手冊及管理員帳號密碼。",
            ["deployment-docs", "architecture-diagram", "credentials"],
        ),
        (
            "The Vendor shall turn over the complete source code and the database schema to the Client upon final payment.",
            ["source-code", "database-schema"],
        ),
        (
            "Upon termination, the Supplier shall transfer all source code and API documentation to the Customer.",
            ["source-code", "interface-docs"],
        ),
    ],
)
def test_handover_verbs_and_items(tmp_path: Path, text: str, items: list[str]) -> None:
    assert _handover(terms_of(tmp_path, text + "\n")) == items


@pytest.mark.parametrize(
    "text",
    [
        "乙方不提供源代码，仅提供可执行程序。",
        "The source code will not be delivered to the Customer.",
        "源代码不属于交付物范围。",
        "甲方应向乙方交付其ERP系统的接口文档。",  # the client hands over, to the vendor
        "The Customer shall deliver the interface documentation of its ERP system to the Vendor.",
        "乙方提交需求说明书后，甲方提供源代码访问权限。",
    ],
)
def test_no_handover_from_a_refusal_or_the_clients_own_delivery(tmp_path: Path, text: str) -> None:
    assert _handover(terms_of(tmp_path, text + "\n")) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("澳門某某資訊有限公司年度維護費為 20,000 元。", "20000.00 MOP"),
        ("澳門分店之年度維護費為 20,000 元，以港幣支付。", "20000.00 HKD"),  # Hong Kong dollars named: HKD
        ("台北總公司之年度維護費為 20,000 元。", "20000.00 TWD"),
    ],
)
def test_a_bare_yuan_in_traditional_script_follows_the_region(tmp_path: Path, text: str, amount: str) -> None:
    assert _fees(terms_of(tmp_path, text + "\n")) == [(amount, "year")]


@pytest.mark.parametrize(
    ("text", "fees"),
    [
        ("Engineer day rate: £650.", [("650.00 GBP", "person-day")]),
        ("On-site support is charged at USD 400 per site visit.", [("400.00 USD", "visit")]),
        ("驻场服务费 800元/天。", [("800.00 CNY", "person-day")]),  # an engineer's day, not a one-off 800
        ("网站迁移：一口价5000元。", [("5000.00 CNY", "project")]),
        ("系统升级服务按项目收费，每个项目3000元。", [("3000.00 CNY", "project")]),
        ("Annual maintenance: HK$24,000 p.a.", [("24000.00 HKD", "year")]),
        ("Support retainer of USD 1,000 per calendar month.", [("1000.00 USD", "month")]),
    ],
)
def test_more_fee_bases(tmp_path: Path, text: str, fees: list[tuple[str, str]]) -> None:
    assert _fees(terms_of(tmp_path, text + "\n")) == fees


def test_an_amount_written_twice_takes_the_basis_after_the_second(tmp_path: Path) -> None:
    text = "运维服务费：¥6,000.00（人民币陆仟元整）/年。\n"
    assert _fees(terms_of(tmp_path, text)) == [("6000.00 CNY", "year")]


def test_a_recurring_fee_seen_first_as_a_wrapped_row_is_read_once(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "¥2,000.00（人民币贰仟元整） 每月 自免费维护期届满之次日起",
            "",
            "驻场支持服务费为每月¥2,000.00（人民币贰仟元整），自免费维护期届满之次日起计收。",
        ]
    )
    fees = terms_of(tmp_path, text + "\n")["fees"]
    assert _fees({"fees": fees}) == [("2000.00 CNY", "month")]
    assert "rate_card" not in fees


# --- how the term renews -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "renewal"),
    [
        (
            "本合同有效期一年，期满前30日内双方均未书面提出异议的，本合同自动续约一年。",
            {"mode": "automatic", "notice": "30 days"},
        ),
        ("維護合約期間為一年，期滿自動續約。", {"mode": "automatic"}),
        (
            "The initial term is 12 months. This Agreement shall automatically renew for successive 12-month terms "
            "unless either party gives 60 days' written notice of non-renewal.",
            {"mode": "automatic", "notice": "60 days"},
        ),
        ("服务期限为一年，期满后如需续约，双方另行签订合同。", {"mode": "by-agreement"}),
        ("本合同期限为两年，期满不自动续约。", {"mode": "none"}),
        (
            "This Agreement may be renewed by mutual written agreement. The term of this Agreement is 24 months.",
            {"mode": "by-agreement"},
        ),
    ],
)
def test_how_the_term_renews(tmp_path: Path, text: str, renewal: dict[str, str]) -> None:
    assert terms_of(tmp_path, text + "\n")["term"]["renewal"] == renewal


def test_no_renewal_without_a_term_and_none_unsaid(tmp_path: Path) -> None:
    assert "term" not in terms_of(tmp_path, "期满自动续约。\n")  # nothing to renew: not read
    assert "renewal" not in terms_of(tmp_path, "本合同有效期一年。\n")["term"]


def test_the_draft_spec_states_the_renewal_and_validates_it(tmp_path: Path) -> None:
    from termsmith.extract.api import extract_file
    from termsmith.extract.draft import draft_spec
    from termsmith.validation import validate_path

    path = tmp_path / "offer.txt"
    path.write_text("本合同有效期一年，期满前30日内双方均未书面提出异议的，本合同自动续约一年。\n", encoding="utf-8")
    draft = draft_spec(extract_file(path)[1])
    spec = tmp_path / "draft.yaml"
    spec.write_text(draft, encoding="utf-8")
    result = validate_path(spec)
    assert result.loaded.data["spec"]["term"]["renewal"] == {"mode": "automatic", "notice": "30 days"}
    lines = {i for i, line in enumerate(draft.splitlines(), 1) if line.startswith(("      mode:", "      notice:"))}
    assert len(lines) == 2 and not [d for d in result.diagnostics if d.line in lines]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("售后服务电话：0755-12345678。", ["phone"]),
        ("专属客户经理一对一微信服务。", ["chat-group"]),
        ("建立项目专属服务群，工程师群内实时答疑。", ["chat-group"]),
        ("服務時間內可撥打客服電話或透過官方LINE聯繫客服人員。", ["chat-group", "phone"]),
        ("Technical Support: +1 (415) 555-0100, support@example.com, Monday to Friday 9am-5pm PT.", ["email", "phone"]),
    ],
)
def test_channel_labels_and_numbers(tmp_path: Path, text: str, kinds: list[str]) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Our field engineers attend site where remote resolution is not possible.",  # the fallback, a commitment
        "Customer service will notify you by e-mail when the maintenance window is planned.",
        "乙方地址：深圳市南山区科技园；邮编：518000。",
        "联系方式：传真 021-12345679。",  # a fax number is not a telephone line
        "Support: fax +1 (415) 555-0199.",
    ],
)
def test_not_a_channel_either(tmp_path: Path, text: str) -> None:
    assert _channels(terms_of(tmp_path, text + "\n")) == []


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("硬件保修三年，软件免费维护一年。", ("1 year", None)),
        ("服务器等硬件设备质保3年；系统软件免费维护期为12个月，自验收之日起计算。", ("12 months", "acceptance")),
        ("硬體由原廠保固三年，系統軟體免費保固一年，自驗收合格日起算。", ("1 year", "acceptance")),
    ],
)
def test_a_hardware_warranty_is_not_the_software_free_period(
    tmp_path: Path, text: str, free: tuple[str, str | None]
) -> None:
    assert _free(terms_of(tmp_path, text + "\n")) == free


def test_a_hardware_warranty_alone_is_not_read_as_the_free_period(tmp_path: Path) -> None:
    assert "free_maintenance" not in terms_of(tmp_path, "服务器等硬件设备质保3年。\n")


# --- parties: procurement and construction role words, a label after the role, abbreviations --------


@pytest.mark.parametrize(
    ("lines", "parties"),
    [
        (
            ["采购人（甲方）：某某市人民医院", "供应商（乙方）：某某信息科技有限公司"],
            [("client", "某某市人民医院"), ("vendor", "某某信息科技有限公司")],
        ),
        (
            [
                "甲方（承建方）：某某软件有限公司",
                "乙方（建设单位）：某某集团有限公司",
            ],  # reversed: the builder is the vendor
            [("vendor", "某某软件有限公司"), ("client", "某某集团有限公司")],
        ),
        (
            ["Customer: Acme Retail Pte. Ltd.", "Service Provider: Example Systems Pte. Ltd."],
            [("client", "Acme Retail Pte. Ltd."), ("vendor", "Example Systems Pte. Ltd.")],
        ),
        (
            [
                "委托方(甲方):",
                "承揽方(乙方):",
                "某某商贸有限公司(下简称甲方)与某某科技有限公司(下简称乙方)签订本协议。",
            ],
            [("client", "某某商贸有限公司"), ("vendor", "某某科技有限公司")],
        ),
    ],
)
def test_party_role_words_and_layouts(tmp_path: Path, lines: list[str], parties: list[tuple[str, str]]) -> None:
    found = terms_of(tmp_path, "\n".join(lines) + "\n")["parties"]
    assert [(p["role"], p["legal_name"]) for p in found] == parties


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    from termsmith.extract.sentences import split
    from termsmith.extract.source import Paragraph, Piece

    text = "The fee is USD 500 excl. VAT. Payment is due in 30 days. Acme Pte. Ltd. signs."
    sentences = [s.text for s in split([Paragraph(text, 1, [Piece(0, None, 1, 1)])])]
    assert sentences == ["The fee is USD 500 excl. VAT.", "Payment is due in 30 days.", "Acme Pte. Ltd. signs."]


# --- a channel's address ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        ("全国统一服务热线：400-123-4567（7×24小时）。", [("phone", "400-123-4567")]),
        ("支援渠道：服務專線 (02)2345-6789，週一至週五 9:00-18:00。", [("phone", "(02)2345-6789")]),
        ("技术支持：传真 0755-7654321，电话 0755-1234567。", [("phone", "0755-1234567")]),  # not the fax
        ("技术支持方式：报修系统 https://support.example.cn 提交故障。", [("ticket", "https://support.example.cn")]),
        (
            "Technical Support: +1 (415) 555-0100, support@example.com, Monday to Friday 9am-5pm PT.",
            [("phone", "+1 (415) 555-0100"), ("email", "support@example.com")],
        ),
        ("Customers may report issues by phone or e-mail.", [("phone", None), ("email", None)]),
    ],
)
def test_a_channels_address_from_its_sentence(
    tmp_path: Path, text: str, channels: list[tuple[str, str | None]]
) -> None:
    found = terms_of(tmp_path, text + "\n")["support_channels"]
    assert [(c["kind"], c.get("address")) for c in found] == channels


@pytest.mark.parametrize(
    ("text", "clocks"),
    [
        ("全国统一服务热线：400-123-4567（7×24小时）。", [("phone", "24x7")]),
        ("电话支持7×24小时，邮件支持工作日9:00-18:00。", [("phone", "24x7"), ("email", "business")]),
        ("支援渠道：服務專線 (02)2345-6789，週一至週五 9:00-18:00。", [("phone", "business")]),
        ("Technical Support: +1 (415) 555-0100, Monday to Friday 9am-5pm PT.", [("phone", "business")]),
        ("Customers may report issues by phone or e-mail.", [("phone", None), ("email", None)]),
    ],
)
def test_a_channels_clock_from_its_clause(tmp_path: Path, text: str, clocks: list[tuple[str, str | None]]) -> None:
    found = terms_of(tmp_path, text + "\n")["support_channels"]
    assert [(c["kind"], c.get("clock")) for c in found] == clocks


def test_the_draft_spec_writes_channel_address_and_clock_and_a_business_calendar(tmp_path: Path) -> None:
    from termsmith.extract.api import extract_file
    from termsmith.extract.draft import draft_spec
    from termsmith.validation import validate_path

    path = tmp_path / "offer.txt"
    path.write_text(
        "电话支持7×24小时：400-123-4567，邮件支持工作日9:00-18:00：support@example.cn。\n", encoding="utf-8"
    )
    draft = draft_spec(extract_file(path)[1])
    spec = tmp_path / "draft.yaml"
    spec.write_text(draft, encoding="utf-8")
    result = validate_path(spec)
    data = result.loaded.data["spec"]
    assert data["support_channels"] == [
        {"kind": "phone", "address": "400-123-4567", "clock": "24x7"},
        {"kind": "email", "address": "support@example.cn", "clock": "business"},
    ]
    assert data["calendars"][0]["id"] == "business"  # the calendar the e-mail channel's clock names
    start = draft.splitlines().index("  support_channels:") + 1
    channel_lines = set(range(start, start + 8))
    assert not [d for d in result.diagnostics if d.line in channel_lines]
