"""Fault reception is the first answer to a fault and service restoration its resolution (issue 12, session 23; en610's
key: 'Fault Reception/Initial investigation' → response, 'Service Restoration' → resolution). A reception desk is no
time of a level. Texts of our own, read back through the CLI, in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels


def test_fault_reception_and_service_restoration_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "# Fault management",
        "| Severity | Fault Reception | Service Restoration |",
        "| --- | --- | --- |",
        "| Severity 1 | Within 1 hour | Within 5 hours |",
        "| Severity 2 | Within 2 hours | Within 10 hours |",
    ]
    assert line_levels(tmp_path, capsys, lines) == {"Severity 1": ("1h", "5h"), "Severity 2": ("2h", "10h")}


def test_fault_reception_in_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["# Support", "- Severity 1: fault reception within 30 minutes, service restored within 4 hours"]
    assert line_levels(tmp_path, capsys, lines) == {"Severity 1": ("30m", "4h")}


def test_a_reception_desk_times_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "# Visitors",
        "The reception desk is staffed for 8 hours a day.",
        "Parcels are kept at reception for 2 days.",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}
