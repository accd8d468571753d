"""The vendor as the one company a document names by its legal form, when nothing else names a vendor.

A vendor's own terms, a price list, a council's record or a contact block often name the vendor only as a company
("Peer Software, Inc. reserves the right to change pricing", "Odoo SA 承諾…", a payee account 戶名「Leader Lab
Software Limited」, "**GrEEV.com KG**" over its address) and never call it "provider" or 乙方. The company written
with a legal-form suffix (Inc., Ltd, Limited, LLC, GmbH, KG, SA, Pty Ltd …) is then the vendor, provided the document
names one such company and no other: two companies may be the vendor and a reseller, a client or a third party, and
then nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.party_structure import _Found, _Sentence, looks_like_name

# capitalised words (a dotted domain name among them: "GrEEV.com") ending in a legal form; "Co., Ltd." and
# "Pty Ltd" are one form
_FORM = (
    r"(?:Co\.,?\s+Ltd|Pty\.?\s+Ltd|Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Corporation|GmbH|KG|AG|S\.?A|S\.?A\.?S|"
    r"Plc|PLC|LLP|B\.?V|N\.?V|Oy|AB|ApS|A/S|S\.?r\.?l|S\.?p\.?A|K\.?K)\.?"
)
_COMPANY = re.compile(
    r"(?<![A-Za-z0-9_.&'-])(?P<name>(?:[A-Z0-9][A-Za-z0-9&.'-]*\s+(?:(?:of|and|&)\s+)?){0,5}?[A-Z0-9][A-Za-z0-9&.'-]*,?\s+"
    + _FORM
    + r")"
    r"(?![A-Za-z0-9_-])"
)
# words that open a sentence or a phrase before a name, not part of it ("The", "Contact", "By", "From")
_LEAD = re.compile(
    r"^(?:(?:The|A|An|This|That|Contact|By|From|With|And|Or|Between|To|For|Of|At|Via|Email|Web|Call|Signed|"
    r"Company|Vendor|Provider|Licensor|Supplier|Contractor|Name|Payee|Copyright|©|Inc\.?)\s+)+"
)
_KIND_OF = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# no company: a currency, a year or a bare number before the form ("USD 100 Ltd" is never a name)
_NOT_NAME = re.compile(r"^(?:\d[\d,.]*\s+)")


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _companies(text: str) -> list[str]:
    out = []
    text = re.sub(r"\*\*|__|`", "", text)
    for m in _COMPANY.finditer(text):
        if _KIND_OF.search(text[: m.start()]):
            continue  # "a New York S- Corporation", "a Delaware corporation": what a party is, not its name
        name = _LEAD.sub("", m["name"]).strip()
        if not _NOT_NAME.match(name) and looks_like_name(name) and " " in name.strip():
            out.append(name)
    return out


def sole_company(sentences: Sequence[_Sentence]) -> _Found[_Sentence]:
    """[("vendor", name, sentence)] when the text names exactly one company by its legal form, else []."""
    first: dict[str, tuple[str, _Sentence]] = {}
    for s in sentences:
        for name in _companies(s.text):
            key = _key(name)
            # the same company written twice ("Peer Software, Inc." / "Peer Software Inc") is one
            if key not in first:
                first[key] = (name, s)
    if len(first) != 1:
        return []
    name, sentence = next(iter(first.values()))
    return [("vendor", name, sentence)]
