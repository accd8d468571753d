"""Issue 10, Chinese, eleventh round: constructions that recur across batches, and the corpus guide's
session-7 label decisions.

Every sentence here was written for these tests (both scripts; wordings that appear in no corpus
file), each class beside its nearest neighbour on the other side, so a rule that excused (or found)
everything of that look would fail. The analysis and the per-batch effect of each change are in
/work/notes/lintzh11-s7.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ------------------------------------------------ 按时: on the agreement's own schedule

ON_SCHEDULE = [
    # 按时/按時 points at the dates the agreement sets, whoever acts (decision 1 of the guide)
    "甲方应按时支付维护费。",
    "客户须按时缴纳年度服务费及域名续费。",
    "用戶必須按時繳交月租費用。",
    "乙方应按时完成系统的部署与验收。",
    "乙方須按時提交季度巡檢報告。",
    # (lintzh14) "timely payment" too: paid by its due date, clean by the guide's later session-7 decision (it was
    # listed below as an open time word before that decision)
    "甲方应及时支付维护费。",
]
OPEN_TIMING = [
    # a time word that names no date or schedule keeps its finding, also beside 按时
    "客戶須盡快繳交月租費用。",
    "乙方应按时并尽快完成系统的部署。",
    "乙方須按時提交報告,並及時處理客戶的投訴。",
]


@pytest.mark.parametrize("text", ON_SCHEDULE)
def test_on_time_by_the_agreements_schedule_is_not_a_finding(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize("text", OPEN_TIMING)
def test_open_time_words_beside_it_are_still_found(text: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert found and not any(t in ("按时", "按時") for t in found), found


# ------------------------------------------------ Taiwanese and Hong Kong wording of what the rules already read

# The corpus's Simplified sentences converted with OpenCC's s2twp (Taiwan phrases) turn 优化 into 最佳化, and s2t/s2hk
# spell 远程 as 遠程; the rules read 最佳 as a grade and knew only 遠端 as a channel (the script probe in the round's note).
SAME_IN_EVERY_SCRIPT = [
    ("乙方负责网络系统的优化和升级。", "乙方負責網路系統的最佳化和升級。"),
    ("每季度提交优化方案并进行优化。", "每季度提交最佳化方案並進行最佳化。"),
    ("乙方提供 IT 系统的运维和优化服务。", "乙方提供 IT 系統的運維和最佳化服務。"),
    ("(2)远程技术支持;", "(2)遠程技術支持;"),
]
STILL_GRADES = [
    "乙方提供最佳的服務品質。",  # 最佳 on a quality, not 最佳化
    "乙方提供最优的售后服务。",
    "乙方提供技術支持。",  # no channel named
]


@pytest.mark.parametrize(("hans", "hant"), SAME_IN_EVERY_SCRIPT)
def test_optimising_and_remote_support_read_alike_in_both_scripts(hans: str, hant: str) -> None:
    assert warned(hans) == warned(hant) == [], (lint_text(hans, "t.txt"), lint_text(hant, "t.txt"))


@pytest.mark.parametrize("text", STILL_GRADES)
def test_a_superlative_grade_and_unscoped_support_are_still_found(text: str) -> None:
    assert warned(text), lint_text(text, "t.txt")


# ------------------------------------------------ business hours the document never states (guide decision 3)

HOURS_NEVER_STATED = [
    ("一般工作时间内接到报修后,乙方于4小时内到场。", "工作时间"),  # the clock starts in hours nobody states
    ("標準辦公時間提供電話支援。", "辦公時間"),
    ("营业时间内提供在线客服与电话支持。", "营业时间"),  # heading its clause
    ("• 上班時間透過電郵回覆客戶查詢。", "上班時間"),
    ("乙方在工作时间内提供远程支持。", "工作时间"),  # the vendor acting in them
    ("本公司於辦公時間內回覆客戶查詢。", "辦公時間"),
]
HOURS_STATED_OR_IN_PASSING = [
    "一般工作时间(周一至周五 9:00-17:30)内接到报修后,乙方于4小时内到场。",  # stated in the sentence
    "標準辦公時間為星期一至星期五上午九時至下午六時,提供電話支援。",
    "非工作时间请拨打值班电话。",  # outside business hours: not the promised window
    # (lintzh15) "乙方在工作時間以外進行維修的,另按前表收取勞務費。" was listed here: bare business hours that the
    # document never states are V (the guide's third set of decisions, session 8; held-out-13 weddingday relabelled)
    "甲方人员在工作时间内提出的问题,乙方应在1个工作日内答复。",  # in passing: the agreement's defined term
    "服务按5×8小时提供,正常工作时间内2小时响应。",
]


@pytest.mark.parametrize(("text", "term"), HOURS_NEVER_STATED)
def test_normal_business_hours_with_no_hours_are_found(text: str, term: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert term in found, lint_text(text, "t.txt")


@pytest.mark.parametrize("text", HOURS_STATED_OR_IN_PASSING)
def test_business_hours_stated_outside_or_in_passing_are_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


def test_hours_the_document_states_in_another_sentence_count() -> None:
    """A document that states its hours once (a definition, a schedule line) may name them elsewhere."""
    for defined in ("“正常工作时间”是指周一至周五 9:00-18:00。", "服務時段:星期一至五上午九時至下午六時。"):
        doc = f"{defined}\n乙方在正常工作时间内提供电话支持。\n一般辦公時間內收到通知後,乙方於4小時內回覆。\n"
        assert warned(doc) == [], lint_text(doc, "t.txt")
    alone = "乙方在正常工作时间内提供电话支持。\n一般辦公時間內收到通知後,乙方於4小時內回覆。\n"
    assert [d.extra.get("term") for d in lint_text(alone, "t.txt") if d.severity is not Severity.INFO] == [
        "工作时间",
        "辦公時間",
    ]


# ------------------------------------------------ coverage left to one side's judgment (guide decision 4)

COVERAGE_JUDGED = [
    "经服务中心技术人员判定为非人为故障的,免费更换。",
    "若經本公司檢測確認為人為損壞,不在保固範圍內。",
    "由原廠認定屬於保修範圍的零件,免費提供。",
    "如维修人员判断为质量问题,乙方负责退换。",
]
COVERAGE_SETTLED = [
    "将以发票日期判定为保修起始日。",  # read off a record, no one's judgment
    "經雙方確認為品質問題的,乙方免費更換。",  # both parties together
    "产品出现质量问题的,乙方免费维修。",  # no judgment at all
    "经检测确认为质量问题的,免费维修。",  # an inspection, no party named as the judge
    "乙方判定故障原因后,于4小时内提交报告。",  # a judgment, but not of what is covered
]


@pytest.mark.parametrize("text", COVERAGE_JUDGED)
def test_what_is_covered_left_to_one_sides_judgment_is_found(text: str) -> None:
    assert "VD001" in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", COVERAGE_SETTLED)
def test_coverage_by_a_record_or_by_both_parties_is_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


# ------------------------------------------------ Taiwan's wording, second part: 使用者, 運作/執行, and verbs of looking

# 為使用者提供… is "for the user" (Taiwan's 使用者 for 用户), not the purpose phrase 为使…; 運作 and 執行 are Taiwan's
# words for 运行; 巡视/监视/检视…情况 inspects the state, it does not make anything depend on it.
FOUND_IN_TAIWAN_WORDING = [
    ("本公司为用户提供全面的服务。", "本公司為使用者提供全面的服務。"),
    ("乙方负责系统安全可靠的运行。", "乙方負責系統安全可靠的運作。"),
    ("乙方负责系统安全可靠的运行。", "乙方負責系統安全可靠的執行。"),
]
STILL_A_PURPOSE_OR_LOOKING = [
    "为使系统正常运行,乙方每月巡检一次。",  # 为使: in order to make
    "乙方每月巡视设备运行情况并记录。",
    "乙方監視系統運行狀況並於異常時通知甲方。",
    "工程部经理须到现场检视真实情况。",
]


@pytest.mark.parametrize(("hans", "hant"), FOUND_IN_TAIWAN_WORDING)
def test_taiwan_wording_is_found_as_its_simplified_twin(hans: str, hant: str) -> None:
    assert warned(hans) == warned(hant) == ["VQ001"], (lint_text(hans, "t.txt"), lint_text(hant, "t.txt"))


@pytest.mark.parametrize("text", STILL_A_PURPOSE_OR_LOOKING)
def test_a_purpose_and_a_verb_of_looking_are_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


def test_depending_on_the_state_is_still_found() -> None:
    for text in ("乙方将视设备运行情况安排维修。", "乙方將視設備運行情況安排維修。"):
        assert "VD001" in warned(text), lint_text(text, "t.txt")
