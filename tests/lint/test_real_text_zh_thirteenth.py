"""Issue 10, Chinese, thirteenth round (after held-out-15's one run): "other … problems / services / content"
closing a scope is an open item, like 其他服务 and 其他…工作 already were.

Every sentence here was written for these tests (both scripts; wordings that appear in no corpus file),
each class beside its nearest neighbour on the other side: a cause, a provider, a brand's catalogue, a
clause with its own verb. The analysis and the per-batch effect are in /work/notes/lintzh13-s7.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[tuple[str, object]]:
    return [(d.code, d.extra.get("term")) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


OPEN_OTHER_ITEMS = [
    # a list of supported problems closed by "other … problems" ("other … services" and "other … content" are
    # reported at info level since lint26D: tests/lint/test_demoted.py)
    ("支持范围:打印机卡纸、驱动安装及其他硬件故障问题。", "其他硬件故障问题"),
    ("協助項目:帳號登入、印表機連線,或其他軟體設定問題。", "其他軟體設定問題"),
]
OTHER_AS_SOMETHING_ELSE = [
    # a cause of what is excluded
    "由于其他软件造成的兼容性问题,不在保修范围内。",
    "(4) 由於其他設備引起的網路問題;",
    # a provider, not a service
    "维修可以由本公司或其他第三方服务提供商完成。",
    "客戶亦可委託其他維修服務供應商處理。",
    # a brand's catalogue of services
    "支援範圍包括與其他 Azure 服務的整合。",
    # a clause with its own verb: "other staff … provide" is no open item
    "一名工程师驻场,其他小组成员提供远程服务。",
]


@pytest.mark.parametrize(("text", "term"), OPEN_OTHER_ITEMS)
def test_other_problems_services_or_content_closing_a_scope_are_found(text: str, term: str) -> None:
    assert ("VS001", term) in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", OTHER_AS_SOMETHING_ELSE)
def test_other_naming_a_cause_provider_catalogue_or_actor_is_not_an_open_item(text: str) -> None:
    assert not [t for c, t in warned(text) if str(t).startswith("其他")], lint_text(text, "t.txt")


def test_the_fix_names_the_items_to_list_in_the_texts_script() -> None:
    (hans,) = [d for d in lint_text("其他疑难问题。", "t.txt") if d.code == "VS001"]
    (hant,) = [d for d in lint_text("其他疑難問題。", "t.txt") if d.code == "VS001"]
    assert hans.hint is not None and "逐项列明所支持的问题类型" in hans.hint
    assert hant.hint is not None and "逐項列明所支持的問題類型" in hant.hint


# ------------------------------------------------ what the writer believes or values: a recital

BELIEFS = [
    # a belief verb opening its clause behind the writer's own name
    "我们了解到,部分客户很难及时升级旧版本。",
    "本公司深知快速回覆對客戶十分重要。",
    "Contoso 會辨識即時的狀態通知對客戶的價值。",
    "我們期待與您攜手,共同打造更完善的服務體驗。",
    # what the writer says matters
    "良好的售后口碑才是企业发展的关键。",
    "對客戶而言，及時的更新通知很重要。",
]
NOT_BELIEFS = [
    # a duty to understand, or the vendor's staff told to learn the facts
    ("乙方应了解客户需求,并及时提供解决方案。", "及时"),
    ("工程師到場後先了解故障狀況,再即時進行維修。", "即時"),
    # the customer's belief (a condition), not the writer's
    ("如客戶認為報價合理,本公司將及時安排施工。", "及时"),
    # a belief followed by a promise: the promise keeps its word
    ("我们重视客户意见,并将及时回复每一条反馈。", "及时"),
    # "matters" stated in a clause that binds someone
    ("乙方应确保及时响应,这是服务的关键。", "及时"),
]


@pytest.mark.parametrize("text", BELIEFS)
def test_what_the_writer_believes_or_values_is_not_a_commitment(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize(("text", "term"), NOT_BELIEFS)
def test_duties_conditions_and_promises_beside_a_belief_stay_found(text: str, term: str) -> None:
    assert any(str(t) == term or str(t) == term.replace("及时", "及時") for _, t in warned(text)), lint_text(
        text, "t.txt"
    )
