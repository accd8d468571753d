"""A plan × level pipe table whose header lost its corner cells: the plans' names first, empty cells after them,
while each row keeps its level and kind label first and the plans' times last. Each time is the level under its plan
("Critical (Silver)"). Own wording, in the shape of en242.pdf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines


def _levels(terms: dict[str, Any]) -> dict[str, tuple[str | None, str | None]]:
    return {
        lv["name"]: (lv.get("response", {}).get("within"), lv.get("response", {}).get("clock"))
        for lv in terms.get("severity_levels", [])
    }


def test_plans_shifted_left_over_the_label_columns(tmp_path: Path) -> None:
    text = text_lines(
        "Support contract levels",
        "| Bronze | Silver | Gold | | |",
        "|---|---|---|---|---|",
        "| Annual cost | 5% of licence | 8% of licence | 12% of licence | |",
        "| Critical | Initial response | Within 2 days excluding weekends | Within 8 hours | "
        "Within 2 hours during work hours Within 6 hours outside of work hours |",
        "| Queue | Normal | High | Highest | |",
        "| Minor | Initial response | Within 3 weeks | Within 5 days | Within 2 days |",
        "| Phone line | No | Yes | Yes | |",
    )
    assert _levels(terms_of(tmp_path, text)) == {
        "Critical (Bronze)": ("2 days", "business"),
        "Critical (Silver)": ("8h", None),
        "Critical (Gold)": ("2h", "business"),
        "Minor (Bronze)": ("3 weeks", None),
        "Minor (Silver)": ("5 days", None),
        "Minor (Gold)": ("2 days", None),
    }


def test_chinese_plans_shifted_left(tmp_path: Path) -> None:
    text = text_lines(
        "| 基础版 | 标准版 | 旗舰版 | | |",
        "|---|---|---|---|---|",
        "| 紧急 | 响应时间 | 8小时 | 4小时 | 1小时 |",
        "| 一般 | 响应时间 | 3天 | 2天 | 1天 |",
    )
    assert _levels(terms_of(tmp_path, text)) == {
        "紧急 (基础版)": ("8h", None),
        "紧急 (标准版)": ("4h", None),
        "紧急 (旗舰版)": ("1h", None),
        "一般 (基础版)": ("3 days", None),
        "一般 (标准版)": ("2 days", None),
        "一般 (旗舰版)": ("1 day", None),
    }


def test_a_row_whose_labels_name_no_kind_is_no_level(tmp_path: Path) -> None:
    text = text_lines(
        "| Bronze | Silver | Gold | | |",
        "|---|---|---|---|---|",
        "| Critical | Backups kept | 7 days | 14 days | 30 days |",
    )
    assert not any("(Bronze)" in name for name in _levels(terms_of(tmp_path, text)))
