"""Issue 10, Chinese, eleventh round: constructions that recur across batches, and the corpus guide's
session-7 label decisions.

Every sentence here was written for these tests (both scripts; wordings that appear in no corpus
file), each class beside its nearest neighbour on the other side, so a rule that excused (or found)
everything of that look would fail. The analysis and the per-batch effect of each change are in
/work/notes/lintzh11-s7.md.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def warned(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]


# ------------------------------------------------ 按时: on the agreement's own schedule

ON_SCHEDULE = [
    # 按时/按時 points at the dates the agreement sets, whoever acts (decision 1 of the guide)
    "甲方应按时支付维护费。",
    "客户须按时缴纳年度服务费及域名续费。",
    "用戶必須按時繳交月租費用。",
    "乙方应按时完成系统的部署与验收。",
    "乙方須按時提交季度巡檢報告。",
]
OPEN_TIMING = [
    # a time word that names no date or schedule keeps its finding, also beside 按时
    "甲方应及时支付维护费。",
    "客戶須盡快繳交月租費用。",
    "乙方应按时并尽快完成系统的部署。",
    "乙方須按時提交報告,並及時處理客戶的投訴。",
]


@pytest.mark.parametrize("text", ON_SCHEDULE)
def test_on_time_by_the_agreements_schedule_is_not_a_finding(text: str) -> None:
    assert warned(text) == [], lint_text(text, "t.txt")


@pytest.mark.parametrize("text", OPEN_TIMING)
def test_open_time_words_beside_it_are_still_found(text: str) -> None:
    found = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert found and not any(t in ("按时", "按時") for t in found), found
