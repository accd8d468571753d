"""Issue 10, Chinese (lint22Z, session 22): the role of an open list (等 · 等等 · 包括但不限于) in its clause.

A list inside brackets glosses the noun before them with examples; what is owed is that noun, so the list is no
commitment, unless a party is bound or named in the sentence outside the brackets or a scope labels the sentence
before a colon. An open list outside brackets keeps its reading (termsmith.lint.zh_lists). Sentences written for these
tests, in both scripts.
"""

from __future__ import annotations

import pytest
from lint_findings import warnings

OPEN = ("等", "等等", "包括但不限于", "包括但不限於")


def open_list_warned(text: str) -> bool:
    return any(term in OPEN for _, term in warnings(text))


@pytest.mark.parametrize(
    "text",
    [
        "风机部件(叶片、轴承、齿轮等)的更换与校准",
        "風機部件(葉片、軸承、齒輪等)的更換與校準",
        "托管服务（包括但不限于机柜、电力及带宽）按年计费。",
        "託管服務（包括但不限於機櫃、電力及頻寬）按年計費。",
    ],
)
def test_bracketed_examples_are_not_an_open_scope(text: str) -> None:
    assert not open_list_warned(text)


@pytest.mark.parametrize(
    "text",
    [
        "乙方提供叶片、轴承、齿轮等部件的更换服务。",
        "乙方提供葉片、軸承、齒輪等部件的更換服務。",
        "本公司提供之托管服务包括但不限于机柜、电力及带宽。",
        "本公司提供之託管服務包括但不限於機櫃、電力及頻寬。",
        # a party bound before the brackets: the examples are of what it owes
        "乙方负责机房设备(服务器、交换机等)的维护。",
        "本公司提供之託管服務（包括但不限於機櫃、電力及頻寬）。",
        "因雷击造成的损坏(主板、电源等)由乙方免费修复。",  # bound after the brackets
        "硬件维护:服务器(机架式、塔式等)的巡检与故障处理。",  # a scope labelled before a colon
    ],
)
def test_the_same_list_outside_brackets_stays_open(text: str) -> None:
    assert open_list_warned(text)


@pytest.mark.parametrize(
    "text",
    [
        "维修完成后，乙方将故障原因、处理过程、恢复时间等报告给甲方。",
        "維修完成後，乙方將故障原因、處理過程、恢復時間等以書面形式通知甲方。",
        "乙方会把巡检结果、隐患清单等信息及时汇报甲方。",
    ],
)
def test_what_a_report_carries_is_not_an_open_scope(text: str) -> None:
    assert not open_list_warned(text)


@pytest.mark.parametrize(
    "text",
    [
        "乙方将通过电话、邮件等方式通知甲方。",  # a channel, not a report's content
        "乙方將透過電話、郵件等方式通知甲方。",
        "乙方将提供巡检报告、评估报告等服务。",  # no report verb after the list
    ],
)
def test_channels_and_services_stay_open(text: str) -> None:
    assert open_list_warned(text)
