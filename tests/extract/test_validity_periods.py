"""A validity period (a bid's 响应有效期, a quote "valid for 30 days") says how long an offer holds, never a time to
respond or resolve (issue 12; zh322, a telecom tender)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import level_times, terms_of, text_lines


@pytest.mark.parametrize(
    "line",
    [
        "响应有效期：90天，响应有效期不满足询比文件要求的响应将被否决。",
        "报价有效期为30天，逾期响应无效。",
        "This quote is valid for 30 days; a late response to it is void.",
    ],
)
def test_a_validity_period_is_no_level_time(tmp_path: Path, line: str) -> None:
    assert level_times(terms_of(tmp_path, text_lines(line))) == {}


def test_a_response_time_beside_it_is_still_read(tmp_path: Path) -> None:
    text = text_lines("响应有效期：90天。", "乙方接到故障通知后2小时内响应。")
    assert [times[0] for times in level_times(terms_of(tmp_path, text)).values()] == ["2h"]
