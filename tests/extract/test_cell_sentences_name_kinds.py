"""A level table whose description cell states the times as sentences, each naming its kind ("| Low | General
inquiries. Target acknowledgement time is 16 business hours. Resolution target time is 40 business hours. |"): the
cell is read sentence by sentence (rules/level_prose.py, `_CELL_PARTS` parts an English cell at a full stop), so each
time takes its own sentence's kind, not the next one's — in text and DOCX tables; a cell of prices reads no level.
Own wording, in the shape of en567 (development)."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_table, level_times, terms_of, text_lines

from termsmith.extract.api import extract_file

_ROWS = (
    (
        "Low",
        "Questions with no impact on operations. Target acknowledgement time is 12 business hours. "
        "Resolution target time is 30 business hours.",
    ),
    (
        "High",
        "Work is blocked for many users. Target acknowledgement time is 2 hours. Resolution target time is 6 hours.",
    ),
)
_EXPECTED = {"Low": ("12 business hours", "30 business hours"), "High": ("2h", "6h")}


def test_text_cell_sentences_each_name_their_kind(tmp_path: Path) -> None:
    lines = ["Priority", *(f"| {a} | {b} |" for a, b in _ROWS)]
    assert level_times(terms_of(tmp_path, text_lines(*lines))) == _EXPECTED


def test_docx_cell_sentences_each_name_their_kind(tmp_path: Path) -> None:
    path = docx_table(tmp_path, "Priority", [("Priority", "Description"), *_ROWS])
    assert level_times(extract_file(path)[1].terms) == _EXPECTED


def test_price_cell_sentences_read_no_level(tmp_path: Path) -> None:
    lines = ["Plans", "| Gold | Phone support included. The price is $400 per month. |"]
    assert not terms_of(tmp_path, text_lines(*lines)).get("severity_levels")
