"""Level times of session 14 (batch 35's constructions), each on a text of our own: a failure escalated after a
time is no resolution; an item's later sentences keep the level it opens with."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_a_time_after_which_an_unresolved_issue_is_escalated_is_no_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "Support levels:",
        "",
        "Priority 1: we respond within 1 hour. The vendor provides updates on request for Priority 1 incidents "
        "not resolved within 3 business days.",
        "Priority 2: we respond within 4 hours.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Priority 1": ("1h", None), "Priority 2": ("4h", None)}
