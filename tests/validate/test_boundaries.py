"""Spec cross-field rules at their boundaries, through validate_text on edited copies of the sample.

The rules: payment milestones total exactly 100% (not within a tolerance), a deposit
(定金) is at most 20% of the contract value (Civil Code art. 586), and a key given
twice is refused rather than silently overridden. Codes, messages and line:col are
written out by hand from the sample's layout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.validation import validate_text

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
# The sample bills its one-off item in one milestone (lines 220-223); these tests split it in
# two, so that the first milestone can be an advance or a deposit.
ONE = "      - name: 培训完成后支付\n        trigger: completion\n        percent: 100%\n        due_days: 15\n"
TWO = (
    "      - name: 签约后预付\n        trigger: signing\n        percent: 50%\n        due_days: 10\n"
    "      - name: 培训完成后支付\n        trigger: completion\n        percent: 50%\n        due_days: 15\n"
)
FIRST = "        trigger: signing\n        percent: 50%\n        due_days: 10"
SECOND = "        trigger: completion\n        percent: 50%\n        due_days: 15"
MILESTONES_AT = (219, 5)  # "    milestones:" under spec.payment


def _edited(*edits: tuple[str, str]) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in ((ONE, TWO), *edits):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _problems(text: str) -> list[tuple[str, str, str, int, int, str | None]]:
    result = validate_text(text, file="edited.yaml")
    assert result.ok == (not result.diagnostics)
    return [(d.code, d.severity.value, d.message, d.line, d.col, d.path) for d in result.diagnostics]


def _milestones(first: str, second: str) -> str:
    return _edited((FIRST, FIRST.replace("50%", first)), (SECOND, SECOND.replace("50%", second)))


def test_the_sample_is_valid() -> None:
    assert _problems(_edited()) == []


@pytest.mark.parametrize(
    ("first", "second", "total"),
    [
        ("50%", "49.9%", "99.9%"),
        ("50%", "50.1%", "100.1%"),
        ("50%", "49.5%", "99.5%"),  # within a 1-point tolerance: still refused
        ("60%", "41%", "101%"),
        ("50%", "49.99%", "99.99%"),
    ],
)
def test_milestones_must_total_exactly_100_percent(first: str, second: str, total: str) -> None:
    assert _problems(_milestones(first, second)) == [
        ("S200", "error", f"payment milestones add up to {total}, not 100%", *MILESTONES_AT, "spec.payment.milestones")
    ]


@pytest.mark.parametrize(("first", "second"), [("50%", "50%"), ("50.05%", "49.95%"), ("0.01%", "99.99%")])
def test_milestones_totalling_100_percent_are_valid(first: str, second: str) -> None:
    assert _problems(_milestones(first, second)) == []


def _deposit(percent: str, rest: str) -> str:
    return _edited(
        (FIRST, f"        trigger: signing\n        deposit: true\n        percent: {percent}\n        due_days: 10"),
        (SECOND, SECOND.replace("50%", rest)),
    )


def test_a_deposit_of_exactly_20_percent_is_valid() -> None:
    assert _problems(_deposit("20%", "80%")) == []


@pytest.mark.parametrize(("percent", "rest"), [("20.01%", "79.99%"), ("21%", "79%"), ("50%", "50%")])
def test_a_deposit_over_20_percent_is_refused_at_its_percent(percent: str, rest: str) -> None:
    # "deposit: true" is inserted as line 222, so the deposit's percent sits on line 223,
    # its value after "        percent: " (8 spaces + 9 characters) at column 18
    assert _problems(_deposit(percent, rest)) == [
        (
            "S200",
            "error",
            f"a deposit (定金) of {percent} exceeds 20% of the contract value",
            223,
            18,
            "spec.payment.milestones[0].percent",
        )
    ]


def test_an_advance_payment_over_20_percent_is_not_a_deposit() -> None:
    assert _problems(_milestones("80%", "20%")) == []


def test_a_duplicated_top_level_key_is_refused_at_the_second_one() -> None:
    text = _edited()
    lines = len(text.splitlines())  # the sample's last line; the duplicate comes right after it
    assert _problems(text + "kind: ServiceSpec\n") == [
        ("Y002", "error", "duplicate key 'kind' (first defined at line 4, column 1)", lines + 1, 1, None)
    ]


def test_a_duplicated_nested_key_is_refused_at_the_second_one() -> None:
    # quote_valid_days is line 15 of the sample (after the two comment lines and spec.agreement's number, signing_date)
    text = _edited(("    quote_valid_days: 30\n", "    quote_valid_days: 30\n    quote_valid_days: 60\n"))
    assert _problems(text) == [
        ("Y002", "error", "duplicate key 'quote_valid_days' (first defined at line 15, column 5)", 16, 5, None)
    ]
