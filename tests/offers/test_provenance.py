"""A deal's agreement records which offer versions it came from: DOCX/PDF metadata and the review."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEAL = ROOT / "samples" / "dental-clinic-website.zh-Hans.yaml"


def _labels() -> list[str]:
    out = []
    for name in ("basic", "standard"):
        raw = (ROOT / "offers" / f"{name}.yaml").read_bytes()
        version = re.search(rb"^  version: (\S+)$", raw, re.M).group(1).decode()  # the offer's own, not a copy
        out.append(f"offer {name} {version} sha256:{hashlib.sha256(raw).hexdigest()}")
    return out


def test_review_lists_the_offers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(DEAL), "--format", "md"]) == 0
    out = capsys.readouterr().out
    for label in _labels():
        assert f"- Built on {label}" in out


def test_docx_keywords_carry_the_offers(tmp_path: Path) -> None:
    import docx

    assert main(["render", str(DEAL), "--format", "docx", "-o", str(tmp_path)]) == 0
    (path,) = tmp_path.glob("*.docx")
    keywords = docx.Document(io.BytesIO(path.read_bytes())).core_properties.keywords
    assert all(label in keywords for label in _labels()), keywords


@pytest.mark.slow
def test_pdf_keywords_carry_the_offers(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert main(["render", str(DEAL), "--format", "pdf", "-o", str(tmp_path)]) == 0
    (path,) = tmp_path.glob("*.pdf")
    keywords = PdfReader(path).metadata["/Keywords"]
    assert all(label in keywords for label in _labels()), keywords
