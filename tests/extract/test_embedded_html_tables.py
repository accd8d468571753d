"""HTML tables inside text and Markdown files (issue 12, extract25): a docs site's Markdown keeps a table with
merged cells as raw HTML; the reader turns each ``<table>`` into pipe rows the table readers already read, each
cell's text pointing at its own line and column. The documents are our own, in the style of such pages."""

from __future__ import annotations

from pathlib import Path

from extract_support import extract_json, level_times, terms_of, text_lines
from pytest import CaptureFixture

from termsmith.extract.readers import read_document

_SLA_PAGE = text_lines(
    "---",
    "title: Support levels",
    "---",
    "",
    "# Support levels",
    "",
    "The table below lists our targets:",
    "",
    "<table>",
    "<thead>",
    "  <tr>",
    "    <th>Severity</th>",
    "    <th>Response time</th>",
    "    <th>Resolution time</th>",
    "  </tr>",
    "</thead>",
    "<tbody>",
    "  <tr>",
    "    <td><strong>P1</strong></td>",
    "    <td>30 minutes</td>",
    "    <td>4 hours</td>",
    "  </tr>",
    "  <tr>",
    "    <td>P2</td>",
    "    <td>2 hours</td>",
    "    <td>1 business day</td>",
    "  </tr>",
    "  <tr>",
    '    <td colspan="3">Lower severities are handled in the order received.</td>',
    "  </tr>",
    "</tbody>",
    "</table>",
    "",
    "Support is provided by e-mail.",
)


def test_an_html_table_in_markdown_is_read_as_a_table(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "levels.md"
    path.write_text(_SLA_PAGE, encoding="utf-8")
    found = extract_json(path, capsys)
    assert level_times(found["terms"]) == {"P1": ("30m", "4h"), "P2": ("2h", "1 business day")}
    # the evidence is the cell, at the line and column where its text starts in the file
    evidence = found["evidence"]["severity_levels[1].resolution"]
    assert evidence["quote"] == "1 business day"
    assert (evidence["line"], evidence["column"]) == (26, 9)
    assert _SLA_PAGE.split("\n")[25][8:].startswith("1 business day")
    # the lines after the table are still read
    assert [c["kind"] for c in found["terms"]["support_channels"]] == ["email"]


def test_the_same_table_in_a_txt_file(tmp_path: Path) -> None:
    terms = terms_of(tmp_path, _SLA_PAGE, "levels.txt")
    assert level_times(terms) == {"P1": ("30m", "4h"), "P2": ("2h", "1 business day")}


def test_spans_keep_cells_in_their_columns(tmp_path: Path) -> None:
    # a cell spanning two columns leaves the second empty; a cell spanning two rows stands again below
    path = tmp_path / "grid.md"
    path.write_text(
        text_lines(
            "<table>",
            '<tr><th rowspan="2">Level</th><th colspan="2">Targets</th></tr>',
            "<tr><th>Response</th><th>Fix</th></tr>",
            '<tr><td rowspan="2">Urgent</td><td>1 hour</td><td>8 hours</td></tr>',
            "<tr><td>phone</td><td>e-mail</td></tr>",
            "</table>",
        ),
        encoding="utf-8",
    )
    rows = [p.text for p in read_document(path).paragraphs]
    assert rows == [
        "| Level | Targets | |",
        "| Level | Response | Fix |",
        "| Urgent | 1 hour | 8 hours |",
        "| Urgent | phone | e-mail |",
    ]
    urgent = read_document(path).paragraphs[3]
    assert urgent.locate(urgent.text.index("Urgent")).line == 4  # the repeated cell points at its own place


def test_an_unclosed_table_stays_lines(tmp_path: Path) -> None:
    # no "</table>": nothing is guessed, the lines are read as lines, as before
    path = tmp_path / "broken.md"
    path.write_text(text_lines("<table>", "<tr><td>P1</td>", "<td>within 2 hours</td>"), encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["<table>", "<tr><td>P1</td>", "<td>within 2 hours</td>"]


def test_a_table_nested_in_a_cell_is_that_cells_text(tmp_path: Path) -> None:
    path = tmp_path / "nested.md"
    path.write_text(
        text_lines(
            "<table>",
            "<tr><th>Priority</th><th>Response time</th></tr>",
            "<tr><td>P1</td><td><table><tr><td>within</td><td>1 hour</td></tr></table></td></tr>",
            "</table>",
            "after the table",
        ),
        encoding="utf-8",
    )
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["| Priority | Response time |", "| P1 | within 1 hour |", "after the table"]


def test_priority_cells_with_their_description_and_a_cell_spanning_the_rows(tmp_path: Path) -> None:
    # zh-Hant docs pages name levels 優先順序 1…; a level cell holds its description after a <br>, and a
    # note spanning the other plans' columns down all rows is no time of any level
    terms = terms_of(
        tmp_path,
        text_lines(
            "## 服務層級目標：最初回應",
            "<table>",
            "<tr><th>優先順序</th><th>標準支援</th><th>進階支援</th></tr>",
            "<tr>",
            "  <td><strong>優先順序 1</strong><br>生產系統停止，需要立即處理。</td>",
            "  <td>24x7/<br>30 分鐘</td>",
            '  <td rowspan="2">進階支援客戶的案例將優先處理並由專人回應。</td>',
            "</tr>",
            "<tr>",
            "  <td><strong>優先順序 2</strong><br>部分功能無法使用。</td>",
            "  <td>工作日/<br>4 小時</td>",
            "</tr>",
            "</table>",
        ),
        "adobe.md",
    )
    levels = {lv["name"]: lv["response"] for lv in terms["severity_levels"]}
    assert levels == {
        "優先順序 1": {"within": "30m", "clock": "24x7"},
        "優先順序 2": {"within": "4h", "clock": "business"},
    }
    assert all("resolution" not in lv for lv in terms["severity_levels"])


def test_an_absurd_span_is_read_as_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "spans.md"
    path.write_text(
        text_lines("<table>", '<tr><td colspan="100000" rowspan="99999">P1</td><td>2 hours</td></tr>', "</table>"),
        encoding="utf-8",
    )
    assert [p.text for p in read_document(path).paragraphs] == ["| P1 | 2 hours |"]


def test_a_table_without_cells_keeps_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "odd.md"
    path.write_text(text_lines("<table>", "Support is answered within 4 hours.", "</table>"), encoding="utf-8")
    texts = [p.text for p in read_document(path).paragraphs]
    assert texts == ["<table>", "Support is answered within 4 hours.", "</table>"]


def test_a_caption_is_the_line_over_the_table(tmp_path: Path) -> None:
    # the caption reads as the title line over the table: here it states the clock of the times under it
    path = tmp_path / "caption.md"
    path.write_text(
        text_lines(
            "<table>",
            "<caption>Target response times (during business hours)</caption>",
            "<tr><th>Severity</th><th>Response time</th></tr>",
            "<tr><td>P1</td><td>2 hours</td></tr>",
            "</table>",
        ),
        encoding="utf-8",
    )
    assert read_document(path).paragraphs[0].text == "Target response times (during business hours)"
    terms = terms_of(tmp_path, path.read_text(encoding="utf-8"), "again.md")
    assert terms["severity_levels"][0]["response"] == {"within": "2h", "clock": "business"}


_MERGED_HEADER = text_lines(
    "<html><body>",
    "<h2>Support levels</h2>",
    "<table>",
    '  <tr><th>Priority</th><th colspan="2">Response / Resolution (business hours)</th></tr>',
    "  <tr><td></td><td>Gold</td><td>Platinum</td></tr>",
    "  <tr><td>P1</td><td>1 hour / 4 hours</td><td>30 minutes / 2 hours</td></tr>",
    "  <tr><td>P2</td><td>4 hours / 1 day</td><td>2 hours / 8 hours</td></tr>",
    "</table>",
    "<p>Support is given by e-mail.</p>",
    "</body></html>",
)


def test_an_html_files_table_is_read_as_the_same_table_inside_markdown(
    tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    # one table reader for HTML however it arrives: a .html file's merged header and plan columns read as in .md
    found = {}
    for name in ("sla.html", "sla.md"):
        path = tmp_path / name
        path.write_text(_MERGED_HEADER, encoding="utf-8")
        found[name] = extract_json(path, capsys)
    html, markdown = found["sla.html"], found["sla.md"]
    assert html["terms"]["severity_levels"] == markdown["terms"]["severity_levels"]
    assert [level["name"] for level in html["terms"]["severity_levels"]] == [
        "P1",
        "P1 (Platinum)",
        "P2",
        "P2 (Platinum)",
    ]
    assert html["terms"]["severity_levels"][1]["response"] == {"within": "30m", "clock": "business"}
    # the evidence points at the cell in the file: "30 minutes" on line 6
    evidence = html["evidence"]["severity_levels[1].response"]
    assert (evidence["line"], evidence["column"]) == (6, 47)
    assert html["terms"]["support_channels"] == [{"kind": "email"}]
    # a plan's copy of a severity has that severity's tier: P1 and P1 (Platinum) are both the emergency level
    assert [level.get("tier") for level in html["terms"]["severity_levels"]] == [
        "emergency",
        "emergency",
        "important",
        "important",
    ]
