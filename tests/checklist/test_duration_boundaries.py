"""Duration comparisons at their edges: clocks, calendars, holidays and equal values.

Every expected number is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from termsmith.calendars.working import working_minutes
from termsmith.checklist import durations
from termsmith.checklist.durations import INFINITY, Basis, Timed
from termsmith.spec.service import ServiceCalendar
from termsmith.spec.types import Duration

WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
OFFICE = ServiceCalendar(id="office", working_days=["mon", "tue", "wed", "thu", "fri"], hours="09:00-18:00")
LUNCH = ServiceCalendar(id="lunch", working_days=["mon", "tue", "wed"], hours="09:00-12:00,13:30-18:00")
ALWAYS = ServiceCalendar(id="always", working_days=WEEK, hours="00:00-24:00", holidays="none")
# 7×24 hours, but the official holidays stop the clock: NOT a continuous calendar
ALWAYS_BUT_HOLIDAYS = ServiceCalendar(id="allyear", working_days=WEEK, hours="00:00-24:00")
ALWAYS_BUT_COMPANY_DAY = ServiceCalendar(
    id="company", working_days=WEEK, hours="00:00-24:00", holidays="none", extra_holidays=[date(2026, 6, 1)]
)
ALMOST_ALL_DAY = ServiceCalendar(id="almost", working_days=WEEK, hours="00:00-23:59", holidays="none")
SIX_DAYS = ServiceCalendar(id="six", working_days=WEEK[:6], hours="00:00-24:00", holidays="none")
YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))


def d(text: str) -> Duration:
    return Duration.parse(text)


# ---------------------------------------------------------------- the 7×24 shortcut


def test_seven_by_24_calendar_with_official_holidays_is_not_wall_time() -> None:
    v = durations.timed(d("1 business day"), "allyear", [ALWAYS_BUT_HOLIDAYS])
    # one working day is 24 h = 1440 min; with holidays the clock may stop for days, so no upper bound
    assert durations.wall_interval(v) == (Decimal(1440), INFINITY)
    assert durations.at_most(v, durations.required(d("24h"), None, None, [])) is None


def test_seven_by_24_calendar_with_holidays_uses_the_spring_festival_worst_case() -> None:
    v = durations.timed(d("1 business day"), "allyear", [ALWAYS_BUT_HOLIDAYS], YEAR_2026)
    # started on Saturday 14 Feb 2026 (make-up working day), the clock stops 15-23 Feb (9 holiday days)
    # and the day's 1440 minutes finish at the end of Tuesday 24 Feb: 10 days = 14400 minutes
    assert durations.wall_interval(v) == (Decimal(1440), Decimal(14400))
    limit24 = durations.required(d("24h"), None, None, [])
    assert durations.at_most(v, limit24) is False
    assert durations.at_most(v, durations.required(d("10 days"), None, None, [])) is True
    assert durations.at_least(v, limit24) is True  # never less than 1440 elapsed minutes
    assert durations.at_least(v, durations.required(d("25h"), None, None, [])) is False


def test_company_holiday_or_short_day_or_six_day_week_is_not_continuous() -> None:
    for calendar in (ALWAYS_BUT_COMPANY_DAY, ALMOST_ALL_DAY, SIX_DAYS):
        v = durations.timed(d("2 business hours"), calendar.id, [calendar])
        assert durations.wall_interval(v) == (Decimal(120), INFINITY), calendar.id
        assert durations.at_most(v, durations.required(d("2h"), None, None, [])) is None, calendar.id


def test_continuous_calendar_is_exact_wall_time() -> None:
    v = durations.timed(d("2 business hours"), "always", [ALWAYS], YEAR_2026)
    assert durations.wall_interval(v) == (Decimal(120), Decimal(120))
    assert durations.at_most(v, durations.required(d("2h"), None, None, [])) is True
    assert durations.at_least(v, durations.required(d("2h"), None, None, [])) is True
    assert durations.at_least(v, durations.required(d("121m"), None, None, [])) is False


# ---------------------------------------------------------------- building Timed values


def test_timed_picks_basis_calendar_and_clock_name() -> None:
    months = durations.timed(d("3 months"), None, [OFFICE])
    assert (months.basis, months.calendar, months.clock) == (Basis.CALENDAR, None, "24x7")
    assert durations.timed(d("1 year"), "office", [OFFICE]).clock == "office"
    # no clock stated (a vendor's "4 hours"): elapsed time, with no clock name to show
    wall = durations.timed(d("4h"), None, [OFFICE])
    assert (wall.basis, wall.calendar, wall.clock, wall.window) == (Basis.WALL, None, None, None)
    assert durations.timed(d("4h"), "24x7", [OFFICE]).basis is Basis.WALL
    # a document's "business hours" with no calendar of its own: business time, on the one calendar if any
    assert durations.timed(d("30m"), "business", []).basis is Basis.BUSINESS
    assert durations.timed(d("30m"), "business", [OFFICE]).calendar is OFFICE
    # a clock that names no calendar is wall time, shown under its own name
    onsite = durations.timed(d("4h"), "onsite", [OFFICE])
    assert (onsite.basis, onsite.calendar, onsite.clock) == (Basis.WALL, None, "onsite")
    on_office = durations.timed(d("4h"), "office", [OFFICE, LUNCH], YEAR_2026)
    assert (on_office.basis, on_office.calendar, on_office.clock, on_office.window) == (
        Basis.BUSINESS,
        OFFICE,
        "office",
        YEAR_2026,
    )
    only = durations.timed(d("2 business days"), None, [LUNCH], YEAR_2026)
    assert (only.basis, only.calendar, only.clock, only.window) == (Basis.BUSINESS, LUNCH, "business", YEAR_2026)
    ambiguous = durations.timed(d("2 business days"), None, [OFFICE, LUNCH])
    assert (ambiguous.basis, ambiguous.calendar) == (Basis.BUSINESS, None)
    named = durations.timed(d("2 business days"), "lunch", [OFFICE, LUNCH])
    assert (named.calendar, named.clock) == (LUNCH, "lunch")


def test_required_borrows_the_vendor_calendar_else_the_only_one() -> None:
    like = durations.timed(d("1 business day"), "lunch", [OFFICE, LUNCH], YEAR_2026)
    r = durations.required(d("4 business hours"), None, like, [OFFICE, LUNCH])
    assert (r.basis, r.calendar, r.clock, r.window) == (Basis.BUSINESS, LUNCH, "business", YEAR_2026)
    r = durations.required(d("4h"), "business", None, [OFFICE])
    assert (r.basis, r.calendar, r.clock, r.window) == (Basis.BUSINESS, OFFICE, "business", None)
    r = durations.required(d("4h"), "business", None, [OFFICE, LUNCH])
    assert (r.basis, r.calendar) == (Basis.BUSINESS, None)
    wall_like = durations.timed(d("4h"), None, [OFFICE, LUNCH])  # no calendar on the vendor's value
    assert durations.required(d("1 business day"), None, wall_like, [OFFICE]).calendar == OFFICE
    assert durations.required(d("1 business day"), None, wall_like, [OFFICE, LUNCH]).calendar is None
    r = durations.required(d("4h"), "24x7", like, [OFFICE])
    assert (r.basis, r.calendar) == (Basis.WALL, None)
    r = durations.required(d("1 year"), "business", like, [OFFICE])
    assert (r.basis, r.calendar) == (Basis.CALENDAR, None)


def test_a_business_day_counts_the_calendar_working_minutes() -> None:
    assert working_minutes(d("1 business day"), OFFICE) == Decimal(540)
    # 09:00-12:00 and 13:30-18:00: 3 h + 4.5 h = 7.5 h = 450 min
    assert working_minutes(d("1 business day"), LUNCH) == Decimal(450)
    assert working_minutes(d("2 business weeks"), LUNCH) == Decimal(4500)
    assert working_minutes(d("1 business day"), None) is None
    assert working_minutes(d("3 business hours"), None) == Decimal(180)
    # an 8 h 20 min day is 500 minutes exactly, not float hours × 60 (500.00000000000004)
    short = ServiceCalendar(id="short", working_days=["mon"], hours="09:00-17:20")
    assert str(working_minutes(d("3 business days"), short)) == "1500"
    assert durations.at_most(
        Timed(d("3 business days"), Basis.BUSINESS, short), Timed(d("25 business hours"), Basis.BUSINESS, short)
    )


# ---------------------------------------------------------------- business minutes by unit


@pytest.mark.parametrize(
    ("text", "calendar", "low"),
    [
        ("90m", OFFICE, 90),
        ("3h", OFFICE, 180),
        ("3 business hours", None, 180),
        ("2 days", LUNCH, 900),  # 2 × 450
        ("2 business days", OFFICE, 1080),  # 2 × 540
        ("1 week", LUNCH, 1350),  # 3 working days × 450
        ("2 weeks", OFFICE, 5400),  # 2 × 5 × 540
    ],
)
def test_business_time_lower_bound_is_its_working_minutes(text: str, calendar, low: int) -> None:
    t = Timed(d(text), Basis.BUSINESS, calendar)
    assert durations.wall_interval(t) == (Decimal(low), INFINITY)


@pytest.mark.parametrize("text", ["2 business days", "1 week", "2 days"])
def test_day_and_week_counts_without_a_calendar_are_unbounded(text: str) -> None:
    assert durations.wall_interval(Timed(d(text), Basis.BUSINESS)) == (Decimal(0), INFINITY)


def test_calendar_and_wall_intervals() -> None:
    assert durations.wall_interval(Timed(d("2 months"), Basis.CALENDAR)) == (
        Decimal(2 * 28 * 1440),
        Decimal(2 * 31 * 1440),
    )
    assert durations.wall_interval(Timed(d("2 years"), Basis.CALENDAR)) == (
        Decimal(2 * 365 * 1440),
        Decimal(2 * 366 * 1440),
    )
    assert durations.wall_interval(Timed(d("1 week"), Basis.WALL)) == (Decimal(10080), Decimal(10080))


# ---------------------------------------------------------------- same-basis exact comparisons


def test_business_days_without_a_calendar_compare_as_day_counts() -> None:
    a = Timed(d("2 business days"), Basis.BUSINESS)
    assert durations.at_most(a, Timed(d("2 business days"), Basis.BUSINESS)) is True
    assert durations.at_most(a, Timed(d("1 business day"), Basis.BUSINESS)) is False
    assert durations.at_least(a, Timed(d("2 days"), Basis.BUSINESS)) is True
    assert durations.at_least(a, Timed(d("3 business days"), Basis.BUSINESS)) is False
    # weeks without a calendar have no count on the business basis: not decided
    assert durations.at_most(a, Timed(d("1 week"), Basis.BUSINESS)) is None


def test_years_count_as_twelve_months() -> None:
    y = Timed(d("2 years"), Basis.CALENDAR)
    assert durations.at_least(y, Timed(d("24 months"), Basis.CALENDAR)) is True
    assert durations.at_most(y, Timed(d("24 months"), Basis.CALENDAR)) is True
    assert durations.at_least(y, Timed(d("25 months"), Basis.CALENDAR)) is False
    assert durations.at_most(Timed(d("13 months"), Basis.CALENDAR), Timed(d("1 year"), Basis.CALENDAR)) is False


def test_equal_business_values_are_within_and_at_least() -> None:
    a = Timed(d("9 business hours"), Basis.BUSINESS, OFFICE)
    b = Timed(d("1 business day"), Basis.BUSINESS, OFFICE)  # 540 = 540
    assert durations.at_most(a, b) is True and durations.at_least(a, b) is True
    c = Timed(d("541m"), Basis.BUSINESS, OFFICE)
    assert durations.at_most(c, b) is False and durations.at_least(c, b) is True


# ---------------------------------------------------------------- interval edges


def test_interval_edges_are_inclusive_where_the_rule_says_so() -> None:
    # 1 month lasts 40320..44640 min (28..31 days)
    month = Timed(d("1 month"), Basis.CALENDAR)
    assert durations.at_most(Timed(d("28 days"), Basis.WALL), month) is True  # 40320 <= 40320
    assert durations.at_most(Timed(d("40321m"), Basis.WALL), month) is None
    assert durations.at_most(Timed(d("31 days"), Basis.WALL), month) is None  # 44640 is not > 44640
    assert durations.at_most(Timed(d("44641m"), Basis.WALL), month) is False
    assert durations.at_least(Timed(d("31 days"), Basis.WALL), month) is True  # 44640 >= 44640
    assert durations.at_least(Timed(d("44639m"), Basis.WALL), month) is None
    assert durations.at_least(Timed(d("28 days"), Basis.WALL), month) is None  # 40320 is not < 40320
    assert durations.at_least(Timed(d("40319m"), Basis.WALL), month) is False


def test_worst_case_decides_only_against_wall_limits() -> None:
    v = durations.timed(d("1 business day"), "office", [OFFICE], YEAR_2026)
    assert durations.wall_interval(v) == (Decimal(540), Decimal(14400))  # 540 min .. 10 days
    month = Timed(d("1 month"), Basis.CALENDAR)
    assert durations.at_most(v, month) is True  # 14400 <= 40320
    # a business limit with no count of its own (weeks, no calendar) is not decided by the worst case
    other = Timed(d("1 week"), Basis.BUSINESS)
    assert durations.at_most(v, other) is None
    assert durations.at_least(v, other) is None
    # against wall time, a worst case past the limit fails even though the best case fits
    assert durations.at_most(v, Timed(d("9 days"), Basis.WALL)) is False
    assert durations.at_least(v, Timed(d("600m"), Basis.WALL)) is False


def test_worst_case_needs_calendar_window_and_data() -> None:
    assert (
        durations.worst_case_minutes(Timed(d("1 business day"), Basis.BUSINESS, None, window=YEAR_2026), Decimal(540))
        is None
    )
    assert durations.worst_case_minutes(Timed(d("1 business day"), Basis.BUSINESS, OFFICE), Decimal(540)) is None
    no_data = Timed(d("1 business day"), Basis.BUSINESS, OFFICE, window=(date(2027, 1, 1), date(2027, 12, 31)))
    assert durations.worst_case_minutes(no_data, Decimal(540)) is None
    # 2 working hours on the office calendar, May 2026: started at 17:00 on Thursday 30 April, the clock
    # stops at 18:00 and May Day runs 1-5 May; 9:00-10:00 on Wednesday 6 May ends it: 5 days 17 h
    may = Timed(d("2 business hours"), Basis.BUSINESS, OFFICE, window=(date(2026, 4, 28), date(2026, 5, 6)))
    assert durations.worst_case_minutes(may, Decimal(120)) == Decimal(5 * 1440 + 17 * 60)


def test_a_business_week_is_five_business_days_on_any_calendar() -> None:
    # 2 business weeks = 10 business days: 10 × 540 minutes on the office calendar, and 10 × 1440 on the six-day
    # calendar (not 2 × 6 days: the business week is five days whatever the calendar's working week)
    office = Timed(d("2 business weeks"), Basis.BUSINESS, OFFICE)
    assert durations.wall_interval(office) == (Decimal(5400), INFINITY)
    six = Timed(d("2 business weeks"), Basis.BUSINESS, SIX_DAYS)
    assert durations.wall_interval(six)[0] == Decimal(14400)
    weeks = Timed(d("2 business weeks"), Basis.BUSINESS)  # no calendar: compared as a count of business days
    assert durations.at_most(weeks, Timed(d("10 business days"), Basis.BUSINESS)) is True
    assert durations.at_most(weeks, Timed(d("9 business days"), Basis.BUSINESS)) is False
