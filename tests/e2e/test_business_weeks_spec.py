"""A spec whose resolution is given in business weeks (the Duration unit session 15 added) goes the whole way: it
validates, lints (a structural rule that compares level times once raised KeyError: 'business weeks' — an internal
error for a valid spec) and renders, and the agreement states the time as written (2個工作週 in Traditional). The
DOCX is read back."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "company-website-maintenance.zh-Hant.yaml"


def test_a_resolution_in_business_weeks_validates_lints_and_renders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count("      resolution: 3 business days\n") == 1
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        text.replace("      resolution: 3 business days\n", "      resolution: 2 business weeks\n"), encoding="utf-8"
    )
    assert main(["validate", str(spec)]) == 0
    assert main(["lint", str(spec)]) == 0, capsys.readouterr().out
    out = tmp_path / "out"
    assert main(["render", str(spec), "--format", "docx", "-o", str(out)]) == 0, capsys.readouterr().err
    word = docx.Document(str(next(out.glob("*.docx"))))
    paragraphs = [p.text for p in word.paragraphs]
    assert any("2個工作週（週一至週五9:00–18:00）內解決" in p for p in paragraphs)
