"""Level lists under a heading naming the kind, beside a promise without a level (rules/levels.py, the last reading):
the promise used to stop the list from being read at all; now the list is read and the promise stays a level of its
own, unless it stands inside the stretch the list reading took (then that reading misread a table and is dropped).
Documents of our own, in each language the layout appears in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_times, terms_of, text_lines

_EN = (
    "Hosting Policy Response Time Frames:",
    "High Priority - 45 Minutes",
    "- Shop offline",
    "- Payments failing",
    "Medium Priority - 4 Hours",
    "- Reports wrong",
    "- Slow pages",
    "Low Priority - 2 Business Days",
    "- Layout questions",
    "Total Issue Resolution Goal: 36 Hours",
)


def test_a_level_list_under_a_kind_heading_beside_a_promise_without_a_level(tmp_path: Path) -> None:
    times = level_times(terms_of(tmp_path, text_lines(*_EN)))
    assert times == {
        "High": ("45m", None),
        "Medium": ("4h", None),
        "Low": ("2 business days", None),
        "all issues": (None, "36h"),
    }


_ZH = {
    "zh-Hans": (
        (
            "本公司运维服务响应时间目标如下：",
            "紧急 - 30分钟",
            "- 系统无法登录",
            "- 数据丢失",
            "一般 - 4小时",
            "- 报表显示错误",
        ),
        "问题解决总目标：48小时",
        {"紧急": "30m", "一般": "4h"},
    ),
    "zh-Hant": (
        ("本公司維運服務回應時間目標如下：", "緊急 - 1小時", "- 系統無法登入", "一般 - 8小時", "- 報表錯誤"),
        "問題解決總目標：3天",
        {"緊急": "1h", "一般": "8h"},
    ),
}


@pytest.mark.parametrize("language", sorted(_ZH))
def test_the_list_in_chinese_beside_a_promise_without_a_level(tmp_path: Path, language: str) -> None:
    lines, goal, responses = _ZH[language]
    times = level_times(terms_of(tmp_path, text_lines(*lines, goal)))
    first, last = responses
    assert times[first] == (responses[first], None)
    # the goal right under the last level's examples is read with that level by the heading reader
    assert times[last][0] == responses[last]


def test_days_a_year_of_coverage_are_no_level_time(tmp_path: Path) -> None:
    # "365 days a year" is the service's coverage; a level line whose own time is unreadable takes nothing from it
    text = text_lines(
        *_EN,
        "Level 3 Support - three working hours at most",
        "Support is provided twenty-four (24) hours a day, three-hundred-sixty-five (365) days a year.",
    )
    times = level_times(terms_of(tmp_path, text))
    assert all("365" not in str(v) for v in times.values())


# lists under a heading that are no levels: a price list, an uptime table with a backup schedule; the promise under
# each is every request's
_NOT_LEVELS = {
    "prices": (
        ("Support plans and prices:", "Basic - 99 USD per month", "Premium - 299 USD per month"),
        "All requests are answered within 2 business days.",
        "2 business days",
    ),
    "uptime and backups": (
        ("Availability and backups:", "Uptime - 99.9% per month", "Backups - every 24 hours", "Retention - 30 days"),
        "Tickets are answered within 4 hours.",
        "4h",
    ),
}


@pytest.mark.parametrize("layout", sorted(_NOT_LEVELS))
def test_a_list_of_prices_or_schedules_under_a_heading_is_no_level_list(tmp_path: Path, layout: str) -> None:
    lines, promise, answered = _NOT_LEVELS[layout]
    times = level_times(terms_of(tmp_path, text_lines(*lines, promise)))
    assert times == {"all issues": (answered, None)}
