"""A level repeated in prose under each plan's heading keeps each plan's time: "4 hours for critical issues" under
"#### Standard Support" and "2 hours for critical issues" under "#### Premium Support" are two levels, the second
named for its plan. The same time repeated under another heading, or a level a table timed, stays one level."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


def _levels(tmp_path: Path, capsys: CaptureFixture[str], *lines: str) -> list[tuple[str, str]]:
    path = tmp_path / "support.md"
    path.write_text(text_lines(*lines), encoding="utf-8")
    levels = extract_json(path, capsys)["terms"].get("severity_levels", [])
    return [(lv["name"], lv["response"]["within"]) for lv in levels]


@pytest.mark.parametrize(
    ("first", "second"),
    [("#### Standard Support", "#### Premium Support"), ("**Priority Support**", "**Premium Support**")],
)
def test_each_plan_section_keeps_its_time(tmp_path: Path, capsys: CaptureFixture[str], first: str, second: str) -> None:
    found = _levels(
        tmp_path,
        capsys,
        first,
        "- **Availability**: Business hours (9 AM - 5 PM, Monday-Friday)",
        "- **Response Time**: 4 hours for critical issues, 24 hours for standard issues",
        "",
        second,
        "- All Priority Support benefits",
        "- **Response Time**: 2 hours for critical issues, 8 hours for standard issues",
    )
    assert found == [
        ("critical", "4h"),
        ("standard issues", "24h"),
        ("critical (Premium Support)", "2h"),
        ("standard issues (Premium Support)", "8h"),
    ]


def test_the_same_time_again_is_a_repetition(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _levels(
        tmp_path,
        capsys,
        "## Overview",
        "Critical incidents: we respond within 1 hour.",
        "## Escalation",
        "Critical incidents: we respond within 1 hour.",
    )
    assert found == [("Critical", "1h")]


def test_a_level_a_table_timed_is_not_regrouped_by_prose(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _levels(
        tmp_path,
        capsys,
        "## Severity matrix",
        "| Severity | Response |",
        "|---|---|",
        "| Critical | 4 hours |",
        "## Phone support",
        "Critical issues: we respond within 1 hour.",
    )
    assert found == [("Critical", "4h")]
