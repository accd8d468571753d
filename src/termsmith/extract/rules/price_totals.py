"""Prices that are parts of a stated total: the total is the one-off fee, the parts are not.

A quotation prices its phases or modules line by line and then states their sum ("Phase 1 … ₹ 35,000" …
"Total Estimated Project Cost … ₹ 2,30,000"; "Development | 47,500 AED", "Add-ons | 19,500 AED", "TOTAL PROJECT
INVESTMENT | 67,000 AED"). The client pays the total once; the lines only break it down (the keys' reading, the
corpus README's decision on a phased fixed quote). Items that are alternatives (three tiers, add-ons to pick from)
have no total that sums them, so they stay fees of their own.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from termsmith.extract.rules.context import _re
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundMoney, money
from termsmith.spec.types import Money

_TOTAL = _re(r"\b(?:grand\s+)?total\b|合计|合計|总计|總計|总价|總價|总额|總額|共计|共計")
_LEAST_PARTS = 2


def fold_into_totals(
    one_off: list[tuple[dict[str, Any], Sentence]],
    items: set[int],
    sentences: list[Sentence],
    default: str,
) -> list[tuple[dict[str, Any], Sentence]]:
    """``one_off`` with each run of item prices (``items``: the ids of the entries read as items' prices) that a later
    line labelled as a total sums exactly replaced by that total."""
    position = {id(s): i for i, s in enumerate(sentences)}
    for index, s in enumerate(sentences):
        if not _TOTAL.search(s.norm) or len(found := money(s.norm, default)) != 1:
            continue
        total = found[0]
        run = _parts_before(one_off, items, position, index, total)
        if not run:
            continue
        entry = {"name": _label(s.norm, total), "amount": str(total.money)}
        kept = [o for i, o in enumerate(one_off) if i not in run]
        kept.insert(min(run), (entry, s))
        one_off = kept
    return one_off


def _parts_before(
    one_off: list[tuple[dict[str, Any], Sentence]],
    items: set[int],
    position: dict[int, int],
    index: int,
    total: FoundMoney,
) -> set[int]:
    """The places in ``one_off`` of the item prices just before line ``index`` that sum to ``total`` (none: empty)."""
    before = [i for i, (item, s) in enumerate(one_off) if id(item) in items and position.get(id(s), index) < index]
    if len(before) < _LEAST_PARTS:
        return set()
    target = total.money
    run_sum = Decimal(0)
    for count, i in enumerate(reversed(before), start=1):
        amount = Money.parse(one_off[i][0]["amount"])
        if amount.currency != target.currency or run_sum + amount.amount > target.amount:
            return set()
        run_sum += amount.amount
        if run_sum == target.amount and count >= _LEAST_PARTS:
            return set(before[-count:])
    return set()


def _label(text: str, total: FoundMoney) -> str:
    """The total's own words ("Total Estimated Project Cost"), its first table cell on a row."""
    head = text[: total.start]
    cells = [c.strip() for c in head.split("|") if c.strip()]
    label = cells[0] if cells else head
    return label.strip(" :：*#-–—").strip() or "Total"
