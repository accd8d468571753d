"""The clock of level times from what the page says once about its support hours (issue 12, session 21): a support
window stated in a sentence that also says how many days a week support is open; a plain unit beside the same unit
written as business time ("7 days" beside "2 business days") keeps no window clock; a line saying when one tier is
open ("Available during business hours") is no title for the times below it. Negative cases: a sales desk's hours,
'business hours' in a definition only, and a 24x7 line. Documents of our own, read back through the CLI or the API,
in English, zh-Hans and zh-Hant, as text and DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import docx_paragraphs, extract_lines, level_clocks, terms_of, text_lines

from termsmith.extract.api import extract_file

_clocks = level_clocks

_EN = (
    "## Service levels",
    "- Critical: response within 2 hours, resolution within 7 days",
    "- Major: response within 8 hours, resolution within 2 business days",
)
_EN_READ = {
    "Critical": ("2h", "business", "7 days", None),
    "Major": ("8h", "business", "2 business days", "business"),
}


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_a_window_open_five_days_a_week_and_plain_days_beside_business_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    window = "Our support staff are available five days a week, Monday to Friday, from 8:30 A.M. to 5:00 P.M ET."
    found = extract_lines(tmp_path, capsys, ["# Support policy", window, "", "Contact us by e-mail.", *_EN], name)
    assert _clocks(found["terms"]) == _EN_READ


_ZH_READ = [("2h", "business", "7 days", None), ("8h", "business", "2 business days", "business")]


def test_zh_hans_and_zh_hant_windows_open_five_days_a_week(tmp_path: Path) -> None:
    hans = text_lines(
        "技术支持每周5天，周一至周五 9:00-18:00。",
        "",
        "一、故障分级",
        "一级故障：2小时内响应，7天内解决",
        "二级故障：8小时内响应，2个工作日内解决",
    )
    assert list(_clocks(terms_of(tmp_path, hans, "hans.txt")).values()) == _ZH_READ
    hant = docx_paragraphs(
        tmp_path,
        [
            "技術支援每週5天，週一至週五 9:00-18:00。",
            "一、故障分級",
            "一級故障：2小時內回應，7天內解決",
            "二級故障：8小時內回應，2個工作日內解決",
        ],
        "hant.docx",
    )
    assert list(_clocks(extract_file(hant)[1].terms).values()) == _ZH_READ


@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_a_tiers_available_during_business_hours_line_is_no_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    lines = [
        "Types of Support Offered",
        "Standard Support",
        "Available during business hours (Monday to Friday, 9:00 AM to 6:00 PM IST)",
        "Emergency or Critical Support",
        "Available outside business hours for major outages, API failures, or critical service disruptions",
        "Issue Classification and Response Times",
        "- Critical (P1): response within 1 hour",
        "- Major (P2): response within 4 hours",
        "- Minor (P3): response within 1 business day",
    ]
    found = extract_lines(tmp_path, capsys, lines, name)
    assert _clocks(found["terms"]) == {
        "Critical (P1)": ("1h", None, None, None),
        "Major (P2)": ("4h", None, None, None),
        "Minor (P3)": ("1 business day", "business", None, None),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Our sales team is available five days a week, Monday to Friday, 9am to 5pm.",  # a sales desk's hours
        "销售热线：周一至周五 9:00-18:00",
        "銷售專線：週一至週五 9:00-18:00",
        '"Business Hours" means 9am to 5pm, Monday to Friday.',  # business hours in a definition only
        "Critical issues are handled 24x7.",  # a 24x7 line: the level or plan says which time runs round the clock
    ],
)
def test_a_sales_desk_a_definition_or_a_24x7_line_sets_no_window(tmp_path: Path, line: str) -> None:
    terms = terms_of(tmp_path, text_lines(line, "", *_EN))
    assert _clocks(terms) == {
        "Critical": ("2h", None, "7 days", None),
        "Major": ("8h", None, "2 business days", "business"),
    }


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            [
                "Support included",
                "- Email-based technical support during business hours",
                "- Onboarding call",
                "Emergency support available 24/7 for critical outages",
                "- Critical: response within 4 hours",
            ],
            "doc.docx",
        ),
        (["支持方式", "- 邮件支持在工作时间内提供", "一级故障：4小时内响应"], "hans.txt"),
        (["支援方式", "- 電話支援於上班時間內提供", "一級故障：4小時內回應"], "hant.docx"),
    ],
)
def test_a_channels_hours_item_is_no_title_for_the_times_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], name: str
) -> None:
    found = extract_lines(tmp_path, capsys, lines, name)
    assert [(t[0], t[1]) for t in _clocks(found["terms"]).values()] == [("4h", None)]


_HEADINGS = {
    "en": [
        "Support priority levels",
        "Priority 1 – 24 hours a day/seven days a week",
        "Production down",
        "Response Time: 1 Hour",
        "Priority 2 – Available during normal business hours only",
        "Jobs failing with a workaround",
        "Response Time: 3 Hours",
    ],
    "hans": [
        "故障级别",
        "一级故障 – 7×24小时",
        "系统整体瘫痪",
        "响应时间：1小时",
        "二级故障 – 工作时间内",
        "部分功能异常",
        "响应时间：4小时",
    ],
    "hant": [
        "故障級別",
        "一級故障 – 7×24小時",
        "系統整體癱瘓",
        "回應時間：1小時",
        "二級故障 – 上班時間內",
        "部分功能異常",
        "回應時間：4小時",
    ],
}


@pytest.mark.parametrize("language", sorted(_HEADINGS))
@pytest.mark.parametrize("name", ["doc.txt", "doc.docx"])
def test_a_levels_heading_line_gives_the_clock_of_the_times_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, name: str
) -> None:
    found = extract_lines(tmp_path, capsys, _HEADINGS[language], name)
    assert [(t[1]) for t in _clocks(found["terms"]).values()] == ["24x7", "business"]


def test_a_24x7_line_for_the_top_level_only_leaves_the_others_as_they_were(tmp_path: Path) -> None:
    # the round-the-clock line names the top level; the lower level's heading states no clock, so its time keeps none
    text = text_lines(
        "Priority 1 – 24x7",
        "Production down",
        "Response Time: 1 Hour",
        "Priority 2",
        "Jobs failing with a workaround",
        "Response Time: 3 Hours",
    )
    assert [t[1] for t in _clocks(terms_of(tmp_path, text)).values()] == ["24x7", None]
