"""Session 17 (issue 12, extract16), on documents of our own (none is a corpus text), read back through the real
CLI: the business-day words real contracts use besides 工作日 — 有效工作日 ("两个有效工作日内予以响应"), 工作天
(zh-Hant), 营业日/營業日 — are business days, in the extractor as in the spec's own `Duration`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extract_support import text_lines as _lines

from termsmith.cli import main


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


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
