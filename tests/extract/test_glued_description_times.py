"""Rows of a web table copied as text whose cells run together: the level glued to its description and the times
glued to the description's end and to each other ("UrgentService down for all staff2 hours1 business day*"), under a
header whose cells run together too (issue 12, session 24; en666's layout, seen in en606.pdf's cells as well). Texts
of our own, read back through the CLI, as text and as DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

TABLE = [
    "# Response commitments",
    "LevelImpactFirst ResponseTarget Resolution",
    "UrgentService down for all staff, no workaround2 hours1 business day*",
    "MajorA team cannot work on one feature4 hours3 business days*",
    "MinorCosmetic issue or a question1 business day10 business days",
    "*Where the cause lies with a third party, the target may be extended.",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_times_glued_to_the_description(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert line_levels(tmp_path, capsys, TABLE, name) == {
        "Urgent": ("2h", "1 business day"),
        "Major": ("4h", "3 business days"),
        "Minor": ("1 business day", "10 business days"),
    }


def test_a_spaced_duration_in_the_description_is_no_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the durations close the row after a space: prose, not cells run together
    lines = [
        "# Response commitments",
        "LevelImpactFirst ResponseTarget Resolution",
        "UrgentService down for more than 2 hours or 1 day",
        "MajorA team blocked for 4 hours or 3 days",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}


def test_an_uptime_credit_table_run_together_is_no_level_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        "# Service credits",
        "Monthly UptimeDowntime per MonthService Credit",
        "Below 99.9%43 minutes10%",
        "Below 99%7 hours25%",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}
