"""Closure of the English families over word forms and near-synonyms (lintclosure16).

The lexicon knew a vague word only in the shapes someone had once seen ("rapid response" but not
"delivered rapidly"; "properly" but not "proper"). Each list below is one family closed over one
kind of closure, its candidates derived from the lexicon's own words (other forms: adjective ↔ -ly
adverb ↔ -ness noun, hyphen ↔ space) and from a thesaurus of English (near-synonyms of the
family's head words), kept where the labelling guide (tests/lint/realtext/README.md) would call
the word vague in a commitment. Every word here is vague only inside a promise, as
``EN_EVALUATIVE`` (termsmith.lint.uses.en_in_promise), and bounded by a quantity of its family's
kind in its clause; bench/lint_closure/README.md lists every candidate, where it came from and why
it was kept or not.
"""

from __future__ import annotations

_SPEED = "within N hours of the report"
_PERIOD = "every N days (or weekly, monthly, on a stated day)"

# VT, forms and near-synonyms of prompt / quick / immediate / regular that the lexicon lacked
EN_TIME_CLOSURE: tuple[tuple[str, str, str], ...] = (
    *(
        (w, "VT", _SPEED)
        for w in (
            "promptness",
            "quickness",
            "swiftness",
            "speediness",
            "rapidity",
            "prompt manner",
            "instantly",
            "at once",
            "straight away",
            "straightaway",
            "in short order",
            "posthaste",
            "urgently",
            "fast-track",
            "fast-tracked",
            "soon",
            "in a short time",
            "with little delay",
            "with minimum delay",
            "due dispatch",
            "all due speed",
        )
    ),
    *((w, "VT", _PERIOD) for w in ("continually", "continuously", "routinely", "periodical")),
)
# the period words are bounded by a period, as "regularly"
EN_TIME_CLOSURE_PERIOD: tuple[str, ...] = tuple(w for w, _, r in EN_TIME_CLOSURE if r == _PERIOD)
# "continuously for" states how long a condition lasts (stays above 80 % continuously for 10 minutes: a measured
# duration), and a clock or a process that "runs continuously" is described, not promised (a time limit that runs 24×7
# runs continuously): both are the clause library's own text, which must lint clean
EN_TIME_CLOSURE_EXCLUSIONS: tuple[str, ...] = (
    "continuously for",
    "continually for",
    "runs continuously",
    "run continuously",
)

_QUALITY = "a measurable target (e.g. monthly availability >= 99.9%, every checklist item passes)"

# VQ, near-synonyms of the lexicon's grades (top-notch, world-class, best-in-class, excellent, high quality, quality
# services), with their spellings hyphen ↔ space
EN_QUALITY_CLOSURE: tuple[tuple[str, str, str], ...] = tuple(
    (w, "VQ", _QUALITY)
    for w in (
        "top notch",
        "first class",
        "first-rate",
        "first rate",
        "world class",
        "best in class",
        "top-tier",
        "top tier",
        "top quality",
        "top-quality",
        "highest quality",
        "superb",
        "exemplary",
        "excellence",
        "trustworthy",
        "state-of-the-art",
        "state of the art",
        "cutting-edge",
        "quality support",
        "quality maintenance",
        "quality work",
        "quality workmanship",
        "good service",
        "great service",
        "best service",
        "high standard",
        "high standards",
        "highest standard",
        "highest standards",
        "high level of service",
    )
)
# a grade of damages in a liability clause is a term of art (punitive or exemplary damages)
EN_QUALITY_CLOSURE_EXCLUSIONS: tuple[str, ...] = ("exemplary damages",)

# VS, near-synonyms of etc. / and the like / among other things
EN_SCOPE_CLOSURE: tuple[tuple[str, str, str], ...] = tuple(
    (w, "VS", "the complete list, or 'only the following'")
    for w in ("et cetera", "inter alia", "and similar", "and suchlike")
)
