"""A procurement form's 服务时限 / 服务周期 given as a length in years or months is the term (`periods._TERM`);
a 服务时限 in hours (a response limit) is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


@pytest.mark.parametrize(
    ("lines", "length"),
    [
        (("一、采购项目基本情况", "1.3预算金额:120万元", "1.4采购服务时限:3年"), "3 years"),
        (("採購案基本資料", "服務週期:2年"), "2 years"),
        (("服务要求", "服务时限:接到通知后2小时内响应。"), None),
    ],
)
def test_a_service_time_limit_in_years_is_the_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: tuple[str, ...], length: str | None
) -> None:
    assert extract_lines(tmp_path, capsys, lines)["terms"].get("term", {}).get("length") == length
