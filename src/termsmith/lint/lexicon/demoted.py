"""Lexicon terms reported at info level: on the real-text corpus their warnings are wrong more often than right.

After twenty-five sessions of narrowing the lexicon's readings on every batch of ``tests/lint/realtext``, these terms
are still, as the only warned word of a sentence, false alarms at least three times in three documents and at least
twice as often as they catch a vague sentence: a price tier a plan names ("our overtime rate"), a noun ("all
material developed"), a description of how a platform behaves (大多数更新…, continuous delivery). A reader
the tuning could not fix would misfire more on text nobody tuned on, so the linter still reports them, at info level,
for a person to read in context. Words that issue 10 or the corpus's labelling guide names as vague are never on the
list, whatever the corpus says.

``bench/lint_demotions.py`` recomputes the list from the corpus (the criteria are in its docstring, fixed in session
26 before the fresh batches that judged them) and exits 1 when it differs from this one. Judged once on held-out-49/50
(never seen; English 114 vague and 589 clean sentences): the English terms removed 4 false alarms for 1 catch and were
kept. The Chinese ones changed nothing on the pair's 50 Chinese sentences (a tie, reverted by the round's rule); since
no fresh Chinese text is left to find, they were then judged chronologically (``--chrono 41``: chosen on the batches
before held-out-41 by the same criteria, used on held-out-41 … 50): 5 Chinese false alarms removed for no catch, and
the five so chosen are back. 满足…需求, which meets the criteria only with held-out-41 … 48 counted, stays out
(``REVERTED`` in the script).

A second round (lint26E) listed English terms by looser criteria (two false alarms in two documents, twice the
catches) and was judged on held-out-51/52 (never seen; 155 vague and 625 clean English sentences): one false alarm
removed, no catch lost; kept. The same pair, scored with the code before and after lint26D, gave lint26D 3 catches
lost for 2 false alarms removed; over both fresh pairs lint26D's English terms lost 4 catches and removed 6 false
alarms.
"""

from __future__ import annotations

# term (the lexicon's canonical name) → the family of the rule that reports it
DEMOTED_FAMILY: dict[str, str] = {
    "material": "VQ",
    "properly": "VQ",
    "effectively": "VQ",
    "good condition / runs smoothly": "VQ",
    "continuous": "VT",
    "proactively": "VT",
    "follow-up": "VT",
    "ongoing support": "VS",
    "a wide range of …": "VS",
    "arrangements (left open)": "VD",
    "… rate (a tier named, not stated)": "VD",
    "our objective is to": "VE",
    # (lint26D, second decision) chosen on the batches before held-out-41, they removed 5 Chinese false alarms on
    # held-out-41 … 50 for no catch (bench/lint_demotions.py --chrono 41); the fresh pair held no Chinese sentence
    # with them
    "大多数": "VS",
    "其他服务": "VS",
    "其他…服务": "VS",
    "其他…内容": "VS",
    "某些…可能": "VD",
    # (lint26E) English, by the looser criteria of session 26's second round
    "bespoke": "VQ",
    "peace of mind": "VQ",
    "optimized": "VQ",
    "efficient": "VT",
    "prolonged": "VT",
    "given priority (no measure)": "VT",
    "a variety of": "VS",
    "related services": "VS",
    "any … issues": "VS",
    "may elect": "VD",
}
DEMOTED: frozenset[str] = frozenset(DEMOTED_FAMILY)


def documented(family: str) -> str:
    """The sentence a rule's documentation ends with when it reports demoted terms ("" when none)."""
    terms = [t for t, f in DEMOTED_FAMILY.items() if f == family]
    if not terms:
        return ""
    return (
        " (lint26D, lint26E) Reported at info level, because on real contracts they are more often a name, a noun or a "
        f"description than a promise: {', '.join(terms)}."
    )


class Demoted(str):
    """Not a bound: the ``bound`` a demoted term's finding carries (its matched text), which lowers it to info."""

    __slots__ = ()
