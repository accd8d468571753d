"""Issue 10, Chinese, second round: vague commitments found by their shape, not by a word.

Each class (see ``ZH_STRUCTURAL_TERMS`` in termsmith.lint.lexicon.terms) is checked
on a sentence of that shape and on the nearest sentence that is not vague, so a
pattern that matched everything of that look would fail. Sentences are adapted from
the tuning part of the real-text corpus (tests/lint/realtext/), never from the
held-out batches.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    """The words reported at warning level or above, as written."""
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


def findings(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.extra["term"]) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("提供第一次軟體安裝，有問題7天內免費保固，7天後需收安裝費用。", "收安裝費"),
        ("自行拆裝所引起之故障與損壞，均收維修費用或不予維修。", "收維修費"),
        ("若您发回产品配件不全，则须收取产品配件成本费用。", "收取产品配件成本费"),
        ("凡屬人為因素導致系統故障均需收費維修或更換。", "收費"),
        ("需要本公司作出調整的，本公司將會收取費用。", "收取費"),
    ],
)
def test_a_charge_with_no_amount_is_an_open_price(text: str, found: str) -> None:
    assert findings(text) == [("VD001", found)]


@pytest.mark.parametrize(
    "text",
    [
        "本公司各類產品送回公司檢測均收檢測費200元整。",  # the amount
        "超出范围的服务按附件二价格表收费。",  # the price list it follows
        "乙方有权按照合同约定收取服务费用。",  # the contract sets it
        "保修期间的维护服务不收取任何费用。",  # waived
        "乙方按第三方发票金额结算，不加收任何费用。",
        "第三方收取的费用由甲方直接向第三方支付。",  # a fee someone charges: a noun phrase
        "乙方收到甲方支付的服务费后开始提供服务。",  # 收到: received
        "甲方应在验收后十五日内支付服务费。",  # 验收, and the client paying the contract fee
        "培训对象：诊所前台与收费员工。",  # 收费员: a cashier
        "维护收费标准按所需解决的问题数量计费。",  # the noun 收费标准
    ],
)
def test_a_charge_that_is_priced_waived_or_only_named_is_not_open(text: str) -> None:
    assert warned(text) == []


def test_a_price_fixed_only_later_is_open_but_a_price_list_is_not() -> None:
    assert findings("此项服务按客户提出要求时的服务费标准收费。") == [("VD001", "时的服务费标准")]
    assert findings("乙方以當時維修費標準為客戶提供維修。") == [("VD001", "當時維修費標準")]
    assert warned("此项服务按附件二的服务费标准收费。") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本公司保有最後核決權力。", "核決權"),
        ("乙方享有最终判断权。", "判断权"),
        ("檢驗費由本公司有絕對酌情決定權。", "決定權"),
    ],
)
def test_a_power_to_decide_is_a_discretion_however_worded(text: str, found: str) -> None:
    assert ("VD001", found) in findings(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我公司提供优惠的维修服务。", "提供优惠的维修"),
        ("用户都可以通过监督热线获得快捷的支持。", "获得快捷的支持"),
        ("乙方保证提供周到的售后服务。", "保证提供周到的售后服务"),
        ("本公司承諾提供穩定的維修服務。", "承諾提供穩定的維修"),
    ],
)
def test_an_evaluative_modifier_on_a_promised_service_is_unmeasured(text: str, found: str) -> None:
    assert ("VQ001", found) in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "我公司提供7×24小时的维修服务。",  # a measure, not a grade
        "公司拥有高效的服务团队。",  # a description: no commitment verb
        "乙方每月巡检一次，以确保提供稳定的运行环境。",  # a purpose phrase
        "乙方提供甲方的维护服务。",  # 甲方的: a possessive, no evaluative morpheme
    ],
)
def test_a_service_without_a_grade_or_outside_a_promise_is_not_graded(text: str) -> None:
    assert warned(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("3. 较强的沟通能力", "较强"),
        ("我們在檢測上也相對保守，只會測試一下。", "相對保"),
        ("响应式设计实施：提供最佳的观看体验。", "最佳"),
        ("乙方将使服务流程更加简洁。", "更加简"),
    ],
)
def test_a_degree_word_grades_without_a_scale(text: str, found: str) -> None:
    assert ("VQ001", found) in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "如果用户业务相对稳定，可以不需要购买续保服务。",  # a condition grades a state
        "乙方应比较两种方案的费用后书面报价。",  # 比较: compare
        "作業時間：上午八時三十分至下午五時三十分。",  # 三十分: a time
        "乙方相对于甲方承担连带责任。",  # 相对于: relative to
    ],
)
def test_a_degree_word_in_a_condition_or_another_word_is_not_a_grade(text: str) -> None:
    assert warned(text) == []


def test_conformity_to_an_unmeasured_expectation_is_vague_but_to_a_document_is_not() -> None:
    assert findings("小程序界面设计应符合甲方品牌形象和用户使用习惯。") == [("VQ001", "符合甲方品牌形象")]
    assert findings("维修完成后，确认设备达到预期使用效果。") == [("VQ001", "达到预期")]
    assert warned("小程序界面设计应符合甲方书面确认的设计稿。") == []


def test_supplying_what_is_related_or_needed_is_an_open_list() -> None:
    assert findings("甲方应明确提出维护需求，提供相关的政策、法规、标准。") == [("VS001", "提供相关的政策")]
    assert findings("軟體安裝維護時，請客戶自備原版軟體及相關程式。") == [("VS001", "自備原版軟體及相關程式")]
    assert findings("甲方应提供乙方服务人员所需的工作条件。") == [("VS001", "提供乙方服务人员所需的工作")]
    assert warned("乙方应遵守相关法律法规。") == []
    assert warned("甲方应提供服务器的登录账号与密码。") == []


def test_reduplicated_slogans_in_a_list_are_unmeasured_but_concrete_pairs_are_not() -> None:
    assert findings("我们做到高质高效、耐心热心、周密周到。") == [("VQ001", "、周密周到")]
    assert warned("保修期内，乙方负责维修、包修包换。") == []
    assert warned("乙方每年、每季、每月各提交一次报告。") == []


def test_structural_findings_in_traditional_text_get_traditional_help() -> None:
    [diag] = [d for d in lint_text("7天後需收安裝費用。", "t.txt") if d.severity is not Severity.INFO]
    assert "寫明金額" in diag.hint
    [diag] = [d for d in lint_text("7天后需收安装费用。", "t.txt") if d.severity is not Severity.INFO]
    assert "写明金额" in diag.hint
