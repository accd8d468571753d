"""Seventeenth English round (linten17): a reading the lead's label decisions call for, built from one batch and kept
because it gains on batches it was not built from (see /work/notes/linten17-s8.md). ``EN_CLASS_TERMS_17`` entries
have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor
words, pattern, before).
"""

from __future__ import annotations

EN_CLASS_TERMS_17: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # scheduled maintenance as a bare item of what the availability figure leaves out (SLA excludes: … ·
        # Scheduled maintenance · Downtime excludes the following: … Scheduled Downtime for maintenance.): with no
        # window, cap or notice the provider decides how much downtime it schedules (the third set of label decisions,
        # second part, as emergency maintenance). Only a line that is nothing but the item: with a notice, a window or a
        # cap after it (Scheduled maintenance (notified 72 hours in advance)) or in a sentence of its own it is another
        # matter
        "scheduled maintenance (an item left out of downtime)",
        "VD",
        "a window, a cap or a notice for scheduled maintenance (e.g. Sundays 02:00-04:00 UTC, at most 4 hours a month, "
        "notified 72 hours ahead)",
        "time",
        ("scheduled", "planned"),
        r"(?m)(?:scheduled|planned)\s+(?:maintenance|downtime)(?:\s+for\s+maintenance)?(?=[ \t]*[.;]?[ \t]*$)",
        r"(?m)(?:^|(?<=^[*•·-] )|(?<=^\d[.)] )|(?<=^\d\d[.)] ))$",
    ),
    (
        # expertise claimed with no measure, as knowledge (engineers with expert knowledge about running OpenProject ·
        # dedicated experts with deep technical and infrastructure knowledge · possessing deep knowledge and
        # understanding of your setup): how expert or how deep is not said, as "expert support" and "skilled staff"
        # (the guide's unmeasured quality, like 专业). The noun "experts" alone names people and is not graded
        "expert / deep knowledge (no measure)",
        "VQ",
        "a stated qualification (e.g. engineers certified for the product, at least 3 years on it)",
        "measure",
        ("expert", "deep", "in-depth"),
        r"(?:expert|deep|in-depth)\s+(?:(?!(?:of|on|in|to|for|with|about|the|an?|is|are)\b)[a-z-]+\s+){0,3}?"
        r"(?:knowledge|understanding|know-how|expertise)\b",
        r"",
    ),
)
