"""A hedge on a copula that describes, session 22 (lint22S).

"Typically", "generally", "usually" … hedge a promise when they qualify what a party does (we typically respond
within days · updates will generally be conducted within 72 hours). On a copula whose complement is a noun phrase, a
prepositional phrase of kind or an -ing form, they say what something usually is, and promise nothing: "These are
typically for significant bug fixes" · "These downtimes are generally system fault type issues" · "It's generally a
good idea to let us know" · "This is usually installing new systems" · "Typically there are no security patches
applied". Such a finding is lowered to info (still shown), not dropped.

Not when the complement is a participle (is generally provided · are typically completed), a time or a measure
(are typically within 4 business hours · is normally 2 days) or a state of the service (is usually available ·
generally accessible): those still hedge what the customer gets.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache

# the hedges of the family ("the rule and its listed exceptions"), as the lexicon names them
HEDGES = frozenset(("typically", "generally", "usually", "normally", "ordinarily", "in general", "in most cases"))
_COPULA = r"(?:\b(?:is|are|was|were)|['’](?:s|re))\s+$"
# the complement after the hedge: not a participle, a time or measure, a number or a state of the service
_DESCRIBES = (
    r"\s+(?!(?:within|in|under|between|by|at|on|less|more|no\s+later|before|after|up|around|about|over|only|"
    r"available|accessible|open|staffed|online|reachable|free|included|covered|responsive|able|unable|expected|"
    r"required|needed|subject|done|made|given|sent|kept|set|put|built|held|run|paid|seen|taken|met|not|also)\b)"
    r"(?![a-z]+(?:ed|en)\b)(?!\d)[a-z]"
)
_THERE = r"\s*,?\s+there\s+(?:is|are)\b"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(_COPULA), regex_cache.compile(_DESCRIBES), regex_cache.compile(_THERE)


def hedge_describes(lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The hedge at ``span`` (one of HEDGES) sits between a copula and a descriptive complement, or opens an
    existential "there is/are": it says what something usually is, not what a party does."""
    copula, describes, there = _patterns()
    start, end = span
    if there.match(lower, end, sentence[1]):
        return True
    head = max(sentence[0], start - 8)
    return copula.search(lower, head, start) is not None and describes.match(lower, end, sentence[1]) is not None
