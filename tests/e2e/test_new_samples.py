"""The two samples issue 9 asks for, through the CLI and read back from DOCX and PDF:

- clinic-booking-miniprogram: every description and definition ends in 。, as Chinese contracts are written;
- office-oa-system: every severity level runs on a 工作日 (business-day) calendar, in business units.

Both validate, lint clean (exit 0: no error, no warning) and render; every fact of the spec is
in both files (phrased with the clause library's own helpers).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import ROOT, agreement_facts, docx_text, load_sample, missing, pdf_text

from termsmith.cli import main
from termsmith.spec.languages import prose_texts

CLINIC = ROOT / "samples" / "clinic-booking-miniprogram.zh-Hans.yaml"
OFFICE = ROOT / "samples" / "office-oa-system.zh-Hans.yaml"


def test_clinic_descriptions_end_in_a_full_stop() -> None:
    spec = load_sample(CLINIC).spec
    sentences = [text.get("zh-Hans") for path, text in prose_texts(spec) if path[-1] in ("description", "definition")]
    assert len(sentences) >= 15
    assert all(s.endswith("。") for s in sentences), [s for s in sentences if not s.endswith("。")]


def test_office_levels_all_run_on_business_days() -> None:
    spec = load_sample(OFFICE).spec
    calendars = {c.id: c for c in spec.calendars}
    assert len(spec.severity_levels) == 4
    for level in spec.severity_levels:
        assert level.clock in calendars and calendars[level.clock].holidays.value == "cn-official"
        for name, limit in level.times().items():
            assert level.clock_of(name) == level.clock
            assert limit.within.unit.is_business, (level.id, name, limit.within)


@pytest.mark.parametrize("sample", [CLINIC, OFFICE], ids=lambda p: p.name.split(".")[0])
def test_validates_and_lints_clean(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample)]) == 0
    assert main(["lint", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "warning[" not in out and "error[" not in out


@pytest.mark.slow
@pytest.mark.parametrize("sample", [CLINIC, OFFICE], ids=lambda p: p.name.split(".")[0])
def test_renders_with_every_fact(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(sample), "--format", "docx,pdf", "-o", str(tmp_path)]) == 0, capsys.readouterr().err
    document = load_sample(sample)
    facts = agreement_facts(document.spec, ("zh-Hans",))
    name = document.metadata.name
    docx = docx_text((tmp_path / f"{name}.agreement.zh-Hans.docx").read_bytes())
    pdf = pdf_text((tmp_path / f"{name}.agreement.zh-Hans.pdf").read_bytes())
    assert missing(facts, docx) == {}
    assert missing(facts, pdf) == {}
