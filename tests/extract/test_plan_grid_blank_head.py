"""A severity × plan grid whose description column has an empty header cell ("| Severity | | Premium | Premium Plus
|"): the empty cell heads the rows' descriptions, not a plan, and each plan column is read (extract33F). An empty
cell over a level's name (a second header row over "| 1 | Critical | 1 hour |") still makes no plan grid. Own
wording, in the shape of en1205 (batch 124)."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_clocks, terms_of

_GRID = (
    "## Response Times\n\n"
    "| Severity | | Premium | Premium Plus |\n"
    "| --- | --- | --- | --- |\n"
    "| Level 0 | The service is down for every user. | 2 business hours | 2 hour (24x7x365) |\n"
    "| Level 1 | The service is impaired for many users. | 4 business hours | 4 hours (24x7x365) |\n"
    "| Level 2 | A minor issue with a known workaround. | 8 business hours | 4 business hours |\n"
)


def test_an_empty_head_over_descriptions_heads_no_plan(tmp_path: Path) -> None:
    clocks = level_clocks(terms_of(tmp_path, _GRID, "support.md"))
    assert clocks["Level 0"] == ("2 business hours", "business", None, None)
    assert clocks["Level 0 (Premium Plus)"] == ("2h", "24x7", None, None)
    assert clocks["Level 1 (Premium Plus)"] == ("4h", "24x7", None, None)
    assert clocks["Level 2 (Premium Plus)"] == ("4 business hours", "business", None, None)


def test_an_empty_head_over_a_times_column_names_no_plan(tmp_path: Path) -> None:
    grid = _GRID.replace("| Severity | | Premium |", "| Severity | Description | |")
    names = set(level_clocks(terms_of(tmp_path, grid, "support.md")))
    assert not any("()" in name or name.endswith(" ") for name in names)
