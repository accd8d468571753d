"""Hostile spec strings render literally or cleaned and never break a document."""

from __future__ import annotations

import io
import re

import docx
import pypdf
import pytest
from render_documents import hostile_document

from termsmith.rendering import render_docx, render_html, render_pdf
from termsmith.rendering.text_clean import clean_text, css_string


def test_clean_text_removes_xml_invalid_and_bidi_override_controls() -> None:
    assert clean_text("a\x00b\x0bc\x1fd\ufffe") == "abcd"
    assert clean_text("rtl\u202eevil\u202c mark\u200f") == "rtlevil mark\u200f"
    assert clean_text("tab\tline\r\nnext") == "tab\tline\nnext"
    assert clean_text("𠮷 中文 «»") == "𠮷 中文 «»"


def test_css_string_cannot_escape_its_context() -> None:
    value = css_string('"; } body { display:none } </style><script>')
    assert re.fullmatch(r'"(\\[0-9A-F]{6})+"', value)


def test_html_escapes_every_string() -> None:
    html = render_html(hostile_document())
    assert "<script>" not in html and "<b>头" not in html and "<i>caption" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.replace("0049", "")
    assert "\x00" not in html and "\u202e" not in html and "\x0b" not in html
    assert html.count("</style>") == 1  # only the theme's own
    assert "&#34; onmouseover=&#34;alert(1)" in html
    assert "&amp;amp; &amp;lt; literal" in html


def test_docx_holds_hostile_text_literally() -> None:
    word = docx.Document(io.BytesIO(render_docx(hostile_document())))
    texts = [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
    joined = "\n".join(texts)
    assert "<script>alert('x')</script>" in joined
    assert "{{ 7*7 }} {% if true %}jinja{% endif %}" in joined
    assert "ctrlcharshere" in joined and "rtlevil mark" in joined
    assert "W" * 5000 in joined
    assert word.core_properties.title == "<t>"
    assert word.core_properties.author == "AB"
    assert word.sections[0].footer.paragraphs[0].text.startswith('第 "1')


@pytest.mark.slow
def test_pdf_holds_hostile_text_literally() -> None:
    data = render_pdf(hostile_document())
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    assert "<script>alert('x')</script>" in text
    assert "{{7*7}}{%iftrue%}jinja{%endif%}" in text
    assert "ctrlcharshere" in text and "rtlevilmark" in text
    assert text.count("W") >= 5000  # the long word wrapped, not cut
    assert '第"1页\\共' in text  # page label with a quote and a backslash, rendered literally
    assert reader.metadata.title == "<t>"
