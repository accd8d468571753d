"""A statement that puts every time on the business clock keeps doing so when it names round-the-clock support only
as a higher plan's exception ("unless you have 24/7 support", "Except for 24x7 plans", extract33D); round the clock
for the page's own service still leaves the times on no clock; "core hours" in a column header are business hours.
Own wording, in the shapes of en831, en182 and en622."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import level_clocks, terms_of

_TABLE = (
    "| Priority | Response Time | Resolution Time |\n"
    "|---|---|---|\n"
    "| Priority 1 | 1 hour | 4 hours |\n"
    "| Priority 2 | 4 hours | 10 hours |\n"
)


def _clocks(tmp_path: Path, note: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return level_clocks(terms_of(tmp_path, "Response targets\n" + _TABLE + note + "\n"))


@pytest.mark.parametrize(
    "note",
    [
        "*Note: unless you have 24/7 support, all time frames are counted during business hours.",
        "Except for 24x7 plans, the listed SLA times are calculated within operating hours.",
    ],
)
def test_a_higher_plans_round_the_clock_leaves_the_statement_whole(tmp_path: Path, note: str) -> None:
    clocks = _clocks(tmp_path, note)
    assert clocks["Priority 1"] == ("1h", "business", "4h", "business")
    assert clocks["Priority 2"] == ("4h", "business", "10h", "business")


def test_round_the_clock_for_the_pages_own_service_states_no_business_clock(tmp_path: Path) -> None:
    clocks = _clocks(tmp_path, "Response and resolution targets run during business hours and 24/7 for emergencies.")
    assert clocks["Priority 1"][1] is None


def test_core_hours_in_a_column_header_are_the_business_clock(tmp_path: Path) -> None:
    lines = (
        "| Priority code | Target response (within core hours) | Target resolution (within core hours) |\n"
        "|---|---|---|\n"
        "| P1 | Action within 1 hour | 1 working day |\n"
        "| P2 | Action within 2 hours | 2 working days |\n"
    )
    clocks = level_clocks(terms_of(tmp_path, "Priority codes\n" + lines))
    assert clocks["P1"] == ("1h", "business", "1 business day", "business")
    assert clocks["P2"] == ("2h", "business", "2 business days", "business")
