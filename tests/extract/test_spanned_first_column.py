"""Issue 12 (session 34, extract34B): a level table whose first column holds one cell spanning the rows below it
(a web table's merged cell written as text). The rows under it start one column to the left and leave their last
cell empty, so the level stood in the request-type column and every time was read one column early: High's
response became its workaround time. The spanning cell goes back in front of each such row. Own wording, in the
layout of a law-practice software vendor's support page."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of

_HEAD = "Type | Priority | Definition | First response | Workaround | Final resolution |"


def test_rows_under_a_spanning_first_cell_are_put_back_in_their_columns(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Support levels",
            _HEAD,
            "Incident / Bug | Critical | The system is down for every user | 2 Hours | 6 Hours | 3 Business Days |",
            "High | A main function fails for many users | 4 Hours | 8 Hours | 5 Business Days | |",
            "Medium | A function fails with a workaround | 6 Hours | 2 Business Days | 10 Business Days |",
        ]
    )
    times = level_times(terms_of(tmp_path, text))
    assert times["Critical"] == ("2h", "3 business days")
    assert times["High"] == ("4h", "5 business days")
    assert times["Medium"] == ("6h", "10 business days")


def test_a_table_whose_rows_fill_every_column_is_left_as_it_is(tmp_path: Path) -> None:
    text = "\n".join(
        [
            _HEAD,
            "Incident | Critical | The system is down | 2 Hours | 6 Hours | 3 Business Days |",
            "Incident | High | A main function fails | 4 Hours | 8 Hours | 5 Business Days |",
        ]
    )
    times = level_times(terms_of(tmp_path, text))
    assert times["High"] == ("4h", "5 business days")
