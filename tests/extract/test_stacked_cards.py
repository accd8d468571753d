"""Stacked cards: a level's heading, lines describing it, then its kind labels as one run and their values as the
next run in the same order ("Response" / "Remediation" / "1 - 2 Hours" / "4 Hours"). The n-th value is the n-th
label's; "Remediation" and "Target Completion" on a label line name the resolution. Own wording, in the shape of
en563 (batch 65)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, line_levels

_CARDS = (
    "Ticket priorities",
    "Urgent",
    "Description",
    "-",
    "Whole office cannot work.",
    "User Impact",
    "-",
    "Everyone",
    "Response",
    "Remediation",
    "30 Minutes",
    "4 Hours",
    "Normal Priority",
    "Description",
    "-",
    "A printer is jammed.",
    "-",
    "One user waits for a password reset.",
    "User Impact",
    "Affects a single user.",
    "The user can work around it.",
    "Response",
    "Target Completion",
    "1 - 2 Days",
    "5 Days",
)


@pytest.mark.parametrize("name", ["cards.txt", "cards.docx"])
def test_each_value_run_pairs_with_its_label_run_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    levels = line_levels(tmp_path, capsys, _CARDS, name)
    assert levels == {"Urgent": ("30m", "4h"), "Normal": ("2 days", "5 days")}


def test_chinese_cards_pair_their_labels_and_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "服务等级",
        "紧急",
        "说明",
        "全部系统停止",
        "响应时间",
        "解决时间",
        "30分钟",
        "4小时",
        "一般",
        "说明",
        "单个用户受影响",
        "响应时间",
        "解决时间",
        "2小时",
        "2天",
    )
    levels = line_levels(tmp_path, capsys, lines)
    assert levels == {"紧急": ("30m", "4h"), "一般": ("2h", "2 days")}


def test_a_price_card_list_is_no_level(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ("Plans", "Basic", "Monthly", "Annual", "$10", "$100", "Premium", "Monthly", "Annual", "$20", "$200")
    assert "severity_levels" not in extract_lines(tmp_path, capsys, lines)["terms"]


def test_values_that_are_not_one_a_line_are_not_paired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ("High", "Response", "Remediation", "Examples: 2 servers down, 3 hours lost", "Next steps")
    levels = line_levels(tmp_path, capsys, lines)
    assert levels.get("High", (None, None))[0] is None  # the examples line is no response
