"""A price table flattened into lines under a header naming two columns, the contract's prices and the
prices without one ("合約期間內 非合約期間內", "保內 保外", "Under contract | Without contract"): each
item's cells follow its name line by line, and only the first column's prices are the agreement's.

A cell is a placeholder line ("不提供", "免費提供2次", "N/A") or a run of prices that differ by their
qualifier (a price per area "(台北都會區)" / "(偏遠地區)": the same qualifier again opens the next
cell); a line "額外收費 400元" / "additional 400" continues the free-of-charge cell above it. A price
in the first column is per visit when the item is an on-site service, else per incident (one service
done)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from termsmith.extract.rules.context import _re
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundMoney, money

_COLUMN_PAIR = _re(
    r"(?:合[约約]|保固|保修|保[内內]|维护|維護)[^\s|]{0,4}(?:期[间間]?)?[内內]?\s*\|?\s*"
    r"(?:非(?:合[约約]|保固|保修|维护|維護)[^\s|]{0,4}(?:期[间間]?)?[内內]?|(?:保固|保修|保)[^\s|]{0,2}外)\s*\|?\s*$|"
    r"(?:under|with(?:in)?)\s+(?:a\s+)?(?:contract|warranty)\s*\|?\s*(?:without\s+(?:a\s+)?(?:contract|warranty)|"
    r"out\s+of\s+(?:contract|warranty)|non-?contract)\s*\|?\s*$"
)
_PLACEHOLDER = _re(
    r"不提供|不收[费費]|免[费費].{0,8}|n/?a|not (?:available|offered)|free(?: of charge)?.{0,12}|included"
)
_CONTINUES = _re(r"^(?:额外|額外|另|超[过過]|additional|extra|beyond)")
_ON_SITE = _re(r"到府|上门|上門|到场|到場|现场|現場|出勤|on-?site|visit|call-?out")
_QUALIFIER = re.compile(r"^\s*[(（]([^)）]{1,12})[)）]")


@dataclass
class PriceItem:
    name: Sentence
    cells: list[list[tuple[FoundMoney, Sentence]] | None] = field(default_factory=list)  # None: a placeholder
    qualifiers: list[str] = field(default_factory=list)  # of the open cell's prices

    def add_price(self, found: FoundMoney, s: Sentence) -> None:
        qualifier = m.group(1) if (m := _QUALIFIER.match(s.norm[found.end :])) else ""
        open_cell = self.cells[-1] if self.cells else None
        if open_cell is not None and qualifier and qualifier not in self.qualifiers:
            open_cell.append((found, s))
        else:
            self.cells.append([(found, s)])
            self.qualifiers = []
        if qualifier:
            self.qualifiers.append(qualifier)


@dataclass
class PriceColumns:
    items: list[PriceItem] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)  # (sentence index, start) of every price read here

    def contract_prices(self) -> list[tuple[FoundMoney, Sentence, str, str]]:
        """The first column's prices with their basis (visit or incident) and the item's name."""
        out = []
        for item in self.items:
            first = item.cells[0] if item.cells else None
            if len(item.cells) < 2 or not first:
                continue
            basis = "visit" if _ON_SITE.search(item.name.norm) else "incident"
            name = re.split(r"\s+(?=\d)|[:：]", item.name.norm)[0].strip()[:40]
            out += [(found, s, basis, name) for found, s in first]
        return out


def price_columns(sentences: list[Sentence], currency: str) -> PriceColumns:
    """The prices of every table under a contract / no-contract header."""
    out = PriceColumns()
    item: PriceItem | None = None
    inside = False
    for index, s in enumerate(sentences):
        text = s.norm.strip()
        if _COLUMN_PAIR.search(text):
            inside, item = True, None
            continue
        if not inside:
            continue
        found = money(text, currency)
        if len(text) > 80:
            inside, item = False, None  # prose again: the table has ended
            continue
        if _PLACEHOLDER.fullmatch(text) and item is not None:
            item.cells.append(None)
            continue
        if not found and not _CONTINUES.search(text):
            item = PriceItem(s)
            out.items.append(item)
            continue
        if item is None or (
            found and not _CONTINUES.search(text) and found[0].start > 0 and _names_item(text[: found[0].start])
        ):
            item = PriceItem(s)
            out.items.append(item)
        if _CONTINUES.search(text) and item.cells and item.cells[-1] is None:
            # "額外收費400元" completes the free cell above: its price is that column's
            item.cells[-1] = [(f, s) for f in found]
            item.qualifiers = []
            out.seen.update((index, f.start) for f in found)
            continue
        for f in found:
            item.add_price(f, s)
            out.seen.add((index, f.start))
    return out


def _names_item(head: str) -> bool:
    """Text before a price on its line names a new item, not a qualifier or a charge word."""
    head = re.sub(r"收[费費]|[费費]用|charge|fee|price|[:：\s]", "", head, flags=re.I)
    return len(head) >= 4
