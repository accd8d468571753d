"""Issue 12 (session 27): a web table as the search tool writes it: the header on one framed line
("| Severity | Description | Response Time | Correction Time |"), then each row a line holding only "|" and a cell a
line, each ending in "|". The header gives the width, so rows whose first cell is a bare number are read (en747, a
web and IT firm's severity table, printed to PDF; the lines below follow its layout with our own words). Read in
text, DOCX and PDF alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import line_levels

_LINES = [
    "Support requests are ranked by severity.",
    "| Severity | Description | Response Time | Correction Time |",
    "|",
    "1 |",
    'A "critical problem." The system is down and no workaround exists. |',
    "*1 hour |",
    "Reasonable efforts to resolve within 1 business day. |",
    "|",
    "2 |",
    'A "major problem." An important function is not available. |',
    "3 hours |",
    "Reasonable efforts to resolve within 3 business days. |",
    "|",
    "3 |",
    'A "minor problem." The site works with a small fault. |',
    "8 hours |",
    "Reasonable efforts to resolve within 5 business days. |",
    "*Critical problems are handled first in all instances.",
]


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx", "doc.pdf"])
def test_rows_under_a_framed_header(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert list(line_levels(tmp_path, capsys, _LINES, name).values()) == [
        ("1h", "1 business day"),
        ("3h", "3 business days"),
        ("8h", "5 business days"),
    ]


def test_a_framed_line_over_text_is_no_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a framed title over ordinary lines ending in a bar holds no rows of its width with times
    lines = [
        "| Contact | Hours |",
        "|",
        "Phone support |",
        "Email support |",
        "Chat support |",
        "Write to us any time.",
    ]
    assert line_levels(tmp_path, capsys, lines) == {}
