"""A liability cap of a multiple of the fees (200%: "合同金额的两倍", "twice the fees") is a term the spec
can hold: it validates, the agreement prints it, a vendor's document that states it is checked on it,
and a share over ten times the fees, or a percentage elsewhere over 100%, is refused at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import ROOT, render_texts, squash

from termsmith.cli import main
from termsmith.extract.partial import partial_spec
from termsmith.spec.types import Percent, Share

SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _with_cap(tmp_path: Path, cap: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "  liability:\n    cap: 100%\n" in text
    path = tmp_path / "cap.zh-Hans.yaml"
    path.write_text(
        text.replace("  liability:\n    cap: 100%\n", f"  liability:\n    cap: {cap}\n", 1), encoding="utf-8"
    )
    return path


def test_a_cap_of_twice_the_fees_validates_and_prints(tmp_path: Path) -> None:
    spec = _with_cap(tmp_path, "200%")
    assert main(["validate", str(spec)]) == 0
    _langs, docx, pdf = render_texts(str(spec), "zh-Hans", "agreement")
    for text in (docx, pdf):
        assert "甲方已向乙方支付的服务费的200%" in squash(text)


def test_a_cap_over_ten_times_the_fees_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _with_cap(tmp_path, "1500%")
    assert main(["validate", str(spec)]) == 1
    err = capsys.readouterr()
    line = SAMPLE.read_text(encoding="utf-8").splitlines().index("    cap: 100%") + 1
    assert f"cap.zh-Hans.yaml:{line}:" in err.out + err.err
    assert "between 0% and 1000%" in err.out + err.err


def test_other_percentages_stay_within_the_whole() -> None:
    assert Share.parse("200%").value == 200
    with pytest.raises(ValueError, match="between 0% and 100%"):
        Percent.parse("200%")  # a payment milestone or a credit is never more than the whole


def test_a_vendors_cap_of_twice_the_fees_reaches_the_check(tmp_path: Path) -> None:
    doc = tmp_path / "vendor.txt"
    doc.write_text("乙方的赔偿责任总额以合同金额的两倍为限。\n", encoding="utf-8")
    from termsmith.extract.api import extract_file

    terms = extract_file(doc)[1].terms
    assert terms["liability"] == {"cap": "200%"}
    spec = partial_spec(terms)
    assert spec.liability is not None and spec.liability.cap == Share.parse("200%")
