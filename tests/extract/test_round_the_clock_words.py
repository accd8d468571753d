""" "24 hours a day, 7 days a week" names the clock, not a 24-hour time: a level heading stating it ("Priority 1 –
24 hours a day/seven days a week") is a heading, and the response time on the label line under it is the level's."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json, text_lines


@pytest.mark.parametrize(
    "hours",
    ["24 hours a day/seven days a week", "24 hours a day, 7 days a week", "twenty-four hours a day, seven days a week"],
)
def test_a_level_heading_stating_round_the_clock_hours(tmp_path: Path, capsys: CaptureFixture[str], hours: str) -> None:
    path = tmp_path / "sla.txt"
    path.write_text(
        text_lines(
            "SUPPORT PRIORITY LEVELS & DEFINITIONS",
            f"Priority 1 – {hours}",
            "Production environment down and unable to process any jobs",
            "Response Time: 1 Hour",
            f"Priority 2 – {hours}",
            "Production jobs are failing, with no workaround",
            "Response Time: 2 Hours",
        ),
        encoding="utf-8",
    )
    levels = extract_json(path, capsys)["terms"]["severity_levels"]
    assert [(lv["name"], lv["response"]["within"]) for lv in levels] == [("Priority 1", "1h"), ("Priority 2", "2h")]


def test_round_the_clock_availability_is_no_response_time(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "support.txt"
    path.write_text(
        text_lines("Our Help Desk responds to critical issues and is available 24 hours a day, 7 days a week."),
        encoding="utf-8",
    )
    assert "severity_levels" not in extract_json(path, capsys)["terms"]
