"""The British "per hour" written short after a price (£80ph, £45 p/h, £30 p.h., £60 p/hr) is an hourly rate
(issue 12; en1083, a London IT consultant's fee page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.extract_support import fee_facts, text_lines


@pytest.mark.parametrize(
    "line", ["Standard Rate £80ph", "Remote support £80 p/h", "On-site work £80 p.h.", "Labour £80 p/hr"]
)
def test_a_short_per_hour_is_an_hourly_rate(tmp_path: Path, line: str) -> None:
    assert fee_facts(tmp_path, text_lines("Our charges", line)) == [("fee", "80 GBP", "hour")]


def test_a_word_starting_with_ph_is_no_hour(tmp_path: Path) -> None:
    assert ("fee", "80 GBP", "hour") not in fee_facts(tmp_path, text_lines("Our charges", "Setup £80 phone included"))
