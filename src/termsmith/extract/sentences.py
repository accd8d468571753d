"""Paragraphs → sentences with their normalised text and where they start."""

from __future__ import annotations

import re
from dataclasses import dataclass

from termsmith.extract.normalize import normalise
from termsmith.extract.source import Location, Paragraph

_TABLE_ROW = re.compile(r"^\s*\|?[^|\n]*\|[^|\n]*\|")  # two or more cell separators
# a sentence ends at 。；！？;!? and at a full stop before a capital, a bracket, a quote or a clause number that opens
# the next sentence ("… the software. 1.2 The Services cover …", "… fees. 3. Payment"), and at one typed
# before its space
_END = re.compile(
    r"(?<=[。；！？;!?])|(?<=[.])\s+(?=[A-Z(\"“]|\d{1,2}\.(?:\d{1,2}\.?)*\s+[A-Z])|"
    r"(?<=\s\.)(?=[A-Z][a-z])"  # a full stop typed before its space ("… for FOC .If you want …")
)
# a full stop that ends an abbreviation, not a sentence: "Acme Pte. Ltd.", "Co. Ltd", "No. 5", "excl. VAT"
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Pte|Co|Sdn|Nos?|Mr|Mrs|Ms|Dr|St|e\.g|i\.e|vs|approx|incl|excl|p\.a)\.$", re.I
)
# a company's suffix before the bracket naming its role: 'Blackdove Inc. ("Provider")' is one sentence
_SUFFIX_BEFORE_ROLE = re.compile(r"(?:^|\s)(?:Inc|Ltd|Corp|Plc|LLC|Pty|Bhd|GmbH|S\.A|B\.V|N\.V)\.$", re.I)


@dataclass(slots=True)
class Sentence:
    text: str  # as written
    norm: str  # normalised for the rules
    paragraph: Paragraph
    offset: int  # start in the paragraph text
    heading: str  # the section heading, normalised

    @property
    def location(self) -> Location:
        return self.paragraph.locate(self.offset)


def split(paragraphs: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    headings: dict[str, str] = {}
    for p in paragraphs:
        heading = headings.get(p.heading)
        if heading is None:
            heading = headings[p.heading] = normalise(p.heading)
        start = 0
        if _TABLE_ROW.search(p.text):  # a table row is one sentence: a cell's ";" must not shift the columns
            _add(out, p, 0, len(p.text), heading)
            continue
        for m in sorted([*_END.finditer(p.text), *_numbered_clauses(p.text)], key=lambda m: m.start()):
            end = m.start()
            if _ABBREVIATION.search(p.text, max(0, end - 8), end):
                continue
            if p.text.startswith("(", m.end()) and _SUFFIX_BEFORE_ROLE.search(p.text, max(0, end - 8), end):
                continue
            if end > start:
                _add(out, p, start, end, heading)
            start = end
        if start < len(p.text):
            _add(out, p, start, len(p.text), heading)
    return out


_CLAUSE_NUMBER = re.compile(r"(?<=[^\s\d.])\s+(?P<n>\d{1,2})\.(?P<k>\d{1,2})\.?\s+(?=[A-Z])")


def _numbered_clauses(text: str) -> list[re.Match[str]]:
    """Clause numbers of a series run together in one paragraph ("2.1 The Provider … 5:00 PM EST 2.2 After-hours
    support …"): each opens a sentence when the number before or after it in its series stands in the paragraph."""
    found = list(_CLAUSE_NUMBER.finditer(text))
    numbers = {(m["n"], int(m["k"])) for m in found}
    return [m for m in found if {(m["n"], int(m["k"]) - 1), (m["n"], int(m["k"]) + 1)} & numbers]


# the longest sentence the rules read whole: the longest in the 330 corpus documents has 868 characters. A longer run
# without a sentence end (a hard-wrapped file of one sentence, a line of 100,000 characters) is read in pieces that
# end at a comma or a space, so the rules, which look back over the sentence from each time, stay linear in the file
MAX_SENTENCE = 1200
_PIECE_END = re.compile(r"[,，、:：\s](?=[^,，、:：\s]*\Z)")


def _add(out: list[Sentence], p: Paragraph, start: int, end: int, heading: str) -> None:
    while end - start > MAX_SENTENCE:
        cut = _PIECE_END.search(p.text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        stop = cut.end() if cut else start + MAX_SENTENCE
        _add_one(out, p, start, stop, heading)
        start = stop
    _add_one(out, p, start, end, heading)


def _add_one(out: list[Sentence], p: Paragraph, start: int, end: int, heading: str) -> None:
    raw = p.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if text:
        out.append(Sentence(text, normalise(text), p, start + lead, heading))
