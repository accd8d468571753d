"""Fifteenth English round (linten15): a class read from held-out-14..17's misses, built from one batch and kept because
it gains on batches it was not built from (see /work/notes/linten15-s8.md). ``EN_CLASS_TERMS_15`` entries have the
shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words,
pattern, before).
"""

from __future__ import annotations

EMERGENCY_CARVE_OUT = "emergency maintenance (carved out)"

EN_CLASS_TERMS_15: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # maintenance the provider calls an emergency, carved out of the downtime that the availability commitment
        # counts, with no cap and no notice: … excluding planned downtimes and emergency maintenance · "Unscheduled
        # Downtime" means …, excluding … or reasonable emergency maintenance · "Maintenance" means … or reasonable
        # emergency maintenance. The provider decides what is an emergency, so the uptime figure is left to its
        # judgment. Only in a carve-out (termsmith.lint.en_forms): emergency maintenance counted as downtime, or done
        # with shorter notice, is another matter; a duration in its own clause (at most 4 hours a month) bounds it
        EMERGENCY_CARVE_OUT,
        "VD",
        "a cap on emergency maintenance and its notice (e.g. at most 4 hours a month, notified 1 hour ahead), or count "
        "it as downtime",
        "time",
        ("emergency", "unscheduled", "unplanned"),
        r"(?:emergency|unscheduled|unplanned)\s+maintenance\b",
        "",
    ),
    (
        # what one side must send, graded by clarity or brevity with no measure (Client to provide clear instructions
        # of updates required · include a brief description of the issue in the subject): whether it was clear or
        # brief enough is decided afterwards, by the side that receives it. Only after a verb of supplying (provide,
        # include, give, send, submit, supply, with): a clear report the vendor shares, a clear policy, stay silent
        "clear / brief … (what one side supplies)",
        "VQ",
        "what it must contain (e.g. the steps to reproduce, the error message and the affected URL)",
        "amount",
        ("clear", "brief", "concise"),
        r"(?:clear|brief|concise)\s+(?:[a-z-]+\s+)?(?:instructions?|descriptions?|details|explanations?|summary|"
        r"information)\b",
        r"\b(?:provide|provides|providing|include|includes|including|give|gives|send|sends|submit|submits|supply|"
        r"supplies|with)\s+(?:(?:an?|the|all|any|your|their)\s+)?$",
    ),
    (
        # the same standard as a duty on how something is written (orders should be clearly stated including any agreed
        # price): clearly enough for whom is not said
        "clearly stated (a duty, no measure)",
        "VQ",
        "what it must contain (e.g. the order names the item, the quantity and the agreed price)",
        "amount",
        ("clearly",),
        r"clearly\s+(?:stated|described|defined|specified|identified|explained|written|labell?ed|marked)\b",
        r"\b(?:should|must|shall|to)\s+be\s+$",
    ),
)
