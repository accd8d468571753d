"""A plan grid whose response row lists each level's time followed by the level it is for ("< 1 hour for Urgent
< 4 hours for High"), under an "Hours of operation" row giving each plan its clock, read end to end through
`termsmith extract`."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of

GRID = [
    "Support plans",
    "",
    "| | Standard | Gold | Platinum |",
    "|---|---|---|---|",
    "| Plan coverage | Included with all subscriptions | Available with Enterprise | Available with Enterprise |",
    "| Hours of operation | 8x5 | 24x5 | 24x7 |",
    "| Initial response times | < 4 business hours for Urgent < 8 business hours for High | "
    "< 1 hour for Urgent < 4 hours for High | < 1 hour for Urgent < 4 hours for High |",
]


def test_time_for_level_items_per_plan(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, "\n".join(GRID) + "\n")
    assert sorted(level_times(terms).values()) == [
        ("1h", None),
        ("1h", None),
        ("4 business hours", None),
        ("4h", None),
        ("4h", None),
        ("8 business hours", None),
    ]
    clocks = {lv["name"]: lv["response"]["clock"] for lv in terms["severity_levels"]}
    assert clocks["Urgent (Gold)"] == "business" and clocks["Urgent (Platinum)"] == "24x7"


def test_for_items_in_a_price_row_are_no_levels(tmp_path: Path) -> None:
    lines = [
        "| | Standard | Gold |",
        "|---|---|---|",
        "| Price | USD 99 for one month USD 990 for one year | USD 199 for one month |",
        "| Status updates | Every 4 hours for Urgent | Every 2 hours for Urgent |",
    ]
    assert level_times(terms_of(tmp_path, "\n".join(lines) + "\n")) == {}


def test_hours_of_operation_row_gives_plan_clocks(tmp_path: Path) -> None:
    lines = [
        "| Priority | Gold | Platinum |",
        "|---|---|---|",
        "| Hours of operation | 24x5 | 24x7 |",
        "| Urgent | 1 hour | 30 minutes |",
    ]
    terms = terms_of(tmp_path, "Response times\n\n" + "\n".join(lines) + "\n")
    assert sorted(lv["response"]["clock"] for lv in terms["severity_levels"]) == ["24x7", "business"]
