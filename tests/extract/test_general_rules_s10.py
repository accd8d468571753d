"""The general causes behind batch 9's misses (session 10), each on tables and sentences of our own in
zh-Hans, zh-Hant and English (none is a corpus text):

- a price table whose period column ("保修期限 | 1年", "Term | 12 months") says what each row's price buys:
  the price recurs per that period, and one length shared by every row is the term;
- a Traditional-script page written in the mainland's words (打印機, 網絡, 軟件) and none of Taiwan's is a
  converted mainland page: its bare 元 is renminbi."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines as _lines


def _recurring(terms: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["amount"], f["period"]) for f in terms.get("fees", {}).get("recurring", [])]


# --- a price table with a period column -------------------------------------------------------------


def test_period_column_makes_row_prices_recurring_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "设备 | 维修费 | 维修期限 |",
        "服务器 | 3000元 | 1年 |",
        "交换机 | 1500元 | 1年 |",
        "路由器 | 1500元 | 1年 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("3000.00 CNY", "year"), ("1500.00 CNY", "year"), ("1500.00 CNY", "year")]
    assert terms["term"] == {"length": "1 year"}


def test_period_column_of_months_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "方案 | 服務費 | 服務期間 |",
        "基本版 | 新台幣1,200元 | 1個月 |",
        "進階版 | 新台幣2,400元 | 1個月 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("1200.00 TWD", "month"), ("2400.00 TWD", "month")]
    assert terms["term"] == {"length": "1 month"}


def test_period_column_en(tmp_path: Path) -> None:
    text = _lines(
        "| Plan | Price | Term |",
        "|---|---|---|",
        "| Basic | $300 | 12 months |",
        "| Plus | $540 | 12 months |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == [("300.00 USD", "year"), ("540.00 USD", "year")]
    assert terms["term"] == {"length": "12 months"}


def test_a_longer_period_is_no_yearly_fee_and_mixed_lengths_no_term(tmp_path: Path) -> None:
    text = _lines(
        "| Plan | Price | Term |",
        "|---|---|---|",
        "| Basic | $300 | 2 years |",
        "| Plus | $540 | 3 years |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == []
    assert "term" not in terms


def test_a_delivery_time_column_is_no_period(tmp_path: Path) -> None:
    text = _lines(
        "项目 | 费用 | 交付时间 |",
        "接口开发 | 5000元 | 1个月 |",
    )
    terms = terms_of(tmp_path, text)
    assert _recurring(terms) == []
    assert "term" not in terms


# --- the currency of a bare 元 in Traditional script ------------------------------------------------


def _currency(terms: dict[str, Any]) -> str:
    return str(terms["fees"]["currency"])


def test_mainland_words_in_traditional_script_mean_renminbi(tmp_path: Path) -> None:
    text = _lines("打印機及網絡設備上門維修,上門服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "CNY"


def test_taiwan_words_keep_new_taiwan_dollars(tmp_path: Path) -> None:
    text = _lines("印表機及網路設備到府維修,到府服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "TWD"


def test_one_mainland_word_or_a_taiwan_marker_keeps_new_taiwan_dollars(tmp_path: Path) -> None:
    assert _currency(terms_of(tmp_path, _lines("網絡設備到府維修,服務費為每次100元。"))) == "TWD"
    text = _lines("本公司位於臺灣,打印機及網絡設備上門維修,上門服務費為每次100元。")
    assert _currency(terms_of(tmp_path, text)) == "TWD"


# --- a numbered heading or an intro sentence names the kind of the level lines below -----------------

from extract_support import level_times  # noqa: E402


def test_numbered_heading_names_the_kind_en(tmp_path: Path) -> None:
    text = _lines(
        "4.1. Response Times:",
        "Level 1: Within 2 business hours from the time the Customer's request is received.",
        "Level 2: Within 6 business hours from the time the Customer's request is received.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Level 1": ("2 business hours", None),
        "Level 2": ("6 business hours", None),
    }


def test_intro_sentence_names_the_kind_en(tmp_path: Path) -> None:
    text = _lines(
        "Vendor shall resolve every reported defect in accordance with the following resolution times:",
        "Severity 1: Within 2 days of the report.",
        "Severity 2: Within 5 days of the report.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Severity 1": (None, "2 days"), "Severity 2": (None, "5 days")}


def test_intro_sentence_names_the_kind_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "乙方承诺对甲方通过任何方式提出的全部服务请求遵守下列响应时间:",
        "一级故障:自收到请求起2个工作小时内。",
        "二级故障:自收到请求起8个工作小时内。",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "1级": ("2 business hours", None),
        "2级": ("8 business hours", None),
    }


def test_numbered_heading_names_the_kind_zh_hant(tmp_path: Path) -> None:
    text = _lines(
        "3.2 回應時間:",
        "一級故障:自接獲客戶通知之時起算4小時內。",
        "二級故障:自接獲客戶通知之時起算1個工作天內。",
    )
    assert level_times(terms_of(tmp_path, text)) == {"1級": ("4h", None), "2級": ("1 business day", None)}


def test_an_intro_naming_two_kinds_labels_nothing(tmp_path: Path) -> None:
    text = _lines(
        "Vendor shall respond to and resolve issues in accordance with the following schedule:",
        "Level 1: Within 4 hours.",
    )
    assert level_times(terms_of(tmp_path, text)) in ({}, {"Level 1": (None, None)})


# --- ways named without a reporting word -----------------------------------------------------------


def _kinds(terms: dict[str, Any]) -> list[str]:
    return [c["kind"] for c in terms.get("support_channels", [])]


def test_telephone_or_email_inquiries_en(tmp_path: Path) -> None:
    text = _lines("Level 1 covers answers to Customer's telephone or email inquiries about the Software.")
    assert _kinds(terms_of(tmp_path, text)) == ["phone", "email"]
    assert _kinds(terms_of(tmp_path, _lines("Customer's telephone: 555-0100."))) == []


def test_listed_phone_and_email_services_zh_hant_and_zh_hans(tmp_path: Path) -> None:
    text = _lines("在合約有效期間內,我們提供以下服務:", "1. 電話線上服務", "2. 電子郵件回覆服務")
    assert _kinds(terms_of(tmp_path, text)) == ["phone", "email"]
    assert _kinds(terms_of(tmp_path, _lines("客户可获得电话线上服务及电子邮件回复服务。"))) == ["phone", "email"]


def test_remote_connection_first_then_staff_on_site_zh_hant(tmp_path: Path) -> None:
    # the remote connection is the first way (a channel); the visit after a failed remote fix stays a commitment
    text = _lines("系統故障時,本公司將先以聯機方式進行維修,如聯機方式未能解決,將派員上門維修。")
    assert _kinds(terms_of(tmp_path, text)) == ["remote"]
    assert _kinds(terms_of(tmp_path, _lines("如有需要,本公司派員到客戶辦公室協助處理。"))) == ["on-site"]


def test_stationed_engineer_but_not_for_implementation(tmp_path: Path) -> None:
    assert _kinds(terms_of(tmp_path, _lines("維修日期:週一、四 9:00~17:00 駐點:資訊中心"))) == ["on-site"]
    assert _kinds(terms_of(tmp_path, _lines("乙方安排驻点实施工程师两名。"))) == []


def test_repairs_logged_online_are_tickets_zh_hant_zh_hans(tmp_path: Path) -> None:
    assert _kinds(terms_of(tmp_path, _lines("學校提供網路電腦報修登記,廠商於維修日處理。"))) == ["ticket"]
    assert _kinds(terms_of(tmp_path, _lines("故障设备由使用单位上网登记,乙方按登记顺序维修。"))) == ["ticket"]


def test_a_long_item_under_a_label_counts_only_when_the_time_leads_it(tmp_path: Path) -> None:
    text = _lines(
        "Resolution times:",
        "Critical findings of the quarterly security scan are patched by the Vendor's team within 24 hours.",
    )
    assert level_times(terms_of(tmp_path, text)) == {}


# --- the term said in other words --------------------------------------------------------------------


def _term(terms: dict[str, Any]) -> dict[str, Any] | None:
    found = terms.get("term")
    return {k: v for k, v in found.items() if k in ("start", "length")} if found else None


def test_agreement_runs_for_a_period_beats_an_annual_subscription_en(tmp_path: Path) -> None:
    text = _lines(
        "Premium Care is an annual subscription covering support and updates.",
        "This Agreement shall run for a period of three (3) years from the Effective Date and shall then renew "
        "for successive one (1) year periods.",
    )
    assert _term(terms_of(tmp_path, text)) == {"length": "3 years"}


def test_a_period_between_two_roc_dates_zh_hant(tmp_path: Path) -> None:
    text = _lines("維修期間:自113年7月1日起至114年6月30日止。", "廠商應每月到校保養一次。")
    assert _term(terms_of(tmp_path, text)) == {"start": "2024-07-01", "length": "12 months"}


def test_a_period_between_two_dates_zh_hans_and_not_a_repair_deadline(tmp_path: Path) -> None:
    text = _lines("维护期间:2025年1月1日至2025年6月30日。")
    assert _term(terms_of(tmp_path, text)) == {"start": "2025-01-01", "length": "6 months"}
    assert _term(terms_of(tmp_path, _lines("故障维修期限为3天,自报修之日起计算。"))) is None


def test_a_two_digit_year_outside_zh_hant_is_no_roc_date(tmp_path: Path) -> None:
    assert _term(terms_of(tmp_path, _lines("维护期间:自13年7月1日起至14年6月30日止。"))) is None


def test_a_service_during_one_calendar_year_zh_hans_zh_hant(tmp_path: Path) -> None:
    assert _term(terms_of(tmp_path, _lines("乙方在2026年度内为甲方提供系统维护服务。"))) == {"length": "1 year"}
    assert _term(terms_of(tmp_path, _lines("本公司於2026年度內提供軟體維護及諮詢服務。"))) == {"length": "1 year"}
    # a year's report or budget is no term
    assert _term(terms_of(tmp_path, _lines("乙方应于2026年度内提交年度总结报告。"))) is None


# --- a resolution of a month; an interim plan broken by a line wrap -----------------------------------


def test_a_resolution_of_one_month_on_a_label_line_en_zh_hans(tmp_path: Path) -> None:
    text = _lines(
        "Every ticket gets a priority, and each priority has its own targets:",
        "Minor Priority",
        "Initial Response: 2 days",
        "Resolution Target: 1 month",
        "Major Priority",
        "Initial Response: 4 hours",
        "Resolution Target: 3 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Minor": ("2 days", "1 month"), "Major": ("4h", "3 days")}
    text = _lines("一般故障", "响应时限:24小时", "解决时限:1个月")
    assert level_times(terms_of(tmp_path, text)) == {"一般": ("24h", "1 month")}


def test_months_that_are_no_resolution_stay_unread_zh_hant(tmp_path: Path) -> None:
    text = _lines("一般故障", "回應時限:24小時", "解決時限:12個月")
    assert level_times(terms_of(tmp_path, text)) == {"一般": ("24h", None)}
    text = _lines("一般故障", "回應時限:24小時", "保固期:1個月")
    assert level_times(terms_of(tmp_path, text)) == {"一般": ("24h", None)}


def test_an_interim_plan_broken_by_a_wrap_is_no_resolution_zh_hans_zh_hant(tmp_path: Path) -> None:
    text = _lines("一级故障:接到服务请求后30分钟内给予答复,在1小时内给出初步解 决方案。")
    assert level_times(terms_of(tmp_path, text)) == {"1级": ("30m", None)}
    text = _lines("電話支援 接獲請求後 30 分鐘內給予答覆,提供初步故障診斷,在 2 小時內給出初步解 決方案")
    assert [lv["response"]["within"] for lv in terms_of(tmp_path, text)["severity_levels"]] == ["30m"]


# --- from the lint corpus's real texts (keyless generality check): two wrong values -------------------


def test_a_month_inside_a_sentence_is_no_resolution_zh_hans(tmp_path: Path) -> None:
    text = _lines("B 正常运行 | 2)保证系统在验收完成后正常运行,并在1个月后将全部源码交予甲方。")
    assert level_times(terms_of(tmp_path, text)) == {}


def test_a_time_after_a_span_is_no_term_zh_hans_en(tmp_path: Path) -> None:
    assert _term(terms_of(tmp_path, _lines("服务有效期内保证系统正常运行,并在3个月后移交全部资料。"))) is None
    text = _lines("During the contract term the vendor keeps the site running and hands over the code 2 months later.")
    assert _term(terms_of(tmp_path, text)) is None
    assert _term(terms_of(tmp_path, _lines("本合同有效期为2年,期满后自动续约。"))) == {"length": "2 years"}


def test_an_unmarked_three_digit_year_in_traditional_script_is_the_republics(tmp_path: Path) -> None:
    text = _lines("114年1月1日起至114年12月31日止為服務期間。")
    assert _term(terms_of(tmp_path, text)) == {"start": "2025-01-01", "length": "12 months"}


def test_a_priced_resident_engineer_line_is_no_channel_zh_hans(tmp_path: Path) -> None:
    assert _kinds(terms_of(tmp_path, _lines("驻场支持服务费(每"))) == []


def test_a_message_sent_to_the_vendors_own_people_is_no_channel(tmp_path: Path) -> None:
    text = _lines(
        "A critical case sends a personal email to our support team and is worked outside standard support hours."
    )
    assert _kinds(terms_of(tmp_path, text)) == []
    assert _kinds(terms_of(tmp_path, _lines("紧急工单通过系统自动发送邮件给我方值班工程师。"))) == []
    assert _kinds(terms_of(tmp_path, _lines("緊急案件由系統自動發送郵件給本公司值班工程師。"))) == []
    # the client's own e-mail to the vendor stays a channel
    assert _kinds(terms_of(tmp_path, _lines("Customers may report issues by email to our support team."))) == ["email"]


def test_ways_joined_by_slashes_over_a_promise_zh_hans_zh_hant(tmp_path: Path) -> None:
    assert _kinds(terms_of(tmp_path, _lines("电话/传真/E-mail 接到服务请求后 30 分钟内给予答复。"))) == [
        "phone",
        "email",
    ]
    assert _kinds(terms_of(tmp_path, _lines("電話/傳真/E-mail 接獲請求後30分鐘內答覆。"))) == ["phone", "email"]
    # an address line is not this
    assert _kinds(terms_of(tmp_path, _lines("电话/传真/E-mail:0755-1234567"))) == []
