"""A web table copied as text with its cells run together: a header "Priority LevelDescriptionResponse
TimeResolution Time", each row a bare number glued to its description and its times glued to each other ("…up to
2 hoursup to 8 hours"), read end to end through `termsmith extract`."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import extract_lines, level_times, terms_of

HEADER = "Priority LevelDescriptionResponse TimeResolution Time"


def test_glued_rows_take_the_header_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = extract_lines(
        tmp_path,
        capsys,
        [
            "Support terms",
            "",
            HEADER,
            "1Major Impact: The service cannot be used and no workaround exists.up to 2 hoursup to 8 hours",
            "2Moderate Impact: Use of the service is impaired within 3 days of setup.up to 4 hoursup to 24 hours",
            "3General Questions: Questions on configuration.up to 48 hoursup to 7 days",
        ],
    )
    assert level_times(found["terms"]) == {
        "1 Major Impact": ("2h", "8h"),
        "2 Moderate Impact": ("4h", "24h"),
        "3 General Questions": ("48h", "7 days"),
    }


def test_uptime_credit_rows_are_no_levels(tmp_path: Path) -> None:
    text = "UptimeDays Credited\n< 99.5% – ≥98.0%3\n< 98.0% – ≥ 95.0%7\n< 95.0%15\n"
    assert level_times(terms_of(tmp_path, text)) == {}


def test_glued_price_rows_are_no_levels(tmp_path: Path) -> None:
    text = (
        "Plan LevelDescriptionPriceTerm\n"
        "1Basic Plan: e-mail support.USD 99 a month12 months\n"
        "2Pro Plan: phone support.USD 199 a month12 months\n"
    )
    assert level_times(terms_of(tmp_path, text)) == {}


def test_a_line_with_one_time_under_a_level_header_is_no_glued_row(tmp_path: Path) -> None:
    text = (
        "Priority LevelDescriptionResponse Time\n"
        "1Major Impact: the service is down for 2 hours or more.\n"
        "2Minor Impact: a page is slow.\n"
    )
    assert all(r is None for r, _ in level_times(terms_of(tmp_path, text)).values())
