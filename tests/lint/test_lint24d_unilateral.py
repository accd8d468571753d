"""lint24D: the vendor's unilateral say with no bound, read by construction.

A right to change, refuse, vet or decide kept or owned by one side (保留/保有/拥有…权利), or a change
made one-sided (单方修改), in both scripts; told apart from a right the reader holds, a bar on either
party, a right bounded by a refund, and a sanction after the customer's breach. The sentences are
the corpus's own (tests/lint/realtext) and wordings of the same shape written for these tests.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def vd(text: str) -> list[str]:
    return [d.extra["term"] for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO and d.code == "VD001"]


@pytest.mark.parametrize(
    "text",
    [
        "本平台拥有制订及调整服务资费的权利。",  # held-out-41 zhilanit
        "您了解并同意本平台单方修改服务的相关规则,而无须征得您的同意。",  # held-out-41 zhilanit
        "零云保留以任何原因拒绝为您提供任何服务的权利。",  # held-out-21 zerocloud
        "您同意我们有单方面这样做的权利。",  # held-out-21 zerocloud
        "服务中心拥有审核维修申请的权利。",  # written: same shape, other verb
        "本站保留有審核加入會員資格之權利。",  # held-out-20 goldenage
        "基於活動品質考量，寰宇家庭保有增刪活動之權利。",  # held-out-21 worldfamily
        "寰宇家庭俱樂部保留更換與否的最終權利。",  # held-out-21 worldfamily
        "本公司擁有制訂及調整維修費率之權利。",  # written
        "本公司得單方變更服務內容。",  # written
    ],
)
def test_one_sided_say_flagged(text: str) -> None:
    assert vd(text), text


@pytest.mark.parametrize(
    "text",
    [
        "5.2 未经双方书面同意,任何一方不得单方面修改本协议。",  # held-out-14 360docs
        "如因甲方单方面修改版权信息,将受到乙方的起诉。",  # zh-Hans taodocs, shortened
        "您拥有随时查看此修订版本的权利。",  # held-out-21 zerocloud: the reader's right
        "乙方擁有合同機上消耗材料和更換下來的零配件的所有權。",  # held-out-13 weddingday: ownership
        "買家在完成付款後,但因故無法正常供應出貨時,本賣場保有取消訂單並全額退費之權力。",  # held-out-24 gapple3c
        "客戶須於購買日期起計10日內登記保修,否則本公司保留拒絕提供保修服務之權利。",  # a sanction (shunhing)
        "任何一方均不得單方面變更本合約。",  # written, Traditional
        "用戶擁有修改個人資料的權利。",  # written: the customer's own right, Traditional
    ],
)
def test_bounded_or_not_the_vendors_say_clean(text: str) -> None:
    assert not vd(text), (text, vd(text))


def test_cli_rule_docs_carry_corpus_examples() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "termsmith", "rules", "--select", "VD", "--all", "--format", "md"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "本平台拥有制订及调整服务资费的权利" in out
    assert "寰宇家庭保有增刪活動之權利" in out
