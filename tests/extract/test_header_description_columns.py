"""A level table printed one cell a line under a header that also names columns timing nothing (Description,
Examples, Escalation Time): each row has one line per column, and only the kind columns' lines are times. Own
wording, in the shapes of en1138 (batch 119), en726 and en786."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, line_levels

_DESCRIBED = (
    "Issue Classification & Response Time",
    "Priority",
    "Description",
    "Initial Response",
    "Resolution Target",
    "P1 – Critical",
    "The whole shop is offline",
    "Within 1 hour",
    "4 – 6 hours",
    "P2 – High",
    "Checkout fails for some customers",
    "Within 4 hours",
    "1 business day",
    "P3 – Low",
    "A question about reports",
    "Within 1 business day",
    "As agreed",
    "Client Responsibilities",
)


@pytest.mark.parametrize("name", ["table.txt", "table.docx"])
def test_a_description_column_is_no_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    levels = line_levels(tmp_path, capsys, _DESCRIBED, name)
    assert levels == {"P1": ("1h", "6h"), "P2": ("4h", "1 business day"), "P3": ("1 business day", None)}


def test_a_column_between_the_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "Priority",
        "Response Time",
        "Escalation Contact",
        "Resolution",
        "Urgent",
        "20 Minutes",
        "Service manager",
        "4 hours",
        "Low",
        "2 hours",
        "Team lead",
        "3 days",
    )
    assert line_levels(tmp_path, capsys, lines) == {"Urgent": ("20m", "4h"), "Low": ("2h", "3 days")}


def test_one_kind_beside_a_description(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (
        "Severity",
        "Definition",
        "Response",
        "Critical",
        "The product is unusable",
        "4 business hours",
        "Low",
        "An annoyance",
        "1 business day",
    )
    assert line_levels(tmp_path, capsys, lines) == {
        "Critical": ("4 business hours", None),
        "Low": ("1 business day", None),
    }


def test_a_header_that_names_no_kind_reads_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ("Priority", "Description", "Owner", "P1 – Critical", "Site down", "4 hours", "P2 – High", "Slow", "1 day")
    assert "severity_levels" not in extract_lines(tmp_path, capsys, lines)["terms"]
