"""Levels across a pipe table's columns: a row naming one kind over every column, a row naming a level in each
column, and the row under it with each level's time. A level row and a times row with no kind row above, a kind row
naming two kinds, a price row or a times row whose cells say more than a time are no such grid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_json, terms_of, text_lines

_ROWS = [
    "Helpdesk service levels",
    "| Initial reply target: | Initial reply target: | Initial reply target: | |",
    "| Priority A | Priority B | Priority C | |",
    "| < 2 hours | within 8 hours | < 3 days | |",
    "Priority A means the whole office cannot work.",
]
_LEVELS = [("Priority A", "2h", None), ("Priority B", "8h", None), ("Priority C", "3 days", None)]


def _levels(terms: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    ]


def test_each_column_is_a_level_timed_by_the_row_under_it(tmp_path: Path) -> None:
    assert _levels(terms_of(tmp_path, text_lines(*_ROWS))) == _LEVELS


def test_the_kind_row_may_name_resolution_and_empty_cells_are_dropped(tmp_path: Path) -> None:
    text = text_lines(
        "| Fixed within | | Fixed within |", "| Severity 1 || Severity 2 |", "| 1 business day | | 5 business days |"
    )
    assert _levels(terms_of(tmp_path, text)) == [
        ("Severity 1", None, "1 business day"),
        ("Severity 2", None, "5 business days"),
    ]


def test_the_grid_read_back_from_a_docx_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Helpdesk service levels")
    table = document.add_table(rows=3, cols=3)
    for r, line in enumerate(_ROWS[1:4]):
        for c, text in enumerate([cell.strip() for cell in line.split("|") if cell.strip()]):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "levels.docx"))
    found = extract_json(tmp_path / "levels.docx", capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert "within 8 hours" in found["evidence"]["severity_levels[1].response"]["quote"]


def test_the_grid_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import html

    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in _ROWS)
    path = tmp_path / "levels.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[0].response"]["page"] == 1


@pytest.mark.parametrize(
    "rows",
    [
        # no kind row: a level's time of no stated kind
        ["| Priority A | Priority B | Priority C |", "| < 2 hours | < 8 hours | < 3 days |"],
        # a kind row naming two kinds is no one kind over the columns
        ["| Reply / Fix | Reply / Fix |", "| Priority A | Priority B |", "| 2 hours | 8 hours |"],
        # a price row under the levels
        ["| Initial reply target: | Initial reply target: |", "| Priority A | Priority B |", "| $ 90 | $ 300 |"],
        # cells that say more than a time
        [
            "| Initial reply target: | Initial reply target: |",
            "| Priority A | Priority B |",
            "| 24 Hours Monitoring | 72 Hours of development time |",
        ],
        # a heading with a number is no level row
        ["| Initial reply target: | Initial reply target: |", "| Plan 2026 | Plan 2027 |", "| 2 hours | 8 hours |"],
    ],
)
def test_look_alikes_give_no_level(tmp_path: Path, rows: list[str]) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text_lines(*rows))
