"""A level table copied one cell a line whose header lines are read from the right place (issue 12, session 24;
en665's layout): short title lines at the top of the page are no column heads when nearer header lines stand above
the table; "Service Level Agreement" in the table's title names no level column; and header lines that name no level
column ("Response Time" / "Planning Time" / "Resolution Time") put each row's cells after its level in their
columns, so a column naming no kind is skipped rather than read as the next kind. Texts of our own, read back
through the CLI, as text and as DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

TABLE = [
    "Acme Help Desk",
    "Incident Management",
    "Introduction",
    "This document sets out how quickly the help desk answers and fixes the incidents a customer reports to it.",
    "Help Desk Service Level Agreement Table",
    "Ticket Urgency",
    "Response Time",
    "Planning Time",
    "Resolution Time",
    "Low",
    "8 business hours",
    "16 business hours",
    "40 business hours",
    "Urgent",
    "30 minutes",
    "1 hour",
    "4 hours",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_a_column_naming_no_kind_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert line_levels(tmp_path, capsys, TABLE, name) == {
        "Low": ("8 business hours", "40 business hours"),
        "Urgent": ("30m", "4h"),
    }


def test_header_lines_naming_the_level_column_still_align(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [line if line != "Ticket Urgency" else "Priority" for line in TABLE]
    assert line_levels(tmp_path, capsys, lines) == {
        "Low": ("8 business hours", "40 business hours"),
        "Urgent": ("30m", "4h"),
    }
