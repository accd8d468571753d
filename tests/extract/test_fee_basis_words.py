"""A fee's basis named by more of each period's spellings (`fees._BASIS`): "per business day", "per trip", "per
issue", "/annum", "/qtr", "per integration"; 按小时, 每工作日, 工日, 单次, 台次 — each read as the basis a price states, not as
a one-off amount. (extractfields16's first set of spellings, 1a86658 — "each month", "per hr", "yearly", 元/时 … — was
reverted after batch 38's one run: it read "Save $40 each month" as a monthly fee; bench/replay/extract36/README-fields.md.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import terms_of

from termsmith.extract.score import facts


def _fees(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    return sorted(f for f in facts(terms_of(tmp_path, text)) if f[0] == "fee")


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
