"""Durations written in words with the figure in brackets inside the unit ("Twenty-four business (24) hours",
as a vendor's support table writes them), read end to end through `termsmith extract`."""

from __future__ import annotations

from pathlib import Path

from extract_support import level_times, terms_of

from termsmith.extract.normalize import normalise


def test_figure_between_word_and_unit_keeps_the_clock() -> None:
    assert normalise("Twenty-four business (24) hours") == "24 business hours"
    assert normalise("Thirty-six working (36) hours") == "36 working hours"
    assert normalise("within three calendar (3) days") == "within 3 calendar days"
    # the usual order is unchanged
    assert normalise("One (1) business hour") == "1 business hour"
    # a bracket after a word that is no unit's clock stays as it was read before
    assert normalise("Section twelve (12) hours") == "Section 12 hours"


def test_level_lines_with_bracketed_figures(tmp_path: Path) -> None:
    text = (
        "Support levels\n\n"
        "Severity 1: initial response within One (1) business hour.\n\n"
        "Severity 3: initial response within Twenty-four business (24) hours.\n"
    )
    times = level_times(terms_of(tmp_path, text))
    assert [r for r, _ in times.values()] == ["1 business hour", "24 business hours"]


def test_bracketed_figure_in_a_fee_is_no_level(tmp_path: Path) -> None:
    text = "Fees\n\nThe licence costs USD 1,200 a year, payable within thirty calendar (30) days of invoice.\n"
    assert level_times(terms_of(tmp_path, text)) == {}
