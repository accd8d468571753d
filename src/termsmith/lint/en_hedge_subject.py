"""A hedge or time word in a clause whose subject is no party, session 23 (lint23H).

"Typically", "normally", "periodically", "from time to time" … hedge a promise when a party is the subject of their
clause (we typically respond within days · the Provider will from time to time have scheduled outages · you should
check periodically). When the subject is a thing and its verb is active — what the thing does or brings about, not
what is done to it — no party is committed: "Use of Managed Services will typically entail badged and/or VPN access
for the Sourcegraph team" · "Changes made by dxw under this clause will normally have no detectable effect on the
operation of your website". The finding is lowered to info (shown, not counted).

The subject is read, not the sentence's words: the clause's text before the hedge, cut at its head noun (a phrase of
"of", "made by" … after it names the thing, not the actor), must hold no party: no pronoun of a party (we, you, they,
I, our, your), no role (provider, customer, team, staff …) and no proper name (a capitalised word after the first:
the vendor is often named), and no modal of obligation (shall, must, should: Acme shall generally resolve minor
faults binds Acme). No time, frequency or measure may follow in the clause (Scans usually run nightly: the thing is the service, and
its time is promised). The verb after the hedge must be active and not one of receiving or lasting (issues
typically receive a response within 48 hours · a fix usually takes 2 days: what the customer gets). A party inside a relative clause of the subject is
that clause's actor (infrastructure that we would usually reserve). A passive (the
current version will be updated from time to time · SLA credits are generally issued …), a copula, a clause opened by
the hedge and a hedge after a comma are left as they were.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache

WORDS = frozenset(
    (
        "typically",
        "generally",
        "usually",
        "normally",
        "ordinarily",
        "periodically",
        "regularly",
        "occasionally",
        "from time to time",
    )
)
_CLAUSE_START = r"[;:(•]|\s[-–—]\s|\b(?:and|but|or|while|whereas|if|when|because|so)\s"
_MODAL = r"(?:will|would|may|might|can|could|shall|should|must)"
# the subject's words: determiners, adjectives and nouns, no verb of its own (short)
_SUBJECT = rf"^((?:[a-z][\w'’/-]*\s+){{0,9}}?[a-z][\w'’/-]*)(?:\s+({_MODAL}))?\s+$"
_OBLIGATION = frozenset(("shall", "must", "should"))  # a modal of obligation: someone is bound (Acme shall generally …)
_HEAD_CUT = r"\s(?:of|made|by|for|in|under|with|from|on|to|at|that|which|who|provided|performed|as)\s"
_PARTY = (
    r"\b(?:we|us|our|ours|you|your|they|their|i|me|my|provider|providers|supplier|suppliers|vendor|vendors|"
    r"contractor|contractors|customer|customers|client|clients|licensee|licensees|licensor|licensors|company|"
    r"team|teams|staff|engineer|engineers|technician|technicians|support|agent|agents|consultant|consultants|"
    r"developer|developers|partner|partners|party|parties|user|users|helpdesk|desk|department|personnel|"
    r"representative|representatives|manager|managers|member|members|owner|owners|administrator|administrators|"
    r"it|he|she|this|these|that|those|there|which|who|what)\b"
)
# a finite verb, a copula or auxiliary in the subject: it is a clause of its own, not a subject
_VERB_IN = r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|may|might|can|could|shall|should|must)\b"
_ACTIVE = (
    r"\s+(?!(?:be|been|being|not|also|only|receive|receives|get|gets|take|takes|last|lasts|require|requires|need|"
    r"needs|cover|covers|"  # receiving or lasting: what the customer gets
    r"for|to|in|on|at|by|with|within|during|after|before|from|of|over|under|until|upon|via|as|and|or|but|"
    r"the|a|an|each|every|all|any|some|no|this|that|these|those|when|if|once|throughout)\b)"  # not a verb
    r"(?![a-z]+ed\b)[a-z]+\b"
)
# a time, frequency or measure after the verb in the clause: the thing is the service, and when it happens is promised
# (Scans usually run nightly · Backups will typically complete within 2 hours)
_TIMED = (
    r"[^.;:,]*?(?:\d|\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually|hourly|every|once|twice|within|per|"
    r"hours?|minutes?|days?|weeks?|months?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)"
)
# a relative clause in the subject: its own subject acts (infrastructure that we would usually reserve)
_RELATIVE = r"\b(?:that|which|who|whom)\s"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        regex_cache.compile(p)
        for p in (_CLAUSE_START, _SUBJECT, _HEAD_CUT, _PARTY, _VERB_IN, _ACTIVE, _RELATIVE, _TIMED)
    )


def commits_nobody(text: str, lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The hedge at ``span`` sits between a subject that names no party and an active verb (see the module doc)."""
    clause_start, subject, head_cut, party, verb_in, active, relative, timed = _patterns()
    start, end = span
    lo = sentence[0]
    lo = max((c.end() for c in clause_start.finditer(lower, lo, start)), default=lo)
    before = lower[lo:start]
    found = subject.match(before)
    if found is None or found.group(2) in _OBLIGATION or active.match(lower, end) is None:
        return False
    if timed.match(lower, end, sentence[1]) is not None:
        return False  # Scans usually run nightly: when the service happens
    words = found.group(1)
    cut = head_cut.search(words)
    head = words[: cut.start()] if cut else words
    if verb_in.search(words) or party.search(head):
        return False
    rel = max((r.end() for r in relative.finditer(words)), default=-1)
    if rel >= 0 and party.search(words, rel):
        return False  # infrastructure that we would usually reserve: the relative clause's party acts
    offset = lo + (len(before) - len(before.lstrip()))
    named = text[offset : offset + len(head)]
    return not any(
        c.isupper() for c in named[1:]
    )  # a proper name (the vendor is often named): a capital after the first


# "normally" after the verb it modifies, with no time or measure after it, is the manner of working (the systems are
# functioning normally · Usage Operating normally, but individual users are experiencing issues), not a hedge on a
# promise (we normally respond … · normally within 7 days)
_MANNER = (
    r"\b(?:function|operat|work|run|perform|behav|boot|load|proceed|continu)[a-z]*\s+$",
    r"\s*(?![\w\s]{0,12}\b(?:within|in\s+\d|by|before|after|under|less|more|up\s+to|no\s+later)\b)",
)


# a bracket that opens with the hedge and a participle glosses the noun before it (Licensed software (generally paid
# for) · only minor releases (typically related to security) are updated automatically): what the thing usually is,
# not a promise; a bracket of a time or a measure (usually on the same business day · normally within 7 days) hedges
_GLOSS = r"\(\s*$", r"\s+(?:[a-z]+ed|paid|made|done|built|held|known|shown|sold|bought|given|taken|written)\b"


@cache
def _pair(before: str, after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(before), regex_cache.compile(after)


def _between(pair: tuple[str, str], reach: int, lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """``pair[0]`` ends within ``reach`` characters before the word at ``span`` and ``pair[1]`` matches after it."""
    before, after = _pair(*pair)
    return (
        before.search(lower, max(sentence[0], span[0] - reach), span[0]) is not None
        and after.match(lower, span[1], sentence[1]) is not None
    )


def normally_as_manner(lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """ "normally" at ``span`` follows a verb of working and no time or measure follows it (see above)."""
    return _between(_MANNER, 24, lower, span, sentence)


def glosses_a_noun(lower: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The hedge at ``span`` opens a bracket with a participle after it (see above)."""
    return _between(_GLOSS, 4, lower, span, sentence)
