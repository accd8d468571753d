"""A plan's severity table under the plan's own heading ("### Premium Tier", "Gold Plan"): the heading names the
table's group though it holds a level-column word (Tier, Plan), so each plan's levels are levels of their own.
A line naming only the level column ("Service Level", "Severity Levels:") is still no title."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


def _times(found: dict[str, object]) -> list[tuple[str | None, str | None]]:
    levels = found["terms"]["severity_levels"]  # type: ignore[index]
    return [(lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within")) for lv in levels]


@pytest.mark.parametrize(("first", "second"), [("### Standard Tier", "### Premium Tier"), ("Silver Plan", "Gold Plan")])
def test_each_plan_heading_keeps_its_tables_levels(
    tmp_path: Path, capsys: CaptureFixture[str], first: str, second: str
) -> None:
    path = tmp_path / "sla.md"
    path.write_text(
        text_lines(
            "## Response Time SLA",
            "",
            first,
            "| Severity | Initial Response | Resolution Target |",
            "|---|---|---|",
            "| Critical | 48 hours | 5 business days |",
            "| High | 72 hours | 10 business days |",
            "",
            second,
            "| Severity | Initial Response | Resolution Target |",
            "|---|---|---|",
            "| Critical | 8 hours | 2 business days |",
            "| High | 24 hours | 5 business days |",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert _times(found) == [
        ("48h", "5 business days"),
        ("72h", "10 business days"),
        ("8h", "2 business days"),
        ("24h", "5 business days"),
    ]
    plan = second.lstrip("# ")
    names = [lv["name"] for lv in found["terms"]["severity_levels"]]
    assert names[2:] == [f"Critical ({plan})", f"High ({plan})"]


def test_a_line_naming_only_the_level_column_is_no_title(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "sla.md"
    path.write_text(
        text_lines(
            "Severity Levels:",
            "| Severity | Response |",
            "|---|---|",
            "| Critical | 1 hour |",
            "",
            "Severity Levels:",
            "| Severity | Response |",
            "|---|---|",
            "| Critical | 4 hours |",
        ),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert [lv["name"] for lv in found["terms"]["severity_levels"]] == ["Critical"]  # no group named "Severity Levels"
