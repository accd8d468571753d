"""Issue 10, Chinese: whether a vague word is promised or only named, in both scripts.

Each case comes in pairs where it can: the same word used as a commitment is still
reported, so a rule that silenced the word everywhere would fail here. Sentences
are adapted from the real-text corpus (tests/lint/realtext/); the corpus figures
are in test_realtext_floor.py.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    """The terms reported at warning level or above."""
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


def infos(text: str) -> list[str]:
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is Severity.INFO]


@pytest.mark.parametrize(
    ("mention", "commitment", "term"),
    [
        # a purpose phrase says why, not what is promised
        ("乙方每月上门检测一次，以保证电脑的正常使用。", "乙方保证电脑的正常使用。", "保证电脑的正常"),
        ("乙方每月上門檢測一次，以保證電腦的正常使用。", "乙方保證電腦的正常使用。", "保證電腦的正常"),
        ("一般事件需要维护人员干预，以维持系统正常运行。", "乙方维持系统正常运行。", "正常运行"),
        # a prohibition, and "without affecting"
        ("乙方不得为他人提供任何便利等。", "乙方为甲方提供任何便利等。", "等"),
        ("在不影响网站美观的情况下，甲方可添加文件。", "网站设计应美观。", "美观"),
        # 等 closing cited titles or a template's blanks, not an open scope
        ("乙方遵守《民法典》、《网络安全法》等规定。", "乙方遵守民法典、网络安全法等规定。", "等"),
        ("乙方開發具備[功能1]、[功能2]、……等功能的app。", "乙方開發具備登入、查詢等功能的app。", "等"),
        # what a party has, with nothing binding anyone
        ("公司有着强大专业的技术队伍。", "乙方应派遣专业的技术队伍。", "专业的"),
        # 技术支持 in passing, or as the whole service
        ("乙方应免费提供系统软件升级和技术支持。", "乙方负责技术支持。", "技术支持"),
        ("客戶自行選擇之主機之設定、管理、維護或技術支援", "乙方提供技術支援服務。", "技術支援"),
        ("本协议项下的技术支持服务适用于客户指定的应用。", "乙方提供技术支持服务。", "技术支持"),
    ],
)
def test_a_named_word_is_not_a_commitment_but_the_promised_one_is(mention: str, commitment: str, term: str) -> None:
    assert term not in warned(mention)
    assert term in warned(commitment)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("乙方根据甲方使用的实际情况，每月定期上门维修保养。", "实际情况"),
        ("維護內容：依客戶情況，每月、季或半年一次實施定期機器維護。", "依客戶情況"),
    ],
)
def test_a_situation_settled_by_the_figure_decided_is_only_info(text: str, term: str) -> None:
    assert term not in warned(text)
    assert term in infos(text)


def test_a_situation_with_nothing_decided_is_still_open() -> None:
    assert "实际情况" in warned("服务商将根据故障的级别和实际情况，投入相应资源。")


def test_a_severity_defined_by_its_consequence_is_not_vague() -> None:
    assert "重大" not in warned("客户报告系统出现重大故障影响核心业务运行时，乙方派员到场。")
    assert "重大" in warned("乙方保证系统不出现重大故障。")


@pytest.mark.parametrize("text", ["具体服务包括但不限于以下：", "报价服务费用包括但不限于："])
def test_a_list_introduction_is_not_a_heading(text: str) -> None:
    assert "包括但不限于" in warned(text) or "包括但不限於" in warned(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("乙方应提供必要的指导。", "必要的"),
        ("甲方應將機器置於安全適宜的環境下工作。", "適宜"),
        ("乙方應采用先進、穩定的技術架構。", "先進"),
        ("界面設計應簡潔美觀。", "美觀"),
        ("乙方确保客户熟练掌握系统操作。", "熟练"),
        ("乙方应派遣具有专业技能的工程师。", "专业技能"),
        ("乙方提供例行技术维护监控。", "例行"),
        ("乙方保证域名的 DNS 和正常解析。", "保证域名的 DNS 和正常"),
        ("將與甲方協商下一次服務的時間和方案。", "協商下一次服務的時間"),
    ],
)
def test_terms_the_real_text_showed_are_found(text: str, term: str) -> None:
    assert term in warned(text)


@pytest.mark.parametrize(
    "text", ["乙方每月例行公事地检查。", "先进先出的原则处理工单。", "乙方将在2小时内到场，经双方协商一致后修复。"]
)
def test_words_that_only_contain_a_new_term_are_left_alone(text: str) -> None:
    assert warned(text) == []


def test_the_subject_of_an_exclusion_is_not_promised() -> None:
    assert "等" not in warned("产品外壳、外包装、配件等易损品不在免费更换项目内。")
    # a remark in brackets is not the predicate of the list before it
    assert "等" in warned("維護合約服務內容含保養、檢測及零件材料更換等費用﹝不包含電池之更換﹞。")
    # an escape clause stays one
    assert "特殊情况" in warned("故障修复时间不超过120分钟，特殊情况已向甲方申请延时的除外。")


def test_a_question_asks_and_does_not_promise() -> None:
    assert warned("Q1. 維護合約包含哪些服務項目等？") == []
    assert "等" in warned("維護合約包含保養、檢測等服務項目。")


def test_a_later_step_in_the_next_clause_does_not_bound() -> None:
    text = "2)保证小程序在服务有效期内正常运行,并在1个月后将小程序的全部资料交予甲方管理。"
    assert "正常运行" in warned(text)
    assert "尽快" not in warned("乙方尽快处理，并在4小时内修复。")  # a deadline for this step still bounds


def test_normal_use_as_the_warranty_condition_is_not_a_promise() -> None:
    assert warned("乙方保证所开发的小程序在正常使用条件下，自交付之日起1年内不出现质量故障。") == []
    assert "保证小程序的正常" in warned("乙方保证小程序的正常访问。")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("若需拆除舊浴屏，將收取額外費用。", "額外費"),
        ("客户要支付相关的维修及零件费用。", "相关的维修及零件费"),
        ("離島客戶須支付服務附加費。", "附加費"),
        ("如有任何爭議，本公司保留最終決定權。", "最終決定權"),
        ("其他地區的收費將由雙方另行書面協議決定。", "另行書面協議"),
        ("乙方应保证运维服务质量，满足甲方的业务需求。", "满足甲方的业务需求"),
    ],
)
def test_open_charges_final_say_and_unmeasured_needs_are_found(text: str, term: str) -> None:
    assert term in warned(text)


def test_a_charge_with_its_amount_or_waived_is_not_open() -> None:
    assert warned("超出部分收取额外费用，每小时300元。") == []
    assert warned("保修期间的维护服务不收取任何额外费用。") == []


def test_a_negation_stops_at_the_next_coordinated_verb() -> None:
    text = "本公司不收任何費用上門檢修並即時提供報價。"
    assert "即時" in warned(text)
    assert warned("保養期不會因任何轉售等情況而延長。") == []


def test_a_pattern_term_in_simplified_text_gets_simplified_help() -> None:
    hints = {d.extra["term"]: d.hint for d in lint_text("乙方根据甲方的设备情况处理故障。", "t.txt")}
    assert hints == {"根据甲方的设备情况": "write instead: 写明判断条件与对应处理"}
    hints = {d.extra["term"]: d.hint for d in lint_text("乙方根據甲方的設備情況處理故障。", "t.txt")}
    assert hints == {"根據甲方的設備情況": "write instead: 寫明判斷條件與對應處理"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("維修時程及處理費用均依原供應商規定或既有程序處理。", "既有程序"),
        ("客製化的維護合約，需另外提供維護合約內容及報價。", "另外提供維護合約內容及報價"),
    ],
)
def test_a_procedure_or_quote_left_for_later_is_found(text: str, term: str) -> None:
    assert term in warned(text)


@pytest.mark.parametrize(
    "text",
    [
        # the agreement's own fee clause: the amount is stated, and 免费 after 计收 is "free", not a fee
        "年度运维服务费为每年¥6,000.00，自免费维护期届满之次日起计收（免费维护期届满后的运维服务，按年支付）。",
        "年度運維服務費為每年NT$72,000，自免費維護期屆滿之次日起計收（免費維護期屆滿後的運維服務，按年支付）。",
    ],
)
def test_a_charge_beside_free_of_charge_is_not_an_open_price(text: str) -> None:
    assert warned(text) == []
    assert warned("超出部分均收维修费用。") == ["收维修费"]  # a charge with no amount still is
