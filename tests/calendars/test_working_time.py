"""Working time on real calendars: hand-checked due times, properties, official data and its limits."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from termsmith.calendars import CalendarDataMissing, WorkingCalendar
from termsmith.calendars.working import working_minutes
from termsmith.cli import main
from termsmith.spec.service import ServiceCalendar
from termsmith.spec.types import Duration

SH = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]
FUEL = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"


def _calendar(hours: str = "09:00-18:00", holidays: str = "cn-official", **extra: object) -> WorkingCalendar:
    return WorkingCalendar(
        ServiceCalendar(
            id="biz", working_days=["mon", "tue", "wed", "thu", "fri"], hours=hours, holidays=holidays, **extra
        )
    )


# Worked out by hand from the State Council notices, and confirmed against both
# chinesecalendar and holidays (see shared/notes/feasibility.md part C).
@pytest.mark.parametrize(
    ("opened", "expected"),
    [
        (datetime(2026, 9, 18, 17, 30), datetime(2026, 9, 20, 12, 30)),  # Sunday 20th is a make-up working day
        (datetime(2026, 2, 13, 17, 30), datetime(2026, 2, 14, 12, 30)),  # Saturday 14th is a make-up working day
        (datetime(2026, 2, 14, 17, 30), datetime(2026, 2, 24, 12, 30)),  # across the Spring Festival
        (datetime(2026, 10, 9, 17, 30), datetime(2026, 10, 10, 12, 30)),  # Saturday 10th is a make-up working day
        (datetime(2025, 9, 26, 17, 30), datetime(2025, 9, 28, 12, 30)),  # Sunday 28th is a make-up working day
        (datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 14, 0)),  # an ordinary Monday
        (datetime(2026, 3, 2, 7, 0), datetime(2026, 3, 2, 13, 0)),  # opened before work starts
        (datetime(2026, 3, 6, 14, 0), datetime(2026, 3, 6, 18, 0)),  # due exactly as work stops, not Monday
    ],
)
def test_four_business_hours_on_the_mainland_calendar(opened: datetime, expected: datetime) -> None:
    assert _calendar().add(opened.replace(tzinfo=SH), 240) == expected.replace(tzinfo=SH)


def test_lunch_break_does_not_count() -> None:
    cal = _calendar("09:00-12:00,13:30-18:00")
    assert cal.minutes_per_day == 450
    assert cal.add(datetime(2026, 3, 2, 11, 0, tzinfo=SH), 240) == datetime(2026, 3, 2, 16, 30, tzinfo=SH)
    assert cal.add(datetime(2026, 3, 2, 12, 15, tzinfo=SH), 60) == datetime(2026, 3, 2, 14, 30, tzinfo=SH)
    assert cal.between(datetime(2026, 3, 2, 11, 0, tzinfo=SH), datetime(2026, 3, 2, 14, 0, tzinfo=SH)) == 90


def test_extra_days_override_the_official_ones() -> None:
    cal = _calendar(extra_holidays=[date(2026, 3, 2)], extra_working_days=[date(2026, 3, 7)])
    assert not cal.is_working_day(date(2026, 3, 2))
    assert cal.is_working_day(date(2026, 3, 7))  # a Saturday the company works
    assert cal.add(datetime(2026, 3, 6, 17, 0, tzinfo=SH), 120) == datetime(2026, 3, 7, 10, 0, tzinfo=SH)


def test_hong_kong_and_taiwan_official_days() -> None:
    hk = _calendar(holidays="hk-official")
    assert not hk.is_working_day(date(2026, 7, 1))  # HKSAR Establishment Day, a Wednesday
    assert hk.is_working_day(date(2026, 7, 2))
    tw = _calendar(holidays="tw-official")
    assert tw.is_working_day(date(2024, 2, 17))  # a Saturday made a working day
    assert not tw.is_working_day(date(2024, 2, 12))  # Lunar New Year holiday, a Monday
    assert not tw.is_working_day(date(2024, 10, 10))  # National Day


def test_a_year_without_official_data_is_never_guessed() -> None:
    with pytest.raises(CalendarDataMissing, match="2027"):
        _calendar().add(datetime(2026, 12, 31, 17, 30, tzinfo=SH), 240)
    # the same year listed in the spec by hand works
    listed = _calendar(holidays="none", extra_holidays=[date(2027, 1, 1)])
    assert listed.add(datetime(2026, 12, 31, 17, 30, tzinfo=SH), 240) == datetime(2027, 1, 4, 12, 30, tzinfo=SH)


def test_worst_case_starts_as_work_stops() -> None:
    cal = _calendar()
    worst = cal.worst_elapsed(Decimal(540), date(2026, 1, 1), date(2026, 12, 1))
    # one business day, started Saturday 14 Feb 18:00 (a make-up working day): ten days of Spring Festival
    assert worst == datetime(2026, 2, 24, 18, 0) - datetime(2026, 2, 14, 18, 0)


_OPENED = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 11, 30)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=SH)
)


@settings(max_examples=150, deadline=None)
@given(opened=_OPENED, n=st.integers(min_value=1, max_value=60 * 40), more=st.integers(min_value=0, max_value=600))
def test_due_is_monotonic_and_always_working_time(opened: datetime, n: int, more: int) -> None:
    cal = _calendar("09:00-12:00,13:30-18:00")
    first, later = cal.add(opened, n), cal.add(opened, n + more)
    assert first <= later
    assert cal.is_working_moment(first) and cal.is_working_moment(later)
    assert cal.between(opened, first) == n
    assert first - opened >= timedelta(minutes=n)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "deadline", str(FUEL), "--level", "P2", "--opened", "2026-02-14T17:30+08:00", "--format", "json"
    )
    assert code == 0
    payload = json.loads(out)
    assert payload["level"] == "P2" and payload["opened"] == "2026-02-14T17:30:00+08:00"
    assert payload["limits"]["response"] == {
        "within": "4 hours",
        "clock": "cn-business",
        "due": "2026-02-24T12:30:00+08:00",
    }
    # 3 business days = 27 working hours: 0.5 h on the 14th, 9 h on the 24th and 25th, 8.5 h on the 26th
    assert payload["limits"]["resolution"]["due"] == "2026-02-26T17:30:00+08:00"


def test_deadline_command_text_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "deadline", str(FUEL), "--level", "P1", "--opened", "2026-09-18T17:30")
    assert code == 0
    assert "response" in out and "due 2026-09-18T18:30:00+08:00" in out
    assert "incident_report" in out and "due 2026-09-21T17:30:00+08:00" in out  # 48 h after the 24 h resolution
    code, _, err = _run(capsys, "deadline", str(FUEL), "--level", "P9", "--opened", "2026-09-18T17:30")
    assert code == 2 and "P9" in err and "P0" in err
    code, _, err = _run(capsys, "deadline", str(FUEL), "--level", "P1", "--opened", "yesterday")
    assert code == 2 and "ISO-8601" in err
    code, _, err = _run(capsys, "deadline", str(FUEL), "--level", "P2", "--opened", "2026-12-31T17:30")
    assert code == 1 and "2027" in err and "extra_holidays" in err and "Traceback" not in err


def test_a_business_week_counts_five_working_days_of_the_calendar() -> None:
    calendar = _calendar(holidays="none")
    assert working_minutes(Duration.parse("1 business week"), calendar.calendar) == 5 * 540
    assert working_minutes(Duration.parse("2 business weeks"), calendar.calendar) == working_minutes(
        Duration.parse("10 business days"), calendar.calendar
    )
    # opened on Monday 2 March 2026 at 10:00, one business week (five working days) runs out the next Monday at 10:00
    opened = datetime(2026, 3, 2, 10, 0, tzinfo=SH)
    assert calendar.add(opened, working_minutes(Duration.parse("1 business week"), calendar.calendar)) == datetime(
        2026, 3, 9, 10, 0, tzinfo=SH
    )
