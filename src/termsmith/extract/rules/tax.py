"""Tax on the fees: whether the prices include it (含税 / 不含税, VAT inclusive / exclusive) and its rate."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from termsmith.extract.rules.context import _re
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import percents
from termsmith.spec.commercial import MAX_TAX_RATE

_EXCLUDED = _re(
    r"不含税|不含稅|未含税|未含稅|未税|未稅|税费另计|稅費另計|税金另计|稅金另計|税费另付|稅費另付|"
    r"另(?:加|计|計|收)\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:的)?(?:加值型)?(?:增值税|增值稅|营业税|營業稅|税费|稅費|税金|稅金)|"
    r"\b(?:exclusive of|excluding|excl\.?|plus|net of|before)\s+(?:(?:any|all|the)\s+)?(?:applicable\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?(?:VAT|GST|sales tax|taxes|tax)\b|"
    r"\b(?:VAT|GST|tax)[- ]exclusive\b"
)
_INCLUDED = _re(
    r"含税(?![务務])|含稅(?![务務])|含\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:的)?(?:加值型)?(?:增值税|增值稅|营业税|營業稅|税费|稅費|税金|稅金)|"
    r"税费已含|稅費已含|已含税|已含稅|"
    r"\b(?:inclusive of|including|incl\.?)\s+(?:(?:any|all|the)\s+)?(?:applicable\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?(?:VAT|GST|sales tax|taxes|tax)\b|"
    r"\b(?:VAT|GST|tax)[- ]inclusive\b"
)
# what may follow a price alone on its line when it only says the tax on it ("£99 + VAT", "$49 excl. GST",
# "€20 plus VAT", "¥500（含税）")
_TAX_NOTE = _re(
    rf"\s*[(（]?\s*(?:\+\s*(?:VAT|GST|tax)\b|{_EXCLUDED.pattern}|{_INCLUDED.pattern})?\s*[)）]?\s*[.。]?\s*"
)


def only_tax(text: str) -> bool:
    """True when ``text`` (what follows a price on its line) is empty or only the price's tax."""
    return _TAX_NOTE.fullmatch(text) is not None


_TAX_WORD = _re(r"增值税|增值稅|营业税|營業稅|税率|稅率|\bVAT\b|\bGST\b|sales tax|\btax rate\b")
# taxes that are not on the fees: income tax withheld, stamp duty, each party bearing its own taxes
_OTHER_TAX = _re(
    r"所得税|所得稅|印花税|印花稅|代扣代缴|代扣代繳|各自(?:承担|承擔|负担|負擔)|income tax|withholding|stamp duty|"
    r"each party (?:shall )?(?:bear|be responsible)"
)
_PRICES = _re(r"价|價|费|費|报价|報價|金额|金額|元|price|fee|charge|quot|amount|rate")


def tax(sentences: list[Sentence]) -> tuple[dict[str, Any], Sentence] | None:
    """The first sentence about the prices that says whether they include tax: ``{"included": bool}``
    with the rate (``"6%"``) when the sentence names one beside a tax word."""
    for s in sentences:
        text = s.norm
        if not (_EXCLUDED.search(text) or _INCLUDED.search(text)) or _OTHER_TAX.search(text):
            continue
        if not _PRICES.search(text) and not _PRICES.search(s.heading):
            continue
        value: dict[str, Any] = {"included": not _EXCLUDED.search(text)}
        rate = _rate(text)
        if rate is not None:
            value["rate"] = f"{format(rate.normalize(), 'f')}%"
        return value, s
    return None


def _rate(text: str) -> Decimal | None:
    """A percentage within a few characters of a tax word ("含6%增值税", "VAT at 13%", "税率6%")."""
    words = [(m.start(), m.end()) for m in _TAX_WORD.finditer(text)]
    words += [(m.start(), m.end()) for m in re.finditer(r"税|稅|\btax\b", text, re.I)]
    for value, start, end in percents(text):
        if value > MAX_TAX_RATE:
            continue
        if any(-12 <= start - b <= 12 or -12 <= a - end <= 12 for a, b in words):
            return value
    return None
