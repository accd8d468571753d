"""Round the clock for watching the systems is not round the clock for answering (issue 12, session 23; en547's key):
"Our systems are monitored 24x7" beside a weekday support window leaves the window the clock of the level times that
state none; a page that puts its support on 24x7 still decides nothing. Texts of our own, read back through the CLI,
in English and zh-Hans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_lines


def _clocks(terms: dict[str, Any]) -> dict[str, str | None]:
    return {lv["response"]["within"]: lv["response"]["clock"] for lv in terms["severity_levels"]}


def _doc(round_the_clock: str) -> list[str]:
    return [
        "# Support policy",
        "Support Hours: Monday–Friday, 9 AM–6 PM IST.",
        "",
        "## Operations",
        round_the_clock,
        "## Response times",
        "- Critical: response within 2 hours",
        "- High: response within 4 hours",
    ]


@pytest.mark.parametrize(
    "watch",
    [
        "Our systems are monitored 24x7 to detect and resolve issues proactively.",
        "We provide 24/7 monitoring.",
        # round the clock only as an option the client may buy: the page's own service keeps its window
        "Our response times and service availability — including 24x7 coverage — can be adjusted on demand.",
        "Enterprise: 24x7 only if explicitly included in the Order Form.",
        "24/7 support is available as an add-on.",
    ],
)
def test_monitoring_round_the_clock_leaves_the_support_window_the_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], watch: str
) -> None:
    found = extract_lines(tmp_path, capsys, _doc(watch))
    assert _clocks(found["terms"]) == {"2h": "business", "4h": "business"}


@pytest.mark.parametrize(
    "support", ["Our support team is available 24x7.", "Systems are monitored and engineers respond 24x7."]
)
def test_support_round_the_clock_still_decides_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], support: str
) -> None:
    found = extract_lines(tmp_path, capsys, _doc(support))
    assert _clocks(found["terms"]) == {"2h": None, "4h": None}


def test_zh_monitoring_round_the_clock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "# 服务承诺",
        "服务时间：周一至周五 9:00-18:00",
        "",
        "## 运维",
        "系统7×24小时监控。",
        "## 响应时间",
        "- 一级故障：2小时内响应",
        "- 二级故障：4小时内响应",
    ]
    found = extract_lines(tmp_path, capsys, lines)
    assert _clocks(found["terms"]) == {"2h": "business", "4h": "business"}


_PAIRED = [
    "# Support Service Level Agreement",
    "Standard support is available Monday through Friday, 9:00 AM to 5:00 PM EST.",
    "Requests outside business hours are subject to emergency rates.",
    "## Priorities",
    "Critical: Target Response: 1 hour (Standard) / 3 hours (After-Hours)",
    "Medium: Target Response: 2 hours (Standard) / 4 hours (After-Hours)",
]


def test_after_hours_times_beside_standard_ones_leave_the_window_the_standard_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the page says which time counts outside the window: the level keeps its standard time on the window's clock
    found = extract_lines(tmp_path, capsys, _PAIRED)
    assert _clocks(found["terms"]) == {"1h": "business", "2h": "business"}


def test_service_outside_the_window_with_no_time_of_its_own_still_decides_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [line.replace(" (Standard) / ", " ").split(" 3 hours")[0].split(" 4 hours")[0] for line in _PAIRED]
    found = extract_lines(tmp_path, capsys, lines)
    assert _clocks(found["terms"]) == {"1h": None, "2h": None}
