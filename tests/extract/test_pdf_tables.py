"""PDF tables: a cell whose text wraps onto two lines is still one cell (issue 12, point 2).

The PDF is printed by WeasyPrint (termsmith's own PDF renderer) from a table whose unit
column is too narrow for its words, so the unit wraps; the test first checks that the
PDF's plain text really splits the unit, then that the extraction reads the row whole."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from termsmith.extract.api import extract_file

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 32em; }} td, th {{ border: 1px solid #888; padding: 5pt; vertical-align: top; }}
</style></head><body>
<p>{intro}</p>
<table>
<tr><th style="width:9em">{h1}</th><th style="width:{unit_width}">{h2}</th><th style="width:7em">{h3}</th><th>{h4}</th></tr>
{rows}
</table>
<p>{after}</p>
</body></html>"""


def _pdf(
    tmp_path: Path,
    name: str,
    unit_width: str,
    heads: tuple[str, ...],
    rows: list[tuple[str, ...]],
    intro: str,
    after: str,
) -> Path:
    import weasyprint

    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = _PAGE.format(
        intro=intro, after=after, unit_width=unit_width, rows=body, **{f"h{i}": h for i, h in enumerate(heads, 1)}
    )
    path = tmp_path / name
    weasyprint.HTML(string=html).write_pdf(str(path))
    return path


def _lines(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    return document[0].get_textpage().get_text_range().replace("\r\n", "\n").split("\n")


@pytest.mark.parametrize(
    ("name", "unit_width", "heads", "rows", "unit_tail", "want"),
    [
        (
            "zh.pdf",
            "3em",
            ("服务项目", "计费单位", "单价", "说明"),
            [
                ("新功能开发", "人天", "¥3,000.00", "按工作量评估"),
                ("现场支持", "次（每次上门）", "¥2,000.00", "含差旅费"),
            ],
            "门）",
            [("person-day", "3000.00 CNY"), ("visit", "2000.00 CNY")],
        ),
        (
            "en.pdf",
            "3.2em",
            ("Service", "Unit", "Price", "Notes"),
            [
                ("Development", "hour", "USD 150.00", "estimated"),
                ("On-site support", "per visit", "USD 400.00", "travel included"),
            ],
            "visit",
            [("hour", "150.00 USD"), ("visit", "400.00 USD")],
        ),
    ],
)
def test_wrapped_unit_cell_is_one_cell(
    tmp_path: Path,
    name: str,
    unit_width: str,
    heads: tuple[str, ...],
    rows: list[tuple[str, ...]],
    unit_tail: str,
    want: list[tuple[str, str]],
) -> None:
    intro = "乙方按下表收取有偿服务费用：" if name.startswith("zh") else "The Vendor charges the following rates:"
    after = "以上价格含税。" if name.startswith("zh") else "Prices include tax."
    pdf = _pdf(tmp_path, name, unit_width, heads, rows, intro, after)
    lines = _lines(pdf)
    # the unit really wraps: no line of the PDF's own text holds it whole, its last word is on a line of its own
    unit = rows[1][1]
    assert not any(unit in line for line in lines)
    assert unit_tail in [line.strip() for line in lines]

    _, extraction = extract_file(pdf)
    got = [(item["unit"], item["price"]) for item in extraction.terms["fees"]["rate_card"]]
    assert got == want
    evidence = extraction.evidence["fees.rate_card[1].price"]
    assert evidence.location.page == 1
    assert lines[evidence.location.line - 1][evidence.location.column - 1 :].startswith(rows[1][0])
    assert evidence.quote.split(" | ")[:2] == [rows[1][0], rows[1][1]]
    # the paragraph after the table is still its own paragraph, not glued to the last row
    assert any(s == after for s in (p.text for p in _paragraphs(pdf)))


def _paragraphs(pdf: Path):  # type: ignore[no-untyped-def]
    from termsmith.extract.readers import read_document

    return read_document(pdf).paragraphs
