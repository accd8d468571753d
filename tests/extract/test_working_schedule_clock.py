"""A page that says once that its times take the working schedule into account ("The time indicated takes into
account the company's working schedule from 8am to 5pm", "The times above are based on our office hours") puts its
level times on the business clock (rules/level_words.py, document_clock), in a text file and in a DOCX alike. A
sentence about the times that names no working hours sets no clock. Documents of our own, read back through the
CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import PRIORITY_PAGE as _LEVELS, extract_lines


def clocks(found: dict) -> dict[str, tuple[str | None, str | None]]:
    return {
        lv["name"]: (lv["response"]["clock"], lv["resolution"]["clock"])
        for lv in found["terms"].get("severity_levels", [])
    }


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
@pytest.mark.parametrize(
    "statement",
    [
        "The time indicated takes into account the company's working schedule from 8am to 5pm eastern time.",
        "All the times above are based on our office hours.",
    ],
)
def test_times_that_take_the_working_schedule_into_account_count_business_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, statement: str
) -> None:
    found = clocks(extract_lines(tmp_path, capsys, [*_LEVELS, statement], name))
    assert found == {"Urgent": ("business", "business"), "Low": ("business", "business")}


def test_a_sentence_about_the_times_without_working_hours_sets_no_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = "The time indicated takes into account the severity the client reports."
    found = clocks(extract_lines(tmp_path, capsys, [*_LEVELS, statement], "doc.txt"))
    assert found == {"Urgent": (None, None), "Low": (None, None)}
