"""Session 17 (issue 12, extract16), on documents of our own (none is a corpus text), read back through the real
CLI:

- the business-day words real contracts use besides 工作日 — 有效工作日 ("两个有效工作日内予以响应"), 工作天
  (zh-Hant), 营业日/營業日 — are business days, in the extractor as in the spec's own `Duration`;
- the hours an earlier clause of the same sentence gives the service ("提供5*8小时电话技术支持服务,2小时内响应") are
  the clock of a later time stating none; not when a clause names the hours outside them ("非辦公時間內") or only
  defines them ("辦公時間為星期一至星期五…").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_json as _extract_json, text_lines as _lines


def _times(found: dict[str, Any], kind: str) -> list[str]:
    return [level[kind]["within"] for level in found["terms"].get("severity_levels", []) if kind in level]


def test_a_response_in_effective_working_days_is_read_as_business_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "服务条款.txt"
    path.write_text(
        _lines(
            "三、技术支持",
            "1. 乙方在本合同有效期内为甲方提供远程技术支持服务。",
            "2. 乙方承诺在收到甲方书面服务请求后,三个有效工作日内予以响应,并在十个有效工作日内解决问题。",
        ),
        encoding="utf-8",
    )
    found = _extract_json(path, capsys)
    assert _times(found, "response") == ["3 business days"]
    assert _times(found, "resolution") == ["10 business days"]
    assert "有效工作日" in found["evidence"]["severity_levels[0].response"]["quote"]


def test_a_reply_in_trading_days_is_read_as_business_days(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "維護說明.txt"
    path.write_text(
        _lines(
            "客戶服務",
            "客戶以電子郵件報修後,本公司將於2個營業日內回覆,並於5個營業日內完成修復。",
        ),
        encoding="utf-8",
    )
    found = _extract_json(path, capsys)
    assert _times(found, "response") == ["2 business days"]
    assert _times(found, "resolution") == ["5 business days"]


def _clocks(found: dict[str, Any], kind: str) -> list[tuple[str, str | None]]:
    return [
        (level[kind]["within"], level[kind]["clock"])
        for level in found["terms"].get("severity_levels", [])
        if kind in level
    ]


def test_the_hours_a_cell_gives_the_service_are_the_clock_of_its_response(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "服务说明.txt"
    path.write_text(
        _lines(
            "技术服务",
            "服务内容 | 标准服务 | 尊享服务",
            "热线支持 | 提供5*8小时热线技术支持服务，4小时内响应 | 提供7*24小时热线技术支持服务，30分钟内响应",
            "现场服务 | 不提供 | 提供工程师上门服务",
        ),
        encoding="utf-8",
    )
    assert sorted(_clocks(_extract_json(path, capsys), "response")) == [("30m", "24x7"), ("4h", "business")]


def test_hours_named_outside_or_only_defined_give_no_clock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "維護時間.txt"
    path.write_text(
        _lines(
            "維護服務時間",
            "一般辦公時間為星期一至星期五上午九時至下午六時,非辦公時間內,乙方須於接獲甲方通知後30分鐘內回應。",
        ),
        encoding="utf-8",
    )
    assert _clocks(_extract_json(path, capsys), "response") == [("30m", None)]
