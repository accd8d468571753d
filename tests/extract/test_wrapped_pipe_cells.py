"""A pipe table written as lines whose middle cell breaks over lines (a DOCX cell of several paragraphs copied as
text): the row naming its level ends at the line that ends in a bar, read end to end through `termsmith extract`."""

from __future__ import annotations

from pathlib import Path

from extract_support import docx_paragraphs, level_times, terms_of

from termsmith.extract.api import extract_file

EN = [
    "Severities and SLA | | | | |",
    "Severity | Description | Initial Response | Status Updates | Workaround provided | |",
    "S-1 Critical | Customer reports a major business impact that:",
    "No workaround is available.",
    "Note: new setups are S-3. | 1 business hour | Every 4 hours | Within 4 hours, a workaround or a fix | |",
    "S-2 High | Customer reports a business impact that:",
    "Note: a workaround exists | 8 business hours | Every 24 hours | Within 12 hours, a workaround or a fix | |",
    "S-3 Medium | Minor impact on the service. | 24 business hours | Every 10 business days | Best effort | |",
]


def test_wrapped_rows_in_a_docx(tmp_path: Path) -> None:
    times = level_times(extract_file(docx_paragraphs(tmp_path, EN))[1].terms)
    assert times == {
        "Critical": ("1 business hour", "4h"),
        "High": ("8 business hours", "12h"),
        "Medium": ("24 business hours", None),
    }


def test_wrapped_rows_in_chinese_text(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "级别 | 描述 | 响应时间 | 进展通报 | 解决时间 |",
            "一级 | 系统完全不可用：",
            "无临时方案 | 30分钟 | 每2小时 | 4小时 |",
            "二级 | 部分功能受影响：",
            "有临时方案 | 2小时 | 每天 | 24小时 |",
        ]
    )
    times = level_times(terms_of(tmp_path, text + "\n"))
    assert sorted(times.values()) == [("2h", "24h"), ("30m", "4h")]


def test_status_update_cadence_is_no_level_time(tmp_path: Path) -> None:
    lines = [
        "Severity | Description | Status Updates | |",
        "S-1 Critical | Customer reports a major business impact that:",
        "No workaround is available. | Every 4 hours | |",
    ]
    times = level_times(extract_file(docx_paragraphs(tmp_path, lines))[1].terms)
    assert all(t == (None, None) for t in times.values())


def test_wrapped_price_rows_are_no_levels(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Plan | Includes | Price | Term |",
            "Basic | E-mail support and:",
            "monthly reports | USD 99 a month | 12 months |",
            "Uptime | Credit |",
            "< 99.5% | 10% |",
        ]
    )
    assert level_times(terms_of(tmp_path, text + "\n")) == {}
