"""Session 16 (issue 12, extract15), each on documents of our own (none is a corpus text), read back through the
real CLI:

- a party's role is the first quoted bracket after its name, not a later one naming someone else
  ('Acme Software Inc. ("Acme") provides … to the customer identified in the Order Form ("Customer")');
- a section title stating a clock and no time ("Service levels during normal business hours (8 a.m. to 6 p.m.)",
  "(During normal business hours by region)", "（工作时间内）") gives it to the times below it that state none, up to
  the next such title; an after-hours title ("After-hours support") makes its times elapsed time; a definition of
  the hours ("Business hours: Monday to Friday …") or a clause ("As needed, during business hours") is no title.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from extract_support import extract_json as _extract_json, text_lines as _lines


def _parties(found: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p["role"], p["legal_name"]) for p in found["terms"].get("parties", [])]


def test_a_later_bracket_naming_the_customer_is_not_the_named_vendors_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Support Terms",
            'Acme Software Inc. ("Acme") provides the support services to the customer identified in the Order '
            'Form ("Customer").',
            "Acme responds to Severity 1 issues within 1 hour.",
        ),
        encoding="utf-8",
    )
    assert ("client", "Acme Software Inc.") not in _parties(_extract_json(path, capsys))


def test_the_role_right_after_a_described_name_is_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        _lines(
            "Support Terms",
            "Acme Software Inc., a Delaware corporation with offices at 1 Main Street, Springfield (registration "
            'no. 4471) ("Provider") provides support to the customer identified in the Order Form ("Customer").',
            'Northwind Traders Ltd ("Customer") engages Acme Software Inc. ("Provider") for support.',
        ),
        encoding="utf-8",
    )
    found = _extract_json(path, capsys)
    assert ("vendor", "Acme Software Inc.") in _parties(found)
    assert ("client", "Acme Software Inc.") not in _parties(found)


def _clocks(found: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """(level, kind, within, clock) of each level time found."""
    return [
        (lv["name"], kind, lv[kind]["within"], lv[kind]["clock"])
        for lv in found["terms"].get("severity_levels", [])
        for kind in ("response", "resolution")
        if kind in lv
    ]


def test_a_section_title_states_the_clock_of_the_table_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sla.txt"
    path.write_text(
        _lines(
            "Maintenance Memorandum",
            "Service levels during normal business hours (8 a.m. to 6 p.m.)",
            "Priority | Response | Resolution",
            "Urgent | 1 hour | 4 hours",
            "Normal | 4 hours | 2 days",
            "Support requests are logged in the service portal.",
        ),
        encoding="utf-8",
    )
    assert _clocks(_extract_json(path, capsys)) == [
        ("Urgent", "response", "1h", "business"),
        ("Urgent", "resolution", "4h", "business"),
        ("Normal", "response", "4h", "business"),
        ("Normal", "resolution", "2 days", "business"),
    ]


def test_an_after_hours_title_ends_the_business_section_and_its_times_run_elapsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sla.txt"
    path.write_text(
        _lines(
            "(During normal business hours by region)",
            "- Severity 1: we respond within 30 minutes",
            "- Severity 2: we respond within 2 hours",
            "After-hours support",
            "- Severity 3: we respond within 8 hours",
            "- Severity 4: we respond within 24 hours",
        ),
        encoding="utf-8",
    )
    clocks = {(name, within): clock for name, _kind, within, clock in _clocks(_extract_json(path, capsys))}
    assert clocks == {
        ("Severity 1", "30m"): "business",
        ("Severity 2", "2h"): "business",
        ("Severity 3", "8h"): None,
        ("Severity 4", "24h"): None,
    }


def test_a_zh_title_states_the_clock_and_a_definition_of_the_hours_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sla.txt"
    path.write_text(
        _lines(
            "服务时间：周一至周五 9:00-18:00",
            "（工作时间内）",
            "一级故障：30分钟内响应，4小时内解决",
            "二级故障：2小时内响应，1天内解决",
        ),
        encoding="utf-8",
    )
    assert {clock for *_, clock in _clocks(_extract_json(path, capsys))} == {"business"}
    plain = tmp_path / "plain.txt"
    plain.write_text(
        _lines(
            "Business hours are counted in our support portal.",
            "Enhancement requests",
            "As needed, during business hours",
            "Priority | Response | Resolution",
            "Urgent | 1 hour | 4 hours",
            "Normal | 4 hours | 2 days",
        ),
        encoding="utf-8",
    )
    assert {clock for *_, clock in _clocks(_extract_json(plain, capsys))} == {None}
    # the hours defined as weekdays are the document's support window, which is not round the clock: its plain
    # times count business time (the session-19 decision; before it, such a line decided nothing)
    weekdays = tmp_path / "weekdays.txt"
    weekdays.write_text(
        plain.read_text(encoding="utf-8").replace(
            "Business hours are counted in our support portal.", "Business hours: Monday to Friday, 9 am to 5 pm."
        ),
        encoding="utf-8",
    )
    assert {clock for *_, clock in _clocks(_extract_json(weekdays, capsys))} == {"business"}
