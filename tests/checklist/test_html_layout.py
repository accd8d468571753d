"""The HTML check report laid out (WeasyPrint, as a reader prints it): the Level column keeps
"must" and "should" whole, and requirement ids break only at their hyphens."""

from __future__ import annotations

import io
import re

import pytest

from termsmith.cli import main

from .helpers import FIXTURES

pytestmark = pytest.mark.slow


def test_level_and_id_columns_do_not_break_inside_words(tmp_path, capsys):
    import pypdf
    import weasyprint

    specs = [str(FIXTURES / f"vendor-{v}.zh-Hans.yaml") for v in ("hkd", "strong", "weak")]
    out = tmp_path / "report.html"
    main(["check", *specs, "--lang", "en", "--format", "html", "-o", str(out)])
    capsys.readouterr()
    pdf = weasyprint.HTML(filename=str(out)).write_pdf()
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    levels = re.findall(r"^(must|should|info)\b", text, re.MULTILINE) + re.findall(r"\s(must|should)\s", text)
    assert len(levels) >= 20
    assert not re.search(r"\b(mu|sho|Lev)\s*\n\s*(st|uld|el)\b", text)
    assert "emergency-response" in text and "free-period-length" in text
