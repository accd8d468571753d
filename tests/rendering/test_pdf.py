"""Read the PDF back with pypdf: words, page labels, metadata, PDF/A attachment."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from render_documents import CLIENT, NUMBER, PAYMENTS, RATES, SEVERITY, SPEC_SOURCE, VENDOR, WORDS, agreement

from termsmith.rendering import render_html, render_pdf

pytestmark = pytest.mark.slow


def _squash(text: str) -> str:
    """Text without whitespace: PDF extraction breaks lines where the layout did."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module", params=["typst", "weasyprint"])
def pdfs(request: pytest.FixtureRequest) -> dict[str, bytes]:
    """Each test runs on both engines' PDFs of the same documents."""
    return {
        lang: render_pdf(agreement(lang), engine=request.param) for lang in ("zh-Hans", "zh-Hant", "en", "bilingual")
    }


def _engine(data: bytes) -> str:
    producer = pypdf.PdfReader(io.BytesIO(data)).metadata
    return "typst" if "Typst" in (producer.creator or "") else "weasyprint"


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en", "bilingual"])
def test_every_fact_is_in_the_pdf(pdfs: dict[str, bytes], lang: str) -> None:
    text = _squash("".join(_pages(pdfs[lang])))
    for language in ("zh-Hans", "en") if lang == "bilingual" else (lang,):
        facts = [
            CLIENT[language],
            VENDOR[language],
            WORDS["free"][language],
            WORDS["ip"][language],
            WORDS["law"][language],
        ]
        facts += [cell for row in SEVERITY[language][1] for cell in row]
        facts += [row[2] for row in (*RATES[language][1], *PAYMENTS[language][1])]
        for fact in facts:
            assert _squash(fact) in text, fact


def test_footer_says_page_x_of_y_and_header_names_the_agreement(pdfs: dict[str, bytes]) -> None:
    pages = _pages(pdfs["zh-Hans"])
    total = len(pages)
    assert total >= 2
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
    assert all(NUMBER in text for text in pages)  # running header on every page, as in the DOCX
    en = _pages(pdfs["en"])
    assert f"Page 1 of {len(en)}" in en[0]


def test_metadata_and_language(pdfs: dict[str, bytes]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdfs["zh-Hant"]))
    info = reader.metadata
    assert info.title == "軟件售後服務協議"
    assert info.author == VENDOR["zh-Hant"]
    assert info.subject == f"{CLIENT['zh-Hant']} / {VENDOR['zh-Hant']}"
    assert NUMBER in info["/Keywords"] and CLIENT["zh-Hant"] in info["/Keywords"]
    assert info["/CreationDate"].startswith("D:20250301000000")
    assert info["/ModDate"] == info["/CreationDate"]
    if _engine(pdfs["zh-Hant"]) == "weasyprint":
        assert info.creator == "termsmith"
        assert reader.trailer["/Root"]["/Lang"] == "zh-Hant"
    else:  # Typst names itself as the creator and writes the language as language-region
        assert info.creator.startswith("Typst ")
        assert reader.trailer["/Root"]["/Lang"] == "zh-TW"


def test_page_size_is_a4(pdfs: dict[str, bytes]) -> None:
    box = pypdf.PdfReader(io.BytesIO(pdfs["en"])).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


def test_fonts_are_the_right_regional_faces(pdfs: dict[str, bytes]) -> None:
    def fonts(data: bytes) -> set[str]:
        reader = pypdf.PdfReader(io.BytesIO(data))
        names = set()
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                # WeasyPrint writes Noto-Serif-CJK-SC, Typst NotoSerifCJKsc-Regular
                names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1].replace("-", "").lower())
        return names

    assert any("cjksc" in f for f in fonts(pdfs["zh-Hans"]))
    assert not any("cjktc" in f for f in fonts(pdfs["zh-Hans"]))
    assert any("cjktc" in f for f in fonts(pdfs["zh-Hant"]))
    assert not any("cjksc" in f for f in fonts(pdfs["zh-Hant"]))
    assert any(f.startswith("notoserif") and "cjk" not in f for f in fonts(pdfs["en"]))


def test_long_table_repeats_its_header_on_every_page() -> None:
    data = render_pdf(agreement("zh-Hans", severity_rows=120))
    pages = _pages(data)
    spanned = [p for p in pages if "紧急（P0）" in p]
    assert len(spanned) >= 3
    for text in spanned:
        assert "响应时限" in text and "解决时限" in text


def test_pdfa_embeds_the_spec_source() -> None:
    data = render_pdf(agreement("zh-Hans"), pdfa=True)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.attachments["spec.yaml"] == [SPEC_SOURCE]
    catalog = reader.trailer["/Root"]
    assert "/AF" in catalog and "/OutputIntents" in catalog
    xmp = catalog["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp or b"<pdfaid:part>3" in xmp
    assert b'pdfaid:conformance="B"' in xmp or b"<pdfaid:conformance>B" in xmp


def test_plain_pdf_has_no_attachment(pdfs: dict[str, bytes]) -> None:
    assert pypdf.PdfReader(io.BytesIO(pdfs["zh-Hans"])).attachments == {}


def test_html_marks_every_text_element_with_its_language() -> None:
    html = render_html(agreement("bilingual"))
    assert '<html lang="zh-Hans">' in html
    assert '<p class="body" lang="en">' in html and '<p class="body" lang="zh-Hans">' in html
    assert '<span class="l" lang="en">Article 1 Scope of Services</span>' in html
    assert '<table class="grid severity-matrix" lang="zh-Hans">' in html
    assert "<thead>" in html
