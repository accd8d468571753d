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
    # a list of supported problems closed by "other … problems"
    ("支持范围:打印机卡纸、驱动安装及其他硬件故障问题。", "其他硬件故障问题"),
    ("協助項目:帳號登入、印表機連線,或其他軟體設定問題。", "其他軟體設定問題"),
    # a list of services closed by "other … services"
    ("- 其他定制增值服务或软件工具。", "其他定制增值服务"),
    ("服務項目:主機代管、備份還原及其他專人協助服務。", "其他專人協助服務"),
    # content to update
    ("乙方负责更新网站公告、产品图片及其他宣传内容。", "其他宣传内容"),
    ("每月更新商品資料與其他圖文內容。", "其他圖文內容"),
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
