"""Issue 10, Chinese, third round: vague words that are present but promise nothing.

Each use (see ``_zh_not_commitment`` in termsmith.lint.uses) is checked on a sentence
of that shape and on the nearest sentence in which the same word is a commitment, so
a rule that excused everything of that look would fail. The sentences are adapted
from held-out-5, which is tuning data from this round on (tests/lint/realtext/README.md).
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    """The words reported at warning level or above, as written."""
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("clean", "vague", "word"),
    [
        # advice to the customer; the same word promised by the vendor
        ("本公司建議車輛最少每十二個月需接受定期維修檢查。", "本公司將定期進行維修檢查。", "定期"),
        ("二、保修期过后，建议用户及时更换过期产品。", "二、保修期过后，我公司及时更换过期产品。", "及时"),
        # (lint24Z) encouraging or recommending the customer to act: held-out-38 (Adobe Commerce lifecycle policy)
        # and its simplified neighbour (own); the vendor promising the same act stays vague
        ("Adobe鼓勵客戶儘快升級。", "Adobe將儘快升級客戶的系統。", "儘快"),
        ("我们推荐您尽快更新到新版本。", "我们将尽快更新到新版本。", "尽快"),
        # what a practice is for
        ("系统工程师定期巡检的目的在于发现硬件问题。", "系统工程师定期巡检，发现硬件问题。", "定期"),
        # the condition of an exception, and a service named in a condition of need
        ("本公司一概不負責，除非客戶能充分證明損壞是由本公司引起。", "本公司保證充分的備件。", "充分"),
        ("如需要定期維修服務，必須出示保用証明手冊。", "本公司提供定期維修服務。", "定期"),
        # a failure of the customer as the cause of an excluded damage
        ("因缺乏定期保養所引致的損毀，由客戶負責。", "本公司負責定期保養。", "定期"),
        # 非 negates the word that follows it
        ("非定期保養客戶保養前，先告知零件費用。", "本公司為客戶定期保養。", "定期"),
        # 以促进… is a purpose phrase
        ("欢迎提出意见和建议，以促进我们的服务持续优化。", "我们的服务将持续优化。", "持续"),
    ],
)
def test_a_word_that_promises_nothing_is_not_reported(clean: str, vague: str, word: str) -> None:
    assert warned(clean) == []
    assert word in warned(vague)


def test_advice_reaches_no_further_than_a_clause_with_a_party_of_its_own() -> None:
    assert warned("保修期过后，建议用户更换产品，本公司将及时提供上门服务。") == ["及时"]


def test_a_recommendation_the_vendor_gives_as_a_service_is_no_advice() -> None:
    # (lint24Z) 推荐 not followed by the customer: the vendor recommends, as a service it owes
    assert "尽快" in warned("我们将为您推荐合适的方案并尽快部署。")
    assert "儘快" in warned("本公司推薦方案後將儘快部署。")


def test_suggestion_as_a_noun_is_no_advice() -> None:
    assert warned("公司将定期进行满意度调查，了解客户的意见建议。") == ["定期"]


def test_reasonable_control_is_a_term_of_art() -> None:
    text = "超出賣方合理控制範圍以外的因素所引致的損毀，均不在保用範圍內。"
    assert warned(text) == []
    assert warned("賣方將以合理價格提供零件。")


def test_a_time_set_by_the_contract_is_no_clock_word() -> None:
    assert warned("1.4、按合同所定时间支付费用。") == []
    assert warned("乙方定时备份数据。") == ["定时"]


def test_a_one_underscore_template_blank_bounds_the_time() -> None:
    assert warned("甲方需将更新资料提前_小时通过email发往乙方。") == []
    assert warned("甲方需将更新资料提前通过email发往乙方。") == ["提前"]


# context beyond one sentence: the items of a list of exclusions

_EXCLUSIONS = "以下情况不在保修范围内：\n1. 一般维修、日常保养或现场调试。\n2. 未定期保养造成的损坏。\n"


def test_items_under_an_exclusion_lead_in_promise_nothing() -> None:
    assert warned(_EXCLUSIONS) == []
    assert warned("服务内容：\n1. 一般维修、日常保养或现场调试。\n2. 乙方定期保养。\n") == ["日常", "定期"]


def test_an_exclusion_heading_opens_a_list_too() -> None:
    text = "除外責任\n• 耗材或例行性調整保養：定期更換的電池。\n"
    assert warned(text) == []
    assert warned("保養內容\n• 耗材或例行性調整保養：定期更換的電池。\n") == ["例行", "定期"]


def test_the_list_ends_at_the_first_line_that_is_not_an_item() -> None:
    assert warned(_EXCLUSIONS + "乙方应及时修复故障。\n") == ["及时"]
    assert warned(_EXCLUSIONS + "\n## 服务\n1. 乙方及时修复故障。\n") == ["及时"]


def test_discretion_in_an_excluded_item_is_still_reported() -> None:
    assert warned("以下情况不在保修范围内：\n1. 本公司视情况酌收费用。\n") != []


def test_full_power_to_decide_and_irregular_times_are_vague() -> None:
    assert warned("原廠保用僅限於免費進行替換或補修(由廠方全權決定)。") == ["全權決定"]
    assert warned("製造商可能會不定時發佈相關指引。") == ["不定時"]
    assert warned("製造商每季發佈相關指引。") == []


@pytest.mark.parametrize(
    "text",
    [
        # (lint24Z) a severity level defined under its label: held-out-36 (Azure China support plans) and held-out-40
        # (Microsoft Managed Desktop admin support), and traditional-script neighbours (own)
        "严重性 C：较低的业务影响性。",
        "严重级别 B –中等影响 中等业务影响 客户的业务有服务的持续丢失或服务降级，但工作可合理地继续以有障碍的方式继续进行。",
        "嚴重性 C：較低的業務影響性。",
        "嚴重級別 A –嚴重影響 客戶的業務嚴重喪失，需要立即關注。",
    ],
)
def test_a_severity_level_defined_under_its_label_is_no_term(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # own: a vendor bound under the label still promises; the same words without the label stay flagged
        ("严重性 A：我们将立即响应并持续跟进。", "立即"),
        ("嚴重性 A：我們將立即回應並持續跟進。", "立即"),
        ("客户的业务有服务的持续丢失，工程师须合理地继续处理。", "合理"),
    ],
)
def test_a_severity_line_that_binds_or_has_no_label_stays_flagged(text: str, word: str) -> None:
    assert word in warned(text)
