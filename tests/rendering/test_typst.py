"""The Typst PDF engine: the same Document, escaped as data, byte-stable, PDF/A with the spec attached."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace

import pypdf
import pytest
from render_documents import agreement, hostile_document

from termsmith.document.model import Clause, Paragraph, Section
from termsmith.rendering import render_pdf

TYPST_MARKUP = [
    "#set text(fill: red)",
    '#panic("boom")',
    '#read("/etc/passwd")',
    "$x^2$",
    "*bold*",
    "_italic_",
    "@ref",
    "<label>",
    "]",
    "[",
    "\\",
    "// comment",
    "/* block",
    "`raw`",
    "```py print(1)```",
    "{{ 7*7 }}",
    "= heading",
    "- item",
    "+ enum",
    "~ nbsp",
    '"quoted"',
]


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"[\s\u200b]+", "", text)


def _with_paragraphs(*texts: str) -> object:
    base = agreement("en")
    clause = Clause(tuple(Paragraph(t, "en") for t in texts), None, "9.1", None)
    section = Section("hostile", {"en": "Article 9"}, {"en": "#strong[Hostile] $y$"}, (clause,))
    return replace(base, sections=(*base.sections, section), header_text="#set page(fill: red) header")


def test_typst_markup_in_spec_strings_prints_literally() -> None:
    data = render_pdf(_with_paragraphs(*TYPST_MARKUP), engine="typst")
    text = _squash(_text(data))
    for snippet in TYPST_MARKUP:
        assert _squash(snippet) in text, snippet
    assert _squash("#strong[Hostile] $y$") in text
    assert _squash("#set page(fill: red) header") in text
    assert "boom" not in text.replace('#panic("boom")', "")


def test_hostile_document_renders_with_typst() -> None:
    text = _squash(_text(render_pdf(hostile_document(), engine="typst")))
    assert "<script>alert('x')</script>" in text
    assert "{{7*7}}{%iftrue%}jinja{%endif%}" in text
    assert "ctrlcharshere" in text and "rtlevilmark" in text
    # the 5,000-letter word wraps at invisible break points instead of running off the page
    # (it spans pages, so the running header interrupts it in the extracted text)
    assert text.count("W") >= 5000


def test_footer_counts_pages_and_header_runs_on_every_page() -> None:
    data = render_pdf(agreement("zh-Hans", severity_rows=120), engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages > 2
    for number, page in enumerate(reader.pages, 1):
        text = _squash(page.extract_text())
        assert f"第{number}页共{pages}页" in text
    # the severity matrix repeats its header row on every page it spans
    header_pages = sum("响应时限" in _squash(p.extract_text()) for p in reader.pages)
    assert header_pages >= 2


def test_english_footer() -> None:
    data = render_pdf(agreement("en"), engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


@pytest.mark.parametrize(("lang", "face"), [("zh-Hans", "CJKsc"), ("zh-Hant", "CJKtc")])
def test_chinese_uses_the_regional_glyph_forms(lang: str, face: str, tmp_path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(render_pdf(agreement(lang), engine="typst"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert face in fonts
    assert "CJKjp" not in fonts and "CJKkr" not in fonts


def test_same_document_same_bytes_across_processes() -> None:
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests/rendering');"
        "from render_documents import agreement; from termsmith.rendering import render_pdf;"
        "print(hashlib.sha256(render_pdf(agreement('zh-Hans'), engine='typst')).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin", "TZ": tz},
        ).stdout.strip()
        for seed, tz in ((1, "UTC"), (2, "Asia/Shanghai"))
    }
    assert len(digests) == 1 and len(next(iter(digests))) == 64


def test_pdfa_embeds_the_spec_and_declares_pdfa_3b() -> None:
    doc = replace(agreement("zh-Hans"), attachments=(("spec.yaml", b"apiVersion: termsmith/v1\n# \xe6\xb5\x8b\n"),))
    data = render_pdf(doc, pdfa=True, engine="typst")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.attachments == {"spec.yaml": [b"apiVersion: termsmith/v1\n# \xe6\xb5\x8b\n"]}
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in raw and "<pdfaid:conformance>B</pdfaid:conformance>" in raw


def test_metadata_comes_from_the_document() -> None:
    doc = agreement("zh-Hans")
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(doc, engine="typst")))
    info = reader.metadata
    assert info.title == doc.metadata.title
    assert info.author == doc.metadata.author
    assert info.creation_date.date() == doc.metadata.created


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        render_pdf(agreement("en"), engine="latex")


@pytest.mark.parametrize("languages", ["doc.languages", "None"])
def test_a_compiler_prepared_in_the_background_typesets_the_same_bytes(languages: str) -> None:
    """``prepare_pdf`` (fonts loaded on another thread while the clauses are assembled, for the
    document's languages or — as ``render`` does before reading any spec — for all) changes no byte."""
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests/rendering');"
        "from render_documents import agreement; from termsmith.rendering import prepare_pdf, render_pdf;"
        "doc = agreement('bilingual');"
        "prewarm = sys.argv[1] == 'yes';"
        f"prewarm and prepare_pdf({languages}, 'typst');"
        "from termsmith.rendering import typst_renderer as t;"
        "print(t._warming is not None, hashlib.sha256(render_pdf(doc, engine='typst')).hexdigest(), t._warming)"
    )
    runs = {
        flag: subprocess.run(
            [sys.executable, "-c", code, flag], capture_output=True, text=True, check=True
        ).stdout.split()
        for flag in ("yes", "no")
    }
    assert runs["yes"][0] == "True" and runs["no"][0] == "False"  # the background build was started, or not
    assert runs["yes"][2] == runs["no"][2] == "None"  # and the render claimed it
    assert runs["yes"][1] == runs["no"][1]
