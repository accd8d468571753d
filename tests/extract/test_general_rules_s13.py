"""The general causes behind batch 12's misses and the regressions found probing this session's rules
(session 13), each on documents of our own in zh-Hans, zh-Hant and English (none is a corpus text), read back
through the real CLI or API:

- a hyphenated time is an adjective: before the thing it limits ("15-minute response", "4-hour resolution
  target") it is a deadline; before a service it describes ("24-hour support") it is none; a level word in the
  brackets describing a level ("High (major impact): …") names no level of its own;
- a level heading (P0级:…, 1-Critical, P1 - Critical) governs its definition and promise lines; a label line
  (我们的承诺, Our commitment) never names a level; a kind word naming the start ("within 16 hours of response")
  is not the time's kind; 闭环 is a resolution;
- 分鍾 is minutes; 包修 and free repair or parts replacement say the free period, a new product in exchange not;
- the client notifying the vendor by phone reports by phone; "sign this contract" is signing; each time takes the
  level named right after it; a landline with an extension under a service label is the phone; an agreement
  valid for N months gives the term; ownership of custom software is ownership of its code;
- regressions: 参考以下标准 ("refer to the standard below") is no "for reference only"; a currency is no fee
  name; a yearly plan offered beside a monthly one is no term.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from extract_support import extract_json as _extract_json, level_times, terms_of, text_lines as _lines

# --- hyphenated times, descriptions in brackets -------------------------------------------------------


def test_hyphenated_times_run_together_in_one_paragraph_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = docx.Document()
    document.add_paragraph("Our response tiers")
    document.add_paragraph(
        "Urgent (whole office down): 20-minute response, 3-hour resolution target. "
        "Medium (minor impact): 2-hour response, 2-day resolution. "
        "Low (question): 8-hour response."
    )
    document.add_paragraph("We offer 24-hour support by phone.")
    document.save(str(tmp_path / "tiers.docx"))
    found = _extract_json(tmp_path / "tiers.docx", capsys)
    assert level_times(found["terms"]) == {
        "Urgent": ("20m", "3h"),
        "Medium": ("2h", "2 days"),
        "Low": ("8h", None),
    }


def test_a_service_described_by_a_hyphenated_time_is_no_deadline(tmp_path: Path) -> None:
    text = _lines("We provide 24-hour support and a 12-hour monitoring window.", "We respond within 2 hours.")
    assert level_times(terms_of(tmp_path, text)) == {"all issues": ("2h", None)}


# --- level headings over definition and promise lines -------------------------------------------------


def test_level_headings_with_definition_and_promise_label_lines_zh(tmp_path: Path) -> None:
    """P0级/P1级 headings (with a short description, also with a time in brackets), a 定义 line and a 我们的承诺
    label line, the promise on the label's line or the line after it: the label never names a level."""
    text = _lines(
        "服务等级说明",
        "1. P0级:系统瘫痪",
        "定义:",
        "核心业务无法使用,且没有替代方案。",
        "我们的承诺:",
        "技术团队将在30分钟内响应,并在6小时内恢复服务。",
        "2. P1级:主要功能故障(8小时内闭环)",
        "定义:部分功能不可用。",
        "我们的承诺:2小时内响应。",
        "3. P2级:一般问题",
        "定义:不影响使用的问题。",
        "承诺:1个工作日内响应,5个工作日内解决。",
    )
    assert level_times(terms_of(tmp_path, text, "zh.txt")) == {
        "P0": ("30m", "6h"),
        "P1": ("2h", "8h"),
        "P2": ("1 business day", "5 business days"),
    }


def test_numbered_level_headings_with_bullets_and_kind_label_lines_en(tmp_path: Path) -> None:
    """'1-Critical' headings with bullet lines under them, then 'Response Time:' and a 'Resolution Time:' line
    whose time counts from the response ("within 16 hours of response"): the response word names the start."""
    text = _lines(
        "Tickets are handled by priority:",
        "1-Critical",
        "- The whole service is down for every user.",
        "- No workaround exists.",
        "Response Time: 1 hour from the ticket.",
        "Resolution Time: we aim to resolve within 6 hours of response",
        "2-Medium",
        "- A single feature fails for some users.",
        "Response Time: 8 hours from the ticket.",
        "Resolution Time: we aim to resolve within 40 hours of response",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", "6h"), "Medium": ("8h", "40h")}


def test_level_headings_with_commitment_lines_zh_hant_and_en(tmp_path: Path) -> None:
    tw = _lines(
        "P1級:系統癱瘓",
        "定義:核心業務無法使用",
        "我們的承諾:30分鐘內回應,4小時內修復",
        "P2級:部分功能故障",
        "定義:部分功能不可用",
        "我們的承諾:2小時內回應,1個工作日內修復",
    )
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"P1": ("30m", "4h"), "P2": ("2h", "1 business day")}
    en = _lines(
        "P1 - Critical",
        "Definition: Production is down.",
        "Our commitment: response within 30 minutes, resolution within 4 hours.",
        "P2 - High",
        "Definition: A major feature is unavailable.",
        "Our commitment: response within 2 hours, resolution within 2 business days.",
    )
    assert level_times(terms_of(tmp_path, en)) == {"P1": ("30m", "4h"), "P2": ("2h", "2 business days")}


def test_a_line_naming_its_own_level_is_not_under_the_heading_above(tmp_path: Path) -> None:
    """Level definitions first (一级故障:…), then a line per level with its time: each line's own level."""
    text = _lines(
        "一级故障:系统无法运行。",
        "二级故障:系统部分功能不可用。",
        "一级优先权:乙方在4小时内解决。",
        "二级优先权:乙方在24小时内解决。",
    )
    assert level_times(terms_of(tmp_path, text, "zh.txt")) == {"1级": (None, "4h"), "2级": (None, "24h")}


# --- fee names and plans seen on the lint corpus's real texts ----------------------------------------


def test_a_currency_is_no_fee_name_and_a_plan_choice_is_no_term(tmp_path: Path) -> None:
    tw = _lines("如需協助修正,每次請求將收取新幣 S$300 之修復費用。")
    fees = terms_of(tmp_path, tw, "tw.txt")["fees"]
    assert [item.get("name") for items in fees.values() if isinstance(items, list) for item in items] == [None]
    en = _lines("When purchasing a monthly or yearly plan, the Client pays each invoice in advance.")
    assert "term" not in terms_of(tmp_path, en)
    assert terms_of(tmp_path, _lines("The Client buys a yearly plan."))["term"] == {"length": "1 year"}


# --- variant characters and free-period words ---------------------------------------------------------


def test_minutes_written_with_the_variant_character_zhong(tmp_path: Path) -> None:
    """分鍾 (鍾 for 鐘, as mainland pages printed in Traditional script write it) is minutes."""
    text = _lines("保修期內,我們保證提供二十分鍾內的電話響應服務。")
    assert level_times(terms_of(tmp_path, text, "tw.txt")) == {"所有故障": ("20m", None)}


def test_repairs_covered_and_free_replacement_are_the_free_period(tmp_path: Path) -> None:
    tw = _lines("本設備免費包修兩年(人為損壞除外)。")
    assert terms_of(tmp_path, tw, "tw.txt")["free_maintenance"]["length"] == "2 years"
    zh = _lines("设备自验收合格之日起两年内如出现质量问题,我司将免费更换配件。")
    assert terms_of(tmp_path, zh, "zh.txt")["free_maintenance"] == {"length": "2 years", "start_event": "acceptance"}


# --- the client notifying the vendor; signing said as a verb ------------------------------------------


def test_the_client_notifying_the_vendor_by_phone_is_the_phone_channel(tmp_path: Path) -> None:
    en = _lines("If the software fails, you must notify us by phone at once.")
    assert [c["kind"] for c in terms_of(tmp_path, en)["support_channels"]] == ["phone"]
    zh = _lines("设备出现故障时,甲方应通过电话通知我方。")
    assert [c["kind"] for c in terms_of(tmp_path, zh, "zh.txt")["support_channels"]] == ["phone"]
    # the vendor notifying the client stays no channel
    assert "support_channels" not in terms_of(tmp_path, _lines("We notify you by e-mail of every release."))


def test_a_free_period_from_the_date_the_parties_sign_the_contract(tmp_path: Path) -> None:
    text = _lines("Free maintenance of the software for 6 months from the date both parties sign this contract.")
    assert terms_of(tmp_path, text)["free_maintenance"] == {"length": "6 months", "start_event": "signing"}


def test_each_time_takes_the_level_named_right_after_it(tmp_path: Path) -> None:
    text = _lines("We resolve the problem within 12 hours for serious issues and 48 hours for minor issues.")
    assert level_times(terms_of(tmp_path, text)) == {"serious": (None, "12h"), "minor": (None, "48h")}


def test_a_service_label_given_by_a_number_with_an_extension_is_the_phone(tmp_path: Path) -> None:
    zh = _lines("以上承诺如有疑问请联系。", "售后服务**:0571-88886666-8012 工程部")
    assert terms_of(tmp_path, zh, "zh.txt")["support_channels"] == [{"kind": "phone", "address": "0571-88886666-8012"}]
    en = _lines("Customer service: 866-555-0142")
    assert terms_of(tmp_path, en)["support_channels"] == [{"kind": "phone", "address": "866-555-0142"}]


def test_a_new_product_in_exchange_is_no_free_period(tmp_path: Path) -> None:
    zh = _lines("产品售出30日内出现功能故障,可以免费更换新设备。")
    assert "free_maintenance" not in terms_of(tmp_path, zh, "zh.txt")


def test_an_agreement_valid_for_a_length_gives_the_term(tmp_path: Path) -> None:
    text = _lines("Terms", "- The support agreement is valid for 24 months from the date of purchase.")
    assert terms_of(tmp_path, text)["term"] == {"length": "24 months"}


def test_ownership_of_custom_software_is_ownership_of_its_code(tmp_path: Path) -> None:
    zh = _lines("甲方(客户):某某公司", "乙方(服务商):某某科技", "3.1 甲方享有对定制软件的所有权。")
    assert terms_of(tmp_path, zh, "zh.txt")["intellectual_property"]["source_code_owner"] == "client"
    en = _lines("The Vendor shall own the customized software and all rights in it.")
    assert terms_of(tmp_path, en)["intellectual_property"]["source_code_owner"] == "vendor"
    # a licence to use it is no ownership
    assert "intellectual_property" not in terms_of(
        tmp_path, _lines("甲方(客户):某某公司", "甲方享有定制软件的使用权。"), "b.txt"
    )


# --- regressions found probing this session's rules ---------------------------------------------------


def test_times_that_refer_to_the_standard_below_are_commitments(tmp_path: Path) -> None:
    """参考以下标准 / 參考下表 ("refer to the table below") is no "for reference only"."""
    zh = _lines(
        "故障响应时间参考以下标准:", "一级故障:30分钟内响应,4小时内解决。", "二级故障:2小时内响应,24小时内解决。"
    )
    assert level_times(terms_of(tmp_path, zh, "zh.txt")) == {"1级": ("30m", "4h"), "2级": ("2h", "24h")}
    tw = _lines("服務時間參考下表執行:", "緊急:30分鐘內回應,4小時內修復。")
    assert level_times(terms_of(tmp_path, tw, "tw.txt")) == {"緊急": ("30m", "4h")}
    # for reference only stays no commitment
    ref = _lines("一级故障:30分钟内响应。", "上述时限仅供参考。")
    assert "severity_levels" not in terms_of(tmp_path, ref, "ref.txt")
