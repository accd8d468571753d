"""Where an English negation that modifies a noun stops (session 22, lint22E).

A negation or exclusion excuses the words it governs (does not include … · are not billed separately). A negation
inside the subject's own noun phrase governs only that phrase: a post-nominal participle (items not included in your
plan), a relative clause (functionality that was not part of the scope · modifications that we don't define as a
bug) or the attributive adjective (excluded issues). The main verb that follows the phrase says what happens to the
thing so named — "Any items not included in your plan will get charged on an hourly rate" charges them; "We may
offer assistance for excluded issues at our discretion" leaves it to the vendor. Read only for the price and
discretion family (VD): a term there is the commitment the exclusion sets up. A negation of the predicate itself
(are not included and will be billed … · is not billed separately) is untouched.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache

# a negation that modifies a noun: "not" after a noun (no auxiliary before it), a relative clause's own negation,
# or the attributive adjective "excluded" after a determiner or preposition, with its noun
_MODIFIER = (
    r"(?P<rel>\b(?:that|which|who)\s+(?:[a-z]+\s+)?(?:is|are|was|were|do|does|did)\s+not\b|"
    r"\b(?:that|which|who)\s+(?:[a-z]+\s+)?(?:don|doesn|didn|isn|aren|wasn|weren)['’]t\b)|"
    r"(?P<post>\b(?!(?:is|are|was|were|be|been|being|do|does|did|will|shall|would|should|can|could|may|might|must|"
    r"has|have|had|and|or|but|if|unless|whether|to)\b)[a-z]+\s+not\s+(?:included|covered|listed|specified|"
    r"provided|part\s+of|within|considered|defined)\b)|"
    r"(?P<adj>\b(?:the|any|all|for|on|of|to|with|these|those|such)\s+excluded\s+[a-z]+)"
)
# the main verb that follows the noun phrase: a modal, a copula or "get(s)"
_MAIN_VERB = r"\b(?:is|are|will|shall|may|might|can|could|would|must|gets?)\b"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(_MODIFIER), regex_cache.compile(_MAIN_VERB)


def en_after_noun_negation(lower: str, clause: tuple[int, int], span: tuple[int, int]) -> int:
    """Where the part of ``clause`` that a noun-modifying negation before ``span`` leaves ends: after the main verb
    that follows it (after the adjective's noun), or ``clause[0]`` when no such negation precedes the word."""
    modifier, main_verb = _patterns()
    cut = clause[0]
    for m in modifier.finditer(lower, clause[0], span[0]):
        if m.lastgroup == "adj":
            cut = m.end()
            continue
        verb = main_verb.search(lower, m.end(), span[1])  # (the term may open with it: may … (hedged))
        if verb is None:
            return clause[0]  # the negation still reaches the word
        cut = verb.start()
    return cut
