"""A page that says once, before or after its level table, that every time counts business hours puts the table's
plain times on the business clock, however the statement is worded (rules/level_words.py, document_clock). A
sentence that states a figure of its own is a promise, not such a statement; hours in which a request arrives say
when the clock may start, not what it counts. Documents of our own, read back through the public API."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import terms_of, text_lines

_TABLE = (
    "| Priority | Description | Response Time | Resolution Time |",
    "|---|---|---|---|",
    "| Urgent | Shop is down. | 30 min | 4 hours |",
    "| Low | Cosmetic issue. | 1 day | 7 days |",
)


def clocks(tmp_path: Path, lines: tuple[str, ...]) -> dict[str, tuple[str | None, str | None]]:
    """Each level's name → the clocks of its response and resolution."""
    levels = terms_of(tmp_path, text_lines(*lines)).get("severity_levels", [])
    return {lv["name"]: (lv.get("response", {}).get("clock"), lv.get("resolution", {}).get("clock")) for lv in levels}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((), ("All time stated are in business hours as noted in the Licence Agreement.",)),
        (
            (
                "These targets define the maximum allowable time for the first response and the final resolution, "
                "measured during Acme's standard business hours.",
            ),
            (),
        ),
    ],
)
def test_a_page_wide_statement_puts_the_times_on_the_business_clock(
    tmp_path: Path, before: tuple[str, ...], after: tuple[str, ...]
) -> None:
    assert clocks(tmp_path, (*before, *_TABLE, *after)) == {
        "Urgent": ("business", "business"),
        "Low": ("business", "business"),
    }


@pytest.mark.parametrize(
    "statement",
    [
        "Response Times apply to problems received during Business Hours.",  # when a request arrives
        "Response times during business hours are 4 hours; 8 hours outside them.",  # a promise with its figures
        "Our support desk answers calls in business hours and monitors the platform 24x7.",  # round the clock too
    ],
)
def test_statements_that_do_not_set_the_clock(tmp_path: Path, statement: str) -> None:
    found = clocks(tmp_path, (*_TABLE, statement))
    assert found["Urgent"] == (None, None)
    assert found["Low"] == (None, None)
