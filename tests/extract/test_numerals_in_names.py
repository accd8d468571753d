"""Issue 12 (session 28): the normaliser wrote every run of Chinese numerals as digits, names too: 四川 became 4川
and 三一重工 31重工 in the parties' names a real procurement document gave (zh297's 四川星海视听新媒体有限公司). A run of
numerals is a number before a unit or a measure word, at the end of the text, or after 第 / 之; before any other Han
character it is part of a word. The texts are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parties_of

from termsmith.extract.normalize import normalise


@pytest.mark.parametrize(
    ("name"),
    [
        "四川星海视听新媒体有限公司",
        "三一重工科技有限公司",
        "九江五金机电有限公司",
        "十堰三维软件有限公司",
        "三亚九州通信有限公司",
    ],
)
def test_numerals_in_a_name_stay_as_written(tmp_path: Path, name: str) -> None:
    assert parties_of(tmp_path, f"甲方：{name}\n乙方：杭州云帆科技有限公司\n") == [
        ("client", name),
        ("vendor", "杭州云帆科技有限公司"),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("二十四小时", "24小时"),
        ("三个月", "3个月"),
        ("七乘二十四小时", "7乘24小时"),
        ("一百二十万元", "1200000元"),
        ("百分之五十的费用", "50%的费用"),
        ("第三方", "第3方"),
        ("十分钟内响应", "10分钟内响应"),
        ("十分重要", "十分重要"),  # "very", not ten minutes
        ("叁万叁仟 元整", "33000 元整"),
        ("四川", "四川"),
    ],
)
def test_numbers_are_still_numbers(text: str, read: str) -> None:
    assert normalise(text) == read
