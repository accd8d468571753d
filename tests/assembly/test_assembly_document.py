"""Spec + library → Document: numbering, conditions, bilingual pairing, tables, provenance, metadata."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from assembly_support import FIXTURES, GOOD, REPO, SAMPLES, load

from termsmith.assembly import assemble, assemble_with_record, document_lines, lint_document
from termsmith.document.model import Document, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.library import LibraryError

FUEL = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def build(path: Path, **kw: object):
    return assemble_with_record(load(path), library=[GOOD], include_bundled=False, spec_source=path.read_bytes(), **kw)


def paragraphs(document: Document, lang: str) -> list[Paragraph]:
    return [
        b for s in document.sections for c in s.clauses for b in c.blocks if isinstance(b, Paragraph) and b.lang == lang
    ]


def test_articles_are_numbered_and_conditional_ones_close_up() -> None:
    full = build(FIXTURES / "maximal.yaml", languages=("zh-Hans",)).document
    small = build(FIXTURES / "minimal.yaml").document
    assert [s.number["zh-Hans"] for s in full.sections] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    assert [s.heading["zh-Hans"] for s in small.sections] == ["服务范围", "服务标准", "费用", "其他"]
    assert [s.number["zh-Hans"] for s in small.sections] == ["第一条", "第二条", "第三条", "第四条"]
    assert {"credits", "precedence"} == {cid for cid, _ in build(FIXTURES / "minimal.yaml").skipped}


def test_sub_clauses_continue_across_the_clauses_of_an_article() -> None:
    doc = build(FIXTURES / "maximal.yaml").document
    last = doc.sections[-1]
    labels = [b.label for c in last.clauses for b in c.blocks if isinstance(b, Paragraph) and b.lang == "en"]
    assert labels == ["5.1", "5.2", "5.3"]
    assert [c.provenance.clause_id for c in last.clauses] == ["disputes", "precedence"]
    assert last.clauses[1].number == "5.3"


def test_ref_numbers_itself() -> None:
    full = build(FIXTURES / "maximal.yaml", languages=("zh-Hant",)).document
    credit = next(p for p in paragraphs(full, "zh-Hant") if "抵扣" in p.text)
    assert credit.text.startswith("乙方未達到第二條所列時限")


def test_lists_notes_and_tables() -> None:
    doc = build(FUEL).document
    scope = doc.sections[0].clauses[0].blocks
    assert isinstance(scope[1], ListBlock) and [i.label for i in scope[1].items][:3] == ["（一）", "（二）", "（三）"]
    tables = {b.kind: b for s in doc.sections for c in s.clauses for b in c.blocks if isinstance(b, Table)}
    assert set(tables) == {"severity-matrix", "rate-card", "payment-schedule"}
    severity = tables["severity-matrix"]
    assert [r[0].text for r in severity.rows] == ["紧急（P0）", "重要（P1）", "一般（P2）", "咨询（consult）"]
    assert severity.rows[0][2].text == "30分钟（7×24小时）"
    assert severity.rows[2][3].text == "3个工作日（周一至周五9:00–18:00）"
    assert tables["rate-card"].rows[0][2].text == "¥3,000.00"


def test_bilingual_pairs_each_clause() -> None:
    doc = build(FIXTURES / "maximal.yaml").document
    assert doc.languages == ("zh-Hans", "en")
    clause = doc.sections[0].clauses[0]
    langs = [getattr(b, "lang", None) or b.items[0].lang for b in clause.blocks]
    assert langs == ["zh-Hans", "zh-Hans", "en", "en"]
    assert doc.sections[0].number == {"zh-Hans": "第一条", "en": "Article 1"}
    assert doc.sections[0].heading == {"zh-Hans": "服务范围", "en": "Scope"}
    zh = [p.label for p in paragraphs(doc, "zh-Hans")]
    assert zh == [p.label for p in paragraphs(doc, "en")]
    assert any("Chinese text prevails" in p.text for p in paragraphs(doc, "en"))
    [signature] = [b for b in doc.closing if isinstance(b, SignatureBlock)]
    assert signature.parties[0].role_label == "甲方（盖章） Client (seal)"


def test_languages_override_the_spec() -> None:
    doc = build(FUEL, languages=("en", "zh-Hant")).document
    assert doc.languages == ("en", "zh-Hant") and doc.title == {
        "en": "Software After-Sales Service Agreement",
        "zh-Hant": "軟體售後服務協議",
    }
    assert any("English text prevails" in p.text for p in paragraphs(doc, "en"))
    with pytest.raises(ValueError):
        build(FUEL, languages=("fr",))


def test_provenance_records_clause_version_hash_and_values() -> None:
    result = build(FUEL)
    sla = next(c for s in result.document.sections for c in s.clauses if c.provenance.clause_id == "sla")
    prov = sla.provenance
    raw = (GOOD / "clauses" / "sla.yaml").read_bytes()
    assert (prov.version, prov.status, prov.content_hash) == ("1.0.0", "approved", hashlib.sha256(raw).hexdigest())
    values = dict(prov.values_read)
    assert values["spec.severity_levels[0].response"] == "30分钟"
    assert values["spec.free_maintenance.length"] == "12个月"
    assert values["spec.severity_levels"] == "table, 4 rows"
    credits = next(c for c in result.clauses if c.clause.id == "credits")
    assert dict(credits.provenance.values_read)["spec.service_credits"] == "(applies)"
    parties = next(c for c in result.clauses if c.clause.id == "parties")
    assert (
        parties.part == "preamble"
        and dict(parties.provenance.values_read)["spec.client.legal_name"] == "福州闽油能源有限公司"
    )


def test_metadata_and_attachment(monkeypatch: pytest.MonkeyPatch) -> None:
    source = FUEL.read_bytes()
    doc = build(FUEL).document
    assert doc.metadata.spec_hash == hashlib.sha256(source).hexdigest()
    assert doc.metadata.created == date(2026, 1, 18)
    assert doc.metadata.author == "厦门云帆软件科技有限公司" and doc.number in doc.metadata.keywords
    assert doc.attachments == (("fuel-station-miniprogram.yaml", source),)
    assert doc.page_labels.before == "第 " and doc.header_text.endswith(doc.number)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert build(FIXTURES / "minimal.yaml").document.metadata.created == date(2026, 1, 1)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build(FIXTURES / "minimal.yaml").document.metadata.created == date(2026, 1, 1)  # the term start


def test_assembly_is_deterministic() -> None:
    assert build(FIXTURES / "maximal.yaml").document == build(FIXTURES / "maximal.yaml").document


def test_quote_uses_the_priced_quote() -> None:
    doc = build(FUEL, kind="quote").document
    assert doc.kind == "quote" and doc.title["zh-Hans"] == "报价单"
    tables = [b for s in doc.sections for c in s.clauses for b in c.blocks if isinstance(b, Table)]
    kinds = [t.kind for t in tables]
    assert kinds[:2] == ["quote-lines", "quote-totals"] and "payment-schedule" in kinds
    payment = next(t for t in tables if t.kind == "payment-schedule")
    assert len(payment.header[0]) == 4  # amounts appear in a quote


def test_unknown_clause_in_template_raises_with_position() -> None:
    with pytest.raises(LibraryError) as info:
        assemble_with_record(load(FUEL), library=[GOOD, FIXTURES / "broken-unknown-clause"], include_bundled=False)
    [d] = info.value.diagnostics
    assert (d.code, d.line) == ("LB020", 10) and "service-agreement.yaml:10:" in str(info.value)


def test_broken_template_raises_library_error_not_jinja() -> None:
    with pytest.raises(LibraryError) as info:
        assemble_with_record(
            load(FUEL), library=[GOOD, FIXTURES / "broken-syntax"], include_bundled=False, languages=("en",)
        )
    assert info.value.diagnostics[0].code == "LB010"


def test_vague_terms_from_spec_values_are_linted_on_the_assembled_text() -> None:
    text = (
        (FIXTURES / "minimal.yaml")
        .read_text(encoding="utf-8")
        .replace("description: 修复交付程序本身的缺陷", "description: 乙方及时修复交付程序本身的缺陷")
    )
    from termsmith.validation import validate_text

    doc = validate_text(text, file="vague.yaml").document
    document = assemble_with_record(doc, library=[GOOD], include_bundled=False).document
    found = lint_document(document)
    assert [(d.extra["term"], d.extra["clause"]) for d in found] == [("及时", "scope")]
    line = document_lines(document)
    assert any("及时" in x.text for x in line)
    assert lint_document(build(FIXTURES / "minimal.yaml").document) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_bundled_library_assembles_every_sample(sample: Path) -> None:
    doc = load(sample)
    for kind in ("agreement", "quote"):
        document = assemble(doc, kind=kind, spec_source=sample.read_bytes())
        assert document.sections and document.languages == tuple(doc.spec.languages.output)
        assert all(s.number[document.languages[0]] for s in document.sections)
