"""A procurement record's service period stated by its forms (`rules.service_periods`), when no term clause gives
the term: two months joined in the project's name."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.extract.extract_support import extract_json, terms_of, text_lines


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            text_lines(
                "某市政务信息化运维服务项目202310-202409成交公告",
                "中标人:某某信息科技有限公司 中标价格:29.80万元",
            ),
            "12 months",
        ),
        (text_lines("某區資訊系統維護服務項目202401-202512決標公告"), "24 months"),
    ],
)
def test_the_months_a_project_name_spans(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        text_lines("招标编号:SDLC-JNHG-202310-202409"),  # a code's digits, no name
        text_lines("联系电话:202310-202409"),  # no project or service named before it
        text_lines("运维服务项目202313-202409公告"),  # no month 13
    ],
)
def test_no_span_no_term(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)


def test_a_term_clause_wins(tmp_path: Path) -> None:
    text = text_lines("运维服务项目202310-202409成交公告", "服务期限:两年。")
    assert terms_of(tmp_path, text)["term"]["length"] == "2 years"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (
            text_lines(
                "招标参数:",
                "设备名称 | 产地品牌 | 规格型号 | 维保期限(年) |",
                "文件服务器软件 | 某品牌 | V4.0 | 1 |",
                "维保服务要求:",
            ),
            "1 year",
        ),
        (
            text_lines("| 服務項目 | 數量 | 服務期(月) |", "| 機房維護 | 1 | 6 |", "| 網路維護 | 1 | 6 |"),
            "6 months",
        ),
    ],
)
def test_a_period_column_in_its_unit(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        # a warranty's column is the free period's
        text_lines("| 设备名称 | 数量 | 质保期(年) |", "| 服务器 | 2 | 3 |"),
        # rows that disagree give no one term
        text_lines("| 服务项目 | 数量 | 服务期限(年) |", "| 机房维护 | 1 | 1 |", "| 网络维护 | 1 | 2 |"),
    ],
)
def test_no_period_column_term(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)


def test_the_period_column_through_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The layout an inquiry printed to PDF comes in: its parameters a pipe table, read back through the CLI."""
    import weasyprint

    lines = ["招标参数:", "设备名称 | 产地品牌 | 规格型号 | 维保期限(年) |", "文件服务器软件 | 某品牌 | V4.0 | 1 |"]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    path = tmp_path / "inquiry.pdf"
    weasyprint.HTML(string=f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>').write_pdf(str(path))
    found = extract_json(path, capsys)
    assert found["terms"]["term"] == {"length": "1 year"}
    assert "维保期限" not in found["evidence"]["term.length"]["quote"]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        # a tender's table printed one cell per paragraph: the label, then its value
        (text_lines("1.3.2", "", "合同工期", "", "1年(2024.9.1-2025.8.31)", "", "1.5"), "1 year"),
        (text_lines("服務期限", "", "2024.1.1-2024.12.31"), "12 months"),
        # the form's label before its colon
        (
            text_lines("3.履行期限及地点和方式", "3.1 履行期限: 自合同签订之日起12个月", "3.2 履行地点:采购人指定地点"),
            "12 months",
        ),
        (text_lines("履約期限:2年"), "2 years"),
    ],
)
def test_a_form_label_and_its_value(tmp_path: Path, text: str, length: str) -> None:
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        text_lines("合同工期", "", "详见采购需求"),  # no length in the value
        text_lines("履行期限:", "", "本合同自双方签字之日起生效,付款后30日内交付。"),  # the length does not open it
        text_lines("维保期限", "", "质保期3年"),  # a warranty is the free period
    ],
)
def test_no_length_under_the_label(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (text_lines("| 项目名称 | 门诊系统2025-2026年度运维服务 |", "| 采购方式 | 单一来源 |"), "24 months"),
        (text_lines("某醫院資訊系統2024至2026年度維護採購案"), "36 months"),
    ],
)
def test_the_years_before_a_service_year_span(tmp_path: Path, text: str, length: str) -> None:
    # extract19F: two years joined before 年度 and the service, both counted
    assert terms_of(tmp_path, text)["term"]["length"] == length


@pytest.mark.parametrize(
    "text",
    [
        text_lines("公司2020-2024年度财务报告"),  # years of no service
        text_lines("某系统2024-2023年度维护"),  # the last year before the first
    ],
)
def test_year_span_of_no_service_no_term(tmp_path: Path, text: str) -> None:
    assert "term" not in terms_of(tmp_path, text)
