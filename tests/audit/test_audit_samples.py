"""The read-back audit passes over every rendered sample: each sample in each language it
declares (and bilingual when it declares two), agreement and quote, on the assembled
Document and on the text read back from its DOCX and its PDF. `termsmith review` shows
the same findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_support import SAMPLES, declared_cases, docx_text, pdf_pages

from termsmith.audit import allowed_names, audit_document, audit_text

pytestmark = pytest.mark.slow


def _cases() -> list[tuple[Path, tuple[str, ...], str]]:
    from termsmith.validation import validate_path

    out = []
    for sample in SAMPLES:
        for langs in declared_cases(validate_path(sample).document.spec):
            out += [(sample, langs, kind) for kind in ("agreement", "quote")]
    return out


CASES = _cases()


def _show(findings: list) -> list[str]:
    return [f"{d.file}:{d.line}:{d.col} {d.code} {d.message} — {d.extra.get('line_text', '')!r}" for d in findings]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[2]}-{c[0].name.split('.')[0]}-{'+'.join(c[1])}")
def test_rendered_documents_pass_the_audit(case: tuple[Path, tuple[str, ...], str]) -> None:
    from termsmith.assembly import assemble
    from termsmith.rendering import render_docx, render_pdf
    from termsmith.validation import validate_path

    sample, langs, kind = case
    document = validate_path(sample).document
    allowed = allowed_names(document.spec)
    doc = assemble(document, kind=kind, languages=langs, spec_source=sample.read_bytes())
    assert _show(audit_document(doc, allowed)) == []
    docx = docx_text(render_docx(doc))
    assert _show(audit_text(docx, langs, allowed, file="docx")) == []
    pdf = pdf_pages(render_pdf(doc))
    assert pdf.count("\f") >= 1 and len(pdf) > 500
    assert _show(audit_text(pdf, langs, allowed, file="pdf", unit="page")) == []


def test_every_sample_language_is_audited() -> None:
    assert {langs for _, langs, _ in CASES} >= {("zh-Hans",), ("zh-Hant",), ("en",), ("zh-Hans", "en")}
