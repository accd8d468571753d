"""check, lint and the draft spec on vendors' documents; the YAML path stays light."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.extract.readers import read_document
from tests.extract.conftest import ROOT, write_docx

VENDOR = [
    "甲方（委托方）：福州海岸贸易有限公司",
    "乙方（服务方）：厦门蓝鲸软件有限公司",
    "第二条 服务标准",
    "紧急故障：乙方应在接到报修后1小时内响应，8小时内解决。",
    "重要故障：乙方应在接到报修后4小时内响应，24小时内解决。",
    "一般故障：乙方应在接到报修后8小时内响应，5个工作日内解决。",
    "第三条 免费维护期",
    "免费维护期为三个月，自系统上线之日起计算。",
    "乙方应及时处理甲方的其他要求。",
]

VENDOR_HANT = [
    "甲方（委託方）：臺北海岸貿易有限公司",
    "乙方（服務方）：新竹藍鯨軟體有限公司",
    "第二條 服務標準",
    "緊急故障：乙方應於接獲報修後1小時內回應，8小時內解決。",
    "第三條 免費維護期",
    "免費維護期為三個月，自系統上線之日起計算。",
]


def test_check_mixes_documents_and_specs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write_docx(tmp_path / "vendor.docx", VENDOR)
    spec = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
    code = main(["check", str(doc), str(spec), "--format", "json", "--no-clauses"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # the document fails must-requirements
    columns = [s["file"] for s in report["specs"]]
    assert columns == [str(doc), str(spec)]
    rows = {r["id"]: r for r in report["specs"][0]["results"]}
    assert rows["free-period-length"]["verdict"] == "fail"
    ev = rows["free-period-length"]["evidence"]
    assert ev == {
        "quote": "免费维护期为三个月，自系统上线之日起计算。",
        "page": None,
        "paragraph": 8,
        "line": 8,
        "column": 1,
    }
    assert (
        "第8段" in rows["free-period-length"]["clause"] and "免费维护期为三个月" in rows["free-period-length"]["clause"]
    )
    assert rows["emergency-response"]["verdict"] == "pass"
    assert rows["emergency-response"]["evidence"]["paragraph"] == 4
    assert rows["client-owns-source"]["verdict"] == "not stated"
    assert rows["client-owns-source"]["evidence"] is None
    assert report["specs"][0]["vendor"] == "厦门蓝鲸软件有限公司"
    assert report["specs"][1]["results"][0]["evidence"] is None  # a spec has clauses, not quotes


def test_check_unreadable_document_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    code = main(["check", str(tmp_path / "old.doc"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["specs"][0]["diagnostics"][0]["code"] == "E002"


def test_lint_docx_positions_map_to_exact_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write_docx(tmp_path / "vendor.docx", VENDOR)
    code = main(["lint", str(doc), "--format", "json"])
    found = json.loads(capsys.readouterr().out)["diagnostics"]
    assert code == 1  # warnings fail by default (README: exit 1 on findings) ...
    assert {d["severity"] for d in found} == {"warning"}  # ... but vague prose in a document is only a warning
    assert main(["lint", str(doc), "--format", "json", "--fail-on", "error"]) == 0
    capsys.readouterr()
    hit = next(d for d in found if d["extra"]["term"] == "及时")
    assert hit["line"] == 9 and hit["extra"]["paragraph"] == "9"
    assert VENDOR[hit["line"] - 1][hit["column"] - 1 : hit["end_column"] - 1] == "及时"
    assert "page" not in hit["extra"]
    main(["lint", str(doc), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    result = next(r for r in sarif["runs"][0]["results"] if "及时" in r["message"]["text"])
    assert result["properties"]["documentPosition"] == {"paragraph": 9}
    assert result["locations"][0]["physicalLocation"]["region"]["startColumn"] == hit["column"]


def test_lint_pdf_positions_are_page_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pypdfium2 as pdfium

    source = tmp_path / "vendor.html"
    source.write_text(
        "<html><head><meta charset='utf-8'></head><body>" + "".join(f"<p>{t}</p>" for t in VENDOR) + "</body></html>",
        encoding="utf-8",
    )
    assert main(["lint", str(source), "--format", "json"]) == 1  # a warning: exit 1 by default
    html_hits = json.loads(capsys.readouterr().out)["diagnostics"]
    assert {d["severity"] for d in html_hits} == {"warning"}
    assert any(d["extra"]["term"] == "及时" for d in html_hits)
    pdf = tmp_path / "vendor.pdf"
    from weasyprint import HTML

    HTML(filename=str(source)).write_pdf(str(pdf))
    assert main(["lint", str(pdf), "--format", "json", "--fail-on", "error"]) == 0  # warnings only
    hit = next(d for d in json.loads(capsys.readouterr().out)["diagnostics"] if d["extra"]["term"] == "及时")
    page, line, column = (int(hit["extra"][k]) for k in ("page", "page_line", "page_column"))
    text = pdfium.PdfDocument(str(pdf))[page - 1].get_textpage().get_text_range().replace("\r\n", "\n").split("\n")
    assert text[line - 1][column - 1 : column + 1] == "及时"
    assert f"page {page}, line {line}:{column}" in hit["message"]


def test_draft_spec_has_evidence_and_todo_markers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write_docx(tmp_path / "vendor.docx", VENDOR)
    draft = tmp_path / "draft.yaml"
    assert main(["extract", str(doc), "--format", "yaml", "-o", str(draft)]) == 0
    text = draft.read_text(encoding="utf-8")
    # a Chinese agreement's draft speaks Chinese: its head, its places and its TODO notes
    assert "# “免费维护期为三个月，自系统上线之日起计算。”（第8段）" in text
    assert text.startswith("# termsmith extract 从 vendor.docx（zh-Hans）读出的规格草稿。")
    assert "number: TODO  # TODO: 协议编号" in text
    assert "legal_name: 厦门蓝鲸软件有限公司" in text and "within: 1h" in text
    assert "number: TODO" in text
    code = main(["validate", str(draft)])
    out = capsys.readouterr().out
    assert code == 1
    assert "S300" in out and "spec.agreement.number" in out
    from termsmith.validation import validate_path

    result = validate_path(draft)
    todo_lines = [i for i, line in enumerate(text.splitlines(), 1) if ": TODO" in line]
    assert sorted(d.line for d in result.diagnostics if d.code == "S300") == todo_lines
    # filled in, the values the document stated survive as written
    assert result.loaded.data["spec"]["free_maintenance"]["length"] == "3 months"
    assert result.loaded.data["spec"]["free_maintenance"]["start_event"] == "go-live"
    # … and English when asked, with the same values and the same TODO lines
    english = tmp_path / "draft.en.yaml"
    assert main(["extract", str(doc), "--format", "yaml", "--lang", "en", "-o", str(english)]) == 0
    en_text = english.read_text(encoding="utf-8")
    assert "# “免费维护期为三个月，自系统上线之日起计算。” (paragraph 8)" in en_text
    assert "number: TODO  # TODO: the agreement number" in en_text
    assert [line.split("#")[0] for line in en_text.splitlines() if not line.startswith("#")] == [
        line.split("#")[0] for line in text.splitlines() if not line.startswith("#")
    ]


def test_yaml_draft_needs_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write_docx(tmp_path / "vendor.docx", VENDOR)
    assert main(["extract", str(doc), str(doc), "--format", "yaml"]) == 2
    assert "exactly one FILE" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_yaml_commands_do_not_import_document_readers(command: str) -> None:
    sample = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
    code = (
        f"import sys; from termsmith.cli import main; main([{command!r}, {str(sample)!r}]); "
        "heavy = [m for m in ('pypdfium2', 'docx', 'cn2an', 'termsmith.extract.readers') if m in sys.modules]; "
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert "HEAVY []" in out, out


def test_markdown_and_html_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write_docx(tmp_path / "vendor<1>.docx", VENDOR)
    assert main(["extract", str(doc), "--format", "md"]) == 0
    md = capsys.readouterr().out
    # the report on a Chinese agreement is worded in Chinese; spec paths, values and quotes stay as they are
    assert "| 条款 | 值 | 原文依据 | 位置 |" in md
    assert (
        "| free_maintenance.length | 3 months | 免费维护期为三个月，自系统上线之日起计算。 | 第8段，第8行第1列 |" in md
    )
    assert "| free_maintenance.start_event | go-live | 〃 |  |" in md
    assert "**未约定：** `term.length`" in md
    assert not re.search(r"Not stated|Format:|\bline\b", md)
    assert main(["extract", str(doc), "--format", "md", "--lang", "en"]) == 0
    md_en = capsys.readouterr().out
    assert (
        "| free_maintenance.length | 3 months | 免费维护期为三个月，自系统上线之日起计算。 | ¶ 8, line 8:1 |" in md_en
    )
    assert "**Not stated:** `term.length`" in md_en
    out = tmp_path / "report.html"
    assert main(["extract", str(doc), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "vendor&lt;1&gt;.docx" in html and "<td>3 months</td>" in html
    assert '<html lang="zh-Hans">' in html and "<th>原文依据</th>" in html and "<strong>未约定：</strong>" in html
    tw = write_docx(tmp_path / "vendor-tw.docx", VENDOR_HANT)
    assert main(["extract", str(tw), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="zh-Hant">' in html and "<th>原文依據</th>" in html and "<strong>未約定：</strong>" in html


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Exclusions. The following are not covered:",
            "- Repairs of third-party software as soon as possible.",
            "- Regular updates of hardware drivers.",
            "The Vendor shall respond promptly to every request.",
        ],
        ["以下情况不属于免费维护范围：", "1. 因甲方原因需要及时处理的其他问题。", "乙方应及时响应。"],
    ],
)
def test_lint_reads_a_document_as_a_whole(
    paragraphs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Word file is linted like the same words in a .txt: a list item is read under its
    lead-in ("not covered:" makes its items no promise), and only the real promise warns."""
    doc = write_docx(tmp_path / "vendor.docx", paragraphs)
    txt = tmp_path / "vendor.txt"
    txt.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    found = {}
    for path in (doc, txt):
        main(["lint", str(path), "--format", "json"])
        diags = json.loads(capsys.readouterr().out)["diagnostics"]
        found[path.suffix] = [(d["line"], d["column"], d["extra"]["term"]) for d in diags if d["severity"] == "warning"]
    assert found[".docx"] == found[".txt"]
    assert [line for line, _, _ in found[".docx"]] == [len(paragraphs)]  # the promise, not the excluded items


def test_pdf_look_alike_radicals_read_as_the_ideographs_they_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF whose text layer holds Kangxi radicals (⼒ U+2F12 for 力, ⽴ U+2F74 for 立: what a
    font that shares one glyph between them makes a PDF carry) is read as the ideographs it
    prints, so lint finds 尽力 and 立即, and quotes show the real characters, at the same columns."""
    from weasyprint import HTML

    pdf = tmp_path / "vendor.pdf"
    sentence = "乙方应尽\u2f12在接到报修后\u2f74即响应，2\u2f29时内到场。"
    HTML(string=f"<html><head><meta charset='utf-8'></head><body><p>{sentence}</p></body></html>").write_pdf(str(pdf))
    assert [p.text for p in read_document(pdf).paragraphs] == ["乙方应尽力在接到报修后立即响应，2小时内到场。"]
    main(["lint", str(pdf), "--format", "json"])
    hits = json.loads(capsys.readouterr().out)["diagnostics"]
    assert {(d["extra"]["term"], d["column"]) for d in hits} >= {("尽力", 4), ("立即", 12)}
