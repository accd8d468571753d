"""Word-native numbering: articles, sub-clauses and lists from numbering.xml, cross references as REF fields.

The sample specs go through the real assembly; the DOCX is read back with an
independent reading of the numbering definitions (``word_numbers``) and must show
exactly the words and numbers of the Document (which the PDF prints literally).
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest
from word_numbers import W, numbered_paragraphs, parts

from termsmith.document.model import Document, ListBlock, Paragraph
from termsmith.rendering import render_docx
from termsmith.rendering.layout import Heading, flow

REPO = Path(__file__).resolve().parents[2]
SAMPLES = {
    "zh-Hans": "fuel-station-miniprogram.zh-Hans.yaml",
    "zh-Hant": "company-website-maintenance.zh-Hant.yaml",
    "en": "business-system-support.en.yaml",
    "bilingual": "retail-app-maintenance.bilingual.yaml",
}


@cache
def assembled(lang: str, kind: str = "agreement") -> Document:
    from termsmith.assembly.builder import build
    from termsmith.validation import validate_path

    result = validate_path(REPO / "samples" / SAMPLES[lang])
    assert result.ok, result.diagnostics
    return build(result.document, kind=kind).document


@cache
def docx_of(lang: str, kind: str = "agreement") -> bytes:
    return render_docx(assembled(lang, kind))


def expected_texts(doc: Document) -> list[str]:
    """What a reader sees, paragraph by paragraph, in the Document (and the PDF)."""
    out = []
    for item in flow(doc):
        if isinstance(item, Heading) and item.level == 1 and len(item.spans) == 2 and all(item.numbers):
            out += [span.text for span in item.spans]  # bilingual article: one numbered line per language
        elif isinstance(item, Heading) and item.level > 0:
            out.append(" / ".join(span.text for span in item.spans))
        elif isinstance(item, Paragraph):
            out.append(f"{item.label} {item.text}" if item.label else item.text)
        elif isinstance(item, ListBlock):
            out += [f"{p.label} {p.text}" if p.label else p.text for p in item.items]
    return out


def _in_order(expected: list[str], actual: list[str]) -> None:
    position = 0
    for text in expected:
        while position < len(actual) and actual[position] != text:
            position += 1
        assert position < len(actual), f"not shown (in order) by the DOCX: {text!r}"
        position += 1


@pytest.mark.parametrize("lang", list(SAMPLES))
@pytest.mark.parametrize("kind", ["agreement", "quote"])
def test_word_shows_every_number_and_word_of_the_document(lang: str, kind: str) -> None:
    actual = [text for _, text in numbered_paragraphs(docx_of(lang, kind))]
    _in_order(expected_texts(assembled(lang, kind)), actual)


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en", "bilingual"])
def test_article_and_sub_clause_numbers_come_from_numbering_not_from_text(lang: str) -> None:
    xml = parts(docx_of(lang))
    headings = [p for p in xml["document"].iter(W + "p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='Heading1']") is not None]
    assert len(headings) == len(assembled(lang).sections)
    for p in headings:  # the words only: the number is the style's list level 0
        assert not "".join(t.text for t in p.iter(W + "t")).startswith(("第", "Article"))
        assert p.find(f"{W}pPr/{W}numPr") is None
    clauses = [p for p in xml["document"].iter(W + "p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='Clause']") is not None]
    assert len(clauses) > 20
    primary = "zh-Hans" if lang == "bilingual" else lang
    label = {"zh-Hans": "第%1条", "zh-Hant": "第%1條", "en": "Article %1"}[primary]
    fmt = "decimal" if primary == "en" else "chineseCounting"
    level0 = xml["numbering"].find(f"{W}abstractNum/{W}lvl[@{W}ilvl='0']")
    assert level0.find(W + "lvlText").get(W + "val") == label
    assert level0.find(W + "numFmt").get(W + "val") == fmt
    assert level0.find(W + "pStyle").get(W + "val") == "Heading1"
    level1 = xml["numbering"].find(f"{W}abstractNum/{W}lvl[@{W}ilvl='1']")
    assert level1.find(W + "lvlText").get(W + "val") == "%1.%2" and level1.find(W + "isLgl") is not None
    styles = {s.get(W + "styleId"): s for s in xml["styles"].iter(W + "style")}
    assert styles["Heading1"].find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") == "1"
    assert styles["Clause"].find(f"{W}pPr/{W}numPr/{W}ilvl").get(W + "val") == "1"
    # sub-clauses count in the article list through their own instance, whose level 0 is Arabic
    clause_num = styles["Clause"].find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val")
    num = xml["numbering"].find(f"{W}num[@{W}numId='{clause_num}']")
    assert num.find(W + "abstractNumId").get(W + "val") == "0" and num.find(f"{W}lvlOverride/{W}startOverride") is None
    arabic = num.find(f"{W}lvlOverride[@{W}ilvl='0']/{W}lvl")
    assert arabic.find(W + "numFmt").get(W + "val") == "decimal" and arabic.find(W + "lvlText").get(W + "val") == label


def test_bilingual_second_language_is_word_numbered_in_its_own_list() -> None:
    """The English article line and sub-clauses of a zh-Hans + en agreement get their numbers from
    the second list (none is literal text), and English references are REF fields to the English line."""
    data = docx_of("bilingual")
    paragraphs = numbered_paragraphs(data)
    texts = [text for _, text in paragraphs]
    heading = texts.index("第一条 定义")
    assert texts[heading + 1] == "Article 1 Definitions"
    xml = parts(data)
    second = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in xml["numbering"].iter(W + "num")}
    english = [(p, t) for p, t in paragraphs if t.startswith(("1.1 In this Agreement", "Article 1 Definitions"))]
    assert len(english) == 2
    styles = {st.get(W + "styleId"): st for st in xml["styles"].iter(W + "style")}
    for p, _text in english:  # the style carries the numbering, so a line typed in Word is numbered too
        style = p.find(f"{W}pPr/{W}pStyle").get(W + "val")
        assert style in ("ArticleSecond", "ClauseSecond") and p.find(f"{W}pPr/{W}numPr") is None
        num_id = styles[style].find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val")
        assert second[num_id] == "2", "the second language's own list"
        words = "".join(t.text or "" for t in p.iter(W + "t"))
        assert not words.startswith(("1.1", "Article 1")), "the number is Word's, not text"
    bookmarks = {b.get(W + "name") for b in xml["document"].iter(W + "bookmarkStart")}
    english_refs = [
        r.text.split()[1]
        for p, t in paragraphs
        if " means " in t or "Article" in t
        for r in p.iter(W + "instrText")
        if r.text.strip().startswith("REF _Sec")
    ]
    assert len(english_refs) >= 5 and set(english_refs) <= bookmarks


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_cross_references_are_ref_fields_to_article_bookmarks_with_the_number_cached(lang: str) -> None:
    paragraphs = numbered_paragraphs(docx_of(lang))
    heading_of = {}
    for p, text in paragraphs:
        start = p.find(W + "bookmarkStart")
        if start is not None:
            assert p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Heading1"
            heading_of[start.get(W + "name")] = text
    assert len(heading_of) == len(assembled(lang).sections)
    refs = 0
    for p, _ in paragraphs:
        runs = list(p.iter(W + "r"))
        for i, r in enumerate(runs):
            instr = r.find(W + "instrText")
            if instr is None or not instr.text.strip().startswith("REF "):
                continue
            _, bookmark, *switches = instr.text.split()
            assert switches == ["\\r", "\\h"]
            cached = runs[i + 2].find(W + "t").text
            assert runs[i + 1].find(W + "fldChar").get(W + "fldCharType") == "separate"
            assert heading_of[bookmark].startswith(cached + " "), (cached, heading_of[bookmark])
            refs += 1
    assert refs >= 10


def test_lists_restart_at_one_in_their_own_instance() -> None:
    data = docx_of("zh-Hans")
    xml = parts(data)
    nums = [n for n in xml["numbering"].iter(W + "num") if n.get(W + "numId") not in ("1", "2")]
    assert len(nums) >= 3
    assert all(n.find(f"{W}lvlOverride/{W}startOverride").get(W + "val") == "1" for n in nums)
    texts = [text for _, text in numbered_paragraphs(data)]
    assert sum(1 for t in texts if t.startswith("（一） ")) == len(nums)


def test_numbered_docx_is_byte_identical_across_renders() -> None:
    doc = assembled("zh-Hans")
    assert render_docx(doc) == render_docx(doc)
    with zipfile.ZipFile(io.BytesIO(render_docx(doc))) as zf:
        assert "word/numbering.xml" in zf.namelist()


def test_a_monolingual_docx_has_no_second_list() -> None:
    xml = parts(docx_of("zh-Hans"))
    assert {a.get(W + "abstractNumId") for a in xml["numbering"].iter(W + "abstractNum")} == {"0", "1"}
    styles = {s.get(W + "styleId"): s for s in xml["styles"].iter(W + "style")}
    assert all(styles[name].find(f"{W}pPr/{W}numPr") is None for name in ("ArticleSecond", "ClauseSecond"))
