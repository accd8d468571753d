"""Issue 10, session 12 (lintsla): structural decisions that held on the never-seen batches held-out-16…23.

No word was added to the lexicon in this round. Each test pairs real sentences from the corpus (their source named
in the corpus file the comment points to) whose structure excuses a vague-looking word with real or near-real
sentences of the same look that stay vague, so a rule that excused everything of that look would fail.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ---------------------------------------------------------------- a degree word that compares named things


@pytest.mark.parametrize(
    "text",
    [
        # held-out-18/zh-Hans/xbwebyun-site-building-faq.txt: the baseline is named (比我们)
        "答:我们是建站行业的专家,针对您行业的业务,您比我们更专业,所以需要上传提交的资料,由您提供。",
        # held-out-22/zh-Hans/aishoubao-disclaimer-and-purchase-terms.txt: the lower of two stated prices
        "如果某一商品的正确定价低于我们的错误定价，我们将按照较低的定价向您销售交付该商品。",
        # held-out-15/zh-Hant/aks-support-policies.txt: 相較 is "compared with", not a grade
        "相較之下，AKS 提供了全包式的 Kubernetes 部署，讓客戶能夠擁有所需的一組通用設定和功能。",
        # whichever is longer of two stated periods (the shape of held-out-17/zh-Hant/sa-project-apple-mac-repair-faq.txt)
        "維修享有 90 天保固，或是原保固的剩餘保固期，以較長者為準。",
        "维修后享有90天保修或原保修剩余期限，以较长者为准。",
        "系统须支持TLS 1.3或更高版本。",
    ],
)
def test_a_degree_word_against_a_named_baseline_is_not_vague(text: str) -> None:
    assert "VQ001" not in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        # held-out-7/zh-Hans/corebyte-support-sla.txt
        "对于业务影响严重的事件,将提供更频繁的更新,以确保客户了解事件的进展和解决方案的状态。",
        # held-out-12/zh-Hant/firstline-customer-service-policy.txt
        "我們的目標是確保您擁有最佳的客戶體驗和最高效的流程操作。",
        "遇到重大故障时，我们将按比例安排更快的响应。",  # 比例 names no baseline
    ],
)
def test_a_degree_word_with_no_baseline_stays_vague(text: str) -> None:
    assert "VQ001" in warned(text), lint_text(text, "t.txt")


# ---------------------------------------------------------------- "at any time" as a right the customer holds


@pytest.mark.parametrize(
    "text",
    [
        # held-out-20/en/en-dxw-govpress-terms-of-service.txt: fronted before the customer's modal
        "At any time, you may create a Support Ticket.",
        "At any time, you may create an Emergency Support Ticket if you are experiencing a problem that meets the "
        "criteria for an emergency as described in the Service Level Agreement.",
        # held-out-18/en/en-pasieka-it-services-terms.txt: both parties hold the right
        'Both contractual partners may request amendments to the scope of services at any time ("change requests").',
        "At any time, the Customer may raise the priority of an open ticket.",
    ],
)
def test_at_any_time_held_by_the_customer_or_the_parties_is_not_vague(text: str) -> None:
    assert "VT001" not in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        # held-out-20/en/en-dxw-govpress-terms-of-service.txt: the vendor's own right to change the terms
        "dxw may vary these terms at any time upon giving you prior written notice.",
        # held-out-21/en/en-aspose-priority-support-policy.txt
        "Aspose reserves the right to discontinue technical support for all or individual products at any time.",
        # held-out-22/en/en-gcforms-service-level-agreement.txt
        "CDS can suspend a service at any time for anything deemed as inappropriate use.",
        "At any time, the Provider may change the support hours.",  # fronted, but the vendor's modal
    ],
)
def test_at_any_time_held_by_the_vendor_stays_vague(text: str) -> None:
    assert "VT001" in warned(text), lint_text(text, "t.txt")
