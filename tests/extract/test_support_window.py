"""A document's support window that is not round the clock gives its clock-less level times the business clock
(issue 12, session 19; the keys' reading since en83, restated for en163 and en353): weekday ranges, 5×8, 工作日 /
週一至週五 with hours, business or operational hours with times, hours with Saturday. A document that also puts
support on 24x7 or offers it outside the window, a channel's own hours and a definition of the business unit decide
nothing. Texts of our own, read back through the CLI or the API, in English, zh-Hans and zh-Hant."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import docx_paragraphs, extract_lines, terms_of, text_lines

from termsmith.extract.api import extract_file


def _clocks(terms: dict[str, Any]) -> dict[str, str | None]:
    return {lv["response"]["within"]: lv["response"]["clock"] for lv in terms["severity_levels"]}


_EN_PROMISES = (
    "## Response times",
    "- Critical: response within 2 hours",
    "- Major: response within 6 hours",
)


@pytest.mark.parametrize(
    "window",
    [
        "Support hours: Monday through Friday, 8:00 AM – 5:00 PM Pacific Time.",
        "Our support desk is staffed Mon-Fri.",
        "Support is provided 5x8.",
        "Support hours: Monday to Saturday, 8:00 - 18:00.",
        "The support team operates on working days, excluding holidays.",
        "Standard Support Hours are 7:00 AM to 5:00 PM, excluding holidays and weekends.",
    ],
)
def test_a_limited_window_far_above_the_times_gives_them_business_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], window: str
) -> None:
    found = extract_lines(tmp_path, capsys, ["# Support policy", window, "", "## Scope", "Bugs only.", *_EN_PROMISES])
    assert _clocks(found["terms"]) == {"2h": "business", "6h": "business"}


def test_the_window_in_a_docx_and_whole_days_in_hours(tmp_path: Path) -> None:
    path = docx_paragraphs(
        tmp_path,
        [
            "Email support is answered during business hours.",
            "Office hours are 9am - 6pm, Monday to Friday.",
            "Priority 1: response within 1 hour",
            "Priority 2: response within 24 hours",
        ],
    )
    # 24 hours counts a day, not hours inside the window
    assert _clocks(extract_file(path)[1].terms) == {"1h": "business", "24h": None}


def test_zh_hans_and_zh_hant_windows(tmp_path: Path) -> None:
    hans = text_lines(
        "服务时间：工作日 9:00-18:00", "", "一、故障分级", "一级故障：2小时内响应", "二级故障：4小时内响应"
    )
    assert _clocks(terms_of(tmp_path, hans, "hans.txt")) == {"2h": "business", "4h": "business"}
    hant = text_lines(
        "服務時間：週一至週五 9:00-18:00", "", "一、故障分級", "一級故障：2小時內回應", "二級故障：4小時內回應"
    )
    assert _clocks(terms_of(tmp_path, hant, "hant.txt")) == {"2h": "business", "4h": "business"}
    five_by_eight = text_lines("乙方提供5×8小时技术支持。", "一级故障：2小时内响应", "二级故障：4小时内响应")
    assert _clocks(terms_of(tmp_path, five_by_eight, "five.txt")) == {"2h": "business", "4h": "business"}


@pytest.mark.parametrize(
    "line",
    [
        "Premium support runs 24x7.",  # some support round the clock: the level or plan says which
        "Emergency support outside these hours is billed at $150 per hour.",  # service offered after hours
    ],
)
def test_round_the_clock_or_after_hours_service_keeps_elapsed_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    found = extract_lines(tmp_path, capsys, ["Support hours: Monday to Friday, 9:00-17:00.", line, *_EN_PROMISES])
    assert _clocks(found["terms"]) == {"2h": None, "6h": None}


@pytest.mark.parametrize(
    "line",
    [
        "Phone: +44 20 7946 0000 (Mon–Fri 9:00-17:00)",  # one channel's hours
        "电话：010-12345678（周一至周五 9:00-18:00）",
        '"Business Day" means Monday through Friday, excluding holidays.',  # the unit defined
        "Requests are answered within 8 hours (Monday to Friday).",  # a promise of its own
    ],
)
def test_a_channels_hours_a_definition_or_a_promise_is_no_window(tmp_path: Path, line: str) -> None:
    terms = terms_of(tmp_path, text_lines(line, "", "## Response times", "- Critical: response within 2 hours"))
    assert _clocks(terms)["2h"] is None


def test_a_channel_heading_over_its_hours(tmp_path: Path) -> None:
    text = text_lines("Phone Support", "9 AM to 5 PM Central Time, Monday – Friday", *_EN_PROMISES)
    assert _clocks(terms_of(tmp_path, text)) == {"2h": None, "6h": None}
