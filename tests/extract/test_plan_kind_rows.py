"""One severity level's table per heading: plans as columns, kinds as rows, the level named by the heading above.
Each plan's cell is the level under that plan ("Severity 1 (Basic)"); an hours row gives each plan's clock. Own
wording, in the shape of en83."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_clocks, terms_of, text_lines

_levels = level_clocks


def test_each_heading_names_the_level_of_the_plan_table_under_it(tmp_path: Path) -> None:
    text = text_lines(
        "## Severity 1 issues",
        "> The service is down for every user.",
        "| Measure | Basic | Premier |",
        "| Coverage hours | 8x5 | 24x7 |",
        "| Response time | 4 hours | 30 minutes |",
        "| Resolution time | 3 days | 8 hours |",
        "## Severity 2 issues",
        "| Measure | Basic | Premier |",
        "| Coverage hours | 8x5 | 8x5 |",
        "| Response time | 1 day | 4 hours |",
    )
    assert _levels(terms_of(tmp_path, text)) == {
        "Severity 1 (Basic)": ("4h", "business", "3 days", "business"),
        "Severity 1 (Premier)": ("30m", "24x7", "8h", "24x7"),
        "Severity 2 (Basic)": ("1 day", "business", None, None),
        "Severity 2 (Premier)": ("4h", "business", None, None),
    }


def test_traditional_chinese_heading_over_a_plan_table(tmp_path: Path) -> None:
    text = text_lines(
        "### 緊急",
        "| 項目 | 標準方案 | 進階方案 |",
        "| 回應時間 | 4小時 | 1小時 |",
        "| 修復時間 | 3天 | 1天 |",
    )
    assert _levels(terms_of(tmp_path, text)) == {
        "緊急 (標準方案)": ("4h", None, "3 days", None),
        "緊急 (進階方案)": ("1h", None, "1 day", None),
    }
