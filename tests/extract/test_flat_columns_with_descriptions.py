"""A level table with the levels as its columns, flattened one cell per line with a description row between the heads
and the kinds' rows (issue 12, session 24; en668's layout): the level names one a line, then one description a line,
then a kind's label and one time per level. Texts of our own, read back through the CLI, as text and as DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

TABLE = [
    "# Service levels",
    "Issue Priority",
    "Critical (P1)",
    "Major (P2)",
    "Minor (P3)",
    "Production is down for every user and no workaround exists.",
    "A feature is impaired, though a workaround exists.",
    "A cosmetic problem or a question about the product.",
    "Target Response",
    "2 hours",
    "6 hours",
    "12 hours",
    "Target Resolution",
    "10 hours",
    "20 hours",
    "40 hours",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_descriptions_between_heads_and_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert line_levels(tmp_path, capsys, TABLE, name) == {
        "Critical": ("2h", "10h"),
        "Major": ("6h", "20h"),
        "Minor": ("12h", "40h"),
    }


def test_descriptions_that_do_not_count_out_read_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # two descriptions for three levels: the heads are not right above them, so the columns are not read as theirs
    lines = [line for line in TABLE if not line.startswith("A cosmetic")]
    found = line_levels(tmp_path, capsys, lines)
    assert "Critical" not in found and "Major" not in found


def test_a_list_of_durations_under_prose_is_no_level_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "# Backups",
        "Daily",
        "Weekly",
        "Monthly",
        "Snapshots taken every night.",
        "Copies kept off site.",
        "Archives written to tape.",
        "Retention",
        "7 days",
        "4 weeks",
        "12 months",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}
