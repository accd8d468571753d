"""A charge with no price (session 15, lintmech15): the vendor bills, charges or quotes for something and the clause
states no amount, rate or price list. One construction class, read where a charge arises rather than from a list of
price words: a modal charge (we may charge for diagnostics), a charge that something becomes (may result in additional
billable time · it will be a billable event), a quote or cost estimate still to come (we will send a cost estimate ·
we'll provide a discounted quote), a fee named only by its article (for a fee · at a pre-agreed rate) and the vendor's
expenses passed on (plus all travel expenses · shall reimburse travel expenses). Every entry is bounded like "billed
separately" (kind ``en-price``): an amount, a rate card, a price list or a reference in the clause bounds it, so a
charge that states its price (shall charge $50/hr for customization) is not flagged. Payment mechanics (will invoice
you for the fees due · invoices are due in 30 days) name no charge of their own and are not read; nor is interest.

Entries have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind,
anchor words, pattern, before).
"""

from __future__ import annotations

_REPLACEMENT = "the price itself (e.g. USD 90 per hour), the price list that sets it, or a cap"
_TO_WHOM = r"(?:(?:you|us|them|the\s+(?:client|customer|licensee|buyer))\s+)?"

EN_CHARGE_TERMS: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # a party that may or will charge for something (we may charge for Diagnostics or At-Counter Assistance · the
        # vendor will bill the customer for on-site visits): the reserved-right form of linten13 in any modal. Not
        # interest (a payment term), not an invoice (will invoice you for the fees due names fees stated elsewhere)
        "may charge for … (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("charge", "bill"),
        r"(?:charge|bill)\s+"
        + _TO_WHOM
        + r"(?:extra\s+|separately\s+|additionally\s+)?for\b(?!\s+(?:interest|late)\b)",
        r"\b(?:may|might|will|can|shall|would|could|also|we|[a-z]+['’]ll)\s+(?:also\s+|then\s+)?$",
    ),
    (
        # a charge that something becomes, with no price (may result in additional billable engineering service time ·
        # it will be a billable event · counts as billable work). "billable" as a plain label (Optional/billable: …) or
        # of time the customer asks a quote for (prior to spending any billable time) is not a charge arising
        "becomes billable (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("billable", "chargeable"),
        r"(?:billable|chargeable)\b",
        r"\b(?:be|become|becomes|incur|incurs|result\s+in|results\s+in|count\s+as|counts\s+as|considered|"
        r"treated\s+as)\s+(?:an?\s+)?(?:additional\s+|extra\s+|separately\s+)?$",
    ),
    (
        # a quote still to come for the work itself (we'll provide a discounted quote for resolution · the Contractor
        # shall provide a corresponding quote at the request of the Client): the price is the vendor's to state later.
        # Not a quote the agreement already names (including a price quotation: "including" is no verb of giving)
        "will provide a quote (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("quote", "quotation"),
        r"(?:quote|quotation)\b",
        r"\b(?:send|provide|give|issue|prepare|submit|offer)\s+(?:you\s+|the\s+(?:client|customer)\s+)?(?:with\s+)?"
        r"(?:an?\s+)(?:(?!(?:price|fixed-price|fixed|written|formal|signed)\b)[a-z-]+\s+){0,2}?$",
    ),
    (
        # a cost estimate still to come (we will send a cost estimate to investigate and resolve the issue); not an
        # estimate of time (provide an estimate of expected downtime)
        "will send a cost estimate (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("estimate",),
        r"estimate\b",
        r"\b(?:send|provide|give|issue|prepare|submit|offer)\s+(?:you\s+|the\s+(?:client|customer)\s+)?(?:with\s+)?"
        r"(?:an?\s+)(?:[a-z-]+\s+)?(?:cost|price|pricing|fee|repair\s+cost)\s+$",
    ),
    (
        # a fee named only by its article (dxw may, for a fee, be able to advise you · at your request for an agreed
        # fee · charged per hour, at a pre-agreed rate): an amount after it (for an additional fee of $35/hr) bounds it
        "for a fee (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("fee", "rate"),
        r"(?:fee|rate)\b(?!\s+(?:of|limits?)\b)",
        r"\b(?:for|at)\s+an?\s+(?:(?:additional|extra|separate|agreed|pre-agreed|mutually\s+agreed|negotiated)\s+)?$",
    ),
    (
        # the vendor's own expenses passed on with no amount (…, plus all travel expenses, in advance · the Client shall
        # reimburse travel expenses and possible accommodation expenses according to actual costs): the second set of
        # label decisions (a vendor's own cost put on the customer). The customer's own travel (pay its own travel
        # expenses) is a third party's price and is not read
        "plus travel expenses (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("travel", "travelling", "accommodation", "out-of-pocket", "mileage"),
        r"(?:travel|travelling|accommodation|out-of-pocket|mileage)\s+(?:and\s+[a-z-]+\s+)?(?:expenses|costs)\b",
        r"\b(?:plus|reimburse|reimburses|reimbursed|pay\s+for|pays\s+for|cover|covers|bear|bears)\s+"
        r"(?:all\s+|any\s+|the\s+)?(?:reasonable\s+)?$",
    ),
    (
        # (lint34B) work done "on a paid basis" or "on a fee basis" with no price (we will support the modified
        # component only on a paid basis · support is provided either on a fee basis or under maintenance agreements):
        # the charge is named, its price is not
        "on a paid basis (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("paid", "fee", "chargeable"),
        # not "on a billable basis": work a customer may ask for that way (held-out-55's Think Unified, labelled clean)
        r"(?:paid|fee|chargeable)\s+basis\b",
        r"\bon\s+an?\s+$",
    ),
)
