"""Issue 10, Chinese, sixteenth round (after held-out-19's one run): the examples of force majeure closed by 等.

A list of natural events closed by 等 and named by its class (地震、颱風、洪水等自然災害 · 因地震、火灾等自然灾害、
战争…等不可抗力因素), or a bracket of examples right after force majeure (因不可抗拒力造成损坏的(雷击、雨淋等)), says
what force majeure is; it leaves no scope open. An open list in brackets after anything else (操作系统(WindowsServer、
Linux等)), or after the damage force majeure caused (the things damaged), still is an open scope.

Most sentences are quoted from the corpus (tests/lint/realtext/, the batch named beside each; every batch is tuning
data now); the rest, marked "own", were written for these tests as neighbours on the other side. The analysis and the
per-batch effect are in /work/notes/lintzh16-s8.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[tuple[str, object]]:
    return [(d.code, d.extra.get("term")) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


FORCE_MAJEURE_EXAMPLES = [
    # held-out-19 longlian: natural events named by their class, inside a list that ends in 等不可抗力
    "因地震、火灾等自然灾害、战争、罢工、停电、停网、政府行为、官方关闭端口等不可抗力因素造成合同不能履行的，合同自动终止。",
    # held-out-14 jjfwb: an item under 不可抗力是指:
    "1.地震、颱風、洪水等自然災害;",
    # held-out-15 cmicable: a bracket of examples after the force majeure that caused the damage
    "5、因不可抗拒力造成损坏的(雷击、雨淋等)。",
    # own: the bracket right after 不可抗力, both bracket forms, Traditional script
    "因不可抗力（地震、台风等）无法履行的，双方互不承担责任。",
    "如因天災(颱風、水災等)導致服務中斷,本公司不負賠償責任。",
]
STILL_OPEN = [
    # held-out-4 book118: brackets listing the systems maintained
    "2.软件系统维护:操作系统(WindowsServer、Linux等)、数据库(MySQL、Oracle、SQLServer等)、应用软件(OA系统、ERP系统、"
    "CRM系统、业务定制系统等)的运行监控、补丁更新、故障修复、版本升级支持。",
    # held-out-19 egnol: a bracket after 規範, not after force majeure
    "當會員使用本服務時，即表示除了同意遵守本服務條款外，還同意接受龍邑科技對本網站會員之規範(包括遊戲規則、客服中心內容、、"
    "公告事項各別服務之規範等)並遵守相關法律規定。",
    # own: the things force majeure damaged, which the vendor repairs
    "因不可抗力造成的损失(服务器、网络等)由乙方负责修复。",
    # own: natural events named, then a scope of work that stays open
    "乙方负责修复地震、洪水等自然灾害造成的设备故障(硬盘、电源等)。",
]


@pytest.mark.parametrize("text", FORCE_MAJEURE_EXAMPLES)
def test_the_examples_of_force_majeure_are_no_open_scope(text: str) -> None:
    assert ("VS001", "等") not in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", STILL_OPEN)
def test_an_open_list_of_what_is_owed_is_still_found(text: str) -> None:
    assert ("VS001", "等") in warned(text), lint_text(text, "t.txt")


def test_force_majeure_examples_inside_a_document() -> None:
    """Whole-document mode reads the heading line before the items: the item is still no scope."""
    text = "(五)不可抗力是指:\n1.地震、颱風、洪水等自然災害;\n2.乙方負責機房設備(伺服器、交換機等)的維護。\n"
    found = [(d.code, d.extra.get("term"), d.line) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert ("VS001", "等", 3) in found and all(line != 2 for _, _, line in found), found
