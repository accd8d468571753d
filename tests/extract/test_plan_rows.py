"""A plan × level grid with the plans as rows and the levels as columns: each cell is its column's level under the
row's plan ("Critical (Silver)"), the kind named by the corner cell or the line above. Own wording, in English,
Simplified and Traditional Chinese, as pipe text and as a DOCX table."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file


def test_plans_as_rows_in_a_pipe_table(tmp_path: Path) -> None:
    text = text_lines(
        "Response times by plan:",
        "| Plan | Critical | Major | Minor |",
        "|---|---|---|---|",
        "| Silver | 8 hours | 2 days | 5 days |",
        "| Gold | 2 hours | 1 day | 3 days |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical (Silver)": ("8h", None),
        "Major (Silver)": ("2 days", None),
        "Minor (Silver)": ("5 days", None),
        "Critical (Gold)": ("2h", None),
        "Major (Gold)": ("1 day", None),
        "Minor (Gold)": ("3 days", None),
    }


def test_simplified_and_traditional_chinese_plans_as_rows(tmp_path: Path) -> None:
    hans = text_lines(
        "各版本修复时间如下：",
        "| 版本 | 紧急 | 一般 |",
        "|---|---|---|",
        "| 基础版 | 8小时 | 5天 |",
        "| 旗舰版 | 2小时 | 3天 |",
    )
    assert level_times(terms_of(tmp_path, hans)) == {
        "紧急 (基础版)": (None, "8h"),
        "一般 (基础版)": (None, "5 days"),
        "紧急 (旗舰版)": (None, "2h"),
        "一般 (旗舰版)": (None, "3 days"),
    }
    hant = text_lines(
        "| 方案回應時間 | 緊急 | 一般 |",
        "|---|---|---|",
        "| 基礎版 | 8小時 | 5天 |",
        "| 旗艦版 | 2小時 | 3天 |",
    )
    assert level_times(terms_of(tmp_path, hant, "hant.txt")) == {
        "緊急 (基礎版)": ("8h", None),
        "一般 (基礎版)": ("5 days", None),
        "緊急 (旗艦版)": ("2h", None),
        "一般 (旗艦版)": ("3 days", None),
    }


def test_plans_as_rows_in_a_docx_table(tmp_path: Path) -> None:
    rows = [("Support plan", "P1", "P2"), ("Basic", "4 hours", "1 business day"), ("Premium", "1 hour", "4 hours")]
    path = docx_table(tmp_path, "Initial response targets per support plan:", rows)
    assert level_times(extract_file(path)[1].terms) == {
        "P1 (Basic)": ("4h", None),
        "P2 (Basic)": ("1 business day", None),
        "P1 (Premium)": ("1h", None),
        "P2 (Premium)": ("4h", None),
    }


def test_a_grid_naming_no_kind_gives_no_plan_levels(tmp_path: Path) -> None:
    text = text_lines(
        "| Plan | Critical | Minor |",
        "|---|---|---|",
        "| Silver | 8 hours | 5 days |",
        "| Gold | 2 hours | 3 days |",
    )
    assert not any("(Silver)" in name for name in level_times(terms_of(tmp_path, text)))
