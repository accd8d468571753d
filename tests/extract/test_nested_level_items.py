"""Nested bullets: a parent item names a level before its colon, perhaps qualified ("Very High") and glossed in
brackets, and its child items give the times ("• Target Response: 1 hour (Standard) / 3 hours (After-Hours)",
"• Target Completion: Within 4 hours"). The child times are the parent's level's; a standard / after-hours pair
keys the standard time; a list bullet is never part of a level's name. Own wording, in the shape of en575.docx
(batch 66)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

_ITEMS = (
    "Priority levels",
    "Target timeframes are assigned as follows:",
    "  • Very High (Company Down): Nobody in the office can work.",
    "    • Target Response: 1 hour (Standard) / 3 hours (After-Hours)",
    "    • Target Completion: Within 4 hours",
    "  • High (Single User Down): A single user cannot work.",
    "    • Target Response: 2 hours (Standard) / 4 hours (After-Hours)",
    "    • Target Completion: Within 2 days",
)


@pytest.mark.parametrize("name", ["items.txt", "items.docx"])
def test_child_items_time_their_parent_level(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    levels = line_levels(tmp_path, capsys, _ITEMS, name)
    assert levels == {
        "Very High (Company Down)": ("1h", "4h"),
        "High (Single User Down)": ("2h", "2 days"),
    }


def test_chinese_child_items_time_their_parent_level(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "故障等级",
        "• 紧急(全部停止):整个系统无法使用。",
        "  • 响应时间:30分钟",
        "  • 解决时间:4小时",
        "• 一般(单点故障):个别功能异常。",
        "  • 响应时间:2小时",
        "  • 解决时间:2天",
    )
    levels = line_levels(tmp_path, capsys, lines)
    assert levels == {"紧急": ("30m", "4h"), "一般": ("2h", "2 days")}


def test_a_feature_item_names_no_level_and_no_bullet_names_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (
        "What the plan includes:",
        "  • High availability (two sites): servers fail over automatically.",
        "    • Target Response: 2 hours",
    )
    names = list(line_levels(tmp_path, capsys, lines))
    assert not any(n.startswith(("•", "High")) for n in names)
