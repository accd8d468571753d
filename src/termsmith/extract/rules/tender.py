"""A buyer's tender document (招标文件, 竞争性磋商采购文件, 谈判文件, 詢價文件 …; a statement of requirements, a request
for proposals), told by its title.

A tender is the buyer's call for bids: it names the buyer and the terms a winning vendor will sign up to, but no
vendor yet. Its own procedure (the bid bond, the bid's validity, answers to bidders' challenges) uses the words of
service terms, so readers that guess a party from how a name acts stay quiet in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.party_structure import _Sentence, squeezed

# the title on a line of its own, its letters often spread out ("招 标 文 件")
_TITLE = re.compile(
    r"(?:竞争性|競爭性)?(?:招标|招標|采购|採購|谈判|談判|磋商|询价|詢價|询比价|詢比價|比选|比選|遴选|遴選|征询|徵詢|竞价|競價|"
    r"招募)(?:采购|採購)?文件"
    r"(?:[(（][^)）]{1,12}[)）])?"
)
# an English call for bids or offers, its abbreviation after it ("STATEMENT OF REQUIREMENTS (SOR)", "Request for
# Proposals", "Invitation to Tender"): the buyer's requirements, which name no vendor yet (extract34A: a state's
# statements of requirements, where the brand reader took the buyer's own "VDOT will appoint …" for the vendor)
_EN_TITLE = re.compile(
    r"(?i:statement\s+of\s+requirements?|request\s+for\s+(?:proposals?|quotations?|quotes?|tenders?|bids?)|"
    r"invitation\s+(?:to|for)\s+(?:bids?|tenders?)|tender\s+documents?)"
    r"(?:\s*[(（][^)）]{1,12}[)）])?(?:[\s:：–—-]|$)"
)
_EN_OPENING = 3  # the English title opens the document, often joined with the number and name lines below it
_OPENING = 15  # the cover's lines


def is_tender(sentences: Sequence[_Sentence]) -> bool:
    """Whether the document's cover calls it a tender document."""
    return any(
        _TITLE.fullmatch(squeezed(s.norm)) or (n < _EN_OPENING and _EN_TITLE.match(s.norm.strip()))
        for n, s in enumerate(sentences[:_OPENING])
    )
