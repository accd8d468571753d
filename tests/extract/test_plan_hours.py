"""A plan grid's hours row gives each plan column its clock: "Support Hours | 24x5 | 24x7 | 24x7" over the
response times makes the 24x5 plan's "2 hours" two business hours, read back through `termsmith extract`."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


def _clocks(tmp_path: Path, capsys: CaptureFixture[str], *lines: str) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "plans.md"
    path.write_text(text_lines(*lines), encoding="utf-8")
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    return [(lv["name"], lv["response"]["within"], lv["response"]["clock"]) for lv in levels]


@pytest.mark.parametrize(
    ("label", "basic", "gold"),
    [
        ("Support Hours", "24x5*", "24x7"),
        ("**Support Window**", "12x5", "24x7"),
        ("Coverage", "Business hours", "up to 24x7"),
        ("Support hours", "8/5", "24/7"),
    ],
)
def test_each_plan_takes_its_columns_clock(
    tmp_path: Path, capsys: CaptureFixture[str], label: str, basic: str, gold: str
) -> None:
    found = _clocks(
        tmp_path,
        capsys,
        "| | Basic | Gold |",
        "|---|---|---|",
        f"| {label} | {basic} | {gold} |",
        "| Priority 1 Response Time | 2 hours | 30 minutes |",
        "| Priority 2 Response Time | 12 hours | 1 hour |",
    )
    assert found == [
        ("Priority 1", "2h", "business"),
        ("Priority 1 (Gold)", "30m", "24x7"),
        ("Priority 2", "12h", "business"),
        ("Priority 2 (Gold)", "1h", "24x7"),
    ]


def test_a_cells_own_clock_wins(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    found = _clocks(
        tmp_path,
        capsys,
        "| | Basic | Gold |",
        "|---|---|---|",
        "| Support Hours | 24x7 | 24x7 |",
        "| Priority 1 Response Time | 4 business hours | 30 minutes |",
    )
    assert found == [("Priority 1", "4 business hours", "business"), ("Priority 1 (Gold)", "30m", "24x7")]
