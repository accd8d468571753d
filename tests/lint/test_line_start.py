"""``positions.line_start`` answers what ``rfind`` over the text answers, for any text and offset."""

from __future__ import annotations

import pytest

from termsmith.lint.positions import line_start


@pytest.mark.parametrize(
    "text",
    ["", "abc", "\n", "\n\nab\n", "第一行\n第二行\r\n\r\nthird line\n", "no break at all, one long line " * 20],
)
def test_line_start_is_rfind(text: str) -> None:
    other = "x\ny\n"  # switching texts must not reuse the other's line starts
    for offset in range(len(text) + 1):
        assert line_start(text, offset) == text.rfind("\n", 0, offset) + 1, offset
        assert line_start(other, 2) == 2


def test_a_long_line_costs_no_more_per_sentence_than_a_short_one() -> None:
    """Each sentence of a text without line breaks asks for its line start; the answer
    comes from the text's line starts, found once (this checks the count of line-start
    scans, not a time: the text is read for its breaks once, not once per sentence)."""
    text = "乙方应及时响应。" * 20_000
    calls = 0
    real = str.find

    class Counting(str):
        def find(self, *args: object) -> int:  # LineIndex reads the breaks with find
            nonlocal calls
            calls += 1
            return real(self, *args)  # type: ignore[arg-type]

    counted = Counting(text)
    for offset in range(0, len(text), 8):
        assert line_start(counted, offset) == 0
    assert calls == 1


def test_the_negated_list_lookback_reads_no_further_than_its_limit() -> None:
    """``_in_negated_list`` looks back at most ``_BACK`` characters on the same line, as it
    did when it found the line start with an unbounded ``rfind``."""
    from termsmith.lint.en_forms import _BACK, _in_negated_list, _patterns

    lead = "recipient will not: (i) copy it; "
    for text in (
        lead + "(ii) attempt to fix it promptly",
        lead + "x" * (_BACK - 40) + "; (iv) attempt to",
        "other line\n" + lead + "y" * (_BACK + 40) + " (v) attempt to",
        lead + "\n(ii) attempt to",
        "x" * 30 + "\n" + lead + "z" * 20 + "\n" + "(iii) attempt",
        "x" * _BACK + " will not: (i)\n(ii) attempt" + "y" * _BACK,  # a lead-in on the line before, within reach
    ):
        for lo in range(0, len(text), 3):
            start = len(text) - 1
            line = text.rfind("\n", 0, lo) + 1
            expected = _patterns()[1].search(text, max(line, lo - _BACK), start) is not None
            assert _in_negated_list(text, lo, start) == expected, (text[:20], lo)
