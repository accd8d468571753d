"""A price's unit after a slash with spaces around it ("$248 / 月", "700 GBP + VAT / month", "NT$3,000 / 年") is the
same basis as without them (`fees._BASIS`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import fee_facts, text_lines


@pytest.mark.parametrize(
    ("lines", "facts"),
    [
        (
            ("基础版", "电子邮件 咨询：每月 2 小时", "$248 / 月", "订购", "高级版", "$498 / 月", "订购"),
            [("fee", "248 USD", "month"), ("fee", "498 USD", "month")],
        ),
        (
            ("Features Basic: 700 GBP + VAT / month Advanced: 1500 GBP + VAT / month",),
            [("fee", "1500 GBP", "month"), ("fee", "700 GBP", "month")],
        ),
        (("維護方案", "標準方案 NT$36,000 / 年"), [("fee", "36000 TWD", "year")]),
        (("工程师驻场支持 800元 / 天",), [("fee", "800 CNY", "person-day")]),
    ],
)
def test_a_unit_after_a_spaced_slash(tmp_path: Path, lines: tuple[str, ...], facts: list[tuple[str, ...]]) -> None:
    assert fee_facts(tmp_path, text_lines(*lines)) == facts
