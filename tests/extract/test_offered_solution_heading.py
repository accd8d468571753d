"""A proposal's section title on what it offers ("Your Solution", "Our Proposed Solution") names no resolution: the
level table under it keeps its own columns' kinds (issue 12; en946, a managed-IT proposal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize("title", ["Your Solution", "Our Proposed Solution", "OUR SOLUTION"])
def test_a_solution_title_leaves_the_columns_kinds(tmp_path: Path, title: str) -> None:
    text = text_lines(
        title,
        "| Response Time | Fix Within |",
        "Severity 1 15 Minutes 1 Hour",
        "Severity 2 30 Minutes 4 Hours",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Severity 1": ("15m", "1h"), "Severity 2": ("30m", "4h")}


def test_solution_as_a_kind_still_reads_as_resolution(tmp_path: Path) -> None:
    text = text_lines(
        "| Priority | Response | Solution |",
        "| P1 | 30 minutes | 4 hours |",
        "| P2 | 2 hours | 1 day |",
    )
    assert level_times(terms_of(tmp_path, text)) == {"P1": ("30m", "4h"), "P2": ("2h", "1 day")}
