"""A support window with exceptions named by level (extract33C): a line that puts only some levels round the clock,
or serves only them outside the window, keeps the window's business clock for every other level; round the clock or
after hours offered only under a higher plan or a separate subscription keeps the window for all. Own wording, in the
shapes of en1157, en730, en776 and en1138; the clock evidence quotes the line that sets it."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_clocks, terms_of

_TABLE = (
    "| Priority | Definition | Response Time | Resolution Time |\n"
    "|---|---|---|---|\n"
    "| P1 — Critical | Shop offline | 30 minutes | 4 hours |\n"
    "| P2 — High | Checkout slow | 2 hours | 8 hours |\n"
    "| P3 — Normal | A question | 4 hours | 3 days |\n"
)


def _clocks(tmp_path: Path, *after: str) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return level_clocks(terms_of(tmp_path, "Service levels\n" + _TABLE + "\n".join(after) + "\n"))


def test_a_level_named_round_the_clock_leaves_the_others_on_the_window(tmp_path: Path) -> None:
    clocks = _clocks(
        tmp_path, "Support hours: Monday to Friday, 9:00 AM to 6:00 PM.", "Extended support (P1 only): 24/7."
    )
    assert clocks["P1"] == ("30m", "24x7", "4h", "24x7")
    assert clocks["P2"] == ("2h", "business", "8h", "business")
    assert clocks["P3"][:2] == ("4h", "business")


def test_a_level_served_outside_the_window_states_no_clock(tmp_path: Path) -> None:
    clocks = _clocks(
        tmp_path,
        "Support hours: Monday to Friday, 8:00 to 17:00.",
        "Critical issues may also be reported outside business hours by phone.",
    )
    assert clocks["P1"] == ("30m", None, "4h", None)
    assert clocks["P2"] == ("2h", "business", "8h", "business")


def test_round_the_clock_under_a_higher_plan_keeps_the_window_for_all(tmp_path: Path) -> None:
    for option in (
        "Emergency support: available 24x7 for P1 issues (with an AMC or Premium Support Agreement).",
        "Urgent after-hours support is available through a separate subscription.",
    ):
        clocks = _clocks(tmp_path, "Standard support: Monday to Friday, 9:00 AM to 6:00 PM.", option)
        assert clocks["P1"] == ("30m", "business", "4h", "business"), option
        assert clocks["P2"] == ("2h", "business", "8h", "business"), option


def test_emergency_support_billed_outside_the_window_still_decides_nothing(tmp_path: Path) -> None:
    clocks = _clocks(
        tmp_path,
        "Standard support hours are Monday through Friday, 9AM - 6PM.",
        "Emergency support required outside these hours will be billed at $150 per hour.",
    )
    assert clocks["P2"] == ("2h", None, "8h", None)


def test_a_non_critical_level_is_not_named(tmp_path: Path) -> None:
    clocks = _clocks(
        tmp_path,
        "Support hours: Monday to Friday, 9:00 AM to 5:00 PM.",
        "Support is available 24x7 for critical issues and in business hours for non-critical issues.",
    )
    assert clocks["P1"][:2] == ("30m", "24x7")
    assert clocks["P2"][:2] == ("2h", "business")
