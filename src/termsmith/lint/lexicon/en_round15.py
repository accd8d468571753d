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
)
