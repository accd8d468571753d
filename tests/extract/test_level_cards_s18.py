"""Level times of session 18's third round, each on a document of our own: a level heading whose description runs
past a short title still opens the card of "Response Time: …" / "Resolution Time: …" lines under it."""

from __future__ import annotations

from pathlib import Path

from termsmith.extract.api import extract_file
from tests.extract.extract_support import docx_paragraphs, level_times, terms_of, text_lines


def test_nested_kind_lines_under_priorities_with_long_descriptions_docx(tmp_path: Path) -> None:
    path = docx_paragraphs(
        tmp_path,
        (
            "3. Incident Management",
            "- Priority Levels:",
            "- Critical (P1): The platform is completely down or unusable.",
            "- Response Time: 1 hour",
            "- Resolution Time: 4 hours",
            "- High (P2): Major functionality is impaired for most users.",
            "- Response Time: 2 hours",
            "- Resolution Time: 8 hours",
            "- Low (P4): General inquiries or feature requests of any kind.",
            "- Response Time: 8 hours",
            "- Resolution Time: 5 business days",
        ),
        "sla.docx",
    )
    assert level_times(extract_file(path)[1].terms) == {
        "Critical": ("1h", "4h"),
        "High": ("2h", "8h"),
        "Low": ("8h", "5 business days"),
    }


def test_nested_kind_lines_under_fault_levels_with_long_descriptions_zh(tmp_path: Path) -> None:
    text = text_lines(
        "故障等级",
        "一级故障:核心业务系统全部中断,全部用户都无法登录和使用任何功能模块",
        "响应时间:30分钟",
        "解决时间:4小时",
        "二级故障:部分业务功能无法使用,但核心业务仍可以照常继续开展",
        "响应时间:2小时",
        "解决时间:1个工作日",
    )
    times = level_times(terms_of(tmp_path, text))
    assert list(times.values()) == [("30m", "4h"), ("2h", "1 business day")]


def test_flattened_rows_whose_description_wraps_take_the_times_on_their_last_line(tmp_path: Path) -> None:
    text = text_lines(
        "Service priorities",
        "Priority Criteria Response Time Completion Time",
        "High Affects one to five people, no workaround available.",
        "Example: the mail server will not start",
        "Within 2 hours Within 1 working day",
        "Medium Affects fewer than five people; a workaround exists.",
        "Example: one printer is offline.",
        "Within 1 working day Within 3 working days",
        "Low A request that needs no immediate attention.",
        "Within 3 working days Within 10 working days",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "High": ("2h", "1 business day"),
        "Medium": ("1 business day", "3 business days"),
        "Low": ("3 business days", "10 business days"),
    }


def test_business_hour_and_day_abbreviations_after_a_figure(tmp_path: Path) -> None:
    text = text_lines(
        "Severity | Description | Target Time to Response | Target Time to Resolution |",
        "Severity 1 (S1) | Complete loss of service | 2hrs | 1 BWD |",
        "Severity 2 (S2) | Standard issue | 8 BWH | 3 BD |",
        "Severity 3 (S3) | Questions | 24bhs | 72bhs |",
        "BWH = business-working hour, BWD = business-working day.",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "S1": ("2h", "1 business day"),
        "S2": ("8 business hours", "3 business days"),
        "S3": ("24 business hours", "72 business hours"),
    }


def test_letters_after_a_figure_that_are_no_business_unit_stay_unread() -> None:
    from termsmith.extract.values import durations

    assert durations("a 4 bhp engine, 3 bds flat, 2 bdrm") == []


def test_several_levels_inline_in_a_cell_under_a_kind_column_en(tmp_path: Path) -> None:
    text = text_lines(
        "Channels and initial response targets",
        "Channel | Availability | Initial Response |",
        "---|---|---|",
        "Support Portal Ticket | 24 × 7 | P1: < 1 h • P2: 4 h • P3: 1 BD |",
        "Live Chat | 9 am – 6 pm, Mon-Fri | < 5 min |",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "P1": ("1h", None),
        "P2": ("4h", None),
        "P3": ("1 business day", None),
    }


def test_several_levels_inline_in_a_cell_under_a_kind_column_zh(tmp_path: Path) -> None:
    text = text_lines(
        "服务渠道",
        "渠道 | 服务时间 | 响应时间 |",
        "---|---|---|",
        "工单系统 | 7×24 | P1：30分钟；P2：2小时；P3：1个工作日 |",
    )
    times = level_times(terms_of(tmp_path, text))
    assert list(times.values()) == [("30m", None), ("2h", None), ("1 business day", None)]
