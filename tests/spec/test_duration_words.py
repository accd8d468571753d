"""The business-day and business-hour words of real contracts parse as the spec's business units, so a spec
written with them validates and compares like one written with 工作日 or "business days"."""

from __future__ import annotations

import pytest

from termsmith.spec.types import Duration, TimeUnit


@pytest.mark.parametrize(
    "text",
    [
        "3 business days",
        "3 working days",
        "3工作日",
        "3个工作日",
        "3個工作日",
        "3个工作天",
        "3個工作天",
        "3工作天",
        "3营业日",
        "3个营业日",
        "3營業日",
        "3個營業日",
        "3有效工作日",
        "3个有效工作日",
        "3個有效工作日",
    ],
)
def test_business_day_words_are_business_days(text: str) -> None:
    assert Duration.parse(text) == Duration.parse("3 business days")
    assert str(Duration.parse(text)) == "3 business days"


@pytest.mark.parametrize("text", ["4工作小时", "4个工作小时", "4個工作小時", "4有效工作小时", "4個有效工作小時"])
def test_business_hour_words_are_business_hours(text: str) -> None:
    assert Duration.parse(text).unit is TimeUnit.BUSINESS_HOURS


def test_a_business_day_word_does_not_make_calendar_days_or_other_words_parse() -> None:
    assert Duration.parse("3天").unit is TimeUnit.DAYS
    with pytest.raises(ValueError, match="not a duration"):
        Duration.parse("3有效日")


@pytest.mark.parametrize("text", ["2 business weeks", "2 working weeks", "2个工作周", "2個工作週"])
def test_business_week_words_are_business_weeks_of_five_business_days(text: str) -> None:
    weeks = Duration.parse(text)
    assert weeks.unit is TimeUnit.BUSINESS_WEEKS and weeks.unit.is_business
    assert str(weeks) == "2 business weeks" and str(Duration.parse("1 business week")) == "1 business week"
    assert Duration.parse("9 business days") < weeks < Duration.parse("11 business days")
    assert weeks <= Duration.parse("10 business days") and Duration.parse("10 business days") <= weeks
    with pytest.raises(TypeError):
        _ = weeks < Duration.parse("2 weeks")  # a plain week counts the calendar's working week: not comparable
