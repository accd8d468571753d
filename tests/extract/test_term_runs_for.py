"""A term that runs "for twelve (12) months thereafter" is a length, not a point in time (`periods._point_in_time`);
"在1个月后将资料交予甲方" stays a point in time."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import extract_lines

_THEREAFTER = (
    "1. Support Terms.",
    "Beginning on the Execution Date and continuing for twelve (12) months thereafter (“Initial Support Term”), "
    "the Vendor shall provide the Support Services described herein.",
)


def test_a_term_continuing_for_a_length_thereafter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert extract_lines(tmp_path, capsys, _THEREAFTER)["terms"]["term"]["length"] == "12 months"


def test_a_length_later_is_still_a_point_in_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "term" not in extract_lines(tmp_path, capsys, ["服务期限内,乙方在1个月后将资料交予甲方。"])["terms"]
