"""Property: whatever punctuation a spec's texts end with and whatever its counts, the
rendered agreement and quote pass the read-back audit (Document and DOCX; PDF for a few).

Each example takes a bundled sample and ends every description, definition, basis and
note with a random sentence mark of its own language (or none), and draws the counts
that print with a noun (trainings, drills, originals) from 1 upwards, so singular and
plural both occur.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from audit_support import SAMPLES, declared_cases, docx_text, pdf_pages
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from termsmith.audit import allowed_names, audit_document, audit_text

PROSE = ("description", "definition", "basis", "notes")
ZH_ENDS = ("", "。", "；", "，", "！", "。。", "；。")
EN_ENDS = ("", ".", ";", ",", "!", "..", ".;")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _end(draw: st.DrawFn, text: str) -> str:
    ends = ZH_ENDS if _HAN.search(text) else EN_ENDS
    return text.rstrip("。；，.;,!！") + draw(st.sampled_from(ends))


def _punctuate(draw: st.DrawFn, node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (_ended(draw, v) if k in PROSE else _punctuate(draw, v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_punctuate(draw, v) for v in node]
    return node


def _ended(draw: st.DrawFn, value: Any) -> Any:
    if isinstance(value, str):
        return _end(draw, value)
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {lang: _end(draw, text) for lang, text in value.items()}
    return value


@st.composite
def punctuated_sample(draw: st.DrawFn) -> dict[str, Any]:
    from termsmith.spec.dump import to_plain
    from termsmith.validation import validate_path

    data = to_plain(validate_path(draw(st.sampled_from(SAMPLES))).document)
    spec = _punctuate(draw, data["spec"])
    spec["free_maintenance"]["free_trainings"] = draw(st.integers(0, 3))
    spec["signatures"]["counterparts"] = draw(st.integers(1, 4))
    if spec.get("data_protection"):
        spec["data_protection"]["dr_drills_per_year"] = draw(st.integers(0, 3))
    data["spec"] = spec
    return data


def _document(data: dict[str, Any]) -> tuple[Any, bytes]:
    from termsmith.gate import check_spec
    from termsmith.spec.dump import dump_yaml

    text = dump_yaml(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(text, encoding="utf-8")
        gate = check_spec(path)
    assert not gate.blocked, [f"{d.code} {d.line}:{d.col} {d.message}" for d in gate.diagnostics]
    return gate.document, text.encode("utf-8")


def _show(found: list) -> list[str]:
    return [f"{d.file}:{d.line}:{d.col} {d.code} {d.message} — {d.extra.get('line_text', '')!r}" for d in found]


FAST = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(
    max_examples=2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)


@FAST
@given(punctuated_sample(), st.sampled_from(["agreement", "quote"]), st.integers(0, 2))
def test_generated_specs_pass_the_audit(data: dict[str, Any], kind: str, which: int) -> None:
    from termsmith.assembly import assemble
    from termsmith.rendering import render_docx

    document, source = _document(data)
    cases = declared_cases(document.spec)
    langs = cases[which % len(cases)]
    allowed = allowed_names(document.spec)
    doc = assemble(document, kind=kind, languages=langs, spec_source=source)
    assert _show(audit_document(doc, allowed)) == []
    assert _show(audit_text(docx_text(render_docx(doc)), langs, allowed, file="docx")) == []


@pytest.mark.slow
@FEW
@given(punctuated_sample())
def test_generated_specs_pass_the_audit_in_pdf(data: dict[str, Any]) -> None:
    from termsmith.assembly import assemble
    from termsmith.rendering import render_pdf

    document, source = _document(data)
    langs = declared_cases(document.spec)[0]
    doc = assemble(document, kind="agreement", languages=langs, spec_source=source)
    found = audit_text(pdf_pages(render_pdf(doc)), langs, allowed_names(document.spec), file="pdf", unit="page")
    assert _show(found) == []
