"""The quote states the billing rule and each recurring fee's billed period, with the quantity
the line uses (hand-computed: 2026-12-20 to 2028-01-17 = 12 months and 29 days of a 31-day
month = 1.078 years). DOCX and PDF read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import ROOT, docx_text, pdf_text, squash

from termsmith.cli import main

pytestmark = pytest.mark.slow
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
BILINGUAL = ROOT / "samples" / "retail-app-maintenance.bilingual.yaml"


def test_fuel_quote_states_the_billed_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", str(SAMPLE), "--format", "docx,pdf", "-o", str(tmp_path)]) == 0, capsys.readouterr().err
    expected = squash(
        "年度运维服务费的计费期间为2026年12月20日至2028年1月17日，计12个月又29日（按该月31日折算），数量为1.078。"
    )
    rule = squash("不足一个月的天数按其所在月份的实际天数折算为月")
    for suffix, read in (("docx", docx_text), ("pdf", pdf_text)):
        text = squash(read((tmp_path / f"fuel-station-miniprogram.quote.zh-Hans.{suffix}").read_bytes()))
        assert expected in text and rule in text
        assert "6,468.00" in text  # the line amount: 6000.00 x 1.0780


def test_english_quote_states_the_billed_period(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from e2e_support import load_sample

    from termsmith.pricing import price_quote

    spec = load_sample(BILINGUAL).spec
    lines = [line for line in price_quote(spec).lines if line.period is not None]
    assert lines
    assert main(["quote", str(BILINGUAL), "--lang", "en", "--format", "docx,pdf", "-o", str(tmp_path)]) == 0
    for suffix, read in (("docx", docx_text), ("pdf", pdf_text)):
        text = " ".join(read(next(tmp_path.glob(f"*.quote.en.{suffix}")).read_bytes()).split())
        for line in lines:
            assert f"a quantity of {line.quantity}" in text
            assert f"The billed period of {line.name.get('en')} runs from" in text
