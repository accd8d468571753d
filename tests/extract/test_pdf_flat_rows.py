"""A table flattened one row a line and printed to PDF: a line as wide as the prose used to run on into the next, so
the header of column labels swallowed the first row and a row ending in its time swallowed the next level's. A line
of capitalised labels alone, or a line ending in a time, now ends its paragraph when the next line starts with a
capital; prose wrapped after a time goes on in lower case. (Chinese has no capitals: its lines are joined as before.)"""

from __future__ import annotations

import html
from pathlib import Path

from pytest import CaptureFixture

from termsmith.extract.readers import read_document
from tests.extract.extract_support import extract_json

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; }}
pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; white-space: pre; }}
</style></head><body><pre>{body}</pre></body></html>"""

_PROSE = "Our help desk answers every request raised by the customer's staff within the targets set out below."


def _pdf(tmp_path: Path, lines: list[str]) -> Path:
    import weasyprint

    path = tmp_path / "sla.pdf"
    weasyprint.HTML(string=_PAGE.format(body=html.escape("\n".join(lines)))).write_pdf(str(path))
    return path


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in read_document(path).paragraphs]


def test_a_header_line_of_labels_does_not_take_the_first_row(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = _pdf(
        tmp_path,
        [
            _PROSE,
            "Severity Level Response Target Resolution Target Standard Plan Premium Plan",
            "Critical 30 Minutes 4 Hours X",
            "Major 1 Hour 8 Hours X",
            "Minor 4 Hours 3 Days X X",
        ],
    )
    paragraphs = _paragraphs(path)
    assert "Severity Level Response Target Resolution Target Standard Plan Premium Plan" in paragraphs
    assert "Critical 30 Minutes 4 Hours X" in paragraphs
    levels = {lv["name"]: lv for lv in extract_json(path, capsys)["terms"]["severity_levels"]}
    assert levels["Critical"]["response"]["within"] == "30m"
    assert levels["Critical"]["resolution"]["within"] == "4h"


def test_a_row_ending_in_its_time_does_not_take_the_next_level(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path,
        [
            _PROSE,
            "Critical Several sites are down and no workaround exists for the business. Within 4 hours",
            "High One site is down or a key function fails for a group of users. Within 1 working day",
        ],
    )
    paragraphs = _paragraphs(path)
    assert paragraphs[1].endswith("Within 4 hours")
    assert paragraphs[2].startswith("High One site")


def test_prose_wrapped_after_a_time_or_a_capitalised_line_still_runs_on(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path,
        [
            _PROSE,
            "For a critical fault our engineer will telephone the customer's contact within 4 hours",
            "of the call and will stay on the line until the service is restored for all users.",
            "The Customer Shall Notify The Supplier Of Every Fault Through The Agreed Service Desk And",
            "keep the reference number that the desk gives for each reported fault at all times.",
        ],
    )
    paragraphs = _paragraphs(path)
    assert any(
        p.endswith("within 4 hours of the call and will stay on the line until the service is restored for all users.")
        for p in paragraphs
    )
    assert any(p.startswith("The Customer Shall") and p.endswith("at all times.") for p in paragraphs)
