"""Issue 10, Chinese, tenth round: held-out-13's false alarms and misses, by construction.

Every sentence here was written for these tests (both scripts; wordings that appear in no corpus
file), each class beside its nearest neighbour on the other side, so a rule that excused (or found)
everything of that look would fail. The analysis that chose the classes is in /work/notes/lintzh10-s6.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ------------------------------------------------ a recital reaches to the end of its own clause

RECITAL_THEN_PROMISE = [
    # a binding clause after the recital: the recital does not excuse it
    "双方经友好协商,特订立本合同,乙方应提供完善的售后服务。",
    "雙方經友好協商,特訂立本合約,乙方應提供完善的售後服務。",
    "甲乙双方就网站维护达成如下协议:乙方将及时处理甲方的报修。",
    "甲乙雙方經協商一致,簽訂本合約,乙方須盡快修復系統故障。",
]
RECITAL_ONLY = [
    # the vague word inside the recital, or clauses after it that bind nobody
    "为建立完善的售后服务体系,双方经友好协商,特订立本合同。",
    "為建立完善的售後服務體系,雙方經友好協商,特訂立本合約。",
    "本公司为持续提升服务质量,特制定本办法,通过完善的回访机制改进流程。",
    "鑑於甲方需要專業的維護服務,乙方應提供相關資質證明,雙方達成如下協議。",
    "双方在自愿的基础上经友好协商,确认由服务商负责完善的售后服务。",  # no party opens the clause: still the recital
]


@pytest.mark.parametrize("text", RECITAL_THEN_PROMISE)
def test_a_promise_after_a_recital_is_found(text: str) -> None:
    assert warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", RECITAL_ONLY)
def test_the_recital_itself_is_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


# ------------------------------------------------ a liability left unstated (承担相应的责任)

LIABILITY_OPEN = [
    ("若因服务商操作失误造成数据丢失,服务商应承担相应的责任。", "相应的责任"),
    ("如因維護廠商疏失致設備損壞,廠商應負相應的賠償責任。", "相應的賠償責任"),
    ("客户擅自改装设备导致故障的,由客户承担相应责任。", "相应责任"),
    ("若因本公司延誤造成損失,本公司承擔相應責任。", "相應責任"),
]
LIABILITY_NAMED = [
    # the contract's own default clause, or a stated amount
    "若服务商未按期完成维护,应按照本合同第九条承担相应的违约责任。",
    "如因維護廠商疏失致設備損壞,廠商應賠償設備重置費用,以新台幣五萬元為限。",
]


@pytest.mark.parametrize(("text", "term"), LIABILITY_OPEN)
def test_a_liability_left_unstated_is_found(text: str, term: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert term in found, lint_text(text, "t.txt")


@pytest.mark.parametrize("text", LIABILITY_NAMED)
def test_a_liability_the_contract_names_is_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


# ------------------------------------------------ a word inside a 《…》 title names a form or a document

IN_TITLE = [
    "维护人员每次上门后,须在《设备例行检查记录表》上签字。",
    "維護人員每次到場後,須在《設備定期保養紀錄表》上簽名。",
]
OUTSIDE_TITLE = [
    # the same word promising the work, beside a title
    "维护人员须对设备进行例行检查,并在《检查记录表》上签字。",
    "維護人員須定期保養設備,並在《保養紀錄表》上簽名。",
]


@pytest.mark.parametrize("text", IN_TITLE)
def test_a_word_inside_a_title_is_not_a_finding(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize("text", OUTSIDE_TITLE)
def test_the_word_outside_the_title_is_still_found(text: str) -> None:
    assert warned(text), lint_text(text, "t.txt")


# ------------------------------------------------ a price the vendor sets later, in a clause that only looks like a heading

PRICE_LATER = [
    ("3.客户应按服务商当时收费标准另行支付:", "当时收费标准"),
    ("3.客戶應依廠商當時收費標準另行支付:", "當時收費標準"),
    # the year's own price list, which the vendor sets (as 当时)
    ("维保期内以服务商当年公布价格的九折提供备件。", "当年公布价格"),
    ("維保期內以廠商當年公布價格的九折提供備件。", "當年公布價格"),
]
HEADING_OR_LIST = [
    "4.定期巡检:每月一次,每次不少于4小时。",
    "4.定期巡檢:每月一次,每次不少於4小時。",
    "维保期内以附件二2026年价目表所列价格的九折提供备件。",
]


@pytest.mark.parametrize(("text", "term"), PRICE_LATER)
def test_a_price_set_later_is_found_even_before_a_colon(text: str, term: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert term in found, lint_text(text, "t.txt")


@pytest.mark.parametrize("text", HEADING_OR_LIST)
def test_a_heading_label_or_a_price_list_is_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


# ------------------------------------------------ a supplementary agreement's preamble; a case left out (…的除外)

CLEAN_MORE = [
    "依据相关法律规定,结合网站运维的实际情况,双方就《网站维护合同》订立补充协议如下。",
    "依據相關法規,結合系統維護的實際情況,雙方就原維護合約簽訂補充協議如下。",
    "服务商对更换下来的旧部件享有所有权(另行收费的除外)。",
    "廠商對更換下來的舊零件享有所有權(另行收費的除外)。",
]
VAGUE_MORE = [
    # a later agreement, not this one's preamble: the price is still open
    "如需增加服务项目,双方可另行协商并签订补充协议。",
    "如需增加服務項目,雙方可另行協商並簽訂補充協議。",
    # the charge itself, not a case left out
    "更换下来的旧部件由服务商回收,另行收费。",
    # an open exception before 除外 is the escape itself
    "保修期内免费上门维修,特殊原因除外。",
    "保固期內免費到府維修(特殊原因的除外)。",
]


@pytest.mark.parametrize("text", CLEAN_MORE)
def test_a_supplement_preamble_and_an_excepted_case_are_not_findings(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize("text", VAGUE_MORE)
def test_a_later_agreement_and_the_charge_itself_are_found(text: str) -> None:
    assert warned(text), lint_text(text, "t.txt")
