"""A plan grid whose levels are rows inside it: the plans as columns, a row naming only a level opens its block, the
rows of a kind under it give each plan's time ("Severity 1 (Urgent)" / "First Response | – | 8 Business Hours …").
Each time is the level under its plan; a dash or "Best Effort" is no time. Own wording, in the shape of en620.pdf."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from extract_support import extract_lines, level_clocks, terms_of, text_lines

_ROWS = [
    ("", "Starter", "Business", "Premier"),
    ("Monthly price", "–", "€ 90", "€ 250"),
    ("Phone support", "", "yes", "yes"),
    ("Severity 1 (Critical)", "", "", ""),
    ("Initial Response", "–", "4 Business Hours", "1 Business Hour"),
    ("Resolution Target", "–", "24 Business Hours", "8 Business Hours"),
    ("Severity 2 (Minor)", "", "", ""),
    ("Initial Response", "2 Business Days", "8 Business Hours", "4 Business Hours"),
    ("Resolution Target", "Best Effort", "Best Effort", "5 Business Days"),
]

_LEVELS = {
    "Critical (Business)": ("4 business hours", "business", "24 business hours", "business"),
    "Critical (Premier)": ("1 business hour", "business", "8 business hours", "business"),
    "Minor (Starter)": ("2 business days", "business", None, None),
    "Minor (Business)": ("8 business hours", "business", None, None),
    "Minor (Premier)": ("4 business hours", "business", "5 business days", "business"),
}


def _pipe(rows: Sequence[tuple[str, ...]]) -> list[str]:
    return ["| " + " | ".join(cells) + " |" for cells in rows]


def test_level_rows_inside_a_plan_grid_whose_header_lost_its_corner(tmp_path: Path) -> None:
    shifted = [(*_ROWS[0][1:], ""), *_ROWS[1:]]
    text = text_lines("Support plans", *_pipe(shifted))
    assert level_clocks(terms_of(tmp_path, text)) == _LEVELS


def test_level_rows_inside_a_plan_grid_printed_to_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_lines(tmp_path, capsys, ["Support plans", *_pipe(_ROWS)], "plans.pdf")
    assert level_clocks(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[0].response"]["page"] == 1


def test_chinese_level_rows_inside_a_plan_grid(tmp_path: Path) -> None:
    text = text_lines(
        "| | 基础版 | 标准版 |",
        "|---|---|---|",
        "| 一级故障 | | |",
        "| 响应时间 | 8小时 | 2小时 |",
        "| 二级故障 | | |",
        "| 响应时间 | 24小时 | 8小时 |",
    )
    assert {k: v[0] for k, v in level_clocks(terms_of(tmp_path, text)).items()} == {
        "1级 (基础版)": "8h",
        "1级 (标准版)": "2h",
        "2级 (基础版)": "24h",
        "2级 (标准版)": "8h",
    }


@pytest.mark.parametrize(
    "rows",
    [
        # an uptime credit table: no kind row
        [("", "Standard", "Premium"), ("Severity 1", "", ""), ("Service credit", "10 days", "30 days")],
        # a price grid under level rows
        [("", "Standard", "Premium"), ("Severity 1", "", ""), ("Response fee", "€ 90", "€ 250")],
        # a plan-feature grid with no times
        [("", "Standard", "Premium"), ("Severity 1", "", ""), ("Response", "Email", "Phone and email")],
    ],
)
def test_look_alikes_give_no_plan_level(tmp_path: Path, rows: list[tuple[str, ...]]) -> None:
    names = level_clocks(terms_of(tmp_path, text_lines(*_pipe(rows))))
    assert not any("(Standard)" in name or "(Premium)" in name for name in names)
