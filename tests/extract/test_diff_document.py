"""`termsmith diff spec.yaml vendor.docx|pdf`: a spec against a vendor's document, term by term
through the diff code, each document-side value quoting its sentence (issue 12, point 4)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from termsmith.cli import main
from tests.extract.conftest import ROOT, write_docx

SPEC = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
VENDOR = [
    "甲方（委托方）：福州闽油能源有限公司",
    "乙方（服务方）：厦门云帆软件科技有限公司",
    "第二条 服务标准",
    "P0（紧急）级故障：乙方应在接到报修后2小时（7×24小时）内响应，4小时（7×24小时）内解决。",
    "第三条 免费维护期",
    "免费维护期为6个月，自软件通过甲方验收之日起计算。",
    "第四条 收费标准",
    "新功能开发按人天计价，每人天人民币3,500.00元。",
]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["diff", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_spec_against_docx_term_by_term_with_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendor = write_docx(tmp_path / "vendor.docx", VENDOR)
    code, report = _json(capsys, str(SPEC), str(vendor))
    assert code == 1
    assert report["document"] == "new"
    changes = {c["path"]: c for c in report["changes"]}
    paragraphs = [p.text for p in docx.Document(str(vendor)).paragraphs]

    response = changes["severity_levels.P0.response"]  # the document's P0 compares with the spec's P0
    assert response["old"] == {"within": "30 minutes", "clock": "24x7"}
    assert response["new"] == {"within": "2 hours", "clock": "24x7"}
    assert response["favours"] == "vendor"
    assert response["evidence"]["paragraph"] == 4 and response["evidence"]["page"] is None
    assert response["evidence"]["quote"] in paragraphs[3]

    free = changes["free_maintenance.length"]
    assert (free["old"], free["new"], free["favours"]) == ("12 months", "6 months", "vendor")
    assert free["evidence"]["quote"] in paragraphs[5]

    price = changes["fees.rate_card.feature-work.price"]  # matched by its unit, person-day
    assert (price["old"], price["new"], price["favours"]) == ("3000.00 CNY", "3500.00 CNY", "vendor")
    assert price["evidence"]["quote"] in paragraphs[7]

    # what both say alike is no change: the parties, P0's resolution, the free period's start
    assert not any(p.startswith("parties") for p in changes)
    assert "severity_levels.P0.resolution" not in changes
    assert "free_maintenance.start_event" not in changes
    # the spec's other levels and terms the document does not state are listed as such, not as removed
    assert not any(c["kind"] == "removed" for c in report["changes"])
    assert {"故障等级 P1", "服务期限", "付款节点", "支持渠道"} <= set(report["not_stated"])
    assert report["summary"]["not_stated"] == len(report["not_stated"])


def test_document_first_flips_the_direction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendor = write_docx(tmp_path / "vendor.docx", VENDOR)
    code, report = _json(capsys, str(vendor), str(SPEC))
    assert code == 1 and report["document"] == "old"
    response = {c["path"]: c for c in report["changes"]}["severity_levels.P0.response"]
    assert response["old"]["within"] == "2 hours" and response["new"]["within"] == "30 minutes"
    assert response["favours"] == "client"
    assert response["evidence"]["paragraph"] == 4  # the evidence is the document's, whichever side it is on


def test_text_report_quotes_pdf_page_and_paragraph(rendered, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """The spec against the PDF of *another* spec: each changed document-side value is followed by
    its page, paragraph and quote, and the quote is on that page of the PDF."""
    pdf = next(d for d, s, lang in rendered if d.suffix == ".pdf" and s.name.startswith("office-oa"))
    code = main(["diff", str(SPEC), str(pdf), "--lang", "zh-Hans"])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("规格与供应商文件对比: ")
    p0 = next(i for i, line in enumerate(lines) if line.startswith("~ P0 响应时限: 30分钟（7×24小时） → 1个工作小时"))
    evidence = lines[p0 + 1]
    assert evidence.startswith("    第4页第")
    quote = evidence.split("：“", 1)[1].rstrip("”…")
    page = pdfium.PdfDocument(str(pdf))[3].get_textpage().get_text_range()
    assert "".join(quote.split())[:30] in "".join(page.split())


def test_two_documents_or_an_unreadable_one_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendor = write_docx(tmp_path / "vendor.docx", VENDOR)
    assert main(["diff", str(vendor), str(vendor)]) == 2
    assert "compares a spec with a document" in capsys.readouterr().err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    assert main(["diff", str(SPEC), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.pdf: error[E004]" in err and "Traceback" not in err
