"""Issue 12 (session 28): a PDF clause indented under its heading wraps narrower than the page's prose. en812 (batch
85, printed from Word) wrapped its clauses at 77 characters where its recitals wrap at 95, and its clause "A. The
DEVELOPER will create the WEBSITE … ending November 10, 2014. The" / "DEVELOPER shall submit …" fell into two
paragraphs: a line was measured against the whole document's width. A line is now measured against the block it
stands in, and a sentence broken off mid-way ("… organized and existing" / "under Philippine laws") runs on. Lines of
a card or a list stay lines of their own. The text is our own, set in Word's way with WeasyPrint."""

from __future__ import annotations

import html
from pathlib import Path

import weasyprint

from termsmith.extract.readers import read_document

_RECITAL = (
    "WHEREAS, the CLIENT needs an online shop that holds its catalogue, its prices and its delivery terms, and wishes "
    "to have the DEVELOPER build it and keep it running under the terms and conditions agreed below."
)
_CLAUSE = (
    "A. The DEVELOPER will build the WEBSITE within twenty-one (21) days from October 20, 2014, ending November 10, "
    "2014. The DEVELOPER shall submit a first version for review eight (8) days after the work starts, and the CLIENT "
    "shall answer within two (2) days of each revision it receives."
)
_PARTY = (
    "SYSTEMATIC PRINT CORPORATION, a corporation organized and existing under Philippine laws, hereinafter the CLIENT;"
)
_LIST = ["Phone support", "Email support", "Remote sessions on request"]


def _pdf(tmp_path: Path) -> Path:
    parts = [
        f'<p style="width: 17cm">{html.escape(_RECITAL)}</p>',
        f'<p style="width: 17cm">{html.escape(_PARTY)}</p>',
        f'<p style="margin-left: 3cm; width: 13.5cm">{html.escape(_CLAUSE)}</p>',
        *(f"<p>{html.escape(item)}</p>" for item in _LIST),
    ]
    path = tmp_path / "agreement.pdf"
    weasyprint.HTML(string="<html><body>" + "".join(parts) + "</body></html>").write_pdf(str(path))
    return path


def test_an_indented_clause_is_one_paragraph(tmp_path: Path) -> None:
    texts = [p.text for p in read_document(_pdf(tmp_path)).paragraphs]
    assert texts == [_RECITAL, _PARTY, _CLAUSE, *_LIST]
