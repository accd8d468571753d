"""Times measured in business hours, said by a participle after the times ("the following response times, measured
from the time a request is received during business hours"): every time of the table counts business time. Times
measured from a request without business hours keep no clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines


def _clocks(terms: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(lv["response"]["within"], lv["response"]["clock"]) for lv in terms.get("severity_levels", [])]


def _table(intro: str) -> str:
    return text_lines(
        intro,
        "| Priority | Description | First reply |",
        "|---|---|---|",
        "| Critical | The whole app is down | 12 hours |",
        "| Normal | One screen shows a wrong total | 36 hours |",
    )


def test_times_measured_during_business_hours_count_business_time(tmp_path: Path) -> None:
    intro = "We aim for these initial response times, measured from when a request is received during business hours:"
    assert _clocks(terms_of(tmp_path, _table(intro))) == [("12h", "business"), ("36h", "business")]


def test_times_measured_in_working_hours_with_a_verb(tmp_path: Path) -> None:
    intro = "Response targets are calculated from the moment a ticket is logged within working hours."
    assert _clocks(terms_of(tmp_path, _table(intro))) == [("12h", "business"), ("36h", "business")]


def test_times_measured_from_a_request_alone_keep_no_clock(tmp_path: Path) -> None:
    intro = "We aim for these initial response times, measured from when a request is received:"
    assert _clocks(terms_of(tmp_path, _table(intro))) == [("12h", None), ("36h", None)]
