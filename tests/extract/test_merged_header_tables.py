"""Issue 12 (session 27): real tables with merged header cells, as a vendor's Word file or web page has them (not the
text the corpus collectors copy): a header in two rows where one cell spans the columns of two clocks ("Response Time"
over "Business Hours | After-Hours") or where two kinds each span their plans' columns ("Response" and "Resolution"
over "Standard | Premium | Standard | Premium"), and a cell spanning both header rows ("Priority"). Word writes a
spanning cell once (``w:gridSpan``) and a cell merged down (``w:vMerge``) once more in each row; HTML leaves a
``colspan``'s columns empty; a PDF draws the cells' borders, which give the grid (`pdf_rules`), where the text alone
wraps cells over lines and runs merged cells together. Every column keeps its place, and the two header rows read as
one. The tables are our
own; the layouts are those of en23, en755 and zh93 in the corpus, built here as the real Word and HTML tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from extract_support import extract_json, level_clocks

from termsmith.extract.readers import read_document

_CLOCKS = (
    [("Priority", 1), ("Response Time", 2), ("Resolution Time", 1)],
    ["Business Hours", "After-Hours"],
    [["Priority 1 (P1)", "30 Minutes", "1 Hour", "4 Hours"], ["Priority 2 (P2)", "1 Hour", "2 Hours", "8 Hours"]],
    [0, 3],
)
_KINDS = (
    [("Severity", 1), ("Response", 2), ("Resolution", 2)],
    ["Standard", "Premium", "Standard", "Premium"],
    [["Critical", "2 hours", "1 hour", "8 hours", "4 hours"], ["Major", "4 hours", "2 hours", "2 days", "1 day"]],
    [0],
)
_PLANS = (
    [("Priority", 1), ("Definition", 1), ("First contact time by plan", 3)],
    ["Bronze", "Silver", "Gold"],
    [
        ["Priority 1 (Critical)", "The platform cannot be used.", "4 hours", "2 hours", "1 hour"],
        ["Priority 2 (High)", "A key area cannot be used.", "2 days", "8 hours", "4 hours"],
    ],
    [0, 1],
)
_EXPECTED = {
    "clocks": {"P1": ("30m", "business", "4h", None), "P2": ("1h", "business", "8h", None)},
    "kinds": {
        "Critical": ("2h", None, "8h", None),
        "Critical (Premium)": ("1h", None, "4h", None),
        "Major": ("4h", None, "2 days", None),
        "Major (Premium)": ("2h", None, "1 day", None),
    },
    "plans": {
        "Critical": ("4h", None, None, None),
        "Critical (Silver)": ("2h", None, None, None),
        "Critical (Gold)": ("1h", None, None, None),
        "High": ("2 days", None, None, None),
        "High (Silver)": ("8h", None, None, None),
        "High (Gold)": ("4h", None, None, None),
    },
}
_TABLES = {"clocks": _CLOCKS, "kinds": _KINDS, "plans": _PLANS}

Spec = tuple[list[tuple[str, int]], list[str], list[list[str]], list[int]]


def _docx(path: Path, table: Spec, intro: str = "Response times:") -> Path:
    top, second, rows, both_rows = table
    doc = Document()
    doc.add_paragraph(intro)
    width = sum(span for _, span in top)
    grid = doc.add_table(rows=2 + len(rows), cols=width)
    column = 0
    for text, span in top:
        cell = grid.cell(0, column)
        if span > 1:
            cell = cell.merge(grid.cell(0, column + span - 1))
        cell.text = text
        column += span
    for k in both_rows:
        grid.cell(0, k).merge(grid.cell(1, k))
    for k, text in zip([k for k in range(width) if k not in both_rows], second, strict=True):
        grid.cell(1, k).text = text
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            grid.cell(2 + r, k).text = text
    doc.save(str(path))
    return path


def _html(path: Path, table: Spec, intro: str = "Response times:") -> Path:
    top, second, rows, both_rows = table
    heads = [(f'<th rowspan="2">{t}</th>' if k in both_rows else f'<th colspan="{s}">{t}</th>') for k, (t, s) in
             zip(_starts(top), top, strict=True)]  # fmt: skip
    lines = [
        intro,
        "",
        "<table>",
        "<tr>" + "".join(heads) + "</tr>",
        "<tr>" + "".join(f"<th>{t}</th>" for t in second) + "</tr>",
        *("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in rows),
        "</table>",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pdf(path: Path, table: Spec, intro: str = "Response times:") -> Path:
    """The HTML table printed to PDF with its cell borders drawn (WeasyPrint), as a browser or Word prints one."""
    import weasyprint

    markup = _html(path.with_suffix(".md"), table, intro).read_text(encoding="utf-8").replace("\n\n", "</p>", 1)
    style = "td, th { border: 1px solid black; padding: 4px } table { border-collapse: collapse }"
    weasyprint.HTML(string=f"<html><head><style>{style}</style></head><body><p>{markup}</body></html>").write_pdf(path)
    return path


def _starts(top: list[tuple[str, int]]) -> list[int]:
    out, column = [], 0
    for _, span in top:
        out.append(column)
        column += span
    return out


@pytest.mark.parametrize("kind", sorted(_TABLES))
@pytest.mark.parametrize("suffix", [".docx", ".md", ".pdf"])
def test_a_two_row_header_with_merged_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, suffix: str
) -> None:
    build = {".docx": _docx, ".md": _html, ".pdf": _pdf}[suffix]
    path = build(tmp_path / f"{kind}{suffix}", _TABLES[kind])
    found = level_clocks(extract_json(path, capsys)["terms"])
    assert found == _EXPECTED[kind]


def test_a_word_row_with_an_empty_cell_keeps_its_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the response column left empty for P2: its resolution is not read as its response
    doc = Document()
    grid = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["Priority", "Response", "Resolution"], ["P1", "1 hour", "4 hours"], ["P2", "", "8 hours"]]
    ):
        for k, text in enumerate(row):
            grid.cell(r, k).text = text
    doc.save(str(tmp_path / "gap.docx"))
    found = level_clocks(extract_json(tmp_path / "gap.docx", capsys)["terms"])
    assert found == {"P1": ("1h", None, "4h", None), "P2": (None, None, "8h", None)}


_ZH_KINDS = (
    [("级别", 1), ("响应时间", 2), ("解决时间", 2)],
    ["标准版", "高级版", "标准版", "高级版"],
    [["紧急", "2小时", "1小时", "8小时", "4小时"], ["一般", "4小时", "2小时", "2个工作日", "1个工作日"]],
    [0],
)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_chinese_table_under_a_line_holding_its_first_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    # the intro line "服务级别如下：" holds the header's first cell "级别": the header row is still read as a row
    build = {".docx": _docx, ".pdf": _pdf}[suffix]
    path = build(tmp_path / f"zh{suffix}", _ZH_KINDS, intro="服务级别如下：")
    assert level_clocks(extract_json(path, capsys)["terms"]) == {
        "紧急": ("2h", None, "8h", None),
        "紧急 (高级版)": ("1h", None, "4h", None),
        "一般": ("4h", None, "2 business days", "business"),
        "一般 (高级版)": ("2h", None, "1 business day", "business"),
    }


def test_evidence_from_a_framed_pdf_row_points_into_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ruled table with an empty cell is written in framed rows ("| P2 | | 8 hours |"); a quote of the whole row
    starts at the opening "| ", which no page line holds: its column is its first cell's, never 0 or below."""
    import weasyprint

    rows = [["Priority", "Response", "Resolution"], ["P1", "1 hour", "4 hours"], ["P2", "", "8 hours"]]
    cells = "".join("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in rows)
    style = "td { border: 1px solid black; padding: 4px; width: 120px } table { border-collapse: collapse }"
    path = tmp_path / "gap.pdf"
    weasyprint.HTML(string=f"<style>{style}</style><p>Response times:</p><table>{cells}</table>").write_pdf(path)
    found = extract_json(path, capsys)
    assert level_clocks(found["terms"]) == {"P1": ("1h", None, "4h", None), "P2": (None, None, "8h", None)}
    row = next(p for p in read_document(path).paragraphs if p.text.startswith("| P2 |"))
    assert row.text == "| P2 |  | 8 hours |"
    start, cell = row.locate(0), row.locate(row.text.index("P2"))
    assert (start.page, start.line, start.column) == (cell.page, cell.line, cell.column) == (1, cell.line, 1)
