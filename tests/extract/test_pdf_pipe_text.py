"""Pipe-table text printed to PDF (a Markdown file or a copied web table printed as it is): each row is a
paragraph of its own, a wrapped cell runs on, and a header line that repeats on one page is content, not a
running header. The PDFs are printed by WeasyPrint from lines in a <pre>, so the page holds the pipes as text."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from pytest import CaptureFixture

from tests.extract.extract_support import extract_json

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; }}
pre {{ font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; white-space: pre-wrap; }}
.page {{ page-break-after: always; }}
</style></head><body>{pages}</body></html>"""


def _pdf(tmp_path: Path, pages: list[list[str]]) -> Path:
    import weasyprint

    body = "".join(f'<pre class="page">{html.escape(chr(10).join(lines))}</pre>' for lines in pages)
    path = tmp_path / "sla.pdf"
    weasyprint.HTML(string=_PAGE.format(pages=body)).write_pdf(str(path))
    return path


_HEADER = "| Severity | Initial Response | Resolution Target |"
_RULE = "|----------|------------------|-------------------|"


def _times(found: dict[str, object]) -> list[tuple[str, str | None, str | None]]:
    levels = found["terms"]["severity_levels"]  # type: ignore[index]
    return [(lv["name"], lv.get("response", {}).get("within"), lv.get("resolution", {}).get("within")) for lv in levels]


def test_pipe_rows_in_a_pdf_are_rows_and_a_header_repeated_on_one_page_stays(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    pages = [
        [
            "## Response Time SLA",
            "### Standard Tier",
            _HEADER,
            _RULE,
            "| Critical | 48 hours | 5 business days |",
            "| High | 72 hours | 10 business days |",
            "### Premium Tier",
            _HEADER,
            _RULE,
            "| Critical | 8 hours | 2 business days |",
            "| High | 24 hours | 5 business days |",
            "### Enterprise Tier",
            _HEADER,
            _RULE,
            "| Critical | 1 hour | 24 hours |",
        ],
        ["## Severity Definitions", "Critical: production system completely down."],
        ["## Reporting", "Monthly SLA reports are provided."],
    ]
    found = extract_json(_pdf(tmp_path, pages), capsys)
    times = _times(found)
    assert ("Critical", "48h", "5 business days") in times
    assert ("High", "72h", "10 business days") in times
    assert found["evidence"]  # each value quotes its row
    quotes = [ev["quote"] for ev in found["evidence"].values()]
    assert not any("| High |" in quote and "| Critical |" in quote for quote in quotes)  # one row, one paragraph


@pytest.mark.parametrize("lead", ["", "| "])
def test_a_wrapped_cell_runs_on_and_the_next_row_starts_at_the_closing_mark(
    tmp_path: Path, capsys: CaptureFixture[str], lead: str
) -> None:
    long_cell = "A Service failure or severe degradation. " * 5
    pages = [
        [
            f"{lead}Priority level | Description | Response Time |",
            "---|---|---|",
            f"{lead}Priority 1 | {long_cell}| 2 hours |",
            f"{lead}Priority 2 | Partial failure. | 12 hours |",
        ]
    ]
    found = extract_json(_pdf(tmp_path, pages), capsys)
    assert [(name, response) for name, response, _ in _times(found)] == [("Priority 1", "2h"), ("Priority 2", "12h")]
