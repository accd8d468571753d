"""`check` cites the sub-clause that states the term: the cited number is read back from
the rendered DOCX and the term's own wording is found in that sub-clause (its paragraph
and the lists and tables under it), for every sample and every requirement whose
vendor value is printed in the agreement."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from termsmith.checklist.load import load_checklist
from termsmith.checklist.report import spec_result

from .helpers import ROOT

SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
STANDARD = ROOT / "checklists" / "after-sales-standard.yaml"
_NUMBER = re.compile(r"^\s*(\d+\.\d+)\s")
_HEADING = re.compile(r"^\s*(第.+[条條]|Article \d+)\s")


def _subclauses(docx_bytes: bytes) -> dict[str, str]:
    """Sub-clause number → its text and the lists and tables up to the next sub-clause or article.

    A paragraph reads as Word shows it: the number Word's numbering definitions print (read
    independently of the renderer by ``word_numbers``) before the paragraph's own words."""
    import docx
    from docx.table import Table
    from word_numbers import W, numbered_paragraphs

    shown = [text for p, text in numbered_paragraphs(docx_bytes) if p.getparent().tag == W + "body"]
    items = list(docx.Document(io.BytesIO(docx_bytes)).iter_inner_content())
    assert len(shown) == sum(not isinstance(item, Table) for item in items)
    body = iter(shown)
    out: dict[str, str] = {}
    current: str | None = None
    for item in items:
        texts = [c.text for row in item.rows for c in row.cells] if isinstance(item, Table) else [next(body)]
        texts = [t.replace("\u2060", "").replace("\u2005", " ") for t in texts]  # nobreak glue reads as nothing
        first = texts[0] if texts else ""
        if not isinstance(item, Table) and (m := _NUMBER.match(first)):
            current = m.group(1)
            out.setdefault(current, "")
        elif not isinstance(item, Table) and _HEADING.match(first):
            current = None
        if current is not None:
            out[current] += "\n".join(texts) + "\n"
    return out


def _rendered(sample: Path, lang: str) -> dict[str, str]:
    from termsmith.assembly import assemble
    from termsmith.rendering import render_docx
    from termsmith.validation import validate_path

    document = validate_path(sample).document
    return _subclauses(render_docx(assemble(document, languages=(lang,), spec_source=sample.read_bytes())))


def _checklist():
    return load_checklist(str(STANDARD))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_cited_subclause_holds_the_term(sample: Path) -> None:
    from termsmith.validation import validate_path

    lang = validate_path(sample).document.spec.languages.output[0]
    result = spec_result(sample, _checklist().document, lang)
    assert result.located
    subclauses = _rendered(sample, lang)
    whole = "\n".join(subclauses.values())
    checked = 0
    for row in result.rows:
        if row.location is None:
            continue
        number = row.location.label.split()[-1]
        assert number in subclauses, f"{row.outcome.requirement.id}: cited {row.location.label}, not in the DOCX"
        value = re.split(r" \(|（", row.vendor)[0]  # "4 hours (24×7)": the clause may leave the clock to its article
        if len(value) < 3 or value not in whole:
            continue  # a bare count or yes/no, or a value the agreement words differently
        checked += 1
        assert value in subclauses[number], (
            f"{row.outcome.requirement.id}: '{value}' is not in the cited "
            f"{row.location.label}: {subclauses[number][:200]}"
        )
    assert checked >= 5


def test_the_three_reported_citations_name_the_right_subclause() -> None:
    sample = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
    rows = {r.outcome.requirement.id: r for r in spec_result(sample, _checklist().document, "zh-Hans").rows}
    subclauses = _rendered(sample, "zh-Hans")

    def cited(rid: str) -> str:
        return subclauses[rows[rid].location.label.split()[-1]]

    assert "2次远程培训" in cited("free-training")
    assert "¥3,000.00" in cited("rate-card") and "有偿服务按下表所列单价计费" in cited("rate-card")
    assert "时间锁" in cited("no-lock-in")
