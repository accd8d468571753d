"""A spaced dash before a word ends a clause as a comma does: "Critical – Response: 1 hour – Resolution: 4 hours"
gives the level a response of 1 hour and a resolution of 4 hours (before, the dash left one clause, the 1 hour was
read as the resolution and the 4 hours were lost). A dash inside a word ("e-mail", "24-hour") or between two times
("9am - 5pm") cuts nothing. The lines are written for this test in the shape of a plan page's level list."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_docx
from extract_support import extract_json, level_times, terms_of, text_lines

from termsmith.extract.rules.context import clauses

LEVELS = [
    "Support levels",
    "Critical – Response: 1 hour – Resolution: 4 hours",
    "High – Response: 4 hours – Resolution: 1 business day",
    "Low - Response: 2 business days - Resolution: 10 business days",
]
EXPECTED = {
    "Critical": ("1h", "4h"),
    "High": ("4h", "1 business day"),
    "Low": ("2 business days", "10 business days"),
}


def test_each_dashed_part_is_its_own_time(tmp_path: Path) -> None:
    assert level_times(terms_of(tmp_path, text_lines(*LEVELS))) == EXPECTED


def test_the_levels_read_back_from_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "plan.docx", LEVELS), capsys)
    assert level_times(found["terms"]) == EXPECTED
    assert found["evidence"]["severity_levels[0].resolution"]["quote"] == LEVELS[1]


def test_a_dash_in_prose_parts_response_from_resolution(tmp_path: Path) -> None:
    text = text_lines("Critical issues: response within 2 hours - resolution within 1 day.")
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("2h", "1 day")}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Critical – Response: 1 hour – Resolution: 4 hours", ["Critical", "Response: 1 hour", "Resolution: 4 hours"]),
        ("support by e-mail for 24-hour issues", ["support by e-mail for 24-hour issues"]),
        ("phone support 9am - 5pm", ["phone support 9am - 5pm"]),
        ("Monday – 5 days", ["Monday – 5 days"]),
    ],
)
def test_only_a_spaced_dash_before_a_word_cuts(text: str, parts: list[str]) -> None:
    assert [part.strip() for _, part in clauses(text)] == parts


def test_hours_with_a_dashed_range_keep_their_clock(tmp_path: Path) -> None:
    text = text_lines("Support by phone Monday - Friday 9am - 5pm and by email.")
    channels = terms_of(tmp_path, text)["support_channels"]
    assert [(c["kind"], c["clock"]) for c in channels] == [("phone", "business"), ("email", "business")]
