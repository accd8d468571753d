"""Unit- and clock-aware duration comparisons."""

from __future__ import annotations

import pytest

from termsmith.checklist import durations
from termsmith.checklist.durations import Basis
from termsmith.spec.service import ServiceCalendar
from termsmith.spec.types import Duration

OFFICE = ServiceCalendar(id="office", working_days=["mon", "tue", "wed", "thu", "fri"], hours="09:00-18:00")
ALWAYS = ServiceCalendar(
    id="always", working_days=["mon", "tue", "wed", "thu", "fri", "sat", "sun"], hours="00:00-24:00", holidays="none"
)


def vendor(text: str, clock: str | None = None, calendars=(OFFICE,)):
    return durations.timed(Duration.parse(text), clock, list(calendars))


def req(text: str, clock=None, like=None, calendars=(OFFICE,)):
    return durations.required(Duration.parse(text), clock, like, list(calendars))


@pytest.mark.parametrize(
    ("have", "limit", "expected"),
    [
        ("30m", "2h", True),  # 30 minutes within 2 hours
        ("2h", "120m", True),
        ("121m", "2h", False),
        ("3h", "2h", False),
        ("1 day", "24h", True),
        ("1 week", "6 days", False),
    ],
)
def test_wall_clock_durations_compare_across_units(have, limit, expected):
    assert durations.at_most(vendor(have), req(limit)) is expected


def test_two_business_hours_are_not_two_hours():
    v = vendor("2 business hours", "office")
    assert v.basis is Basis.BUSINESS
    assert durations.at_most(v, req("2h")) is None  # could be overnight: not comparable
    assert durations.at_least(v, req("2h")) is True  # but never shorter than 2 elapsed hours


def test_business_hours_longer_than_the_limit_fail_whatever_the_calendar():
    assert durations.at_most(vendor("3 business hours", "office"), req("2h")) is False


def test_hours_on_a_business_clock_count_as_business_time():
    v = vendor("4h", "office")  # a P2 level that runs on office hours
    assert v.basis is Basis.BUSINESS
    assert durations.at_most(v, req("4 business hours", like=v)) is True
    assert durations.at_most(v, req("4h")) is None


def test_one_business_day_vs_24_hours_is_not_comparable_on_an_office_calendar():
    v = vendor("1 business day", "office")
    assert durations.at_most(v, req("24h")) is None
    assert durations.at_least(v, req("24h")) is None


def test_one_business_day_is_24_hours_when_the_calendar_never_stops():
    v = vendor("1 business day", "always", calendars=(ALWAYS,))
    assert durations.at_most(v, req("24h")) is True
    assert durations.at_most(v, req("23h")) is False


def test_business_days_convert_to_business_hours_with_hours_per_day():
    v = vendor("1 business day", "office")  # 9 working hours a day
    assert durations.at_most(v, req("9 business hours", like=v)) is True
    assert durations.at_most(v, req("8 business hours", like=v)) is False
    assert durations.at_most(vendor("2 business days", "office"), req("10 business hours")) is False


def test_business_days_without_any_calendar_do_not_convert_to_hours():
    v = vendor("2 business days", None, calendars=())
    assert durations.at_most(v, req("3 business days", calendars=())) is True
    assert durations.at_most(v, req("20 business hours", calendars=())) is None


def test_months_and_years_compare_with_each_other_and_bound_days():
    assert durations.at_least(vendor("1 year"), req("12 months")) is True
    assert durations.at_least(vendor("6 months"), req("12 months")) is False
    assert durations.at_least(vendor("12 months"), req("300 days")) is True  # at least 336 days
    assert durations.at_least(vendor("6 months"), req("180 days")) is None  # 168 to 186 days
    assert durations.at_least(vendor("3 months"), req("100 days")) is False  # at most 93 days


# ---------------------------------------------------------------- real calendars: the worst case
from datetime import date  # noqa: E402  # this section's own import, kept with its tests

YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))


def windowed(text: str, window=YEAR_2026):
    return durations.timed(Duration.parse(text), "office", [OFFICE], window)


def test_one_business_day_vs_24_hours_is_decided_on_the_calendar_worst_case():
    v = windowed("1 business day")
    # started as work stops on Saturday 14 Feb 2026 (a make-up working day), the next working
    # day is Tuesday 24 Feb: one business day can take 10 elapsed days
    assert durations.wall_interval(v) == (540, 10 * 24 * 60)
    assert durations.at_most(v, req("24h")) is False
    assert durations.at_most(v, req("10 days")) is True
    assert durations.at_least(v, req("9h")) is True


def test_four_business_hours_worst_case_over_a_year():
    v = windowed("4 business hours")
    assert durations.at_most(v, req("72h")) is False  # the Spring Festival
    assert durations.at_most(v, req("240h")) is True


def test_no_official_data_leaves_it_not_comparable():
    v = windowed("1 business day", (date(2027, 1, 1), date(2027, 12, 31)))
    assert durations.at_most(v, req("24h")) is None


def test_check_says_it_compared_on_the_worst_case():
    from termsmith.checklist.evaluate import Note, Verdict

    from .helpers import outcome, spec_with

    spec = spec_with(("      resolution: 3 business days", "      resolution: 1 business day"))
    o = outcome("{kind: duration_at_most, path: severity_levels.resolution, select: {id: P2}, value: 24h}", spec)
    assert o.verdict is Verdict.FAIL and o.note is Note.WORST_CASE
