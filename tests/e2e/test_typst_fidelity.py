"""The Typst engine states every fact the DOCX states: every sample, language and kind.

Same facts as ``test_fidelity`` (phrased with the clause library's own helpers), read
back from the Typst PDF with pypdf. Typst is fast enough to render every case inline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import (
    LANG_OPTIONS,
    SAMPLES,
    agreement_facts,
    assembled,
    docx_text,
    languages_for,
    load_sample,
    missing,
    pdf_text,
    present,
    quote_facts,
)

from termsmith.pricing import price_quote
from termsmith.rendering import render_docx, render_pdf

CASES = [(sample, lang, kind) for kind in ("agreement", "quote") for sample in SAMPLES for lang in LANG_OPTIONS]


@pytest.mark.parametrize(
    ("sample", "lang", "kind"), CASES, ids=[f"{k}-{s.name.split('.')[0]}-{lang}" for s, lang, k in CASES]
)
def test_typst_pdf_states_the_same_facts_as_the_docx(sample: Path, lang: str, kind: str) -> None:
    document = load_sample(sample)
    langs = languages_for(document, lang)
    doc = assembled(document, kind, langs, sample.read_bytes())
    docx, pdf = docx_text(render_docx(doc)), pdf_text(render_pdf(doc, engine="typst"))
    spec = document.spec
    facts = agreement_facts(spec, langs) if kind == "agreement" else quote_facts(spec, price_quote(spec), langs)
    assert facts
    assert missing(facts, pdf) == {}, "Typst PDF lacks these facts"
    assert present(facts, docx) == present(facts, pdf)


def test_cli_renders_with_typst_and_pdfa(tmp_path: Path) -> None:
    from termsmith.cli import main

    sample = next(s for s in SAMPLES if ".zh-Hant." in s.name)
    code = main(["render", str(sample), "--format", "pdf", "--pdf-engine", "typst", "--pdfa", "-o", str(tmp_path)])
    assert code == 0
    (pdf,) = tmp_path.glob("*.pdf")
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    name = load_sample(sample).metadata.name
    assert reader.attachments == {f"{name}.yaml": [sample.read_bytes()]}
    assert "Typst" in (reader.metadata.creator or "") + (reader.metadata.producer or "")


def test_cli_refuses_an_unknown_engine(capsys: pytest.CaptureFixture[str]) -> None:
    from termsmith.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["render", str(SAMPLES[0]), "--pdf-engine", "latex"])
    assert exit_info.value.code == 2
    assert "--pdf-engine" in capsys.readouterr().err
