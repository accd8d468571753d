"""A second table that restates the levels' times under a title of its own ("### 5.1 Support Coverage" / "| P2 |
24/7/365 | Within 1 hour |") is no group of levels: every time it gives is the one the severity table gave, so the
levels stay as they were, not doubled under the title. A table under a title with times of its own is still a group."""

from __future__ import annotations

from pathlib import Path

from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines

_SEVERITY = [
    "### 4.2 Severity Levels",
    "| Priority | Response Time | Resolution Time |",
    "|---|---|---|",
    "| P1 | 15 minutes | 1 hour |",
    "| P2 | 1 hour | 4 hours |",
    "| P3 | 4 hours | 1 business day |",
    "",
]


def _names(tmp_path: Path, capsys: CaptureFixture[str], *lines: str) -> list[tuple[str, str]]:
    path = tmp_path / "sla.md"
    path.write_text(text_lines(*lines), encoding="utf-8")
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    return [(lv["name"], lv["response"]["within"]) for lv in levels]


def test_a_coverage_table_restating_the_times_adds_no_levels(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _names(
        tmp_path,
        capsys,
        *_SEVERITY,
        "### 5.1 Support Coverage",
        "| Priority | Coverage Hours | Contact Method | Response Channel |",
        "|---|---|---|---|",
        "| **P1** | 24/7/365 | Phone + Email | Immediate callback |",
        "| **P2** | 24/7/365 | Phone + Email | Within 1 hour |",
        "| **P3** | Mon-Fri 08:00-18:00 | Email + Portal | Within 4 hours |",
    )
    assert found == [("P1", "15m"), ("P2", "1h"), ("P3", "4h")]


def test_a_titled_table_with_times_of_its_own_is_a_group(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _names(
        tmp_path,
        capsys,
        *_SEVERITY,
        "### After-hours Support",
        "| Priority | Response Time |",
        "|---|---|",
        "| P1 | 30 minutes |",
        "| P2 | 2 hours |",
    )
    assert found == [
        ("P1", "15m"),
        ("P2", "1h"),
        ("P3", "4h"),
        ("P1 (After-hours Support)", "30m"),
        ("P2 (After-hours Support)", "2h"),
    ]
