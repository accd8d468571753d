"""A PDF whose typographic apostrophes come from another font: a pipe table printed as text keeps each row whole.

`data/apostrophe-pipe-table.chromium.pdf` is `data/apostrophe-pipe-table.html` (our own text) printed by headless
Chromium with the corpus's build flags (`bench/corpus/extract/build_documents.py`): its ’ is a full-width CJK glyph that
tops out above the letters and stands a word space from them, so the table finder read "user’s" as cells "user | ’ |
s" and the row of its level lost its times."""

from __future__ import annotations

from pathlib import Path

from termsmith.extract.api import extract_file

DATA = Path(__file__).parent / "data"


def test_an_apostrophe_from_another_font_is_no_cell_of_a_pipe_row() -> None:
    document, extraction = extract_file(DATA / "apostrophe-pipe-table.chromium.pdf")
    texts = [p.text for p in document.paragraphs]
    assert "High | The CEO’s laptop won’t start. | 4 Hours |" in texts
    assert "Medium | A user’s printer can’t print, another one works. | 8 Hours |" in texts
    levels = {lv["name"]: lv["response"]["within"] for lv in extraction.terms["severity_levels"]}
    assert levels == {"Critical": "2h", "High": "4h", "Medium": "8h", "Low": "16h"}
