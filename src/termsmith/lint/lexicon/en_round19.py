"""Nineteenth English round (linten19): one side's judgment read by construction, not by word.

The guide labels a term V when it is "left to one side's judgment" (at its discretion, has the final authority,
deemed … by the vendor). Earlier rounds caught that judgment where a word names it (discretion, final
determination) or after a relative (which Licensor determines). These entries find the same thing wherever the
holder of a judging or choosing verb or noun is a party other than the customer:

- a condition the vendor's judgment opens (If the Vendor deems it necessary …, should we determine …);
- a holder noun (at the Vendor's option, at the sole judgement of the Supplier);
- the vendor's approval as the condition (subject to the Vendor's approval, subject to our prior consent);
- the vendor as the agent of an announcement, a request or a choice (as announced by us, information requested
  by the Provider, at a time scheduled by the vendor);
- the vendor deciding an open question (The Vendor will decide whether a defect is critical).

The customer's own choice stays clean (If you decide to cancel …, at the Customer's option, as requested by the
Client), as the guide's decisions say. ``EN_CLASS_TERMS_19`` entries have the shape of
``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind, anchor words, pattern,
before); matching runs on lower-cased text, so a party is named by a pronoun or a vendor-side noun.
"""

from __future__ import annotations

# the paying side: its choice is its own, not a term left open against it
_CUSTOMER = r"(?:client|customer|licensee|buyer|purchaser|user|subscriber|recipient|member|you|your)s?\b"
# the vendor's side, as a plain-English text names it (lower case: a proper name cannot be told from a noun)
_VENDOR_NOUN = (
    r"(?:vendor|provider|supplier|licensor|contractor|company|seller|consultant|developer|agency|firm|manufacturer|"
    r"maintainer|service\s+provider|engineer|technician|administrator|representative|team|staff|personnel)s?\b"
)
_VENDOR = rf"(?:we|us|it|(?:the|our|its)\s+(?:[a-z-]+\s+){{0,2}}?{_VENDOR_NOUN})"
_JUDGE = ("deems", "deem", "determines", "determine", "decides", "decide", "considers", "consider", "judges", "judge")
_REPLACEMENT = "the criteria, and a way to dispute the decision"

EN_CLASS_TERMS_19: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a condition the vendor's own judgment opens: If the Vendor deems it necessary, … · should we determine that
        # … (the relative and temporal forms — which / where / when the Vendor determines — are "… determines /
        # deems"). Belief (If SIMPA believes that a problem … may not be due to an Error, SIMPA will so notify) is
        # what a party knows, not a term it settles, and stays out
        "if (the vendor) deems / determines",
        "VD",
        _REPLACEMENT,
        "never",
        _JUDGE,
        r"(?:deems?|determines?|decides?|considers?|judges?)\b",
        rf"\b(?:if|in\s+case|should)\s+{_VENDOR}\s+(?:reasonably\s+|solely\s+|alone\s+|in\s+good\s+faith\s+)?$",
    ),
    (
        # a holder noun: at the Vendor's (sole) option · at the sole judgement of the Supplier · at our election
        # ("discretion" is its own term; the customer's option is theirs)
        "at (the vendor's) option / judgement",
        "VD",
        _REPLACEMENT,
        "never",
        ("option", "election", "choice", "judgement", "judgment"),
        rf"(?:option|election|choice|judge?ment)\b(?!\s+of\s+(?:the\s+)?{_CUSTOMER})(?!\s+(?:to|between)\b)",
        rf"\bat\s+(?!(?:the\s+)?{_CUSTOMER})(?:(?:the|its|our|their)\s+(?:(?!{_CUSTOMER})[a-z0-9&.-]+['’]s?\s+)?|"
        r"[a-z0-9&.-]+['’]s?\s+)"
        r"(?:(?:sole|absolute|own|reasonable|exclusive|complete)\s+(?:and\s+[a-z]+\s+)?)?$",
    ),
    (
        # the vendor's approval as the condition of a service: subject to the Vendor's approval · subject to our
        # prior written consent (the customer's approval is the customer's own choice)
        "subject to (the vendor's) approval",
        "VD",
        _REPLACEMENT,
        "never",
        ("approval", "consent"),
        r"(?:approval|consent)\b",
        rf"\bsubject\s+to\s+(?:its|our|the\s+{_VENDOR_NOUN}['’]s?|(?!(?:the\s+)?{_CUSTOMER})[a-z0-9&.-]+['’]s?)\s+"
        r"(?:(?:prior|written|express|sole)\s+(?:and\s+)?)*$",
    ),
    (
        # … or with the vendor as its holder after it: subject to approval by the Provider · subject to the prior
        # consent of the Vendor
        "subject to approval by (the vendor)",
        "VD",
        _REPLACEMENT,
        "never",
        ("approval", "consent"),
        rf"(?:approval|consent)\s+(?:by|of|from)\s+{_VENDOR}\b",
        r"\bsubject\s+to\s+(?:the\s+)?(?:(?:prior|written|express)\s+(?:and\s+)?)*$",
    ),
    (
        # the vendor as the agent of an announcement, a request or a choice: as announced by us · other related
        # information which may be requested by us · at a time scheduled by the vendor. Only the vendor's side is
        # named (as requested by the Client is the customer's choice), and a condition that opens on the participle
        # (If requested by K2view, Customer shall provide the following information) sets no term of its own
        "announced / requested by (the vendor)",
        "VD",
        _REPLACEMENT,
        "never",
        ("announced", "requested", "required", "notified", "set", "scheduled", "chosen", "selected"),
        rf"(?:announced|requested|required|notified|set|scheduled|chosen|selected)\s+by\s+{_VENDOR}\b",
        r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)(?<!\bupon\s)(?<!\bonce\s)(?<!\bwhere\s)$",
    ),
    (
        # the vendor deciding an open question itself: The Vendor will decide whether a defect is critical · we
        # determine which requests are urgent (the customer deciding is the customer's choice)
        "(the vendor) decides whether",
        "VD",
        _REPLACEMENT,
        "never",
        _JUDGE,
        r"(?:decides?|determines?|judges?)\s+(?:in\s+[a-z]+\s+[a-z]+\s+)?(?:whether|which|if|what|when|how\s+(?:long|much|many)\b)",
        rf"\b{_VENDOR}\s+(?:(?:will|shall|may|can|alone|solely|exclusively|unilaterally|reserves?\s+the\s+right\s+to|"
        r"has\s+the\s+right\s+to|retains?\s+the\s+right\s+to)\s+)*$",
    ),
)
