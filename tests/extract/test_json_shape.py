"""The JSON report: version 1, documents[], terms in the spec's field names, evidence per
dotted path with quote/page/paragraph/line/column that point at the exact characters."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from termsmith.cli import main
from tests.extract.conftest import write_docx

VENDOR_TEXT = [
    "软件维护服务合同",
    "甲方（委托方）：福州海岸贸易有限公司",
    "乙方（服务方）：厦门蓝鲸软件有限公司",
    "第一条 服务期限",
    "本合同服务期限自2026年3月1日起至2027年2月28日止。",
    "第二条 服务标准",
    "紧急故障：乙方应在接到报修后三十分钟内响应，四小时内解决。",
    "一般故障：乙方应在接到报修后八个工作小时内响应，三个工作日内解决。",
    "第三条 免费维护期",
    "免费维护期为十二个月，自系统验收合格之日起计算。",
    "第四条 费用",
    "年度维护费为人民币陆仟元整（¥6,000.00），按年支付。新功能开发按人天计费，每人天人民币2500元。",
    "甲方于合同签订后10日内支付50%，服务期满后支付剩余50%。",
    "第五条 知识产权",
    "软件源代码的知识产权归甲方所有。",
    "第六条 争议解决",
    "本合同适用中华人民共和国法律。争议向甲方所在地人民法院提起诉讼。",
    "乙方赔偿责任总额不超过甲方已支付服务费的100%。",
    "甲方可通过服务热线电话、电子邮件或工单系统报修。",
]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["extract", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_docx_terms_and_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = write_docx(tmp_path / "vendor.docx", VENDOR_TEXT)
    code, report = _run(capsys, str(file))
    assert code == 0
    assert report["version"] == 1 and len(report["documents"]) == 1
    doc = report["documents"][0]
    assert set(doc) == {
        "file",
        "format",
        "language",
        "terms",
        "evidence",
        "not_stated",
        "diagnostics",
        "unread_figures",
    }
    assert (doc["format"], doc["language"]) == ("docx", "zh-Hans")
    t = doc["terms"]
    assert t["parties"] == [
        {"role": "client", "legal_name": "福州海岸贸易有限公司"},
        {"role": "vendor", "legal_name": "厦门蓝鲸软件有限公司"},
    ]
    assert [(lv["name"], lv["response"], lv["resolution"]) for lv in t["severity_levels"]] == [
        ("紧急", {"within": "30m", "clock": None}, {"within": "4h", "clock": None}),
        (
            "一般",
            {"within": "8 business hours", "clock": "business"},
            {"within": "3 business days", "clock": "business"},
        ),
    ]
    assert t["free_maintenance"] == {"length": "12 months", "start_event": "acceptance"}
    assert t["term"] == {"start": "2026-03-01", "length": "12 months"}
    assert t["fees"]["currency"] == "CNY"
    assert [(f["amount"], f["period"]) for f in t["fees"]["recurring"]] == [("6000.00 CNY", "year")]
    assert [(f["price"], f["unit"]) for f in t["fees"]["rate_card"]] == [("2500.00 CNY", "person-day")]
    assert t["payment"]["milestones"] == [
        {"percent": "50%", "trigger": "signing"},
        {"percent": "50%", "trigger": "completion"},
    ]
    assert t["intellectual_property"] == {"source_code_owner": "client"}
    assert t["disputes"] == {"governing_law": "中华人民共和国法律", "court": {"name": "甲方所在地人民法院"}}
    assert t["liability"] == {"cap": "100%"}
    assert [c["kind"] for c in t["support_channels"]] == ["phone", "email", "ticket"]
    assert doc["not_stated"] == []
    # evidence: DOCX has no pages; paragraph and line are the paragraph number; the column points at the sentence
    ev = doc["evidence"]["severity_levels[1].response"]
    assert ev["page"] is None and ev["paragraph"] == ev["line"] == 8
    assert VENDOR_TEXT[ev["paragraph"] - 1][ev["column"] - 1 :].startswith(ev["quote"])
    fee = doc["evidence"]["fees.rate_card[0].price"]
    assert fee["quote"] == "新功能开发按人天计费，每人天人民币2500元。"
    assert VENDOR_TEXT[fee["paragraph"] - 1][fee["column"] - 1 :].startswith(fee["quote"])


def test_pdf_evidence_points_at_page_and_line(rendered, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    pdf = next(d for d, _, lang in rendered if d.suffix == ".pdf" and lang == "zh-Hans")
    code, report = _run(capsys, str(pdf))
    assert code == 0
    doc = report["documents"][0]
    lines_checked = 0
    document = pdfium.PdfDocument(str(pdf))
    for path, ev in doc["evidence"].items():
        assert ev["page"] >= 1 and ev["paragraph"] >= 1, path
        text = document[ev["page"] - 1].get_textpage().get_text_range().replace("\r\n", "\n").split("\n")
        line = text[ev["line"] - 1]
        head = ev["quote"].split(" | ")[0][:6]  # a table row quotes its cells joined by " | "
        rest = line[ev["column"] - 1 :]  # the quote starts here (and may wrap onto the next line)
        assert rest and (rest.startswith(head) or head.startswith(rest)), (path, line, ev)
        lines_checked += 1
    assert lines_checked >= 20


def test_template_blanks_are_not_stated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "template.txt"
    file.write_text(
        "\n".join(
            [
                "甲方(客户):[客户公司全称]",
                "乙方：____________",
                "严重错误响应时间不超过[例如:4]小时，解决时间不超过【】小时。",
                "免费维护期为XXX个月。",
                "维护费用为人民币______元整。",
            ]
        ),
        encoding="utf-8",
    )
    code, report = _run(capsys, str(file))
    doc = report["documents"][0]
    assert code == 0
    assert doc["terms"] == {}
    assert {"parties", "severity_levels", "free_maintenance.length", "fees"} <= set(doc["not_stated"])


def test_untiered_promise_numerals_and_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "promise.md"
    file.write_text(
        "# 售后服务承诺书\n\n乙方接到通知后二十四小时内响应，七十二小时内修复。\n\n"
        "免费保修期为6-12个月，自验收合格之日起计算。\n\n技术支持服务费为每年人民币壹万贰仟元整。\n",
        encoding="utf-8",
    )
    _code, report = _run(capsys, str(file))
    doc = report["documents"][0]
    assert doc["terms"]["severity_levels"] == [
        {
            "name": "所有故障",
            "response": {"within": "24h", "clock": None},
            "resolution": {"within": "72h", "clock": None},
        }
    ]
    # 6-12个月 free is 6 months, with E102: a granted period gives its range's shorter end (session 15's decision)
    assert doc["terms"]["free_maintenance"] == {"length": "6 months", "start_event": "acceptance"}
    assert [d["code"] for d in doc["diagnostics"]] == ["E102"]
    assert doc["terms"]["fees"]["recurring"][0]["amount"] == "12000.00 CNY"
    assert doc["evidence"]["free_maintenance.length"]["line"] == 5  # the Markdown file's own line


def test_roles_from_the_text_and_contradiction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    swapped = write_docx(
        tmp_path / "swapped.docx",
        [
            "甲方（服务提供方）：某某网络科技有限公司",
            "乙方（服务接受方）：某某贸易有限公司",
            "甲方为乙方提供网站维护服务。",
            "网站源代码归乙方所有。",
        ],
    )
    contradicting = write_docx(
        tmp_path / "contradicting.docx",
        ["甲方（委托方）：某某贸易有限公司", "乙方（服务方）：某某网络科技有限公司", "甲方为乙方提供网站维护服务。"],
    )
    _code, report = _run(capsys, str(swapped), str(contradicting))
    first, second = report["documents"]
    assert first["terms"]["parties"] == [
        {"role": "vendor", "legal_name": "某某网络科技有限公司"},
        {"role": "client", "legal_name": "某某贸易有限公司"},
    ]
    assert first["terms"]["intellectual_property"] == {"source_code_owner": "client"}
    assert first["diagnostics"] == []
    assert [d["code"] for d in second["diagnostics"]] == ["E101"]
    assert second["diagnostics"][0]["extra"]["paragraph"] == "3"


def test_english_agreement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "sla.txt"
    file.write_text(
        'This Support Agreement is made between Acme Retail Ltd (the "Customer") and Byte Works Ltd (the "Provider").\n'
        "Severity 1: the Provider shall respond within two (2) hours and resolve the problem within 1 business day.\n"
        "Severity 2: the Provider shall respond within 8 business hours and resolve it within 5 business days.\n"
        "The warranty period is ninety (90) days from acceptance.\n"
        "The annual support fee is USD 12,000.00 per year.\n"
        "This Agreement is governed by the laws of the State of New York.\n",
        encoding="utf-8",
    )
    _code, report = _run(capsys, str(file))
    t = report["documents"][0]["terms"]
    assert report["documents"][0]["language"] == "en"
    assert t["parties"] == [
        {"role": "client", "legal_name": "Acme Retail Ltd"},
        {"role": "vendor", "legal_name": "Byte Works Ltd"},
    ]
    assert [(lv["name"], lv["response"]["within"], lv["resolution"]["within"]) for lv in t["severity_levels"]] == [
        ("Severity 1", "2h", "1 business day"),
        ("Severity 2", "8 business hours", "5 business days"),
    ]
    assert t["free_maintenance"] == {"length": "90 days", "start_event": "acceptance"}
    assert t["fees"]["recurring"][0]["amount"] == "12000.00 USD"
    assert t["disputes"]["governing_law"] == "the State of New York"


def test_documented_shape_matches_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """docs/extract.md's JSON example has exactly the keys the command writes."""
    import re

    from tests.extract.conftest import ROOT

    text = (ROOT / "docs" / "extract.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", text, re.S).group(1))
    file = write_docx(tmp_path / "vendor.docx", VENDOR_TEXT)
    _, report = _run(capsys, str(file))
    assert set(example) == set(report) and example["version"] == report["version"]
    documented, produced = example["documents"][0], report["documents"][0]
    assert set(documented) == set(produced)
    assert set(documented["terms"]) <= set(produced["terms"])
    for ev in documented["evidence"].values():
        assert set(ev) == set(next(iter(produced["evidence"].values())))
    for path in produced["evidence"]:
        assert re.fullmatch(r"[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*", path), path
