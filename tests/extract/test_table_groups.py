"""Two level tables under titles of their own naming the same levels (a memorandum's "Service Level during regular
Business Hours" table and its "… non regular Business Hours" table, printed one cell per line) are two groups of
levels: the second table's times stay on levels of their own ("Critical (Service Level during non regular Business
Hours)"), not dropped onto the first table's. Documents of our own, read back through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extract_support import text_lines as _lines

from termsmith.cli import main


def _levels(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["extract", str(path), "--format", "json"]) == 0
    levels: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["documents"][0]["terms"]["severity_levels"]
    return levels


def _table(title: str, rows: list[tuple[str, str, str]]) -> list[str]:
    return [title, "Service Level", "Response", "Resolution", *(cell for row in rows for cell in row)]


def test_a_second_table_of_the_same_levels_under_its_own_title_keeps_its_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "memorandum.txt"
    path.write_text(
        _lines(
            "Support Memorandum of Understanding",
            *_table(
                "Service Level during regular Business Hours (8 a.m. to 6 p.m.)",
                [("Critical", "30 minutes", "4 hours"), ("Low", "2 hours", "1 day")],
            ),
            *_table(
                "Service Level during non regular Business Hours (6:01 p.m. to 7:59 a.m.)",
                [("Critical", "1 hour", "8 hours"), ("Low", "4 hours", "3 days")],
            ),
        ),
        encoding="utf-8",
    )
    levels = {lv["name"]: (lv["response"]["within"], lv["resolution"]["within"]) for lv in _levels(path, capsys)}
    assert levels == {
        "Critical": ("30m", "4h"),
        "Low": ("2h", "1 day"),
        "Critical (Service Level during non regular Business Hours)": ("1h", "8h"),
        "Low (Service Level during non regular Business Hours)": ("4h", "3 days"),
    }


def test_a_table_naming_other_levels_joins_the_levels_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second table times levels no table timed before: no group of its own, its levels are plain levels."""
    path = tmp_path / "memorandum.txt"
    path.write_text(
        _lines(
            "Support Memorandum of Understanding",
            *_table("Service Level for outages", [("Critical", "30 minutes", "4 hours")]),
            *_table("Service Level for questions", [("Low", "2 hours", "1 day")]),
        ),
        encoding="utf-8",
    )
    assert [lv["name"] for lv in _levels(path, capsys)] == ["Critical", "Low"]
