"""Pipe tables printed one after another with no blank line between them (a PDF's text drops blank lines; a page
copied as text often does): the second table's rule under its header starts a new table, so its header is a header
and not a row of the first. Two faults of a copied table travel with it and are read through: the empty corner cell
written last ("Basic | Silver | Gold | |"), and rows whose label names both the level and the kind of the times
across the plan columns ("Priority Level 1 Response Time | 2 hours | 1 hour | 30 minutes |")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines

_DEFINITIONS = [
    "Priority level | Description | Examples |",
    "---|---|---|",
    "1 | A Service failure or severe degradation. | Service is down. |",
    "2 | A partial Service failure. | Access is slow. |",
]


def _levels(found: dict[str, object]) -> list[tuple[str, str | None]]:
    levels = found["terms"]["severity_levels"]  # type: ignore[index]
    return [(lv["name"], lv.get("response", {}).get("within")) for lv in levels]


@pytest.mark.parametrize("corner", ["Basic | Silver | Gold | |", "| | Basic | Silver | Gold |"])
def test_a_plan_grid_right_under_a_definitions_table(tmp_path: Path, capsys: CaptureFixture[str], corner: str) -> None:
    path = tmp_path / "support.txt"
    path.write_text(
        text_lines(
            *_DEFINITIONS,
            corner,
            "---|---|---|---|",
            "Priority Level 1 Response Time | 2 hours | 1 hour | 30 minutes |",
            "Priority Level 2 Response Time | 12 hours | 2 hours | 1 hour |",
        ),
        encoding="utf-8",
    )
    assert _levels(extract_json(path, capsys)) == [
        ("Level 1", "2h"),
        ("Level 1 (Silver)", "1h"),
        ("Level 1 (Gold)", "30m"),
        ("Level 2", "12h"),
        ("Level 2 (Silver)", "2h"),
        ("Level 2 (Gold)", "1h"),
    ]


def test_rules_under_every_row_stay_one_table(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "grid.txt"
    path.write_text(
        text_lines(
            "| Severity | Response | Resolution |",
            "|---|---|---|",
            "| Critical | 1 hour | 4 hours |",
            "|---|---|---|",
            "| High | 2 hours | 8 hours |",
            "|---|---|---|",
            "| Low | 1 day | 5 days |",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    times = [
        (lv["name"], lv["response"]["within"], lv["resolution"]["within"]) for lv in found["terms"]["severity_levels"]
    ]
    assert times == [("Critical", "1h", "4h"), ("High", "2h", "8h"), ("Low", "1 day", "5 days")]


def test_a_corner_is_moved_only_when_every_row_fills_its_last_cell(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        text_lines(
            "Severity | Response | Notes | |",
            "---|---|---|---|",
            "Critical | 1 hour | phone only | |",
            "High | 4 hours | e-mail | |",
        ),
        encoding="utf-8",
    )
    assert _levels(extract_json(path, capsys)) == [("Critical", "1h"), ("High", "4h")]
