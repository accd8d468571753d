"""Issue 10, Chinese, seventeenth round (held-out-18, -19, -20 pooled): occurrences and causes closed by 等.

A list closed by 等 and named as occurrences or causes (中斷或故障等現象 · 資料喪失、錯誤等情形 · 錯誤或不符等現象 ·
法律、業務或技術限制等多種原因) says what may happen, or why; it leaves no scope of work open. A list closed by 等 that
names what is owed (检查…损坏、变形和松动等情况 · 机房设备(服务器、交换机等)的维护) still is an open scope.

Most sentences are quoted from the corpus (tests/lint/realtext/, the batch named beside each; every batch is tuning
data now); the rest, marked "own", were written for these tests as neighbours on the other side. The class count and
the per-batch effect are in /work/notes/lintzh17-s8.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[tuple[str, object]]:
    return [(d.code, d.extra.get("term")) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


OCCURRENCES = [
    # held-out-18 swctaipei: what may happen to the service, two lists in one sentence
    "本服務有時可能會出現中斷或故障等現象，或許將造成您使用上的不便、資料喪失、錯誤等情形。",
    # held-out-20 goldenage: the member's errors, the condition of a right
    "若您提供的資料有錯誤或不符等現象，本網站有權暫停或終止您的帳號，並拒絕您繼續使用本服務。",
    # held-out-14 koin: the causes of a delay
    "由於法律、業務或技術限制等多種原因，公司可能難以遵循 Koin 發布週期。",
    # held-out-6 chevory (clean before, must stay clean): a warranty card's defects
    "b.保固卡未加蓋公司章或內容缺漏、塗改、不實等情形,保固卡視為無效。",
    # own: Simplified script, each wording
    "如出现断电、断网等现象，乙方不承担责任。",
    "因网络拥堵、政策调整等多种原因造成延迟的，甲方不得追究。",
]
STILL_OPEN = [
    # held-out-16 zjt0428: an inspection whose list of checks is open (等情况, not an occurrence named)
    "3、经常检查结构连接螺栓，焊缝以及构件是否损坏，变形和松动等情况。",
    # held-out-20 jdcloud: a definition of the service that ends open
    "物联网卡服务：京东云提供的，包括但不限于物联网SIM卡管理服务、用户运营服务、辅助服务等与物联网终端和模块管理相关的物联网技术服务。",
    # own: the occurrences named, then a scope of repair left open
    "出现断电等现象时，乙方负责修复电源、网络等设备。",
]


@pytest.mark.parametrize("text", OCCURRENCES)
def test_a_list_of_occurrences_or_causes_is_no_open_scope(text: str) -> None:
    assert ("VS001", "等") not in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", STILL_OPEN)
def test_an_open_list_of_what_is_owed_is_still_found(text: str) -> None:
    assert ("VS001", "等") in warned(text), lint_text(text, "t.txt")


def test_occurrences_inside_a_document() -> None:
    """Whole-document mode: the disclaimer line is clean, the open scope on the next line is still found."""
    text = "本服務有時可能會出現中斷或故障等現象。\n乙方負責機房設備(伺服器、交換機等)的維護。\n"
    found = [(d.code, d.extra.get("term"), d.line) for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert ("VS001", "等", 2) in found and all(line != 1 for _, _, line in found), found
