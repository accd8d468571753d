"""The bundled library passes the engine's library check and reads right when assembled."""

from __future__ import annotations

import re

import pytest

from termsmith.assembly import assemble, document_lines
from termsmith.library.check import check_library
from termsmith.validation import validate_path
from tests.clauses.conftest import CLAUSES, ROOT
from tests.clauses.test_zh_hant import simplified_chars

SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def _spec(name: str):
    result = validate_path(ROOT / "samples" / name)
    assert result.ok, result.diagnostics
    return result.document


def _lines(name: str, kind: str, lang: str) -> list[str]:
    return [line.text for line in document_lines(assemble(_spec(name), kind=kind, languages=(lang,)))]


def test_library_check_is_clean_against_every_sample():
    """Clean, LB050 included: no clause writes a commitment number itself (each is a spec field or a
    default declared on the model); a new literal number fails here with its file:line."""
    diags = check_library([CLAUSES], SAMPLES)
    assert [f"{d.code} {d.file}:{d.line} {d.message}" for d in diags] == []


@pytest.mark.parametrize("kind", ["agreement", "quote"])
def test_taiwan_sample_in_zh_hant_has_no_simplified_characters(kind):
    text = "\n".join(_lines("company-website-maintenance.zh-Hant.yaml", kind, "zh-Hant"))
    assert simplified_chars(text) == []


@pytest.mark.parametrize("kind", ["agreement", "quote"])
def test_english_sample_in_english_has_no_chinese(kind):
    text = "\n".join(_lines("business-system-support.en.yaml", kind, "en"))
    assert CJK.findall(text) == []


def test_agreement_states_every_severity_time_and_amounts_in_capitals():
    doc = _spec("fuel-station-miniprogram.zh-Hans.yaml")
    text = "\n".join(_lines("fuel-station-miniprogram.zh-Hans.yaml", "agreement", "zh-Hans"))
    for level in doc.spec.severity_levels:
        assert re.search(rf"{level.id}（[^）]+）级故障：乙方应在收到报修后\S+内响应", text), level.id
    assert "¥6,000.00（人民币陆仟元整）" in text
    # sub-clauses are numbered per article and never glued together
    assert re.search(r"^10\.5 软件中的第三方组件", text, re.M)


def test_bilingual_agreement_carries_the_precedence_clause():
    doc = _spec("retail-app-maintenance.bilingual.yaml")
    lines = [line.text for line in document_lines(assemble(doc, kind="agreement"))]
    names = {"zh-Hans": "简体中文", "zh-Hant": "繁体中文", "en": "英文"}
    prevailing = names[doc.spec.languages.prevailing]
    assert any(f"以{prevailing}文本为准" in line or f"the {doc.spec.languages.prevailing}" in line for line in lines)


def test_clause_version_lock_is_current():
    lock = (ROOT / "clauses.lock").read_text(encoding="utf-8")
    ids = {line.split()[0] for line in lock.splitlines() if line and not line.startswith("#")}
    assert ids == {p.stem for p in CLAUSES.glob("*.yaml")}
