"""The general causes behind batch 13's misses (session 14), each on documents of our own (none is a corpus
text), read back through the real CLI or API:

- a grid with plans as columns and levels as rows ("Priority | Basic | Plus | Max", under a line naming the
  kind): every plan's time is a level of its own, not only the first plan's; the first plan keeps the level's
  key so a resolution table below joins it; the kind is the first the lines above name, so a hedge about
  resolution under an "initial response time" sentence does not turn the grid into resolutions. This is also
  the fix of en51's regression: the session-start code's one extra fact there was a support-hours cell ("Next
  business day response") that 140eb35 rightly stopped reading, and the plan columns were never read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from extract_support import level_times, terms_of, text_lines as _lines

from termsmith.cli import main


def _extract_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The document's entry of `termsmith extract FILE --format json`, as a client runs it."""
    assert main(["extract", str(path), "--format", "json"]) == 0
    found: dict[str, Any] = json.loads(capsys.readouterr().out)["documents"][0]
    return found


# --- plans as columns, levels as rows ------------------------------------------------------------------


def test_every_plan_column_of_a_response_grid_is_read_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    document.add_paragraph("3. First reply targets")
    grid = document.add_table(rows=4, cols=3)
    for r, cells in enumerate(
        [
            ("Priority", "Standard Care", "Premier Care"),
            ("Blocker", "6 hours", "2 hours"),
            ("Normal", "2 business days", "6 business hours"),
            ("Cosmetic", "Best effort", "3 business days"),
        ]
    ):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    document.add_paragraph("4. Fix targets")
    fixes = document.add_table(rows=3, cols=2)
    for r, cells in enumerate([("Priority", "Fix time"), ("Blocker", "36 hours"), ("Normal", "9 business days")]):
        for c, text in enumerate(cells):
            fixes.cell(r, c).text = text
    document.save(str(tmp_path / "grid.docx"))
    found = _extract_json(tmp_path / "grid.docx", capsys)
    assert level_times(found["terms"]) == {
        "Blocker": ("6h", "36h"),
        "Blocker (Premier Care)": ("2h", None),
        "Normal": ("2 business days", "9 business days"),
        "Normal (Premier Care)": ("6 business hours", None),
        "Cosmetic": ("3 business days", None),
    }


def test_a_plan_grid_under_a_resolution_hedge_holds_responses_txt(tmp_path: Path) -> None:
    text = _lines(
        "Our objective is stated as the first reply time to a request, per plan, in the grid below.",
        "We try hard to fix problems but promise no resolution or resolution time.",
        "",
        "Plan | Lite | Team | Corporate",
        "--- | --- | --- | ---",
        "Sev A | none | 3 business hours | 45 min",
        "Sev B | none | 10 business hours | 5 business hours",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "Sev A": ("3 business hours", None),
        "Sev A (Corporate)": ("45m", None),
        "Sev B": ("10 business hours", None),
        "Sev B (Corporate)": ("5 business hours", None),
    }


def test_a_table_with_one_time_column_is_no_plan_grid_txt(tmp_path: Path) -> None:
    """A grid of one plan column and a description column stays one level per row."""
    text = _lines(
        "Response times",
        "",
        "Level | Meaning | Time",
        "--- | --- | ---",
        "Critical | site down | 1 hour",
        "Minor | a cosmetic fault | 2 days",
    )
    assert level_times(terms_of(tmp_path, text)) == {"Critical": ("1h", None), "Minor": ("2 days", None)}
