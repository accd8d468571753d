"""A grid whose columns are the levels, copied one row a line with its cells separated by spaces: a line naming only
the levels, then rows of a label and one cell per level (issue 12, session 24; en642's layout). The kind is the row
label's or a short title's above; a dispatch row times an arrival and is not read. Texts of our own, read back
through the CLI, as text, DOCX and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

GRID = [
    "Response Times.",
    "Severity 1 Severity 2 Severity 3",
    "Service desk (weekdays) 2 hours 8 hours 3 days",
    "Engineer visit Dispatched within 4 hours Dispatched within 2 days N/A",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx", "doc.pdf"])
def test_levels_as_columns_rows_as_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert line_levels(tmp_path, capsys, GRID, name) == {
        "Severity 1": ("2h", None),
        "Severity 2": ("8h", None),
        "Severity 3": ("3 days", None),
    }


def test_cells_that_do_not_count_out_read_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["Response Times.", "Severity 1 Severity 2 Severity 3", "Service desk 2 hours 8 hours"]
    assert line_levels(tmp_path, capsys, lines) == {}


def test_no_kind_and_no_times_read_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "Service credits",
        "Priority 1 Priority 2 Priority 3",
        "Credit per breach 10% 5% 2%",
        "Retention of logs 90 days 60 days 30 days",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}
