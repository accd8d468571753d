"""Issue 10, session 13: misreadings across a word boundary that lintgen13 found in real text (the extract
corpus and its own reading of the lexicon's patterns). Each is a word the lint read as a vague one because its
characters or letters look alike; the same vague words used as vague words still warn."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        # 当地 is "local", not a manner adverb in -地
        "乙方应遵守当地法律法规提供服务。",
        "乙方須遵守當地法規提供維修服務。",
        # 变更为 is "changed to", not the degree word 更为
        "合同金额变更为5000元。",
        "服務費用自次年起變更為每月3,000元。",
        # 十分之一 is "one tenth" and 十分鍾 "ten minutes" (a variant of 十分钟), not the degree word 十分
        "乙方按服务费的十分之一支付违约金。",
        "乙方應於十分鍾內回應。",
        # a responsive website adapts to the screen; it says nothing of how fast anyone answers
        "We will build a responsive website for the Client.",
        "The fee covers mobile-responsive design fixes for the theme.",
    ],
)
def test_a_word_that_only_looks_like_a_vague_word_is_not_one(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("乙方应耐心地解答客户的问题。", "VQ001"),
        ("我公司将妥当地保管客户送修的设备。", "VQ001"),
        ("乙方應適當地調整維護排程。", "VQ001"),
        ("乙方将提供更为专业的服务。", "VQ001"),
        ("乙方保证客户十分满意。", "VQ001"),
        ("乙方將提供更為完善的維護服務。", "VQ001"),
        ("Our team will be responsive to your requests.", "VT001"),
    ],
)
def test_the_vague_words_themselves_still_warn(text: str, code: str) -> None:
    assert code in warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize(
    "text",
    [
        # held-out-26/en/en-zenex5ive-sla.txt: an unsettled claim, not an excellent one
        "The customer must pay all open invoices even with an outage claim outstanding.",
        "Service is suspended while invoices remain outstanding for more than 30 days.",
        # held-out-26/en/en-stickywicket-support-sla.txt: an ordinary business day is the deadline's unit
        "All received messages are responded to on the next regular business day.",
        "Requests are answered within 2 regular working days.",
    ],
)
def test_unsettled_amounts_and_ordinary_days_are_not_vague(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The vendor provides outstanding service.", "VQ001"),
        ("We will carry out regular maintenance.", "VT001"),
    ],
)
def test_the_grade_and_the_open_period_still_warn(text: str, code: str) -> None:
    assert code in warned(text), lint_text(text, "t.txt")
