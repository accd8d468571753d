"""A ticket's priority decided by the vendor, session 22 (lint22S): the labelling guide's "determined by a party"
decision (Argus Root's "Priority is assessed on impact and urgency", SmartChoice's "assigned by the Account Manager")
read as one family — every verb of setting or changing a priority, in both voices — rather than from one sentence.

- the passive, the priority as subject (Support priority is assigned solely by Cost Center · an internal priority
  level is assigned to each case · Your ticket's priority level can be changed by support);
- the active, the vendor or its support as subject (we will assign a priority level based on impact and urgency ·
  Support may reduce the priority level · Support has the ability to upgrade a Priority).

Not when the clause points at the definitions that decide it (assigned … based on the definitions specified in
section 3 · determined … (see table below) · handled as follows) or names the level it moves to by a stated rule
(The Critical priority will be lowered to High if there is a workaround), when the customer sets it (You can set the
priority · Customer initially assigns a priority level) or when it is a default (assigned to Requests by default).
A ticket that "is assigned a priority" is not matched: the ticket is the subject, the levels are what the document
defines.

Entries have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind,
anchor words, pattern, before).
"""

from __future__ import annotations

_REPLACEMENT = "the priority definitions (impact and urgency per level), and how the customer may dispute a level"
_PRIORITY = r"priorit(?:y|ies)(?:\s+levels?)?"
_SETS = (
    r"(?:assign(?:ed|s)?|re-?assign(?:ed|s)?|assess(?:ed|es)?|determined?|determines|decided?|decides|set|sets|"
    r"chang(?:ed?|es)|adjust(?:ed|s)?|reduc(?:ed?|es)|lower(?:ed|s)?|rais(?:ed?|es)|upgrad(?:ed?|es)|"
    r"downgrad(?:ed?|es)|re-?prioriti[sz](?:ed?|es))"
)
# the rest of the clause names what decides it, or the customer, or a default: the priority is not left open
_DECIDED_ELSEWHERE = (
    r"(?![^.;:]*?\b(?:below|following|table|as\s+follows|defined|definitions?|matrix|schedule|section|"
    r"according\s+to|in\s+accordance\s+with|by\s+default|by\s+(?:the\s+)?(?:customers?|clients?|you|licensees?|users?)|"
    # a named level it moves to, by a stated rule (will be lowered to High if there is a workaround)
    r"to\s+(?:critical|high|medium|low|normal|urgent|minor|major|p\d|sev(?:erity)?\s*\d|level\s*\d|priority\s*\d))\b)"
)
_VENDOR_SUBJECT = (
    r"\b(?:we|support|(?:the\s+)?(?:support\s+)?(?:team|desk|personnel|engineers?|staff|agents?|vendor|provider|"
    r"supplier|licensor))\s+(?:(?:will|shall|may|can|might|has\s+the\s+(?:ability|right)\s+to|"
    r"reserves?\s+the\s+right\s+to)\s+)?$"
)

EN_PRIORITY_TERMS_22: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # Support priority is assigned solely by Cost Center · Priority is assessed on impact and urgency
        "priority is assigned by the vendor",
        "VD",
        _REPLACEMENT,
        "never",
        ("priority", "priorities"),
        _PRIORITY
        + r"\s+(?:is|are|will\s+be|shall\s+be|can\s+be|may\s+be)\s+(?:[a-z]+ly\s+)?"
        + _SETS
        + r"\b"
        + _DECIDED_ELSEWHERE,
        r"",
    ),
    (
        # we will assign a priority level · Support may reduce the priority level · Support has the ability to upgrade
        "the vendor assigns the priority",
        "VD",
        _REPLACEMENT,
        "never",
        tuple(
            f"{stem}{end}"
            for stem, ends in (
                ("assign", ("", "s")),
                ("reassign", ("", "s")),
                ("re-assign", ("", "s")),
                ("assess", ("", "es")),
                ("determine", ("", "s")),
                ("decide", ("", "s")),
                ("set", ("", "s")),
                ("change", ("", "s")),
                ("adjust", ("", "s")),
                ("reduce", ("", "s")),
                ("lower", ("", "s")),
                ("raise", ("", "s")),
                ("upgrade", ("", "s")),
                ("downgrade", ("", "s")),
            )
            for end in ends
        ),
        _SETS
        + r"\s+(?:(?:a|an|the|its|each|their|your|every)\s+)?(?:[a-z]+\s+)?"
        + _PRIORITY
        + r"\b"
        + _DECIDED_ELSEWHERE,
        _VENDOR_SUBJECT,
    ),
)
