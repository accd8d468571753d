"""A level table a reader took is read whole: rows of the same shape as the rows it timed get the same column map,
whatever made a reader drop them (a range glued to the cell before it, a note line between the rows, "next business
day" where the others say "4 hours"). Read end to end through `termsmith extract` from text, DOCX and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_json, extract_lines, level_times

# a web table copied as text, its cells run together; P3 and P4 give their resolution as a range
GLUED = [
    "Support levels",
    "PriorityImpactResponseResolution",
    "P1 — CriticalWhole office down; no workaroundWithin 1 hourWithin 4 hours",
    "P2 — HighA team cannot workWithin 2 business hoursWithin 8 business hours",
    "P3 — MediumOne user affected; workaround existsWithin 4 business hours1–2 business days",
    "P4 — LowA question or a change requestWithin 1 business day3–5 business days",
]

# rows of a two-column table, a footnote line under two of them
NOTED = [
    "Support levels",
    "Severity Level Response Time Objective",
    "Severity 1/Critical 1 hour",
    "*Standard Support Hours",
    "Severity 2/Major 4 hours",
    "*Standard Support Hours",
    "Severity 3/Normal next business day",
    "Severity 4/Minor 5 business days",
]
NOTED_TIMES = {
    "Severity 1": ("1h", None),
    "Severity 2": ("4h", None),
    "Severity 3": ("1 business day", None),
    "Severity 4": ("5 business days", None),
}

# the same in Chinese: a note line under the first rows, a "best effort" word and a range in the third
NOTED_ZH = [
    "级别 描述 响应时间 解决时间",
    "P1 紧急：全部系统瘫痪 30分钟 4小时",
    "说明：7×24小时",
    "P2 严重：主要功能不可用 1小时 8小时",
    "说明：7×24小时",
    "P3 一般：单个功能异常 4小时 尽力而为，1-2个工作日",
    "P4 咨询：使用问题 1个工作日 5个工作日",
]
NOTED_ZH_TIMES = {
    "P1": ("30m", "4h"),
    "P2": ("1h", "8h"),
    "P3": ("4h", "2 business days"),
    "P4": ("1 business day", "5 business days"),
}


def test_glued_rows_with_a_range_are_read_like_their_siblings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = extract_lines(tmp_path, capsys, GLUED)
    assert level_times(found["terms"]) == {
        "P1": ("1h", "4h"),
        "P2": ("2 business hours", "8 business hours"),
        "P3": ("4 business hours", "2 business days"),  # a range keeps its upper end
        "P4": ("1 business day", "5 business days"),
    }


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_rows_under_a_note_line_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    found = extract_lines(tmp_path, capsys, NOTED, name)
    assert level_times(found["terms"]) == NOTED_TIMES


def test_rows_under_a_note_line_are_read_from_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from weasyprint import HTML

    pdf = tmp_path / "levels.pdf"
    body = "".join(f"<p>{line}</p>" for line in NOTED)
    HTML(string=f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>").write_pdf(str(pdf))
    assert level_times(extract_json(pdf, capsys)["terms"]) == NOTED_TIMES


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_chinese_rows_under_a_note_line_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    found = extract_lines(tmp_path, capsys, NOTED_ZH, name)
    assert level_times(found["terms"]) == NOTED_ZH_TIMES


def test_a_row_of_another_shape_takes_no_column_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One time where the timed rows hold two: which column it sits in is not known, so no second time is made up."""
    lines = [*GLUED[:4], "P3 — MediumOne user affectedBest effortWithin 2 business days"]
    assert level_times(extract_lines(tmp_path, capsys, lines)["terms"]).get("P3", (None, None))[0] is None


def test_price_and_uptime_rows_beside_a_level_table_stay_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        *NOTED[:5],
        "",
        "Plan prices",
        "Level 1 USD 100 per month, 12 months",
        "Level 2 USD 200 per month, 12 months",
        "Uptime credits",
        "Severity 3 99.5% 10% credit",
        "Severity 4 99.0% 25% credit",
    ]
    assert level_times(extract_lines(tmp_path, capsys, lines)["terms"]) == {
        "Severity 1": ("1h", None),
        "Severity 2": ("4h", None),
    }
