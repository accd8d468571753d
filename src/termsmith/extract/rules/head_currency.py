"""A price column whose header gives the currency ("单价(元/天)", "金额（元）", "报价（万元）", "Price (USD)"): its cells
are bare numbers ("1,500", "3.6"), amounts in that currency, 万 (ten thousand) when the header says 万元. A quotation's
staffing or phase table prints its prices this way (zh343, zh344, zh100). A subtotal column beside a unit-price column
repeats the row's price times its quantity and is not read; a cell that is not a bare number (a range, a note, "-",
"免费") is not an amount."""

from __future__ import annotations

import re
from decimal import Decimal

from termsmith.extract.rules.context import _re
from termsmith.extract.values import DOLLARS, FoundMoney, currency_of
from termsmith.spec.types import Money

_HEAD_CURRENCY = _re(
    r"[(（]\s*(?:人民币|人民幣|RMB)?\s*(?P<wan>万|萬)?元(?:\s*/\s*[^)）]{1,4})?\s*[)）]|"
    r"[(（]\s*(?P<code>USD|CNY|RMB|TWD|NTD|HKD|GBP|EUR|AUD|CAD|SGD|\$|£|€)\s*(?:/\s*[^)）]{1,8})?[)）]"
)
_SUBTOTAL = _re(r"小计|小計|\bsub-?\s?totals?\b")
_UNIT_PRICE = _re(r"单价|單價|\bunit\s+(?:price|rate|cost)\b|\brate\b")
_BARE = re.compile(r"\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")


def _currency(head: str, default: str) -> tuple[str, Decimal] | None:
    """The currency a header cell gives its column, and the multiple its numbers are written in."""
    m = _HEAD_CURRENCY.search(head)
    if m is None:
        return None
    if m["code"]:
        code = currency_of(m["code"]) or m["code"].upper()
        if code == "$":  # the document's own dollar, as money() reads "$" (values.DOLLARS)
            code = default if default in DOLLARS else "USD"
        return code, Decimal(1)
    return (default if default in ("CNY", "TWD", "HKD") else "CNY"), Decimal(10000 if m["wan"] else 1)


def column_amounts(heads: list[str], text: str, default: str) -> list[FoundMoney]:
    """The amounts of a pipe-table row ``text`` whose cells sit under ``heads`` that give a currency."""
    priced = [_currency(h, default) for h in heads]
    unit_column = any(p and _UNIT_PRICE.search(h) for p, h in zip(priced, heads, strict=True))
    lead = len(text) - len(text.lstrip())
    lead += 1 if text[lead : lead + 1] == "|" else 0
    out: list[FoundMoney] = []
    for column, cell in enumerate(re.finditer(r"[^|]+", text[lead:])):
        given = priced[column] if column < len(heads) else None
        if given is None or (unit_column and _SUBTOTAL.search(heads[column])):
            continue
        currency, multiple = given
        bare = _BARE.fullmatch(cell.group())
        if bare is None or (amount := Decimal(bare[1].replace(",", "")) * multiple) <= 0:
            continue
        if amount == amount.to_integral_value():
            amount = amount.quantize(Decimal(1))  # 2.4 万元 is 24000, not 24000.0
        try:
            found = Money(amount=amount, currency=currency)
        except ValueError:
            continue
        start = lead + cell.start() + bare.start(1)
        out.append(FoundMoney(found, start, start + len(bare[1])))
    return out
