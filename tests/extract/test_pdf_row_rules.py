"""Issue 12 (session 27): a PDF table ruled between its rows only (each cell's bottom border, as a Word table with
horizontal borders prints), whose cells wrap over several lines: the rules give the rows, the gaps in the text give the
columns, and the header ruled only below is still a row; the intro line above it is not part of the table. Before,
PDFium's text put each wrapped cell line on a line of its own and the resolution column was lost. The table is our
own."""

from __future__ import annotations

from pathlib import Path

import pytest
import weasyprint
from extract_support import extract_json, level_clocks

from termsmith.extract.readers import read_document

_STYLE = "td, th { border-bottom: 1px solid black; padding: 4px; width: 90px } table { border-collapse: collapse }"
_TABLE = (
    "<table><tr><th>Priority</th><th>Definition</th><th>Response time</th><th>Resolution time</th></tr>"
    "<tr><td>Priority 1 (Critical)</td><td>The platform cannot be used by any user.</td><td>30 minutes</td>"
    "<td>4 business hours</td></tr>"
    "<tr><td>Priority 2 (High)</td><td>A key area cannot be used.</td><td>2 hours</td><td>2 business days</td></tr>"
    "</table>"
)


@pytest.mark.parametrize("intro", ["Service levels:", "Service levels are as follows and apply to every ticket:"])
def test_rows_ruled_below_with_wrapped_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str], intro: str) -> None:
    path = tmp_path / "sla.pdf"
    html = f"<html><head><style>{_STYLE}</style></head><body><p>{intro}</p>{_TABLE}</body></html>"
    weasyprint.HTML(string=html).write_pdf(str(path))
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts[:3] == [
        intro,
        "Priority | Definition | Response time | Resolution time",
        "Priority 1 (Critical) | The platform cannot be used by any user. | 30 minutes | 4 business hours",
    ]
    found = extract_json(path, capsys)
    assert level_clocks(found["terms"]) == {
        "Critical": ("30m", None, "4 business hours", "business"),
        "High": ("2h", None, "2 business days", "business"),
    }
    evidence = found["evidence"]["severity_levels[0].resolution"]
    assert evidence["page"] == 1 and "4 business hours" in evidence["quote"]


def test_a_row_holding_only_a_merged_down_cell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "P1 Critical" spans two rows and the second row's other cells are empty: that row has no text of its own (it
    # stopped extract with an internal error); the levels around it are read
    style = "td, th { border: 1px solid black; padding: 4px } table { border-collapse: collapse }"
    table = (
        "<table><tr><th>Priority</th><th>Response</th><th>Resolution</th></tr>"
        '<tr><td rowspan="2">P1 Critical</td><td>1 hour</td><td>4 hours</td></tr><tr><td></td><td></td></tr>'
        "<tr><td>P2 High</td><td>4 hours</td><td>1 day</td></tr></table>"
    )
    path = tmp_path / "levels.pdf"
    weasyprint.HTML(
        string=f"<html><head><style>{style}</style></head><body><p>Levels:</p>{table}</body></html>"
    ).write_pdf(str(path))
    found = extract_json(path, capsys)
    assert level_clocks(found["terms"]) == {"P1": ("1h", None, "4h", None), "P2": ("4h", None, "1 day", None)}
