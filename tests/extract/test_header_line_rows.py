"""A level table copied one block per row under its header line: the header names the columns on a line of its own
("Priority Summary Reply Target Fix Target Notes"), each row's level stands on a line of its own or opens its line,
its description runs on, and its times follow in the header's order ("30 minutes 6 hours"). A row whose later
columns hold no time keeps the times it has; times inside a description's sentence are no cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import write_docx
from extract_support import extract_json, terms_of, text_lines

_BLOCKS = [
    "Ticket priorities",
    "Priority Summary Reply Target Fix Target Notes",
    "P1",
    "The whole shop is offline for every customer and no workaround exists.",
    "30 minutes 6 hours",
    "• Checkout fails for every order",
    "• Orders synced within 2 days show as lost",
    "P2",
    "A key page is slow for most customers.",
    "2 hours 2 business days",
    "P3 Cosmetic glitches or a problem with a workaround 1 business day",
    "Handled case by case in a planned release",
]
_LEVELS = [("P1", "30m", "6h"), ("P2", "2h", "2 business days"), ("P3", "1 business day", None)]


def _levels(terms: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within"))
        for lv in terms.get("severity_levels", [])
    ]


def test_rows_under_a_header_line_take_its_kinds_in_order(tmp_path: Path) -> None:
    assert _levels(terms_of(tmp_path, text_lines(*_BLOCKS))) == _LEVELS


def test_the_rows_read_back_from_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_json(write_docx(tmp_path / "priorities.docx", _BLOCKS), capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[1].resolution"]["quote"] == "2 hours 2 business days"
    assert (
        found["evidence"]["severity_levels[1].resolution"]["paragraph"] == _BLOCKS.index("2 hours 2 business days") + 1
    )


@pytest.mark.parametrize(
    "lines",
    [
        # a prose sentence naming priority and response is no header; feature lines are no cells
        [
            "Priority tickets get a faster response than the rest",
            "P1",
            "24 Hours Monitoring",
            "P2",
            "72 Hours of development time",
        ],
        # a header line followed by a price row is no level table
        ["Priority Summary Reply Target Fix Target", "P1", "$ 90 /month", "P2", "$ 300 /month"],
    ],
)
def test_look_alikes_give_no_time(tmp_path: Path, lines: list[str]) -> None:
    assert "severity_levels" not in terms_of(tmp_path, text_lines(*lines))


def test_the_rows_read_back_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(Printed to PDF, a row's line as wide as the page's widest is taken for wrapped and joined to the line under
    it, so the last row is the document's last line here; the line-join heuristic is the PDF reader's.)"""
    import html

    import weasyprint

    body = "".join(f"<p>{html.escape(line)}</p>" for line in _BLOCKS[:-1])
    path = tmp_path / "priorities.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert _levels(found["terms"]) == _LEVELS
    assert found["evidence"]["severity_levels[0].response"]["page"] == 1
