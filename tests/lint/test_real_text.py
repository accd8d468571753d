"""Issue 10: the lint on real contract text.

Every example from the issue (missing terms, bounds that were too generous, false
positives), the rules that decide whether a word is used as a commitment, and the
Traditional help text. The corpus figures themselves are in test_realtext_floor.py.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def found(text: str) -> list[tuple[str, str, str]]:
    """(code, severity, term) of every finding, in text order."""
    return [(d.code, d.severity.value, d.extra["term"]) for d in lint_text(text, "t.txt")]


def warned(text: str) -> list[str]:
    """The terms reported at warning level or above."""
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ---------------------------------------------------------------- missing terms


@pytest.mark.parametrize(
    ("text", "code", "term"),
    [
        ("乙方快速处理故障。", "VT001", "快速"),
        ("乙方即时处理。", "VT001", "即时"),
        ("乙方即時處理。", "VT001", "即時"),
        ("乙方迅速修复。", "VT001", "迅速"),
        ("乙方提供专业的服务。", "VQ001", "专业的"),
        ("乙方提供專業的服務。", "VQ001", "專業的"),
        ("乙方应提供相关资料。", "VS001", "相关资料"),
        ("乙方應提供相關資料。", "VS001", "相關資料"),
        ("乙方提供全面的维护。", "VQ001", "全面"),
        ("乙方提供完善的售后服务体系。", "VQ001", "完善"),
        ("乙方免费解决常见问题。", "VQ001", "常见"),
        ("乙方采用合适的方案。", "VQ001", "合适"),
        ("乙方採用合適的方案。", "VQ001", "合適"),
        ("乙方采取针对性措施。", "VQ001", "针对性"),
        ("乙方将持续优化系统。", "VT001", "持续"),
        ("乙方将不断改进服务。", "VT001", "不断"),
        ("乙方负责所有有关软件系统的问题。", "VS001", "所有有关"),
        ("大范围故障由乙方处理。", "VQ001", "大范围"),
        ("少量修改免费。", "VQ001", "少量"),
        ("较大变更另行处理。", "VQ001", "较大"),
        ("乙方保证不出现重大故障。", "VQ001", "重大"),
        ("超出部分酌收服务费。", "VD001", "酌收"),
        ("费用另行协商。", "VD001", "另行协商"),
        ("費用另外再議。", "VD001", "另外再議"),
        ("超出部分另行收费。", "VD001", "另行收费"),
        ("原则上当日解决。", "VD001", "原则上"),
        ("通常在一周内完成。", "VD001", "通常"),
        ("一般情况下当天响应。", "VD001", "一般情况下"),
        ("往往当天即可解决。", "VD001", "往往"),
        ("必要时上门服务。", "VD001", "必要时"),
        ("视情况上门。", "VD001", "视情况"),
        ("視情況上門。", "VD001", "視情況"),
        ("乙方第一时间通知甲方。", "VT001", "第一时间"),
        ("合约费用视系统复杂度而定。", "VD001", "视系统复杂度而定"),
        ("The Vendor will attempt to fix defects.", "VE001", "attempt to"),
        ("Defects are fixed when practical.", "VT001", "when practical"),
        ("Defects are fixed as time permits.", "VT001", "as time permits"),
        ("The Vendor will visit the site if needed.", "VD001", "if needed"),
        ("The Vendor will visit the site when required.", "VD001", "when required"),
        ("Backups are taken regularly.", "VT001", "regularly"),
        ("Regular backups of your site.", "VT001", "Regular"),
        ("Releases are made in the Vendor's sole discretion.", "VD001", "discretion"),
        ("Rates are set at K2view's discretion.", "VD001", "discretion"),
        ("Visits happen at mutually agreeable times.", "VD001", "mutually agreeable"),
        ("Custom work: price upon request.", "VD001", "price upon request"),
        ("Custom work is charged at rates to be agreed.", "VD001", "to be agreed"),
        ("The fee will be agreed between the parties.", "VD001", "will be agreed"),
        ("Security follows industry standards.", "VQ001", "industry standards"),
        ("Security follows best practice.", "VQ001", "best practice"),
        ("Extra work is billed at the then-current rates.", "VD001", "then-current"),
    ],
)
def test_missing_terms_are_found(text: str, code: str, term: str) -> None:
    assert (code, "warning", term) in found(text)


# ---------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("乙方定期巡检，故障修复率100%。", "定期"),  # a percentage is no period
        ("乙方提供优质服务，费用为5000元。", "优质"),  # a price in another clause measures nothing here
        ("乙方及时修复缺陷，事件报告在24小时内提交。", "及时"),  # the deadline is the report's
        ("原则上 24 小时内解决，服务期一年。", "原则上"),  # a hedge stays a hedge
        (
            "甲方应在乙方发觉软件故障后的24小时内响应，及时进行排查、修复。",
            "及时",
        ),  # the bound is the previous clause's
        ("一般问题一天内解决，重大问题三天内解决。", "重大"),  # how fast is not what 重大 is
        (
            "The Vendor will use commercially reasonable efforts to arrive within 4 hours.",
            "commercially reasonable efforts",
        ),  # efforts stay efforts
    ],
)
def test_a_number_elsewhere_does_not_bound(text: str, term: str) -> None:
    assert term in warned(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("提供电话、邮件等至少3种渠道。", "等"),  # a count bounds an open list
        ("乙方每月定期巡检。", "定期"),  # the period may come first
        ("乙方须于接获通知后30分钟内即刻协助排除问题。", "即刻"),
        ("乙方应在标准回响时间内随时上门解决。", "随时"),
        ("超出部分按附件二价格表另行收费。", "另行收费"),
        ("依本合约收费标准另行报价。", "另行报价"),
        ("甲方至少提前5个工作日书面通知乙方。", "提前"),
        ("不可抗力持续超过30日的，任何一方可解除本协议。", "持续"),
    ],
)
def test_a_word_and_its_quantity_in_one_expression_are_not_vague(text: str, term: str) -> None:
    assert [d for d in lint_text(text, "t.txt") if d.extra["term"] == term] == []


@pytest.mark.parametrize(
    ("text", "term", "bound"),
    [
        ("依客户情况，每月、季或半年一次实施定期维护。", "定期", "每月"),
        ("乙方应定期备份，每日一次。", "定期", "每日"),  # a next clause that is the quantity
        ("尽快处理，最迟不超过4小时。", "尽快", "4小时"),  # a clarifying next clause
        ("乙方应随时上门服务，服务时间为7×24小时。", "随时", "7×24"),
        ("Developer responds promptly, and in any event within 24 hours.", "promptly", "24 hours"),
        (
            "K2view shall correct, as soon as is practicable and at least within the time periods stated in Section 3, "
            "any Error.",
            "as soon as is practicable",
            "time periods stated",
        ),
        ("Maintenance performed at regularly scheduled intervals on Fridays.", "regularly", "Fridays"),
    ],
)
def test_the_right_quantity_elsewhere_in_the_clause_lowers_to_info(text: str, term: str, bound: str) -> None:
    diags = [d for d in lint_text(text, "t.txt") if d.extra["term"] == term]
    assert [d.severity for d in diags] == [Severity.INFO]
    assert diags[0].extra["bound"] == bound


def test_negotiation_with_a_fallback_is_a_procedure() -> None:
    assert warned("双方应首先协商解决；协商不成的，任何一方可提交仲裁。") == []
    assert warned("按经济法，合同双方友好协商解决。") == ["协商解决"]


# ---------------------------------------------------------------- not a use


@pytest.mark.parametrize(
    "text",
    [
        "避免使用“基础维护”等模糊词汇。",  # a quoted mention
        "合同中应避免使用“定期维护”、“及时响应”等模糊词汇。",
        "客户须提供必要素材（如LOGO、文案、图片等）。",  # examples in brackets
        "Examples are Version 2.1.0, Version 3.4.2, etc.",
        "Advanced features (such as form design, etc.) are quoted per project.",
        "乙方技术支持团队负责值守。",  # a team, not a scope
        "技術支持工程師確認問題後提供建議。",
        "(2)技术支持:乙方提供与软件安装、配置、使用相关的技术咨询。",  # a label
        "The Vendor may recover reasonable attorneys' fees.",  # terms of art
        "Either party may terminate immediately upon material breach.",
        "This Agreement may be terminated immediately if Client fails to pay.",
        "Events beyond its reasonable control are excused.",
        "Training is provided only as needed.",
        '"Error" means a material deviation from the Documentation.',  # definitions
        "1.3“维护服务”是指乙方提供的软件维护服务，包括但不限于故障排查、修复、优化等。",
        '"Emergency Maintenance" - Maintenance performed immediately or with no notice.',
        "为保障软件的稳定运行，甲乙双方达成如下协议。",  # a recital
        "经甲乙双方协商，双方就维护服务达成以下合同内容。",
        "## 技术支持",  # a heading
        "若我方未能按时处理，业主方有权自行处理。",  # a failure condition
        "服务若系正常作业时间内工作之延长不另收费。",  # a negation
        "For Technical Support requests not made by telephone, Vendor confirms receipt.",  # a defined term
        "Customer shall pay, subject to timely payment terms, the fees.",
        "No reasonable workaround is available.",
        "委託開發資訊系統隨約附贈一年保固服務(視實際合約而定)。",  # deference to the contract
        "乙方不得在软件中设定时间锁。",  # 定时 inside 设定时间
        "工单系统与即时通讯群以系统记录的时间为准。",  # 即时通讯 is a product category
        "个人资料与支付相关资料在储存时加密。",  # 支付 says which data
    ],
)
def test_mentions_and_terms_of_art_are_not_commitments(text: str) -> None:
    assert warned(text) == []


def test_the_same_word_used_is_still_found() -> None:
    assert warned("乙方提供基础维护。") == ["基础维护"]
    assert warned("乙方应及时响应。") == ["及时"]
    assert warned("Customer shall provide timely feedback.") == ["timely"]
    assert warned("乙方应及时向甲方提供进行工作所需的相关资料。") == ["及时", "相关资料"]


# ---------------------------------------------------------------- script of the help


def test_traditional_text_gets_traditional_help() -> None:
    (hant,) = lint_text("乙方應及時回應。", "t.txt")
    (hans,) = lint_text("乙方应及时响应。", "t.txt")
    assert hant.hint == "write instead: 在收到報修後 N 小時內（7×24）響應"
    assert hans.hint == "write instead: 在收到报修后 N 小时内（7×24）响应"


def test_shared_spelling_takes_the_script_of_its_sentence() -> None:
    # 定期 and 等 are spelled alike in both scripts: the sentence decides
    (hant,) = lint_text("乙方應定期對系統進行巡檢。", "t.txt")
    (hans,) = lint_text("乙方应定期对系统进行巡检。", "t.txt")
    assert hant.hint == "write instead: 每月（或每週、每季度）一次，寫明日期"
    assert hans.hint == "write instead: 每月（或每周、每季度）一次，写明日期"
    mixed = lint_text("乙方應提供服務等。乙方应提供服务等。", "t.txt")
    assert [d.hint for d in mixed] == [
        "write instead: 列全項目，或寫明“僅限以下各項”",
        "write instead: 列全项目，或写明“仅限以下各项”",
    ]


# ---------------------------------------------------------------- documentation


def _documented_examples() -> list[tuple[str, str, str]]:
    from termsmith.lint.registry import all_rules

    out = []
    for code, rule in all_rules().items():
        for entry in rule.real:
            quote, _, claim = entry.partition("” — ")
            out.append((code, quote.lstrip("“").strip("…"), claim.split(" ")[0].rstrip(":")))
    return out


def test_every_language_rule_documents_real_examples_in_three_languages() -> None:
    from termsmith.lint.lexicon.variants import HANS_ONLY, HANT_ONLY
    from termsmith.lint.rules.language import RULES_BY_FAMILY

    for rule in RULES_BY_FAMILY.values():
        flagged = [q for c, q, claim in _documented_examples() if c == rule.code and claim == "flagged"]
        hans = [q for q in flagged if len(set(q) & set(HANS_ONLY)) > len(set(q) & set(HANT_ONLY))]
        hant = [q for q in flagged if len(set(q) & set(HANT_ONLY)) > len(set(q) & set(HANS_ONLY))]
        english = [q for q in flagged if not any("\u4e00" <= ch <= "\u9fff" for ch in q)]
        assert hans and hant and english, rule.code


@pytest.mark.parametrize(("code", "quote", "claim"), _documented_examples())
def test_documented_real_examples_behave_as_documented(code: str, quote: str, claim: str) -> None:
    diags = [d for d in lint_text(quote, "t.txt") if d.code == code]
    if claim == "flagged":
        assert any(d.severity is Severity.WARNING for d in diags)
    elif claim == "info":
        assert diags and all(d.severity is Severity.INFO for d in diags)
    else:
        assert claim == "not" and diags == []
