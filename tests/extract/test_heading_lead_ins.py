"""A heading naming the kind over a list of levels, with a lead-in sentence between them that states no time and
names no level ("Incident Time to Fix Target" / "The Time to Fix Target is outlined in our Support Policy …" / "•
Priority P1 (Critical) - 4 hrs"): the heading's kind carries over the sentence to the list. Labels that name the
level after a word ("Priority P1 (Critical)") are read by the list reader, which the id-keying readers miss. Own
wording, in the shape of en609."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, level_times, terms_of, text_lines

_EN = (
    "Incident Priorities and Targets",
    "Incident First Response Times",
    "The response times for each incident depend on its priority and are counted from the moment it is logged.",
    "  • Priority P1 (Critical) - 1 hr",
    "  • Priority P2 (Significant Impact) - 4 hrs",
    "  • Priority P3 (Minimal Impact) - 2 days",
    "We aim to give regular updates to customers e.g. hourly updates on P1 Incidents.",
    "Incident Time to Fix Target",
    "The Time to Fix Target is set out in the support policy issued to each customer, and it may vary.",
    "  • Priority P1 (Critical) - 4 hrs",
    "  • Priority P2 (Significant Impact) - 1 business day",
    "  • Priority P3 (Minimal Impact) - 10 business days",
)
_WANT = {
    "Priority P1 (Critical)": ("1h", "4h"),
    "Priority P2 (Significant Impact)": ("4h", "1 business day"),
    "Priority P3 (Minimal Impact)": ("2 days", "10 business days"),
}


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_a_lead_in_sentence_between_heading_and_list_keeps_the_headings_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    found = extract_lines(tmp_path, capsys, _EN, name)
    assert level_times(found["terms"]) == _WANT


def test_chinese_heading_lead_in_and_list(tmp_path: Path) -> None:
    text = text_lines(
        "故障响应时间",
        "以下时间自客户报告故障之时起计算，由服务台人员确认。",
        "• 优先级 P1（紧急） - 1小时",
        "• 优先级 P2（严重） - 4小时",
        "修复时间",
        "具体目标以双方确认的支持政策为准。",
        "• 优先级 P1（紧急） - 8小时",
        "• 优先级 P2（严重） - 2天",
    )
    assert level_times(terms_of(tmp_path, text)) == {
        "优先级 P1(紧急)": ("1h", "8h"),
        "优先级 P2(严重)": ("4h", "2 days"),
    }


def test_a_sentence_naming_the_other_kind_ends_the_headings_reach(tmp_path: Path) -> None:
    """The lead-in names resolution under a response heading: the list is not the heading's."""
    text = text_lines(
        "First Response Times",
        "Resolution depends on the complexity of each request and is agreed case by case.",
        "  • Priority P1 (Critical) - 4 hrs",
        "  • Priority P2 (Major) - 1 business day",
    )
    times = level_times(terms_of(tmp_path, text))
    assert all(response is None for response, _ in times.values())


def test_an_uptime_credit_list_under_a_lead_in_is_no_level_list(tmp_path: Path) -> None:
    text = text_lines(
        "Service Credits",
        "Credits are granted when monthly availability falls below the commitment.",
        "  • Availability below 99.9% - 10% credit",
        "  • Availability below 99.0% - 25% credit",
    )
    assert "severity_levels" not in terms_of(tmp_path, text)


def test_a_price_list_under_a_response_heading_and_lead_in_is_no_level_list(tmp_path: Path) -> None:
    text = text_lines(
        "Response Time Options",
        "Every option is billed monthly in advance.",
        "  • Standard plan - $99 per month",
        "  • Premium plan - $299 per month",
    )
    assert "severity_levels" not in terms_of(tmp_path, text)
