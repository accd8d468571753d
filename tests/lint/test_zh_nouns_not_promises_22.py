"""Issue 10, Chinese (lint22C, session 22): a vague word inside a noun that names something is no promise.

持续性 (continuity, a property named as 全面性 is) and 正常运行时间 (uptime, the SLA's metric) are read as the nouns
they are; the word alone in a promise is still flagged. Sentences written for these
tests, in both scripts, through the public API.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings


def terms(text: str, code: str) -> list[str]:
    return [term for c, term in warnings(text) if c == code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("服务持续性是系统设计的一部分。", "VT001"),
        ("服務持續性規定是系統設計的一部分。", "VT001"),
        ("本SLA承诺月度正常运行时间百分比不低于99.9%。", "VQ001"),
        ("本SLA承諾月度正常運行時間百分比不低於99.9%。", "VQ001"),
    ],
)
def test_the_noun_is_no_promise(text: str, code: str) -> None:
    assert terms(text, code) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("乙方将持续优化服务。", "VT001"),
        ("乙方將持續優化服務。", "VT001"),
        ("乙方应确保系统正常运行。", "VQ001"),
        ("乙方應確保系統正常運行。", "VQ001"),
    ],
)
def test_the_word_in_a_promise_is_still_flagged(text: str, code: str) -> None:
    assert terms(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "若产品出现重大质量问题,可拨打客服热线报修。",
        "若產品出現重大質量問題,可撥打客服熱線報修。",
        "在试运行期间如出现重大问题,试运行期从修复之日起重新计算。",
        "在試運行期間如發生重大問題,試運行期從修復之日起重新計算。",
    ],
)
def test_a_severity_in_a_condition_of_occurrence_is_no_grade(text: str) -> None:
    assert "重大" not in terms(text, "VQ001")


@pytest.mark.parametrize(
    "text",
    [
        "甲方应保证软件在正常使用过程中,不出现重大故障。",
        "甲方應保證軟件在正常使用過程中,不出現重大故障。",
        "重大问题三天内解决。",
        "遇到重大技術問題,乙方應組織專家會診。",
    ],
)
def test_a_severity_outside_such_a_condition_is_still_flagged(text: str) -> None:
    assert "重大" in terms(text, "VQ001")
