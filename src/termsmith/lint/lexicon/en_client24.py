"""Session 24 (lint24Q): qualities the client must meet with no measure, read by the role of the clause rather than
word by word. Entries have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family,
replacement, bound kind, anchor words, pattern, before).

What the client supplies (information, details, a description, instructions) graded by thoroughness or clarity —
detailed, clear, complete, full, thorough, comprehensive — with no list of what it must contain: whether it was
detailed enough is decided afterwards by the side that receives it (the labelling guide's "claims must include
detailed logs", a customer duty with an unmeasured standard). Read only where the clause supplies it: after a verb of
supplying (provide, include, submit, send, share, with, based on), the grade alone or coordinated with another
(accurate and detailed information · clear and accurate information). Not read: information the vendor points the
customer to (contact customer service for detailed information · see the table for a complete description), or
information named as missing (cannot be resolved without complete information); "accurate" alone is left C (true or
false, not a degree: the realtext README's held-out-10 decision).

The people who contact support made ready with no measure: a duty that they be trained, knowledgeable, familiar,
qualified … (Customer personnel contacting support must be trained on the Software, and knowledgeable about the
incident), or a state graded by an adverb with no measure (ensuring that users are appropriately trained): trained
how, for how long, certified by whom is not said. Read only after a modal "be" (must/should/shall/will be) or an
adverb of degree; a fact stated (Authorized Contacts are trained on the product) and an expectation (we expect our
users to be familiar with it) are not read.
"""

from __future__ import annotations

_GRADES = ("detailed", "clear", "complete", "full", "thorough", "comprehensive")
# what one side supplies to the other so that the work can be done
_SUPPLIED = (
    r"(?:information|details|descriptions?|instructions?|explanations?|steps|documentation|data|specifications?|"
    r"briefs?|requirements)\b"
)
# a verb (or preposition) of supplying, an optional article or quantifier, and an optional coordinated grade
_SUPPLYING = (
    r"\b(?:provide|provides|providing|include|includes|including|give|gives|giving|send|sends|sending|submit|"
    r"submits|submitting|supply|supplies|supplying|share|shares|sharing|attach|attaching|with|based\s+on)\s+"
    r"(?:(?:an?|the|all|any|your|their|such)\s+)?(?:[a-z-]+,?\s+(?:and|or)\s+)?$"
)

_READY = ("trained", "knowledgeable", "familiar", "qualified", "skilled", "experienced", "competent", "proficient")
_DEGREE = r"(?:appropriately|adequately|properly|sufficiently|suitably|reasonably|fully|well)"

EN_CLIENT_TERMS_24: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        "detailed / complete … (what one side supplies)",
        "VQ",
        "what it must contain (e.g. the steps to reproduce, the error message, the affected URL and the time)",
        "list",
        _GRADES,
        r"(?:" + "|".join(_GRADES) + r")\s+(?:(?:and|or)\s+[a-z-]+\s+)?(?:[a-z-]+\s+)?" + _SUPPLIED,
        _SUPPLYING,
    ),
    (
        "must be trained / knowledgeable (no measure)",
        "VQ",
        "a stated qualification (e.g. completed the vendor's administrator course; holds certification X)",
        "measure",
        _READY,
        r"(?:" + "|".join(_READY) + r")\b",
        r"\b(?:(?:must|should|shall|will)\s+be|(?:are|is|be)\s+" + _DEGREE + r")\s+(?:" + _DEGREE + r"\s+)?$",
    ),
)
