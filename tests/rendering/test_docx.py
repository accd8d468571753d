"""Read the DOCX back with python-docx and check words, structure, fonts and metadata."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from render_documents import CLIENT, NUMBER, PAYMENTS, SEVERITY, VENDOR, WORDS, agreement
from word_numbers import numbered_paragraphs

from termsmith.rendering import render_docx

WORD_LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "en": "en-US"}


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _all_text(word: docx.document.Document) -> str:
    """What a reader sees: the glue of ``rendering.nobreak`` (word joiners, fixed spaces) read as nothing / a space."""
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts).replace("\u2060", "").replace("\u2005", " ")


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {lang: render_docx(agreement(lang)) for lang in ("zh-Hans", "zh-Hant", "en", "bilingual")}


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en", "bilingual"])
def test_every_fact_is_in_the_docx(rendered: dict[str, bytes], lang: str) -> None:
    text = _all_text(_open(rendered[lang]))
    for language in ("zh-Hans", "en") if lang == "bilingual" else (lang,):
        for fact in (
            CLIENT[language],
            VENDOR[language],
            WORDS["free"][language],
            WORDS["ip"][language],
            WORDS["law"][language],
        ):
            assert fact in text
        for row in SEVERITY[language][1]:
            assert all(cell in text for cell in row)
        for row in PAYMENTS[language][1]:
            assert row[2] in text


def test_headings_use_word_heading_styles_with_article_numbers(rendered: dict[str, bytes]) -> None:
    word = _open(rendered["zh-Hans"])
    by_style = {}
    names = {s.style_id: s.name for s in word.styles}
    for p, shown in numbered_paragraphs(rendered["zh-Hans"]):  # article numbers come from Word's numbering
        style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
        if style is not None and p.getparent().tag == qn("w:body"):
            by_style.setdefault(names[style.get(qn("w:val"))], []).append(shown)
    assert by_style["Title"] == ["软件售后服务协议"]
    assert by_style["Heading 1"][:2] == ["第一条 服务内容与范围", "第二条 服务标准与响应时限"]
    assert "2.1 故障分级" in by_style["Heading 2"]
    assert word.styles["Heading 1"].paragraph_format.keep_with_next


def test_bilingual_heading_is_a_line_per_language_with_its_own_lang(rendered: dict[str, bytes]) -> None:
    word = _open(rendered["bilingual"])
    heading = next(p for p in word.paragraphs if p.style.name == "Heading 1")
    second = next(p for p in word.paragraphs if p.style.name == "Article (second language)")
    shown = [
        text for p, text in numbered_paragraphs(rendered["bilingual"]) if p.find(qn("w:bookmarkStart")) is not None
    ]
    assert shown[:2] == ["第一条 服务内容与范围", "Article 1 Scope of Services"]  # one numbered line per language
    for p, lang in ((heading, "zh-CN"), (second, "en-US")):
        assert {r._r.rPr.find(qn("w:lang")).get(qn("w:val")) for r in p.runs} == {lang}
    subtitle = next(p for p in word.paragraphs if p.style.name == "Subtitle")
    assert subtitle.text == "Software After-Sales Service Agreement"


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_every_run_names_an_east_asian_font_and_its_language(rendered: dict[str, bytes], lang: str) -> None:
    word = _open(rendered[lang])
    runs = word.element.body.iter(qn("w:r"))
    expected_east = {"zh-Hant": ("PMingLiU", "Microsoft JhengHei")}.get(lang, ("SimSun", "SimHei"))
    count = 0
    for run in runs:
        rfonts = run.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        assert rfonts is not None
        assert rfonts.get(qn("w:eastAsia")) in expected_east
        assert rfonts.get(qn("w:ascii")) in ("Times New Roman", "Arial")
        tag = run.find(qn("w:rPr") + "/" + qn("w:lang"))
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if lang != "en" and tag.get(qn("w:val")) == "en-US":  # a Latin token in a Chinese table cell
            assert text and not re.search(r"[\u4e00-\u9fff]", text) and tag.get(qn("w:eastAsia")) == WORD_LANG[lang]
        else:
            assert tag.get(qn("w:val")) == WORD_LANG[lang]
        count += 1
    assert count > 50


def test_styles_name_east_asian_fonts_and_no_theme_fonts(rendered: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered["zh-Hant"])) as zf:
        styles = zf.read("word/styles.xml").decode()
        names = zf.namelist()
    assert "Theme" not in styles and "asciiTheme" not in styles and "eastAsiaTheme" not in styles
    assert (
        'w:eastAsia="PMingLiU"' in styles
        and 'w:eastAsia="Microsoft JhengHei"' in styles
        and 'w:eastAsia="zh-TW"' in styles
    )
    word = _open(rendered["zh-Hant"])
    for style in word.styles:
        if style.type == 1 and style.name != "Normal":  # paragraph styles
            rfonts = style.element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
            assert rfonts is not None and rfonts.get(qn("w:eastAsia")), style.name
    assert not any("theme" in n or "thumbnail" in n or n.endswith((".jpeg", ".png")) for n in names)


def test_base_package_has_none_of_python_docx_default_template(rendered: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered["zh-Hans"])) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist())
    for needle in (b"python-docx", b"Macintosh", b"MS Mincho", b"Hiragino", b"ja-JP", b"w:rsid", b"Calibri Light"):
        assert needle not in blob, needle


def test_tables_repeat_header_rows_and_rows_do_not_split(rendered: dict[str, bytes]) -> None:
    word = _open(rendered["zh-Hans"])
    assert len(word.tables) == 4  # severity, rates, payments, signatures
    severity = word.tables[0]
    first, second = severity.rows[0]._tr, severity.rows[1]._tr
    assert first.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
    assert second.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is None
    assert second.find(qn("w:trPr") + "/" + qn("w:cantSplit")) is not None
    assert [c.text for c in severity.rows[0].cells] == list(SEVERITY["zh-Hans"][0])
    assert severity.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"
    widths = [int(g.get(qn("w:w"))) for g in severity._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert widths[1] > widths[0] and abs(sum(widths) - 9411) < 5  # A4 minus margins (166 mm), examples widest


def test_amounts_are_right_aligned(rendered: dict[str, bytes]) -> None:
    rates = _open(rendered["zh-Hans"]).tables[1]
    assert rates.rows[1].cells[2].paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT


def test_header_has_title_and_number_and_footer_has_page_fields(rendered: dict[str, bytes]) -> None:
    section = _open(rendered["zh-Hans"]).sections[0]
    assert section.header.paragraphs[0].text == f"软件售后服务协议  {NUMBER}"
    footer = section.footer.paragraphs[0]._p
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))] == ["begin", "separate", "end"] * 2
    assert section.footer.paragraphs[0].text == "第 1 页 共 1 页"  # field results are placeholders Word updates


def test_page_is_a4_with_theme_margins(rendered: dict[str, bytes]) -> None:
    section = _open(rendered["en"]).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 22 and round(section.top_margin.mm) == 25


def test_signature_block_has_both_parties(rendered: dict[str, bytes]) -> None:
    signatures = _open(rendered["zh-Hans"]).tables[-1]
    cells = signatures.rows[0].cells
    assert cells[0].paragraphs[0].text == "甲方（盖章）" and cells[0].paragraphs[1].text == CLIENT["zh-Hans"]
    assert cells[1].paragraphs[0].text == "乙方（盖章）" and cells[1].paragraphs[1].text == VENDOR["zh-Hans"]
    blank = cells[0].paragraphs[2].runs[-1]
    assert blank.underline and blank.text.strip("\u3000") == ""


def test_core_properties_come_from_the_document(rendered: dict[str, bytes]) -> None:
    props = _open(rendered["zh-Hans"]).core_properties
    assert props.title == "软件售后服务协议"
    assert props.author == VENDOR["zh-Hans"] and props.last_modified_by == VENDOR["zh-Hans"]
    assert props.subject == f"{CLIENT['zh-Hans']} / {VENDOR['zh-Hans']}"
    assert NUMBER in props.keywords and CLIENT["zh-Hans"] in props.keywords
    assert props.identifier == "sha256:" + "ab" * 32
    assert props.created.isoformat().startswith("2025-03-01T00:00:00")
    assert props.modified == props.created
    assert props.revision in (0, 1) and props.comments == "" and props.last_printed is None


def test_zip_entries_carry_the_document_date() -> None:
    with zipfile.ZipFile(io.BytesIO(render_docx(agreement("en")))) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2025, 3, 1, 0, 0, 0)}


def test_english_is_ragged_right_and_chinese_recitals_are_indented(rendered: dict[str, bytes]) -> None:
    word = _open(rendered["bilingual"])
    en = next(p for p in word.paragraphs if p.text.startswith("The parties agree"))
    zh = next(p for p in word.paragraphs if p.text.startswith("甲乙双方"))
    assert en.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT and en.style.name == "Normal"
    assert zh.alignment is None and zh.style.name == "Recital"  # justified by Normal, indented by Recital
    assert word.styles["Recital"].paragraph_format.first_line_indent is not None
