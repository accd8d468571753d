"""termsmith review: every clause with provenance, flags and findings, in HTML and Markdown."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pytest
from assembly_support import FIXTURES, REPO

from termsmith.cli import main

FUEL = REPO / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def test_markdown_report_lists_every_clause_with_provenance(tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    assert main(["review", str(FUEL), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    raw = (REPO / "clauses" / "severity-levels.yaml").read_bytes()
    assert f"sha256 `{hashlib.sha256(raw).hexdigest()}`" in text
    assert "| `spec.severity_levels[0].response` | 30分钟 |" in text
    assert "`language-precedence` (applies when `spec.languages.prevailing`)" in text
    ids = re.findall(r"^### .*? · `([a-z0-9-]+)`", text, re.MULTILINE)
    assert ids[:2] == ["parties", "recitals"] and ids[-1] == "signature-block" and len(ids) == len(set(ids))


def test_html_report_flags_drafts_and_findings_and_escapes(tmp_path: Path, minimal_spec: Path) -> None:
    draft = tmp_path / "lib"
    draft.mkdir()
    text = (REPO / "clauses" / "scope-included.yaml").read_text(encoding="utf-8")
    (draft / "scope-included.yaml").write_text(text.replace("status: approved", "status: draft"), encoding="utf-8")
    out = tmp_path / "review.html"
    code = main(["review", str(minimal_spec), "--library", str(draft), "-o", str(out), "--lang", "zh-Hans"])
    report = out.read_text(encoding="utf-8")
    assert code == 1
    assert '<span class="flag">DRAFT</span> <code>scope-included</code>' in report
    finding = re.search(r'<p class="finding">warning\[(V[A-Z]\d{3})\][^<]*“([^”]*)”', report)
    assert finding is not None and "及时" in finding.group(2)
    assert "<script>" not in report and html.escape("<script>alert(1)</script>") in report


@pytest.fixture
def minimal_spec(tmp_path: Path) -> Path:
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("legal_name: 甲方测试有限公司", "legal_name: '<script>alert(1)</script>'")
    text = text.replace("description: 修复交付程序本身的缺陷", "description: 乙方及时修复交付程序本身的缺陷")
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_invalid_spec_and_broken_library_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: termsmith/v1\nkind: ServiceSpec\n", encoding="utf-8")
    assert main(["review", str(bad)]) == 1
    assert main(["review", str(FUEL), "--library", str(FIXTURES / "broken-unknown-clause")]) == 1
    err = capsys.readouterr().err
    assert "LB020" in err and "Traceback" not in err


def test_review_has_a_read_back_audit_section_with_documented_codes(tmp_path: Path) -> None:
    """A clause that still says "original(s)" and leaves a bracket open is reported with its AU code and place."""
    overlay = tmp_path / "lib"
    overlay.mkdir()
    text = (REPO / "clauses" / "miscellaneous.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "{{ count(spec.signatures.counterparts, 'original') }}", "{{ spec.signatures.counterparts }} original(s)"
    )
    text = text.replace("本协议各条的标题仅为阅读方便而设，不影响条款的解释。", "本协议各条的标题（仅为阅读方便而设。")
    (overlay / "miscellaneous.yaml").write_text(text, encoding="utf-8")
    spec = REPO / "samples" / "retail-app-maintenance.bilingual.yaml"
    out = tmp_path / "review.md"
    assert main(["review", str(spec), "--library", str(overlay), "-o", str(out)]) == 1
    report = out.read_text(encoding="utf-8")
    audit = report.split("## Read-back audit", 1)[1].split("\n## ", 1)[0]
    assert re.search(r"\| AU006 template-leftover \| miscellaneous · line \d+, col \d+ · en \|", audit)
    assert re.search(r"\| AU005 unbalanced-brackets \| miscellaneous · line \d+, col \d+ · zh-Hans \|", audit)
    assert "termsmith rule CODE" in audit
    for code in ("AU005", "AU006"):
        assert main(["rule", code]) == 0
    clean = tmp_path / "clean.html"
    assert main(["review", str(spec), "-o", str(clean)]) == 0
    assert '<h2 id="audit">Read-back audit</h2>' in clean.read_text(encoding="utf-8")
    assert "No findings" in clean.read_text(encoding="utf-8")
