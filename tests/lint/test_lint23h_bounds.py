"""Session 23 (lint23H): 技术支持 / 技術支援 promised with its own bound is measured, not an open scope. Through the
public API (``lint_text``): a bounded use is shown at info level, an unbounded one stays a warning."""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text


def support_levels(text: str) -> list[Severity]:
    return [d.severity for d in lint_text(text, "t.txt") if d.code == "VS001" and "技" in d.message]


@pytest.mark.parametrize(
    "text",
    [
        "周一至周五9:00-18:00,乙方专值技术人员提供技术支持服务;",
        "週一至週五9:00-18:00,乙方專值技術人員提供技術支援服務;",
        "平台技术支持 每天 9:00 到 24:00 CST",
        "平台技術支援 每天 9:00 到 24:00",
        "安排2名工程师提供现场服务,同时安排6名二线工程师提供技术支持。",
        "同時安排六名工程師提供技術支援。",
        "每月提供10小时技术支持。",
        "服务内容包括一年的技术支持服务。",
        "服務內容包括為期一年的技術支援。",
    ],
)
def test_support_with_its_own_bound_is_info(text: str) -> None:
    assert support_levels(text) == [Severity.INFO]


@pytest.mark.parametrize(
    "text",
    [
        "乙方负责技术支持。",
        "乙方負責技術支援。",
        "我公司对其提供的软件提供长期技术支持。",
        "2. 自购机日期起,软件故障三个月免费维护,终身 技术支持服务。",
        "2. 自購機日期起,軟體故障三個月免費維護,終身 技術支持服務。",
    ],
)
def test_support_without_a_bound_of_its_own_stays_a_warning(text: str) -> None:
    assert support_levels(text) == [Severity.WARNING]
