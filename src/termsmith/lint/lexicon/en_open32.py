"""Prices and notices left open, session 32 (lint32A, lint32B): the forms the lexicon lacked, each built as a family
of its verb or noun rather than from one sentence.

lint32A, a charge with no price (bound like "billed separately", kind ``en-price``: an amount, a rate card or a
reference in the clause bounds it):

- a charge that applies or is incurred (after-hours rates apply · a labour charge will apply · late payments will
  incur a fee); "this rate applies" points back at a stated rate and is not read;
- a price asked for or still to be quoted (please contact us for upgrade pricing · request pricing · we'll quote a
  project price · will quote on any further action);
- a price left to later agreement (the price is negotiated · rates are as agreed · at an agreed rate · as quoted ·
  negotiate the price);
- a cost added on top with no amount (part costs are additional · a deposit will be required · charged hourly ·
  billed as separate projects · charged according to our day rate · we may assess late payment fees · an upgrade fee
  will be assessed · the cost will vary).

lint32B, a notice with no period (kind ``notice``: a minimum period bounds it): a notice issued, shared, sent, posted,
given or published in advance, ahead of or before the event (notice of planned outages will be issued in advance ·
holidays are shared in advance · we'll notify you ahead of renewal dates · an email in advance of your licence
expiring).

Entries have the shape of ``termsmith.lint.lexicon.terms.EN_PATTERN_TERMS`` (name, family, replacement, bound kind,
anchor words, pattern, before).
"""

from __future__ import annotations

from termsmith.lint.lexicon.en_charge import _REPLACEMENT  # the same advice as every charge with no price
from termsmith.lint.lexicon.en_open22 import _REFERRED

_CHARGE = r"(?:charges?|fees?|rates?|surcharges?|costs?|pric(?:e|es|ing))"
_CHARGE_NOUNS = ("charge", "charges", "fee", "fees", "rate", "rates", "surcharge", "surcharges", "cost", "costs")
_PRICE_NOUNS = ("price", "prices", "pricing")
_MODAL = r"(?:will|shall|may|would|can|could|might|must)"
_NOT_POINTING_BACK = r"(?<!\bthis )(?<!\bthat )(?<!\bthese )(?<!\bsuch )(?<!\bsame )"
_NOTICE_REPLACEMENT = "the notice period (e.g. at least 72 hours before)"
_TO_READER = r"(?:(?:to\s+)?(?:you|us|customers?|clients?|the\s+(?:client|customer|licensee))\s+)?"
_IN_ADVANCE = r"(?:in\s+advance|ahead\s+of|beforehand)\b"
# a modal (or "to") right before the verb, read by lookbehind so that the span starts at the verb: a condition that
# ends where a new subject takes its modal (If the problem re-occurs a further visit will incur …) stays behind it
_AFTER_MODAL = (
    "(?:"
    + "|".join(f"(?<=\\b{m} )" for m in ("will", "shall", "may", "would", "can", "could", "might", "must", "to"))
    + "|(?<=['’]ll ))"
)
# a money figure later in the clause (charged hourly, currently $200/hr · can vary … from 40.00 GBP to 140.00 GBP)
_NO_FIGURE_AFTER = r"(?![^;\n]{0,120}?(?:[$£€¥₹]\s?\d|\d[\d.,]*\s?(?:usd|gbp|eur|aud|cad|nzd|inr)\b))"

EN_OPEN_TERMS_32: tuple[tuple[str, str, str, str, tuple[str, ...], str, str], ...] = (
    (
        # after-hours rates apply · a labour charge will apply · charges will apply. Anchored on the verb and tried
        # after "… fees apply (no amount)" (termsmith.lint.lexicon.terms), which reads a named kind of fee and keeps
        # its name; this one reads the bare noun and rates. "This rate applies" points back at a stated rate, "no
        # call-out charge applies" charges nothing, and "as above" refers to the price.
        "a charge applies (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("apply", "applies"),
        r"(?:apply|applies)\b(?![^.;]{0,40}?\bas\s+(?:above|below|shown|listed|stated)\b)",
        r"(?:^|(?<!\bno )\b(?!(?:this|that|these|those|such|same|no)\b)[a-z-]+\s+)"
        r"(?:charges?|fees?|rates?|surcharges?|costs?)\s+(?:" + _MODAL + r"\s+(?:still\s+|also\s+)?)?$",
    ),
    (
        # late payments will incur a fee · would incur an hourly fee · will incur a charge
        "will incur a fee (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("incur", "incurs"),
        _AFTER_MODAL + r"incurs?\s+(?:an?\s+|additional\s+|extra\s+|further\s+)*(?:[a-z-]+\s+){0,2}?" + _CHARGE + r"\b",
        r"",
    ),
    (
        # please contact us for upgrade pricing · please call, fax or email ComputerDoc for hourly pricing information;
        # with nobody named between the verb and "for" it is the lexicon's own "call for pricing"
        "contact us for pricing (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("please",),
        r"please\s+(?:[a-z]+,?\s+){0,3}?(?:contact|call|email|e-mail|ask|enquire|inquire)\s+(?!for\b)[^.;:]{1,40}?\bfor\s+"
        r"(?:an?\s+|our\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:pric(?:e|es|ing)|quotes?|quotations?|rates?|costs?)\b",
        r"",
    ),
    (
        # open a ticket and request pricing · request a quote
        "request a quote (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("request", "requesting"),
        r"request(?:ing)?\s+(?:an?\s+)?(?:pricing|price|quote|quotation)\b",
        r"",
    ),
    (
        # we'll quote a project price · can quote an hourly or fixed task/project price · will quote on any further
        # remedial action · will quote extra
        "will quote a price (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("quote",),
        _AFTER_MODAL + r"(?:quote\s+(?:(?:you|them|the\s+client|the\s+customer)\s+)?(?:(?:an?|the)\s+)?"
        r"(?:[a-z/-]+\s+){0,3}?(?:prices?|costs?|fees?|rates?)\b|quote\s+(?:on|for|extra)\b)",
        r"",
    ),
    (
        # the price is negotiated · rates are as agreed prior to job · prices will be agreed
        "the price is agreed later (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        (*_CHARGE_NOUNS, *_PRICE_NOUNS),
        _NOT_POINTING_BACK
        + _CHARGE
        + r"\s+(?:is|are|will\s+be)\s+(?:negotiated|negotiable|as\s+agreed|to\s+be\s+agreed|"
        r"agreed\s+(?:prior|before|later|separately))\b",
        r"",
    ),
    (
        # at agreed rate · at an agreed price · at a mutually agreed fee
        "at an agreed rate (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("agreed",),
        r"agreed(?:\s+upon)?\s+(?:hourly\s+)?(?:rates?|prices?|fees?)\b" + _REFERRED,
        r"\bat\s+(?:an?\s+|the\s+)?(?:mutually\s+)?$",
    ),
    (
        # hourly or flat-rate billing as quoted
        "as quoted (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("quoted",),
        r"quoted\b(?!\s+(?:in|on|by|above|below)\b)",
        r"\b(?:billing|billed|charged|priced|invoiced|payable|price|prices|rates?|fees?)\s+as\s+$",
    ),
    (
        # negotiate with the Company the price · negotiate a price
        "negotiate the price (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("negotiate",),
        r"negotiate\b[^.;:]{0,30}?\bprices?\b",
        r"",
    ),
    (
        # part costs are additional · the cost of parts and materials is additional · fees are extra
        "costs are additional (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("additional", "extra"),
        r"(?:additional|extra)\b(?!\s+[a-z])",
        r"\b(?:costs?|charges?|fees?|expenses|parts|materials)\s+(?:is|are|will\s+be)\s+$",
    ),
    (
        # a deposit will be required · deposits are required
        "a deposit is required (no amount)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("deposit", "deposits"),
        r"(?<!%\s)(?<!%)(?<!\bpercent\s)deposits?\s+(?:(?:will|may|shall|is|are)\s+)(?:be\s+)?"
        r"(?:required|requested|payable|due)\b",
        r"",
    ),
    (
        # charged hourly · we need to charge hourly · billed hourly after 30 minutes
        "charged hourly (no rate)",
        "VD",
        "the rate itself (e.g. USD 120 per hour), or the schedule that sets it",
        "en-price",
        ("charged", "billed", "invoiced", "charge", "bill"),
        r"(?:charged|billed|invoiced|charge|bill)\s+hourly\b" + _NO_FIGURE_AFTER,
        r"",
    ),
    (
        # changes … are billed as separate projects · quoted as an additional project
        "billed as a separate project (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("billed", "charged", "invoiced", "quoted", "priced"),
        r"(?:billed|charged|invoiced|quoted|priced)\s+as\s+(?:an?\s+)?(?:separate|additional|extra|new)\b",
        r"",
    ),
    (
        # charged according to our day rate · at the standard day rate
        "at our day rate (no figure)",
        "VD",
        "the rate itself (e.g. USD 800 per day), or the schedule that sets it",
        "en-price",
        ("day", "daily"),
        r"(?:day|daily)\s+rates?\b" + _REFERRED,
        r"\b(?:our|the|my|their|its)\s+(?:(?:standard|usual|normal|current|regular)\s+)?$",
    ),
    (
        # we may assess late payment fees · I will add a late charge · may impose a surcharge
        "will add a fee (no amount)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("add", "assess", "levy", "impose"),
        _AFTER_MODAL + r"(?:add|assess|levy|impose)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:fees?|charges?|surcharges?|"
        r"penalt(?:y|ies))\b",
        r"",
    ),
    (
        # an Upgrade Fee will be assessed to the account · a surcharge may be levied (anchored on the verb: "… will be
        # added" is the lexicon's "… fees apply (no amount)")
        "a fee will be assessed (no amount)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("assessed", "levied", "imposed"),
        r"(?:assessed|levied|imposed)\b",
        r"\b(?:fees?|charges?|surcharges?)\s+(?:will|may|shall|can)\s+be\s+$",
    ),
    (
        # the cost for us to fix a script … will vary depending on how severe the problem is (anchored on the verb:
        # "may vary" and "vary depending on the work" are the lexicon's own)
        "the cost will vary (no price)",
        "VD",
        _REPLACEMENT,
        "en-price",
        ("vary",),
        r"vary\b" + _NO_FIGURE_AFTER,
        _NOT_POINTING_BACK + r"\b" + _CHARGE + r"\b[^.;:]{0,60}?\b(?:will|can|could)\s+$",
    ),
    (
        # notice of planned outages will be issued in advance · holidays are shared in advance · we'll notify you
        # ahead of renewal dates · we'll send you an email in advance of your licence expiring
        "notice given in advance (no period)",
        "VT",
        _NOTICE_REPLACEMENT,
        "notice",
        ("notify", "notified", "email", "e-mail"),
        r"(?:notif(?:y|ied)|e-?mail)\s+" + _TO_READER + _IN_ADVANCE,
        r"",
    ),
    (
        # the same with a verb of issuing whose subject is a notice or what it announces (notice … will be issued in
        # advance · closures are shared in advance · notices are posted ahead of each upgrade); a deposit sent in
        # advance announces nothing
        "notice given in advance (no period)",
        "VT",
        _NOTICE_REPLACEMENT,
        "notice",
        ("issued", "shared", "sent", "posted", "given", "published"),
        r"(?:issued|shared|sent|posted|given|published)\s+" + _TO_READER + _IN_ADVANCE,
        r"\b(?:notices?|notifications?|announcements?|reminders?|closures|holidays|dates|schedules?|outages)\b"
        r"[^.;:]{0,60}?\b(?:is|are|will\s+be|shall\s+be|be|been)\s+$",
    ),
)
