"""English context beyond one sentence: what the lines before a sentence make of it.

A list item is read under its lead-in. Under an exclusion or a condition ("The
following are not covered:", "Exclusions:", "under the following conditions:"), a
customer's obligations ("Customer shall:", "Your responsibilities:") or a glossary
("Definitions:"), the items are no vendor commitment, whatever words they hold.
A heading line (a few capitalised words, no verb, no full stop) and a template
instruction ([Insert the response time here]) promise nothing either; nor does any
sentence of a section headed as a glossary or a list of exclusions ("1. Definitions",
"Exclusions", "What is not covered"), up to the next heading line.

The lead-in is the nearest line before the item's own line that is not itself a
list item, looked for at most :data:`_BACK` characters back; it counts only when it
ends with a colon (or is a heading) — a list item follows its lead-in directly.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache
from termsmith.lint.positions import line_start

_BACK = 1500  # characters looked back for a lead-in
_ITEM = r"[ \t]*(?:[-*•·▪◦‣]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s"
_NO_COMMITMENT_LEAD = (
    r"\b(?:not\s+(?:be\s+)?(?:covered|included|include|includes|cover|covers|provided|supported|responsible|liable)|"
    r"exclu(?:sions?|ded|des?|ding)|limitations?|does\s+not|do\s+not|will\s+not|shall\s+not|"
    r"(?:customers?|clients?|licensees?|users?|you|subscribers?|buyers?)\s+(?:shall|must|will|agrees?\s+to|"
    r"agree\s+to|(?:is|are)\s+(?:responsible|required|obligated|expected))|"
    r"(?:customer|client|licensee|your|user|subscriber)['’]?s?\s+(?:responsibilities|obligations|duties)|"
    r"responsibilities\s+of\s+(?:the\s+)?(?:customer|client|licensee|user)|"
    r"(?:following|these)\s+conditions|definitions|glossary|in\s+the\s+event|if\s+|unless|except)"
)
_HEADING = r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?(?:[A-Z][\w&/’'-]*|of|and|the|for|to|in|a|an|or|&)(?:[ \t]+(?:[A-Z][\w&/’'-]*|of|and|the|for|to|in|a|an|or|&)){0,6}[ \t]*:?[ \t]*$"
_TEMPLATE = r"[ \t]*[\[<{][^\]>}]{3,}[\]>}][ \t.]*$"
# a section heading that makes its whole section no commitment: a glossary or the exclusions
_SECTION_WORDS = ("definition", "glossary", "exclusion", "not covered")  # looked for in the lower-cased text
_SECTION = (
    r"(?m)^[ \t#]*(?:(?:article|section|part)\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?\s+|[a-z]\.\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:definitions?|glossary|exclusions?|excluded\s+services)|"
    r"what\s+(?:is|are)\s+not\s+covered|not\s+covered)(?:\s+and\s+[a-z]+)?[ \t]*:?[ \t]*$"
)
_SECTION_MAX = 20000  # characters a section runs at most


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(regex_cache.compile(p) for p in (_ITEM, _NO_COMMITMENT_LEAD, _HEADING, _TEMPLATE))


_LAST: list[tuple[str, tuple[tuple[int, int], ...]]] = []  # the last text's sections, by identity (no hashing)


def _sections(text: str, lower: str) -> tuple[tuple[int, int], ...]:
    """Where the glossary and exclusion sections of ``text`` run: from the line after their
    heading to the next heading line. Found once per text (a plain find rules most texts out)."""
    if _LAST and _LAST[0][0] is lower:
        return _LAST[0][1]
    found = _find_sections(text, lower) if any(word in lower for word in _SECTION_WORDS) else ()
    _LAST[:] = [(lower, found)]
    return found


def _find_sections(text: str, lower: str) -> tuple[tuple[int, int], ...]:
    heading = _patterns()[2]
    out: list[tuple[int, int]] = []
    for m in re.finditer(_SECTION, lower):
        end = pos = m.end() + 1
        limit = min(len(text), pos + _SECTION_MAX)
        while pos < limit:
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            line = text[pos:stop]
            if line.strip() and heading.match(line) and len(line.split()) <= 7 and not line.rstrip().endswith(":"):
                break  # the next heading ends the section (a lead-in of a list, ending in a colon, does not)
            end = pos = stop + 1
        out.append((m.end(), min(end, len(text))))
    return tuple(out)


def en_no_commitment_context(text: str, lo: int, hi: int, lower: str | None = None) -> bool:
    """The English sentence ``text[lo:hi]`` is a heading, a template instruction, or a list
    item under a lead-in that makes its items no vendor commitment."""
    item, lead_words, heading, template = _patterns()
    if lower is None:
        sections: tuple[tuple[int, int], ...] = ()
    elif _LAST and _LAST[0][0] is lower:
        sections = _LAST[0][1]  # the common case, without a call
    else:
        sections = _sections(text, lower)
    if sections and any(a < lo < b for a, b in sections):
        return True  # a sentence of a glossary or of the exclusions
    start = line_start(text, lo)
    if lo - start < 4:  # the sentence opens its line: it may be the whole of a heading or template line
        end = text.find("\n", hi)
        line = text[start : len(text) if end < 0 else end]
        if line.isascii() and (template.match(line) or (heading.match(line) and len(line.split()) <= 7)):
            return True
    if not item.match(text, start) or not text[start:lo].isascii():
        return False
    stop = max(0, start - _BACK)
    pos = start - 1
    while pos > stop:
        prev_start = text.rfind("\n", 0, pos) + 1
        prev = text[prev_start:pos]
        pos = prev_start - 1
        if not prev.strip() or item.match(prev):
            continue  # another item of the same list, or a blank line between items
        lead = prev.rstrip()
        return lead.endswith(":") and lead_words.search(lead.lower()) is not None
    return False
