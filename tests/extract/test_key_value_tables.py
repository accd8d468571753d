"""Issue 12 (session 27): a contract's key terms in a two-column Word table of labels and values (a cover table, a
"主要条款" table): each row is its label's term — the parties by their role labels, a response and a resolution time
for every issue, the free period, the term and the fee — and no row is a level named after the first row's value
(before, "杭州云帆科技有限公司" became a level's name and the English table's parties and term were lost). Our own tables,
in the layout of a vendor's Word file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from extract_support import extract_json, level_times

_ZH = [
    ("甲方（委托方）", "杭州云帆科技有限公司"),
    ("乙方（服务方）", "上海启明软件有限公司"),
    ("免费维护期", "自验收合格之日起12个月"),
    ("服务期限", "2025年1月1日至2025年12月31日"),
    ("年度维护费", "人民币陆万元整（¥60,000.00）"),
    ("响应时间", "接到报修后2小时内响应"),
    ("解决时间", "24小时内解决"),
]
_EN = [
    ("Client", "Northwind Retail Ltd"),
    ("Provider", "Acme Web Services Ltd"),
    ("Warranty period", "90 days from go-live"),
    ("Term", "12 months"),
    ("Monthly fee", "GBP 450.00 per month"),
    ("Response time", "4 business hours"),
    ("Resolution time", "2 business days"),
]


def _terms(tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[tuple[str, str]]) -> Any:
    doc = Document()
    doc.add_paragraph("Key terms")
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (label, value) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = label, value
    doc.save(str(tmp_path / "terms.docx"))
    return extract_json(tmp_path / "terms.docx", capsys)["terms"]


def test_chinese_key_terms_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    terms = _terms(tmp_path, capsys, _ZH)
    assert [(p["role"], p["legal_name"]) for p in terms["parties"]] == [
        ("client", "杭州云帆科技有限公司"),
        ("vendor", "上海启明软件有限公司"),
    ]
    assert level_times(terms) == {"所有故障": ("2h", "24h")}
    assert terms["free_maintenance"] == {"length": "12 months", "start_event": "acceptance"}
    assert terms["term"]["length"] == "12 months"


def test_english_key_terms_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    terms = _terms(tmp_path, capsys, _EN)
    assert [(p["role"], p["legal_name"]) for p in terms["parties"]] == [
        ("client", "Northwind Retail Ltd"),
        ("vendor", "Acme Web Services Ltd"),
    ]
    assert level_times(terms) == {"all issues": ("4 business hours", "2 business days")}
    assert terms["term"] == {"length": "12 months"}
    assert terms["free_maintenance"]["length"] == "90 days"


def test_an_english_key_terms_table_printed_without_borders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a PDF of the table without borders: each row one line, "Client Northwind Retail Ltd"; a legal name after the role
    # word is that role's party, not a vendor named "Client Northwind Retail Ltd"
    path = tmp_path / "terms.txt"
    path.write_text("Key terms\nClient Northwind Retail Ltd\nProvider Acme Web Services Ltd\n", encoding="utf-8")
    terms = extract_json(path, capsys)["terms"]
    assert [(p["role"], p["legal_name"]) for p in terms["parties"]] == [
        ("client", "Northwind Retail Ltd"),
        ("vendor", "Acme Web Services Ltd"),
    ]
