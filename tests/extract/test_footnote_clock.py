"""A footnote stating the business clock ("*During Business Hours", "*Response time is by business hours",
"*以工作时间计") puts the times its mark follows on the business clock (rules/footnote_clock.py); a time beside them
without the mark keeps no clock, and a bullet list's "* …" items are no footnotes. Documents of our own, in each
language, read back through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines


def clocks(found: dict) -> dict[str, tuple[str | None, str | None]]:
    return {
        lv["name"]: (lv.get("response", {}).get("clock"), lv.get("resolution", {}).get("clock"))
        for lv in found["terms"].get("severity_levels", [])
    }


_EN = [
    "| Priority | Response | Resolution |",
    "|---|---|---|",
    "| Critical | 30 minutes | 4 hours* |",
    "| Low | 2 hours | 5 days* |",
]


def test_marked_times_take_the_footnotes_business_clock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = clocks(extract_lines(tmp_path, capsys, [*_EN, "", "*During Business Hours. Delays are communicated."]))
    assert found == {"Critical": (None, "business"), "Low": (None, "business")}


def test_a_mark_after_the_kinds_name_in_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "Priority 1: A service failure affecting many people. This priority has a 30 minute response time*.",
        "Priority 2: A failure for one person. This priority has a 4 hour response time*.",
        "*Response time is by business hours.",
    ]
    found = clocks(extract_lines(tmp_path, capsys, lines))
    assert found == {"Priority 1": ("business", None), "Priority 2": ("business", None)}


@pytest.mark.parametrize(
    ("rows", "note"),
    [
        (
            [
                "| 级别 | 响应时间 | 解决时间 |",
                "|---|---|---|",
                "| 一级 | 30分钟 | 4小时* |",
                "| 二级 | 2小时 | 8小时* |",
            ],
            "*以工作时间计",
        ),
        (
            [
                "| 級別 | 響應時間 | 解決時間 |",
                "|---|---|---|",
                "| 一級 | 30分鐘 | 4小時* |",
                "| 二級 | 2小時 | 8小時* |",
            ],
            "*工作時間內",
        ),
    ],
)
def test_chinese_footnotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[str], note: str) -> None:
    found = clocks(extract_lines(tmp_path, capsys, [*rows, "", note]))
    assert [c for _, c in found.values()] == ["business", "business"]
    assert [c for c, _ in found.values()] == [None, None]


def test_after_hours_footnotes_and_bullet_items_set_no_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    after = clocks(extract_lines(tmp_path, capsys, [*_EN, "", "*Outside business hours."]))
    assert after == {"Critical": (None, None), "Low": (None, None)}
    bullets = ["* Email support during business hours", "* Phone support for all plans"]
    listed = clocks(extract_lines(tmp_path, capsys, [*_EN, "", *bullets]))
    assert listed == {"Critical": (None, None), "Low": (None, None)}
