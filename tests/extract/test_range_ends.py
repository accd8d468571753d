"""A time range reads at the same end in every reader (`values.range_end`, docs/extract.md "Ranges"): its upper end,
the longest the vendor may take, also when it starts from nothing ("0-2 hours"); a bare range under a column that
gives the unit ("Response (hours)" / "2-4") reads as the range with its unit written out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    "text",
    [
        text_lines("| Priority | Response (hours) |", "|---|---|", "| P1 | 2-4 |", "| P2 | 0-8 |"),
        text_lines("| Priority | Response |", "|---|---|", "| P1 | 2-4 hours |", "| P2 | 0-8 hours |"),
        text_lines("Response times:", "- P1: 2 to 4 hours", "- P2: 0-8 hours"),
    ],
)
def test_every_reader_takes_the_same_end(tmp_path: Path, text: str) -> None:
    times = level_times(terms_of(tmp_path, text))
    # "2-4 hours" is 4 hours: a time the vendor must meet gives its range's upper end (session 15)
    assert (times["P1"], times["P2"]) == (("4h", None), ("8h", None))
