"""Issue 10, Chinese, ninth round: held-out-12's false alarms and misses, by construction.

Every sentence here was written for these tests (both scripts; wordings that appear in no corpus
file), each class beside the nearest sentence that is still vague, so a rule that excused everything
of that look would fail. The analysis that chose the classes is in /work/notes/lintzh9-s6.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ------------------------------------------------ structural: no commitment of the vendor's

CLEAN = [
    # a list spelling out what a policy applies to
    "本规则适用于客户使用本平台的全部行为,包括但不限于账号注册、数据上传、接口调用等。",
    "本辦法適用於會員與本站之一切往來,包括但不限於購買、退換貨及諮詢等事項。",
    # damage the customer caused, listed (a warranty-void item)
    "3.人为造成的设备损坏,包括进水、摔落、私自拆机等;",
    "使用不當、疏忽、雷擊等情形或非正常之操作。",
    # the customer reading, accepting or leaving the agreement
    "买方在下单前,应认真阅读并充分理解本协议的各项条款。",
    "我們懇請您審閱以下文件,以全面瞭解本站的服務條款:",
    "如会员对本规则的条款有任何异议,应立即停止使用本平台。",
    "閣下持續使用本網站即表示閣下同意本協議。",
    # a policy's preamble (特制定本…, as 特签订本合同): why the document was made
    "本中心为规范维修流程、保障客户权益,特制定本服务办法,通过建立完善的回访机制,持续提升服务质量。",
    "本公司為提升服務品質,特制定本保固政策,透過完善的回報機制,持續改進維修流程。",
    # misconduct listed: what counts as a breach
    "欺诈行为 - 冒用他人账号、传播盗版软件等",
    "若發現冒用他人身份、盜用帳號等情形,本公司將終止服務。",
]

VAGUE = [
    # a scope list with no 适用于 before it: what is delivered
    "乙方负责平台的日常运维,包括但不限于账号注册、数据上传、接口调用等。",
    "本站提供之服務,包括但不限於購買、退換貨及諮詢等事項。",
    # damage the warranty covers (非人为), repaired by the vendor
    "保修期内,乙方免费维修非人为造成的故障,包括主板、电源、屏幕等。",
    "乙方負責維修設備之故障,包括電源、主機板等零件。",
    # the vendor's staff understanding the customer's business, not the agreement
    "乙方技术人员应充分理解甲方的业务流程。",
    "本公司工程師將全面了解客戶的系統架構。",
    # the vendor stopping or keeping a service going, no acceptance of the terms named
    "发现故障后,乙方应立即停止使用故障设备并更换。",
    "本公司將持續使用最新技術維護客戶系統。",
    # a policy made, not a preamble (no 特): the vendor's own description of what it keeps
    "本公司制定了完善的保修政策,持续改进维修流程。",
    "本公司已訂定完善的保固政策,並持續改進維修流程。",
    # the vendor guarding against misconduct: a scope it owes
    "乙方负责防范账号盗用、诈骗等安全风险。",
    "本公司將協助處理盜用、詐騙等事件。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_scopes_damage_and_misconduct_lists_acceptance_and_preambles_are_not_findings(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize("text", VAGUE)
def test_the_same_words_in_the_vendors_promise_are_still_found(text: str) -> None:
    assert warned(text), lint_text(text, "t.txt")


# ------------------------------------------------ two words the lexicon lacked beside their family

FOUND = [
    # an occasional act: no frequency (as 不定期, 不定时)
    ("服务商偶尔会通过短信提醒客户续费。", "偶尔"),
    ("本公司偶爾會寄送系統更新通知。", "偶爾"),
    # an exception left open (as 特殊情况, 特殊缘故)
    ("如因缺货或其他特殊原因不能按期更换的,乙方另行安排。", "特殊原因"),
    ("若因特殊原因無法到場,本公司將另行通知。", "特殊原因"),
]
NOT_FOUND = [
    "服务商每季度通过短信提醒客户续费一次。",  # a frequency
    "如因停產無法按期更換的,乙方以原型號新品更換。",  # the reason named
]


@pytest.mark.parametrize(("text", "term"), FOUND)
def test_occasional_acts_and_open_special_reasons_are_found(text: str, term: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert term in found, lint_text(text, "t.txt")


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_frequency_or_a_named_reason_is_not(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")
