"""LibreOffice renders the Word-native numbering: right numbers, and renumbering after an inserted article.

LibreOffice before 24.2 ignores ``w:isLgl`` (legal numbering) and would print
sub-clauses under Chinese article numbers as "十八.1"; the sub-clauses' own numbering
instance shows the article number in Arabic numerals, so every version prints "18.1"
as Word does.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from libreoffice import convert_all, convert_to_pdf, pdf_text, squeeze
from lxml import etree
from test_docx_numbering import assembled, docx_of
from word_numbers import W

from termsmith.rendering.docx_numbering import article_label

CASES = {
    # lang: (heading of the termination article at 17 and 18, sub-clause 17.1 / 18.1 as shown, a reference to it)
    "zh-Hans": ("第十七条协议的解除与交接", "第十八条协议的解除与交接", "本协议{}的期限"),
    "en": ("Article 17 Termination and Handover", "Article 18 Termination and Handover", "set out in {} after"),
}


def _with_document(src: zipfile.ZipFile, document: etree._Element) -> bytes:
    """The DOCX ``src`` with ``document`` as its word/document.xml, every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = (
                etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
                if info.filename == "word/document.xml"
                else src.read(info)
            )
            dst.writestr(info, data)
    return out.getvalue()


def _insert_article_before(docx: bytes, index: int, title: str) -> bytes:
    """A copy of ``docx`` with a new paragraph in the article style before the ``index``-th article (0-based)."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    document = etree.fromstring(src.read("word/document.xml"))
    headings = [p for p in document.iter(W + "p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='Heading1']") is not None]
    new = etree.fromstring(
        f'<w:p xmlns:w="{W[1:-1]}"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{title}</w:t></w:r></w:p>'
    )
    headings[index].addprevious(new)
    return _with_document(src, document)


def _sub_clause(article: int, lang: str) -> str:
    return f"{article}.1"


@pytest.mark.parametrize("lang", list(CASES))
def test_libreoffice_prints_the_numbers_and_renumbers_after_an_inserted_article(lang: str, tmp_path: Path) -> None:
    before, after, ref = CASES[lang]
    doc = assembled(lang)
    assert doc.sections[16].anchor == "termination"
    ref_text = {"zh-Hans": ("第十七条", "第十八条"), "en": ("Article 17", "Article 18")}[lang]

    original = squeeze(pdf_text(convert_to_pdf(docx_of(lang), tmp_path, "original")))
    assert squeeze(before) in original
    assert squeeze(ref.format(ref_text[0])) in original
    assert squeeze(_sub_clause(17, lang) + doc.sections[16].clauses[0].blocks[0].text[:12]) in original
    assert squeeze({"zh-Hans": "第一条定义", "en": "Article 1 Definitions"}[lang]) in original

    edited = _insert_article_before(docx_of(lang), 2, {"zh-Hans": "新增条款", "en": "Inserted Article"}[lang])
    shown = squeeze(pdf_text(convert_to_pdf(edited, tmp_path, "edited")))
    assert squeeze({"zh-Hans": "第三条新增条款", "en": "Article 3 Inserted Article"}[lang]) in shown
    assert squeeze(after) in shown and squeeze(before) not in shown
    assert squeeze(ref.format(ref_text[1])) in shown, "the REF field follows the renumbered article"
    assert squeeze(ref.format(ref_text[0])) not in shown
    assert squeeze(_sub_clause(18, lang) + doc.sections[16].clauses[0].blocks[0].text[:12]) in shown


_CHINESE_SUB_CLAUSE = re.compile(r"[一二三四五六七八九十百]+\.\d")


def test_libreoffice_prints_sub_clauses_under_chinese_articles_in_arabic_numerals(tmp_path: Path) -> None:
    """Every sub-clause LibreOffice prints in a zh-Hans and a zh-Hant agreement reads "7.1", never "七.1",
    and in order: 1.1 … under 第一条, 7.1 … under 第七条."""
    pdfs = convert_all({lang: docx_of(lang) for lang in ("zh-Hans", "zh-Hant")}, tmp_path)
    for lang, pdf in pdfs.items():
        text = pdf_text(pdf)
        assert not _CHINESE_SUB_CLAUSE.search(text), _CHINESE_SUB_CLAUSE.search(text)
        doc = assembled(lang)
        shown = squeeze(text)
        position = 0
        for number, section in enumerate(doc.sections, 1):
            label = f"{number}.1"
            first = next((b for c in section.clauses for b in c.blocks if getattr(b, "label", None) == label), None)
            if first is None:
                continue
            found = shown.find(squeeze(label + first.text[:10]), position)
            assert found >= 0, f"{lang}: sub-clause {label} not shown in order"
            position = found


def _insert_bilingual_article_before(docx: bytes, index: int) -> bytes:
    """A copy of ``docx`` with the ``index``-th article's two heading lines (Chinese, English) copied
    in front of it with new words, as a user copies an article to add one."""
    import copy

    src = zipfile.ZipFile(io.BytesIO(docx))
    document = etree.fromstring(src.read("word/document.xml"))
    headings = [p for p in document.iter(W + "p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='Heading1']") is not None]
    target = headings[index]
    for p, words in ((target, "新增条款"), (target.getnext(), "Inserted Article")):
        new = copy.deepcopy(p)
        for tag in ("bookmarkStart", "bookmarkEnd"):
            for el in new.findall(W + tag):
                new.remove(el)
        texts = list(new.iter(W + "t"))
        texts[0].text = words
        for t in texts[1:]:
            t.text = ""
        target.addprevious(new)
    return _with_document(src, document)


def test_libreoffice_numbers_both_languages_of_a_bilingual_agreement(tmp_path: Path) -> None:
    """zh-Hans + en: LibreOffice prints 第七条 then Article 7, the Chinese 7.1 … and the English 7.1 …;
    with an article inserted in both languages, both renumber and the English references follow."""
    doc = assembled("bilingual")
    index = next(i for i, s in enumerate(doc.sections) if s.anchor == "free-maintenance")
    n = index + 1
    zh_first, en_first = (
        next(b for c in doc.sections[index].clauses for b in c.blocks if getattr(b, "lang", None) == lang)
        for lang in ("zh-Hans", "en")
    )
    pdfs = convert_all(
        {"original": docx_of("bilingual"), "edited": _insert_bilingual_article_before(docx_of("bilingual"), 2)},
        tmp_path,
    )
    original, edited = (squeeze(pdf_text(pdfs[name])) for name in ("original", "edited"))
    title = doc.sections[index].heading
    for shown, k in ((original, n), (edited, n + 1)):
        zh_line = squeeze(f"{article_label(k, 'zh-Hans')} {title['zh-Hans']}")
        en_line = squeeze(f"Article {k} {title['en']}")
        at = shown.find(zh_line + en_line)
        assert at >= 0, f"article {k}: both heading lines, in order"
        zh_clause = shown.find(squeeze(f"{k}.1{zh_first.text[:12]}"), at)
        en_clause = shown.find(squeeze(f"{k}.1{en_first.text[:30]}"), zh_clause)
        assert 0 <= zh_clause < en_clause, f"article {k}: Chinese then English sub-clause {k}.1"
    assert squeeze("as described in Article 2.") in original
    assert squeeze("as described in Article 2.") in edited  # article 2 is before the insertion
    assert squeeze("Article 3新增条款") not in edited and squeeze("第三条新增条款") in edited
    assert squeeze("Article 3Inserted Article") in edited
    refs = {name: Counter(re.findall(r"inArticle(\d+)", shown)) for name, shown in (("o", original), ("e", edited))}
    later = {str(int(k) + 1): v for k, v in refs["o"].items() if int(k) >= 3}
    earlier = {k: v for k, v in refs["o"].items() if int(k) < 3}
    assert refs["e"] == Counter({**earlier, **later}), "English references to later articles follow the renumbering"
    assert sum(later.values()) >= 10


def test_libreoffice_numbers_chinese_as_the_second_language(tmp_path: Path) -> None:
    """en + zh-Hans: the Chinese line of each article reads 第七条 (its list counts in chineseCounting)
    and the Chinese sub-clauses read 7.1, not 七.1."""
    from termsmith.assembly.builder import build
    from termsmith.rendering import render_docx
    from termsmith.validation import validate_path

    result = validate_path(Path(__file__).resolve().parents[2] / "src/termsmith/library/specs/maximal.yaml")
    doc = build(result.document, kind="agreement", languages=("en", "zh-Hans")).document
    text = pdf_text(convert_to_pdf(render_docx(doc), tmp_path))
    assert not _CHINESE_SUB_CLAUSE.search(text)
    shown = squeeze(text)
    for n, section in enumerate(doc.sections, 1):
        pair = squeeze(f"Article {n} {section.heading['en']}{article_label(n, 'zh-Hans')} {section.heading['zh-Hans']}")
        assert pair in shown, f"article {n}: English line, then Chinese line"
    first_zh = next(b for c in doc.sections[6].clauses for b in c.blocks if getattr(b, "lang", None) == "zh-Hans")
    assert squeeze(f"7.1{first_zh.text[:12]}") in shown
