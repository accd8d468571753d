"""Session 19, second round (extract19F): a length of support given with the work is the free period
(`rules/periods.py`, `_SUPPORT_GIVEN`), read back through `extract_file` and `termsmith extract --format json`. Every
text here is our own, in zh-Hans, zh-Hant and English.

- free or a gift, then the length, then the service: "免费赠送一年技术支持", "上線後提供免費壹年售後服務",
  "购买任意模块,送15天技术服务";
- the first year free: "首年免费技术支持" is a year;
- support included for a length: "Support and updates are included for 1 year from the date of purchase";
- a support window after the launch or the delivery: "a 30-day post-launch support window", "Support Period: 30
  Days from Launch", "After project delivery, we provide 3 months of technical support";
- not: the first year of hosting free, support bought by the month.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import extract_json, terms_of, text_lines as _lines
from pytest import CaptureFixture


def _free(tmp_path: Path, *lines: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = terms_of(tmp_path, _lines(*lines)).get("free_maintenance")
    return found


def test_free_or_given_length_of_service_zh_hans(tmp_path: Path) -> None:
    assert _free(tmp_path, "| 小程序定制 | 3000元起 | 免费赠送一年技术支持 |") == {"length": "1 year"}
    assert _free(tmp_path, "购买任意插件,送30天技术服务。") == {"length": "30 days"}


def test_free_length_after_go_live_zh_hant(tmp_path: Path) -> None:
    assert _free(tmp_path, "系統上線後,本公司提供免費壹年售後服務。") == {"length": "1 year", "start_event": "go-live"}


def test_first_year_free(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "plans.md"
    path.write_text(
        _lines("## 私有化部署", "- 标准部署 ¥20 万起", "- 首年免费技术支持", "- 邮件技术支持"), encoding="utf-8"
    )
    found = extract_json(path, capsys)
    assert found["terms"]["free_maintenance"] == {"length": "1 year"}
    assert found["evidence"]["free_maintenance.length"]["quote"] == "- 首年免费技术支持"


def test_support_included_for_a_length(tmp_path: Path) -> None:
    assert _free(tmp_path, "Bug fixes and support are included for 6 months from the date of purchase.") == {
        "length": "6 months"
    }


def test_support_window_after_launch_or_delivery(tmp_path: Path) -> None:
    assert _free(tmp_path, "We provide a 14-day post-launch support window for any issues.") == {
        "length": "14 days",
        "start_event": "go-live",
    }
    assert _free(tmp_path, "**Support Period**: 60 Days from Launch") == {"length": "60 days", "start_event": "go-live"}
    assert _free(tmp_path, "After project delivery, we provide 2 months of technical support.") == {
        "length": "2 months"
    }


def test_hosting_free_or_support_bought_is_no_free_period(tmp_path: Path) -> None:
    assert _free(tmp_path, "| 網站主機 | $6,000 / 年 | 首年免費 |") is None
    assert _free(tmp_path, "Support is billed at $200 per month for 12 months.") is None
