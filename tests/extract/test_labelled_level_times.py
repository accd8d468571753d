"""Issue 12 (session 30): a title that names one kind of time ("Priority Levels and Response Times") above levels
whose lines label each time themselves ("Response Time: 15 minutes" / "Resolution Time: 4 hours") is no table header:
every time keeps the kind its own label gives. Before, the title was read as a one-column header, the response was
dropped as prose and the resolution read as the response (a real IT help-desk SLA, en891)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of, text_lines

_LEVELS = (
    "Priority 1 (Critical)",
    "Definition: Major service outage affecting multiple users.",
    "Response Time: 15 minutes",
    "Resolution Time: 4 hours",
    "Priority 2 (High)",
    "Definition: Significant degradation affecting important functions.",
    "Response Time: 60 minutes",
    "Resolution Time: 6 hours",
)


@pytest.mark.parametrize("title", ["Priority Levels and Response Times", "Priority Levels", "Severity and Response"])
def test_labelled_times_keep_their_kinds_under_any_title(tmp_path: Path, title: str) -> None:
    levels = terms_of(tmp_path, text_lines(title, *_LEVELS))["severity_levels"]
    assert [(lv["id"], lv["response"]["within"], lv["resolution"]["within"]) for lv in levels] == [
        ("Priority 1", "15m", "4h"),
        ("Priority 2", "60m", "6h"),
    ]


def test_a_real_flattened_table_under_its_header_is_still_read_by_columns(tmp_path: Path) -> None:
    # the header names the columns and the rows give bare times in their order: a table, read as before
    levels = terms_of(
        tmp_path, text_lines("Priority Response Resolution", "P1 15 minutes 4 hours", "P2 1 hour 8 hours")
    )["severity_levels"]
    assert [(lv["response"]["within"], lv["resolution"]["within"]) for lv in levels] == [("15m", "4h"), ("1h", "8h")]
