"""A clock of coverage says when the service runs, not how fast it answers: 7×24小时及时响应 leaves the response time
open (the labelling guide's decision: "7*24 is the coverage, 即时 has no deadline"). Before, its 24 hours were read as
the deadline of 及时 and the finding disappeared (same expression) or dropped to info. A deadline elsewhere in the
clause still bounds the word; availability words (随时, at any time) stay measured by the coverage. Sentences written
for this test."""

from __future__ import annotations

import pytest
from lint_findings import warnings


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("乙方提供7×24小时及时响应服务。", "及时"),
        ("乙方7*24小时即时响应客户报修。", "即时"),
        ("乙方提供5×8小时及时响应。", "及时"),
        ("乙方提供全年365天、每天24小时的及时响应服务。", "及时"),
        ("工作日8:00-18:00及时响应。", "及时"),
        ("乙方應提供7x24小時即時回應。", "即時"),
        ("本公司全年無休，每天24小時儘快處理客戶報修。", "儘快"),
        ("We respond promptly, 24 hours a day, 7 days a week.", "promptly"),
        ("Our engineers respond promptly 24/7 to all tickets.", "promptly"),
    ],
)
def test_the_coverage_is_no_deadline(text: str, term: str) -> None:
    assert ("VT001", term) in warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        "乙方提供7×24小时服务，2小时内及时响应。",
        "乙方7×24小时及时响应，并在2小时内到场。",
        "乙方應提供7x24小時服務，於30分鐘內即時回應。",
        "We provide support 24/7 and respond promptly, within 30 minutes of a report.",
    ],
)
def test_a_deadline_beside_the_coverage_still_bounds(text: str) -> None:
    assert warnings(text) == []


@pytest.mark.parametrize("text", ["乙方提供7×24小时随时响应。", "客戶可7×24小時隨時致電報修。"])
def test_the_coverage_measures_availability(text: str) -> None:
    assert warnings(text) == []
