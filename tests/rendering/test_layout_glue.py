"""Layout a reader would notice: justified lines must not stretch phone numbers, narrow table
cells must not break times and clocks, DOCX cells are not justified and a table is followed by
space. Read back from the PDF (word boxes from poppler's pdftotext) and the DOCX XML."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from termsmith.rendering.nobreak import SPACE, WJ, keep_spaced_numbers, keep_together

ROOT = Path(__file__).resolve().parents[2]
FUEL = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_glue_rules() -> None:
    assert (
        keep_spaced_numbers("电话：+86 591 8765 4321，地址：五四路 88 号")
        == f"电话：+86{SPACE}591{SPACE}8765{SPACE}4321，地址：五四路{SPACE}88{SPACE}号"
    )
    assert keep_spaced_numbers("Kestrel Systems Limited, 9:00–18:00") == "Kestrel Systems Limited, 9:00–18:00"
    assert keep_spaced_numbers("iOS、Android 大版本") == f"iOS、Android{SPACE}大版本"  # stretched in justified lines
    assert keep_together("4小时（周一至周五9:00–18:00）") == f"4{WJ}小时（周一至周五9:00{WJ}–{WJ}18:00）"
    assert keep_together("30分钟（7×24小时）") == f"30{WJ}分钟（7{WJ}×{WJ}24{WJ}小时）"
    assert keep_together("2026年1月18日") == "2026年1月18日"  # dates may break like words


@pytest.fixture(scope="module")
def fuel_document():
    from termsmith.assembly import assemble
    from termsmith.validation import validate_path

    return assemble(validate_path(FUEL).document, spec_source=FUEL.read_bytes())


def _gaps(pdf: bytes, left: str, right: str) -> list[float]:
    """The space (pt) between ``left`` and the ``right`` that follows it on the same line, for each
    occurrence, from the glyph boxes pdfium reads (the same for both engines: no word splitting)."""
    import pypdfium2

    gaps = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            text_page = page.get_textpage()
            chars = [text_page.get_text_range(i, 1) for i in range(text_page.count_chars())]
            text = "".join(c[:1] or " " for c in chars)
            for m in re.finditer(re.escape(left) + r"[\s\u00a0\u2060]*" + re.escape(right), text):
                end = text_page.get_charbox(m.start() + len(left) - 1)
                start = text_page.get_charbox(m.end() - len(right))
                if abs(end[1] - start[1]) < 1:  # same line
                    gaps.append(start[0] - end[2])
    finally:
        document.close()
    return gaps


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["typst", "weasyprint"])
def test_justified_chinese_lines_do_not_stretch_phone_numbers(fuel_document, engine: str) -> None:
    from termsmith.rendering import render_pdf

    pdf = render_pdf(fuel_document, engine=engine)
    pairs = [("591", "8765"), ("8765", "4321"), ("592", "5550"), ("5550", "1234")]
    gaps = {pair: _gaps(pdf, *pair) for pair in pairs}
    assert all(gaps.values()), gaps  # every pair found on one line
    for pair, found in gaps.items():
        assert max(found) < 6, f"{pair}: gap of {max(found):.1f}pt"


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["typst", "weasyprint"])
def test_pdf_text_holds_no_glue_and_glued_tokens_stay_on_one_line(fuel_document, engine: str) -> None:
    """The glue keeps tokens together on the page but is not printed: a reader who searches the PDF for
    "7×24小时" or copies "+86 591 8765 4321" gets what the page shows, not invisible joiners."""
    import pypdfium2

    from termsmith.rendering import render_pdf

    document = pypdfium2.PdfDocument(render_pdf(fuel_document, engine=engine))
    try:
        lines = [line for page in document for line in page.get_textpage().get_text_range().splitlines()]
    finally:
        document.close()
    text = "\n".join(lines)
    assert WJ not in text and "\u2005" not in text
    for token in ("+86 591 8765 4321", "五四路 88 号", "9:00–18:00", "7×24小", "30分"):
        assert any(token in line for line in lines), token  # found whole, on one line
    assert not any(line.startswith(("：", "，", "）")) for line in lines)  # punctuation keeps its line-break rules


def test_html_sets_glued_runs_in_no_break_spans_without_the_glue(fuel_document) -> None:
    from termsmith.rendering.html_renderer import render_html

    html = render_html(fuel_document)
    assert WJ not in html and "\u2005" not in html
    assert '<span class="nb">+86 591 8765 4321</span>' in html and '<span class="nb">9:00–18:00</span>' in html
    assert ".nb { display: inline-block; white-space: nowrap; }" in html


def test_docx_cells_are_left_aligned_and_tables_have_space_after(fuel_document) -> None:
    import docx
    from docx.oxml.ns import qn

    from termsmith.rendering import render_docx

    word = docx.Document(io.BytesIO(render_docx(fuel_document)))
    styles = {s.style_id: s for s in word.styles}
    for style_id in ("TableText", "TableHeading"):
        jc = styles[style_id].element.find(f"{W}pPr/{W}jc")
        assert jc is not None and jc.get(qn("w:val")) == "left", style_id
    body = list(word.element.body)
    tables = [i for i, el in enumerate(body) if el.tag == f"{W}tbl"]
    assert len(tables) >= 4
    for i in tables:
        following = body[i + 1]
        style = following.find(f"{W}pPr/{W}pStyle")
        is_gap = following.tag == f"{W}p" and style is not None and style.get(qn("w:val")) == "AfterTable"
        is_signature = body[i].find(f"{W}tblPr/{W}tblStyle").get(qn("w:val")) == "SignatureTable"
        assert is_gap or is_signature, f"table {i} is followed directly by text"
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert any(f"9:00{WJ}–{WJ}18:00" in c for c in cells) and any(f"7{WJ}×{WJ}24" in c for c in cells)


def test_latin_tokens_in_chinese_cells_are_tagged_latin_so_word_keeps_them_whole(fuel_document) -> None:
    """Word's and LibreOffice's Chinese line breaking splits 9:00–18:00 after ':' whatever the
    joiners; a run tagged w:val=en-US (East-Asian language still zh-CN) is broken by Latin rules."""
    import docx
    from docx.oxml.ns import qn

    from termsmith.rendering import render_docx

    word = docx.Document(io.BytesIO(render_docx(fuel_document)))
    tokens = {}
    for run in word.element.body.iter(qn("w:r")):
        tag = run.find(qn("w:rPr") + "/" + qn("w:lang"))
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if tag is not None and tag.get(qn("w:val")) == "en-US":
            tokens[text] = tag.get(qn("w:eastAsia"))
    assert tokens.get(f"9:00{WJ}–{WJ}18:00") == "zh-CN" and tokens.get(f"7{WJ}×{WJ}24") == "zh-CN"
