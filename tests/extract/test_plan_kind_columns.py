"""A plan × level grid whose columns are headed by a plan with the kinds its cells label in brackets ("Premium Support
(Response/Resolution)"): each plan's cell is a level of its own, the first plan's keeping the row's level."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

_ROWS = (
    ("Priority", "Basic Support (Response / Resolution)", "Premium Support (Response / Resolution)"),
    ("Severity 1", "Response: 8 hours Resolution: 5 days", "Response: 1 hour Resolution: 1 day"),
    ("Severity 2", "Response: 2 business days Resolution: 20 days", "Response: 4 hours Resolution: 3 days"),
)
_TIMES = [("8h", "5 days"), ("1h", "1 day"), ("2 business days", "20 days"), ("4h", "3 days")]


def test_plan_columns_in_a_docx_table(tmp_path: Path) -> None:
    terms = extract_file(docx_table(tmp_path, "Support plans", _ROWS))[1].terms
    times = level_times(terms)
    assert sorted(times.values()) == sorted(_TIMES)
    assert "Severity 1 (Premium Support)" in times


def test_plan_columns_in_pipe_rows(tmp_path: Path) -> None:
    text = text_lines(*(" | ".join(row) + " |" for row in _ROWS))
    assert sorted(level_times(terms_of(tmp_path, text)).values()) == sorted(_TIMES)
