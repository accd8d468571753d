"""A fee's basis named by the rest of each period's spellings (`fees._BASIS`): "per hr", "an hour", "each hour",
"per engineer hour", 元/时; "each month", "per mo"; "yearly", "/yr", "per yr", "every year"; "per case";
人·日 — each read as the basis a price states, not as a one-off amount."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import fee_facts as _fees


@pytest.mark.parametrize(
    ("said", "basis"),
    [
        ("per hr", "hour"),
        ("an hour", "hour"),
        ("each hour", "hour"),
        ("per engineer hour", "hour"),
        ("each month", "month"),
        ("yearly", "year"),
        ("/yr", "year"),
        ("per yr", "year"),
        ("every year", "year"),
        ("per case", "incident"),
    ],
)
def test_an_english_basis_spelled_otherwise(tmp_path: Path, said: str, basis: str) -> None:
    text = f"Support fee: the Client shall pay $95 {said} for support.\n"
    assert _fees(tmp_path, text) == [("fee", "95 USD", basis)]


@pytest.mark.parametrize(("said", "basis"), [("450元/时", "hour"), ("900元/人·日", "person-day")])
def test_a_chinese_basis_spelled_otherwise(tmp_path: Path, said: str, basis: str) -> None:
    assert _fees(tmp_path, f"维护服务费:{said}。\n") == [("fee", said.split("元")[0] + " CNY", basis)]


@pytest.mark.parametrize(
    ("said", "basis"),
    [
        ("per business day", "person-day"),
        ("per trip", "visit"),
        ("per occurrence", "incident"),
        ("per issue", "incident"),
        ("/annum", "year"),
        ("per contract year", "year"),
        ("/qtr", "quarter"),
        ("every three months", "quarter"),
        ("per integration", "interface"),
    ],
)
def test_more_english_bases(tmp_path: Path, said: str, basis: str) -> None:
    text = f"Support fee: the Client shall pay $95 {said} for support.\n"
    assert _fees(tmp_path, text) == [("fee", "95 USD", basis)]


@pytest.mark.parametrize(
    ("said", "basis"),
    [
        ("按小时收费,450元", "hour"),
        ("每工作日900元", "person-day"),
        ("900元/工日", "person-day"),
        ("单次服务费300元", "incident"),
        ("300元/台次", "incident"),
    ],
)
def test_more_chinese_bases(tmp_path: Path, said: str, basis: str) -> None:
    amount = "".join(ch for ch in said.split("元")[0] if ch.isdigit())
    assert _fees(tmp_path, f"维护服务费:{said}。\n") == [("fee", f"{amount} CNY", basis)]
