"""A clock stated once for the times beside it (issue 12, extract25): a weekday support-hours line captioning a
table or closing a list of promises, a sentence introducing a table that says its hours are business hours, and
"all hours … listed above are exclusively business hours" give the business clock to the times that state none.
Since session 19 any support window that is not round the clock does (tests/extract/test_support_window.py). Texts of
our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import docx_paragraphs, docx_table, extract_json, terms_of, text_lines
from pytest import CaptureFixture


def _clocks(terms: dict[str, Any]) -> dict[str, str | None]:
    return {lv["name"]: lv["response"]["clock"] for lv in terms["severity_levels"]}


_TABLE = (
    "| Priority | Description | Response time |",
    "|---|---|---|",
    "| Critical | Site down | 2 hours |",
    "| High | Major feature broken | 8 hours |",
)


def test_support_hours_under_a_table(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = tmp_path / "sla.md"
    path.write_text(
        text_lines("## Response times", *_TABLE, "**Support Hours:** Monday - Friday, 09:00 - 17:30 CET"),
        encoding="utf-8",
    )
    found = extract_json(path, capsys)
    assert _clocks(found["terms"]) == {"Critical": "business", "High": "business"}
    assert found["evidence"]["severity_levels[0].response"]["quote"] == "2 hours"


def test_service_hours_over_a_table(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "三、故障响应",
            "服务时间：工作日 9:00-18:00",
            "| 故障级别 | 响应时间 |",
            "|---|---|",
            "| 一级 | 1小时 |",
            "| 二级 | 4小时 |",
        ),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}


def test_hours_under_a_list_of_promises(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "### Priority support",
            "- Critical issues: Response within 4 hours",
            "- Definition: Site completely down",
            "- Available: Monday-Friday, 9am-6pm UK",
        ),
    )
    assert [lv["response"] for lv in terms["severity_levels"]] == [{"within": "4h", "clock": "business"}]


def test_an_intro_saying_the_table_counts_business_hours(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Service levels",
            "Each request gets a priority. The thresholds appear below (business hours are counted as 8 a.m.–5 p.m., "
            "Monday through Friday).",
            "| Emergency | resolved within 4 hours |",
            "| High | resolved within 9 hours |",
        ),
    )
    assert [lv["resolution"] for lv in terms["severity_levels"]] == [
        {"within": "4h", "clock": "business"},
        {"within": "9h", "clock": "business"},
    ]


def test_all_hours_listed_above_are_business_hours(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            *_TABLE,
            "",
            "Note: All hours and days listed above are exclusively business hours. Our business hours are 8 AM - 5 PM.",
        ),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}


def test_an_availability_line_over_a_tiers_promises_gives_them_its_clock(tmp_path: Path) -> None:
    # the lead's decision in session 19 (the keys' majority since en83, restated for en163 and en353), replacing
    # en87's older reading that such a line decides nothing: a tier open in business hours answers in business
    # hours; 24 hours is a day count and stays elapsed
    terms = terms_of(
        tmp_path,
        text_lines(
            "#### Standard Support",
            "- **Availability**: Business hours (9 AM - 5 PM, Monday-Friday)",
            "- **Response Time**: 4 hours for critical issues, 24 hours for standard issues",
        ),
        "tiers.md",
    )
    clocks = {lv["response"]["within"]: lv["response"]["clock"] for lv in terms["severity_levels"]}
    assert clocks == {"4h": "business", "24h": None}


def test_hours_including_saturday_are_still_a_business_clock(tmp_path: Path) -> None:
    # a window with Saturday hours is still no round-the-clock support (en163's reading, the session-19 decision)
    terms = terms_of(
        tmp_path,
        text_lines(*_TABLE, "**Support Hours:** Monday - Friday 08:00 - 20:00, Saturday 09:00 - 13:00"),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}


def test_hours_far_from_the_times_still_bound_them(tmp_path: Path) -> None:
    # the document's window governs every time that states no clock, wherever it stands (session-19 decision)
    terms = terms_of(
        tmp_path,
        text_lines(
            "**Office hours:** Monday - Friday, 9:00 - 17:00",
            "",
            "## Fees",
            "Support is billed monthly.",
            "## Response times",
            *_TABLE,
        ),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}


def test_times_limited_to_business_hours(tmp_path: Path) -> None:
    # "… are limited to / restricted to business hours" says the times count those hours, as "measured during" does
    terms = terms_of(
        tmp_path,
        text_lines(
            "Response Time and Communication with Customer intervals are limited to normal business hours.",
            "",
            *_TABLE,
        ),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}


def test_times_restricted_to_business_hours_in_a_docx(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    path = docx_paragraphs(
        tmp_path,
        [
            "All response times are restricted to standard business hours.",
            "Critical: response within 2 hours.",
            "High: response within 8 hours.",
        ],
    )
    assert set(_clocks(extract_json(path, capsys)["terms"]).values()) == {"business"}


def test_a_business_hours_item_over_its_sibling_promises(tmp_path: Path) -> None:
    # the item defines the business hours themselves; the promises listed under it count them — except whole days
    # written in hours, which stay a count of elapsed days (the corpus README's clock decision of session 21, point 2)
    for label, promise, within, clock in (
        ("工作时间", "* **响应时间**：4 小时内", "4h", "business"),
        ("Business hours", "* **Response Time**: Within 4 hours", "4h", "business"),
        ("工作时间", "* **响应时间**：24 小时内", "24h", None),
        ("Business hours", "* **Response Time**: Within 24 hours", "24h", None),
    ):
        terms = terms_of(
            tmp_path,
            text_lines("#### Support", f"* {label}: Monday to Friday 9:00-18:00", promise),
            "support.md",
        )
        assert [lv["response"] for lv in terms["severity_levels"]] == [{"within": within, "clock": clock}]


def test_the_following_response_times_during_support_hours(tmp_path: Path, capsys: CaptureFixture[str]) -> None:
    # the times to be met "during Support hours" count those hours, as a cell's "(within Support Hours)" does
    path = docx_table(
        tmp_path,
        "We will meet the following targeted response times during Support hours:",
        (("Priority", "Targeted Response Times"), ("High Priority", "2 Hours"), ("Low Priority", "8 Hours")),
    )
    assert set(_clocks(extract_json(path, capsys)["terms"]).values()) == {"business"}
    terms = terms_of(
        tmp_path,
        text_lines("Our response times within business hours are as follows:", "", *_TABLE),
        "sla.md",
    )
    assert set(_clocks(terms).values()) == {"business"}
