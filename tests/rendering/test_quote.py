"""A quote (报价单) goes through the same renderers: line items and totals tables."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pypdf
import pytest
from render_documents import agreement

from termsmith.document.model import Cell, Clause, Section, Table
from termsmith.rendering import render_docx, render_pdf


def _quote() -> object:
    lines = Table(
        header=((Cell("项目"), Cell("数量", "right"), Cell("单价（元）", "right"), Cell("金额（元）", "right")),),
        rows=(
            (Cell("年度运维服务费"), Cell("12", "right"), Cell("500.00", "right"), Cell("6,000.00", "right")),
            (Cell("功能开发（估算）"), Cell("2", "right"), Cell("3,000.00", "right"), Cell("6,000.00", "right")),
        ),
        lang="zh-Hans",
        kind="quote-lines",
        widths=(4, 1, 2, 2),
    )
    totals = Table(
        header=((Cell("合计"), Cell("金额（元）", "right")),),
        rows=(
            (Cell("价税合计（大写：人民币壹万贰仟柒佰贰拾元整）", bold=True), Cell("12,720.00", "right", bold=True)),
        ),
        lang="zh-Hans",
        kind="quote-totals",
    )
    section = Section("quote", {"zh-Hans": "一、"}, {"zh-Hans": "报价明细"}, (Clause((lines, totals)),))
    return replace(agreement("zh-Hans"), kind="quote", title={"zh-Hans": "报价单"}, sections=(section,))


def test_quote_docx_has_line_items_and_capital_total() -> None:
    word = docx.Document(io.BytesIO(render_docx(_quote())))  # type: ignore[arg-type]
    lines, totals = word.tables[0], word.tables[1]
    assert [c.text for c in lines.rows[2].cells] == ["功能开发（估算）", "2", "3,000.00", "6,000.00"]
    assert "人民币壹万贰仟柒佰贰拾元整" in totals.rows[1].cells[0].text
    assert totals.rows[1].cells[1].paragraphs[0].runs[0].bold
    assert word.core_properties.category == "quote"


@pytest.mark.slow
def test_quote_pdf_has_totals() -> None:
    data = render_pdf(_quote())  # type: ignore[arg-type]
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).replace(" ", "")
    assert "报价单" in text and "12,720.00" in text and "人民币壹万贰仟柒佰贰拾元整" in text
