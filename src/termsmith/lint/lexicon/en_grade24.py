"""Session 24 (lint24E): grades a vendor gives its own service by comparing it with others, read as one family of
compound adjectives rather than word by word. A rank among rivals (industry-leading, market-leading, best-of-breed)
or a class of buyer the service is said to be fit for (enterprise-grade, carrier-grade) measures nothing the
customer can check, as "world-class" does. Like every evaluative word they are vague only inside a promise
(termsmith.lint.uses.en_in_promise): "ArcBlock offers industry-leading service levels" commits, a heading that names
an "Enterprise-grade SLA" does not.
"""

from __future__ import annotations

_QUALITY = "a measurable target (e.g. monthly availability >= 99.9%, DDoS mitigation up to 1 Tbps)"
# who the service is ranked against, and the class of buyer it is graded for
_FIELDS = ("industry", "market", "sector", "class", "category")
_BUYERS = ("enterprise", "military", "carrier", "commercial", "business", "bank", "industrial")


def _spellings(*words: str) -> tuple[str, ...]:
    """A compound written with hyphens and with spaces (industry-leading · industry leading)."""
    return ("-".join(words), " ".join(words))


EN_GRADE_TERMS_24: tuple[tuple[str, str, str], ...] = tuple(
    (w, "VQ", _QUALITY)
    for w in (
        *(s for field in _FIELDS for s in _spellings(field, "leading")),
        *(s for buyer in _BUYERS for s in _spellings(buyer, "grade")),
        *_spellings("best", "of", "breed"),
        *_spellings("award", "winning"),
    )
)
