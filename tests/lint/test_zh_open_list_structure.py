"""Issue 10, Chinese (lintdeng, session 11): an open list (等 · 等等 · 包括但不限于) is vague only inside a commitment.

termsmith.lint.zh_lists reads the structure around the list, not its words: a party bound, named or giving before it,
a scope named before it, a list of services or of channels, or a list item under a lead-in that commits, make it the
scope owed; otherwise it describes. Every sentence here was written for these tests (no corpus copies), in both
scripts.
"""

from __future__ import annotations

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint import lint_text

OPEN = ("等", "等等", "包括但不限于", "包括但不限於")


def open_list_warned(text: str) -> bool:
    return any(d.extra.get("term") in OPEN for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO)


DESCRIBES = [
    # what a product has or is written in
    "本平台内置报表、看板、告警等模块。",
    "本平臺內建報表、看板、告警等模組。",
    "插件可用Python、Go、Rust等语言编写。",
    # (lint24Z) a head noun with a short modifier: held-out-31 (七牛云 Dora SLA) and a traditional neighbour (own)
    "用户通过调用七牛云智能多媒体数据处理接口对原文件可实现压缩,转码,水印等数据处理功能, 七牛云智能多媒体数据处理功能的详细介绍见七牛云官网提供的功能说明文档,开发者指南和帮助文档。",
    "使用者可透過介面實現壓縮、轉碼、浮水印等影像處理功能。",
    # what a system did, what a problem may be, what feedback helps
    "该平台在排班、考勤、薪酬等方面发挥了作用。",
    "常見的原因可能包括憑證過期、時鐘偏差、快取等等。",
    "用户的建议也有助于选题、排期以及复盘等环节。",
    # a severity level described (the commitment, in another clause, is measured)
    "一级故障：整站无法访问、数据丢失等，响应时间为30分钟。",
    # the laws a duty refers to
    "乙方应遵守《网络安全法》、《数据安全法》等法律法规。",
    "用戶應遵守個人資料保護法等相關法規。",
    # a list in a condition whose duty is in another clause
    "本规则如有增补、删改等变更，甲方应书面通知乙方。",
]

COMMITS = [
    # a commitment written without a modal: the vendor giving, named, or bound
    "乙方提供安装、培训、巡检等服务。",
    "乙方提供安裝、培訓、巡檢等服務。",
    "我们为客户处理账号、权限等事项。",
    "供应商应当负责服务器、交换机等设备的维护。",
    # a scope named before the list
    "年度服务范围包括但不限于：",
    "維護內容包含硬碟、風扇等零件的更換。",
    # a list of services (unmarked items of a scope list)
    "系统巡检、日志清理、漏洞修补等。",
    "韌體升級、參數調校等",
    # the channels a service is reached by
    "客戶可透過電話、電郵等管道報修。",
    # an item of a scope list whose subject is in the line before
    "包含电源模块、风扇等易损件。",
    # a product's features the vendor is bound to build
    "乙方应开发报表、看板等功能。",
    # (lint24Z) the same with a modifier before the head noun, bound (own)
    "乙方应开发报表、看板等数据分析功能。",
    "乙方應開發報表、看板等數據分析功能。",
]


@pytest.mark.parametrize("text", DESCRIBES)
def test_an_open_list_that_describes_is_no_commitment(text: str) -> None:
    assert not open_list_warned(text), lint_text(text, "t.txt")


@pytest.mark.parametrize("text", COMMITS)
def test_an_open_list_in_a_commitment_is_still_found(text: str) -> None:
    assert open_list_warned(text), lint_text(text, "t.txt")


def test_a_list_item_reads_its_lead_in() -> None:
    under_scope = "保修说明。\n以下部件属于免费保修范围：\n1. 主板、电源等。\n"
    assert open_list_warned(under_scope)
    under_description = "产品简介。\n机身材质如下：\n1. 铝合金、玻璃等。\n"
    assert not open_list_warned(under_description)
    # the same item alone describes
    assert not open_list_warned("1. 铝合金、玻璃等。")


# Second point (lintdeng): a bound is a quantity of the right kind. A number of months or hours is a duration, never
# a count; a number of times after 每 is how often, not how many. Own sentences, both scripts.
UNBOUNDED = [
    ("硬件保修六个月，终身技术支持。", "技术支持"),
    ("硬體保固六個月,終身技術支援。", "技術支援"),
    ("大部分地区每周上门一次。", "大部分"),
    ("大部份地區每週到場一次。", "大部份"),
]
BOUNDED = [
    "提供电话、邮件等至少3种渠道。",
    "大部分问题，限3次远程处理。",
    "日常维护每月至少2次。",
]


@pytest.mark.parametrize(("text", "term"), UNBOUNDED)
def test_a_duration_or_a_frequency_bounds_no_count(text: str, term: str) -> None:
    warned = [d.extra.get("term") for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO]
    assert term in warned, lint_text(text, "t.txt")


@pytest.mark.parametrize("text", BOUNDED)
def test_a_count_or_a_routine_frequency_still_bounds(text: str) -> None:
    assert not [d for d in lint_text(text, "t.txt") if d.severity is not Severity.INFO], lint_text(text, "t.txt")
