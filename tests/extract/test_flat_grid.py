"""A plan × level grid printed one cell per line (a web page's table copied as text, a PDF table read line by line):
the plans' names on short lines above, then each level's label on a line of its own followed by one time per plan.
Each cell is the level under that plan, named "Critical (Premium Support)"; a corner cell ("Priority Level") is no
plan; "within Support Hours" runs on the business clock. Own wording, in the shapes of en62 (development) and
en199.pdf (batch 33, where extract31's frozen candidate was first scored)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_json, terms_of, text_lines


def _levels(terms: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("response", {}).get("clock"))
        for lv in terms.get("severity_levels", [])
    ]


_GRID = (
    "Our response time commitments vary with the support plan and the ticket's priority:",
    "Priority Level",
    "Standard Support",
    "Premium Support",
    "Critical",
    "2 hours",
    "30 minutes",
    "Low",
    "24 hours",
    "8 hours",
    "Changes to this policy",
    "We will post any change on our website.",
)
_GRID_LEVELS = [
    ("Critical (Standard Support)", "2h", None),
    ("Critical (Premium Support)", "30m", None),
    ("Low (Standard Support)", "24h", None),
    ("Low (Premium Support)", "8h", None),
]


def test_each_cell_is_the_level_under_its_plan_and_the_corner_cell_is_no_plan(tmp_path: Path) -> None:
    assert _levels(terms_of(tmp_path, text_lines(*_GRID))) == _GRID_LEVELS


def test_a_row_label_names_its_kind_and_support_hours_are_business_time(tmp_path: Path) -> None:
    text = text_lines(
        "Response times during Support Hours are set out below:",
        "Bronze Plan",
        "Silver Plan",
        "Priority 1 Response Time (within Support Hours)",
        "1 day",
        "4 hours",
        "Priority 2 Response Time (within Support Hours)",
        "2 days",
        "8 hours",
    )
    assert _levels(terms_of(tmp_path, text)) == [
        ("Priority 1 (Bronze Plan)", "1 day", "business"),
        ("Priority 1 (Silver Plan)", "4h", "business"),
        ("Priority 2 (Bronze Plan)", "2 days", "business"),
        ("Priority 2 (Silver Plan)", "8h", "business"),
    ]


def test_a_plan_without_the_level_gives_no_time(tmp_path: Path) -> None:
    text = text_lines(
        "Response times",
        "Essential",
        "Professional",
        "Urgent",
        "N/A",
        "1 hour",
        "Low",
        "3 days",
        "1 day",
    )
    assert _levels(terms_of(tmp_path, text)) == [
        ("Urgent (Professional)", "1h", None),
        ("Low (Essential)", "3 days", None),
        ("Low (Professional)", "1 day", None),
    ]


def test_one_row_or_rows_of_unequal_width_are_no_grid(tmp_path: Path) -> None:
    # the grid above with its last cell gone: the Low row has one time for two plans
    text = text_lines("Response times", *_GRID[2:9])
    names = [name for name, _within, _clock in _levels(terms_of(tmp_path, text))]
    assert not any("(" in name for name in names), names


def test_the_grid_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in _GRID)
    path = tmp_path / "sla.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _GRID_LEVELS
    quote = found["evidence"]["severity_levels[1].response"]
    assert quote["quote"] == "30 minutes" and quote["page"] == 1


def test_heads_that_name_the_kinds_are_no_plans(tmp_path: Path) -> None:
    text = text_lines(
        "Service levels",
        "Response Time",
        "Resolution Time",
        "Critical",
        "1 hour",
        "4 hours",
        "Low",
        "1 day",
        "5 days",
    )
    names = [name for name, _within, _clock in _levels(terms_of(tmp_path, text))]
    assert not any("(" in name for name in names), names
