"""A table cell labelling each of its times by kind ("Response: 4 hours Resolution: 2 days"): each time is read with
its own label, not with the label that follows it."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_two_labelled_times_in_one_cell(tmp_path: Path) -> None:
    text = text_lines(
        "| Severity | Description | Targets |",
        "|---|---|---|",
        "| Severity 1 | Production down | Response: 2 hours Resolution: 3 days |",
        "| Severity 2 | Feature broken | Response: 8 hours Resolution: 10 days |",
    )
    assert list(level_times(terms_of(tmp_path, text)).values()) == [("2h", "3 days"), ("8h", "10 days")]
