"""A severity table flattened into running text whose header says more than the kinds (issue 12, extract25): a
column's clock and unit ("Response Time (in working hours)", "Target to fix (working hours)" over bare numbers) hold
for the times under it, and a column timing something else ("Escalation") takes its time from no kind. Texts of our
own, in the style of managed-service appendices copied from PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract_support import terms_of, text_lines


def _levels(terms: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {lv["name"]: (lv.get("response"), lv.get("resolution")) for lv in terms["severity_levels"]}


def test_header_clock_and_unit_of_a_table_in_one_paragraph(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Appendix A. The table below shows our targets for each priority: Priority Response Time (in working "
            "hours) Target to fix (working hours) Examples P1 Within 1 hour 4 All staff unable to log on P2 Within "
            "2 hours 8 One user unable to send e-mail P3 Within 4 hours 16 A shared drive is slow"
        ),
    )
    business = "business"
    assert _levels(terms) == {
        "P1": ({"within": "1h", "clock": business}, {"within": "4 business hours", "clock": business}),
        "P2": ({"within": "2h", "clock": business}, {"within": "8 business hours", "clock": business}),
        "P3": ({"within": "4h", "clock": business}, {"within": "16 business hours", "clock": business}),
    }


def test_an_escalation_column_takes_its_time_from_no_kind(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Service desk severity rankings",
            "Severity Description Initial Response Time Escalation Expected Time to Resolution",
            "Critical The whole office cannot work 1 Hour 2 Hours 1 Day",
            "High One user cannot work 2 Hours 4 Hours Determined by the nature of the event",
        ),
    )
    levels = {name: (r and r["within"], s and s["within"]) for name, (r, s) in _levels(terms).items()}
    assert levels == {"Critical": ("1h", "1 day"), "High": ("2h", None)}


def test_an_unknown_level_column_and_a_second_column_of_a_kind(tmp_path: Path) -> None:
    # "Classification" names no level column we know, but the row under it opens with a level; of "Restore Goal"
    # and "Resolve Goal" the first is the resolution, the second (a permanent fix) no kind; a business-day time
    # lends its clock to no other time of the row
    terms = terms_of(
        tmp_path,
        text_lines(
            "Severity chart",
            "Classification Response Goal Restore Goal (fix or workaround) Resolve Goal",
            "Critical – Production is down; no workaround exists 1 hour 24 hours 15 days",
            "Medium – Partial loss of function; a workaround exists 1 day 2 business days 30 days",
        ),
    )
    assert _levels(terms) == {
        "Critical": ({"within": "1h", "clock": None}, {"within": "24h", "clock": None}),
        "Medium": ({"within": "1 day", "clock": None}, {"within": "2 business days", "clock": "business"}),
    }


def test_a_support_hours_cell_after_the_times_gives_them_its_clock(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Target response times. Every reported error is classified and routed to the right team. Priority Code "
            "Priority Definition Target Response Times Target Resolution Times Support Hours P1 – Urgent (Severity 1) "
            "The service cannot be used at all. 1 hours 4 hours 7.5/5 P2 – High (Severity 2) The service is badly "
            "degraded. 4 hours 12 hours 7.5/5"
        ),
    )
    assert {lv["name"]: lv["response"]["clock"] for lv in terms["severity_levels"]} == {
        "P1": "business",
        "P2": "business",
    }


def test_rows_of_the_vendors_own_names_after_level_rows(tmp_path: Path) -> None:
    terms = terms_of(
        tmp_path,
        text_lines(
            "Problem Level Description Initial Response Time Escalation Expected Time to Resolution",
            "Critical A single user cannot do a critical job 1 Hour 4 Hours Determined by the nature of the event",
            "Normal The problem keeps the user from working fully 8 Hours 16 Hours 5 Days",
            "Scheduled Maintenance Upgrades or other planned services 24 Hours 40 Hours 2 Weeks",
            "New User Setup Single new hire or a new system 16 Hours 24 Hours Determined by the event",
            "Replacement Parts Ordered ship within 3 Days of approval.",
        ),
    )
    levels = {name: (r and r["within"], s and s["within"]) for name, (r, s) in _levels(terms).items()}
    assert levels == {
        "Critical": ("1h", None),
        "Normal": ("8h", "5 days"),
        "Scheduled Maintenance": ("24h", "2 weeks"),
        "New User Setup": ("16h", None),
    }
