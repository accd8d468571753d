"""A level table flattened row by row under a header line whose column heads are apart by single spaces
("Priority Level Description Target Resolution"), each row on one line: a rank number perhaps, the level, a few
words of description, the times ending the line ("1 Critical System down 4 hours"), extract36's layout closure of
`tables._flat_rows`, read back through `extract_file` on texts of our own: a rank number in a column of its own
before the level, and a header naming one kind's column when its first row is one short line ending in its time.
A title naming one kind over prose that opens with a level ("Response Time Tiers" / "Critical (business down):
15-minute response, …") is no such table, and a row of prose is read as prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize("rank", ["1 ", "", "P1 "])
def test_one_kind_header_over_described_rows(tmp_path: Path, rank: str) -> None:
    second = "P2 " if rank == "P1 " else ("2 " if rank else "")
    text = text_lines(
        "Support terms",
        "Priority Level Description Target Resolution",
        f"{rank}Critical Production system down 4 hours",
        f"{second}High Degraded service 8 hours",
    )
    names = ("P1", "P2") if rank == "P1 " else ("Critical", "High")
    assert level_times(terms_of(tmp_path, text)) == {names[0]: (None, "4h"), names[1]: (None, "8h")}


def test_two_kind_header_over_numbered_rows(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "Severity Response Resolution",
        "1 Critical System down 1 hour 4 hours",
        "2 High Degraded 2 hours 8 hours",
        "3 Low Question 1 day 5 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Critical": ("1h", "4h"),
        "High": ("2h", "8h"),
        "Low": ("1 day", "5 days"),
    }


def test_a_row_of_prose_is_no_row(tmp_path: Path) -> None:
    text = text_lines(
        "Support terms",
        "Severity Response Resolution",
        "Critical issues stop production. We respond within 1 hour; a workaround follows in 8 hours",
        "High issues degrade service. We respond within 4 hours; a workaround follows in 2 days",
    )
    # read as prose, each time by its own verb, not as cells in the header's order
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", "8h"), "High": ("4h", "2 days")}


def test_one_kind_title_over_prose_is_no_table(tmp_path: Path) -> None:
    text = text_lines(
        "Response Time Tiers",
        "Critical (business down): 15-minute response. High (major impact): 30-minute response.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("15m", None), "High": ("30m", None)}
