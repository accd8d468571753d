"""Issue 12 (session 27): a level table whose time column is the service's recovery time ("Severity | Recovery time" over
"High | 2hrs", en799, a course SLA written in Word) gives resolution times; a recovery point or recovery time objective
(a continuity figure) and a disaster recovery's time give none."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of, text_lines


def test_a_recovery_time_column_is_the_resolution(tmp_path: Path) -> None:
    text = text_lines("Severity | Recovery time", "Low | 6hrs", "Medium | 4hrs", "High | 2hrs")
    assert level_times(terms_of(tmp_path, text)) == {"Low": (None, "6h"), "Medium": (None, "4h"), "High": (None, "2h")}


def test_continuity_figures_are_no_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "Critical: we respond within 1 hour.",
        "The recovery point objective is 24 hours and the recovery time objective is 4 hours.",
        "A disaster recovery time of 48 hours applies to the data centre.",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", None)}
