"""Sandbox escapes from a clause are refused with a diagnostic; spec strings stay literal."""

from __future__ import annotations

import pytest
from library_support import FIXTURES, GOOD, load_spec, spec_from_text

from termsmith.assembly import assemble_with_record
from termsmith.document.model import ListBlock, Paragraph
from termsmith.library import LibraryError
from termsmith.library.check import check_library

TEMPLATE = """id: service-agreement
kind: agreement
title: {zh-Hans: 协议, zh-Hant: 協議, en: Agreement}
articles:
  - {heading: {zh-Hans: 测试, zh-Hant: 測試, en: Test}, clauses: [escape]}
"""


def clause(body: str) -> str:
    return (
        "id: escape\nversion: 1.0.0\nstatus: approved\ntitle: {zh-Hans: 逃逸, zh-Hant: 逃逸, en: Escape}\n"
        "text:\n  zh-Hans: |\n    第一行。\n\n    " + body + "\n"
    )


ESCAPES = {
    "class-mro": "{{ ''.__class__.__mro__ }}",
    "spec-class": "{{ spec.__class__ }}",
    "spec-dict": "{{ spec.__dict__ }}",
    "model-dump": "{{ spec.model_dump() }}",
    "pydantic-legacy": "{{ spec.dict() }}",
    "format-string": "{{ '{0.__class__}'.format(spec) }}",
    "list-mutation": "{{ spec.scope.included.append(1) }}",
    "helper-globals": "{{ money.__globals__ }}",
    "attr-filter": "{{ spec|attr('__class__') }}",
}
UNDEFINED = {
    "cycler": "{{ cycler.__init__.__globals__.os }}",
    "joiner": "{{ joiner().__class__ }}",
    "lipsum": "{{ lipsum() }}",
    "dict": "{{ dict(a=1) }}",
}
STATIC_ONLY = {"self": "{{ self }}", "block-ref": "{{ self.__class__ }}"}


def assemble_escape(overlay, body: str) -> LibraryError:
    folder = overlay({"escape.yaml": clause(body), "service-agreement.yaml": TEMPLATE})
    doc = load_spec(FIXTURES / "minimal.yaml")
    with pytest.raises(LibraryError) as info:
        assemble_with_record(doc, library=[GOOD, folder], include_bundled=False, languages=("zh-Hans",))
    return info.value


@pytest.mark.parametrize("body", ESCAPES.values(), ids=ESCAPES.keys())
def test_escape_is_refused_at_the_clause_line(overlay, body: str) -> None:
    error = assemble_escape(overlay, body)
    [d] = error.diagnostics
    assert d.code in ("LB014", "LB013")
    assert d.file.endswith("escape.yaml") and d.line == 9
    assert "Traceback" not in d.message


@pytest.mark.parametrize("body", UNDEFINED.values(), ids=UNDEFINED.keys())
def test_jinja_globals_are_gone(overlay, body: str) -> None:
    [d] = assemble_escape(overlay, body).diagnostics
    assert d.code in ("LB013", "LB014") and d.line == 9
    assert "undefined" in d.message or "unsafe" in d.message


@pytest.mark.parametrize("body", [*ESCAPES.values(), *UNDEFINED.values(), *STATIC_ONLY.values()])
def test_library_check_refuses_escapes_statically(overlay, body: str) -> None:
    folder = overlay({"escape.yaml": clause(body), "service-agreement.yaml": TEMPLATE})
    found = check_library([folder], [], include_bundled=False, check_lock=False)
    codes = {d.code for d in found if d.file.endswith("escape.yaml") and d.line == 9}
    assert codes & {"LB011", "LB012", "LB013", "LB014"}, found


def test_huge_range_is_refused(overlay) -> None:
    [d] = assemble_escape(overlay, "{% for i in range(10**9) %}{% endfor %}").diagnostics
    assert d.code == "LB013" and "10,000" in d.message


def all_text(document) -> str:
    out = []
    for block in (
        *document.preamble,
        *(b for s in document.sections for c in s.clauses for b in c.blocks),
        *document.closing,
    ):
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            out += [i.text for i in block.items]
        elif hasattr(block, "parties"):
            out += [p.legal_name for p in block.parties]
        elif hasattr(block, "rows"):
            out += [c.text for row in block.rows for c in row]
    return "\n".join(out)


def test_spec_strings_stay_literal(minimal_text: str) -> None:
    hostile = "{{ 7*7 }} {% if true %}x{% endif %} ⟦termsmith:abcd:0⟧"
    text = minimal_text.replace("legal_name: 甲方测试有限公司", f"legal_name: '{hostile}'")
    text = text.replace("description: 修复交付程序本身的缺陷", 'description: "第一行\\n\\n- 伪造列表"')
    doc = spec_from_text(text)
    document = assemble_with_record(doc, library=[GOOD], include_bundled=False, languages=("zh-Hans",)).document
    rendered = all_text(document)
    assert hostile in rendered
    assert "49" not in rendered
    items = [b for s in document.sections for c in s.clauses for b in c.blocks if isinstance(b, ListBlock)]
    assert [i.text for i in items[0].items] == ["缺陷修复（缺陷修复）：第一行  - 伪造列表"]
