"""Import cost, the generated base package, and the shared layout decisions."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from render_documents import agreement

from termsmith.document.model import Cell, Table
from termsmith.rendering.docx_base import base_docx
from termsmith.rendering.layout import Heading, column_fractions, flow, page_label_parts

SRC = Path(__file__).resolve().parents[2] / "src"


def test_importing_the_package_imports_no_renderer() -> None:
    code = (
        "import sys, termsmith.rendering, termsmith.rendering.atomic;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'docx', 'jinja2', 'lxml')))"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_base_package_is_regenerated_identically_and_is_minimal() -> None:
    base_docx.cache_clear()
    first = base_docx(("zh-Hans",))
    base_docx.cache_clear()
    assert base_docx(("zh-Hans",)) == first
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert sorted(zf.namelist()) == sorted(
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "docProps/app.xml",
                "docProps/core.xml",
                "word/_rels/document.xml.rels",
                "word/document.xml",
                "word/fontTable.xml",
                "word/footer1.xml",
                "word/header1.xml",
                "word/numbering.xml",
                "word/settings.xml",
                "word/styles.xml",
            ]
        )
        fonts = zf.read("word/fontTable.xml").decode()
        app = zf.read("docProps/app.xml").decode()
    assert '<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:charset w:val="86"/>' in fonts
    assert '<w:font w:name="SimHei"><w:altName w:val="黑体"/><w:charset w:val="86"/><w:family w:val="swiss"/>' in fonts
    assert "Noto" not in fonts  # Word users have no Noto faces
    assert "<Application>termsmith</Application>" in app


def test_flow_numbers_clauses_and_orders_headings() -> None:
    items = list(flow(agreement("zh-Hans")))
    headings = [i for i in items if isinstance(i, Heading)]
    assert headings[0].level == 0 and headings[0].spans[0].text == "软件售后服务协议"
    assert [h.spans[0].text for h in headings if h.level == 1][:2] == [
        "第一条 服务内容与范围",
        "第二条 服务标准与响应时限",
    ]
    numbered = [i for i in items if getattr(i, "label", None) == "3.1"]
    assert len(numbered) == 1 and numbered[0].text.startswith("免费维护期为12个月")


def test_page_labels_are_cleaned() -> None:
    from dataclasses import replace

    from termsmith.document.model import PageLabels

    doc = replace(agreement("en"), page_labels=PageLabels("Page\x00 ", " of\u202e ", ""))
    parts = page_label_parts(doc)
    assert (parts.before, parts.middle, parts.after) == ("Page ", " of ", "")


def test_column_fractions_follow_widths_or_content() -> None:
    given = Table(header=((Cell("a"), Cell("b")),), rows=(), lang="en", widths=(1, 3))
    assert column_fractions(given) == (0.25, 0.75)
    guessed = Table(
        header=((Cell("级别"), Cell("示例")),),
        rows=((Cell("P0"), Cell("系统整体宕机、支付失败、数据丢失")),),
        lang="zh-Hans",
    )
    small, large = column_fractions(guessed)
    assert large > small * 3 and abs(small + large - 1) < 1e-3
    assert column_fractions(Table(header=(), rows=(), lang="en")) == ()
