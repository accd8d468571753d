"""The vendor named opposite a party the agreement names by its role only (extract33E): a standard form between the
firm and whoever signs it.

    This … Agreement is between Website Maintenance Service Limited, a limited liability company formed under the laws
    of … ("Website Maintenance Service") and the person … whose sign up … ("Customer")
    … by and between Ace Host, LLC. ("Company"), a Florida Limited Liability Company, and ____, ("Customer")
    … by and between AMW MARKETING & DESIGN ("AMW"), a limited liability company, … and CLIENT (identified in …)
    … all contracts between WW Web Design Studios, and its clients
    … commitments between 434 Marketing & Consulting and our clients

The named side is the vendor: the other is the client, by a role word, a blank or "its clients". The name runs to
its bracket or to the comma of the appositive that describes it ("a limited liability company formed …"); a role word
("the Customer"), a blank or a lower-case phrase names no one. `parties` asks this reader only when no other reader
named anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.normalize import BLANK
from termsmith.extract.rules.context import _re
from termsmith.extract.rules.party_self_forms import LEGAL_SUFFIX
from termsmith.extract.rules.party_structure import looks_like_name
from termsmith.extract.sentences import Sentence

_ROLE_WORDS = (
    r"(?:clients?|customers?|licensees?|purchasers?|buyers?|subscribers?|users?|persons?|individuals?|entit(?:y|ies))"
)
# the client side: a role word (perhaps "the person … whose …"), "its / our clients", a blank, CLIENT in capitals
_CLIENT_SIDE = (
    r"(?:(?:the|its|our|their|a|an|each|any|all|such)\s+(?:[\w-]+\s+){0,2}?" + _ROLE_WORDS + r"\b|"
    r"(?-i:CLIENT|CUSTOMER|LICENSEE|Client|Customer|Licensee)\b|" + re.escape(BLANK) + r"|_{2,}|\[[^\]]{0,30}\])"
)
# a name: capitalised words (CamelCase, capitals, digits, "&"), perhaps with its legal form after a comma
_NAME = (
    r"(?P<name>(?-i:[A-Z0-9][\w&'.-]*)(?:\s+(?:&\s+)?(?-i:[A-Z0-9][\w&'.-]*|of|and|de)){0,6}?"
    r"(?:,?\s+" + LEGAL_SUFFIX + r")?)"
)
_BETWEEN = _re(
    # an agreement, contract or terms between the two (not "a chat channel between Acme and Customer")
    r"\b(?:agreements?|contracts?|terms|conditions|sla|commitments|is|made|entered\s+into)\b[^;]{0,200}?"
    r"\bbetween\s+" + _NAME + r"(?=\s*[,(]|\s+and\b)"
    # its bracket, then an appositive that describes it (perhaps with the bracket after it), up to the " and " before
    # the client side
    r"\s*(?:\((?P<bracket>[^()]{0,60})\))?(?P<described>,[^;]{0,260}?)?(?:\s*\([^()]{0,60}\))?,?\s+and\s*,?\s*"
    + _CLIENT_SIDE
)
# a bracket that calls the named side the client ('Jo Lee (hereinafter called "Customer") and all customers')
_CLIENT_BRACKET = _re(r"\b" + _ROLE_WORDS + r"\b")
_ROLE_ONLY = _re(
    r"^(?:the\s+)?(?:company|provider|vendor|supplier|contractor|licensor|developer|" + _ROLE_WORDS + r")$"
)


def opposite_role(sentences: Sequence[Sentence]) -> list[tuple[str, str, Sentence]]:
    """The vendor (role, name, sentence) of the first such "between" sentence among the first ones; else []."""
    for s in sentences[:60]:
        m = _BETWEEN.search(s.norm)
        if m is None or _and_name(m):
            continue
        name = m["name"].strip(" ,.")
        if _ROLE_ONLY.match(name) or not looks_like_name(name) or _CLIENT_BRACKET.search(m["bracket"] or ""):
            continue
        return [("vendor", name, s)]
    return []


def _and_name(m: re.Match[str]) -> bool:
    """The appositive's " and " joins the agreement's second named party, not a description ("… between Acme Ltd,
    of London, and Beta Ltd ("Customer") and the client …" is no form between a firm and a role)."""
    return bool(re.search(r"\band\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)*\s*\(", m["described"] or ""))
