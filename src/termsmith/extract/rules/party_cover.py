"""Parties on a cover page set out as blocks: a role word alone on its line, the party's name on the next, its
address below, and the block closed by the name the agreement will use for it:

    CLIENT                          CONTRACTOR
    AB Inceptum                     Tao Zhang
    2a Prior Grove, Chesham         Flat 26, Marlow House
    (the "Client")                  (the "Contractor")

(read column after column, as `pdf_order` puts side-by-side columns). A block counts when its closing bracket
names the same role as its heading, or when the other party's block stands beside it: a lone "Client" line above a
name is too often a form's label or a heading of something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.party_self_forms import LEGAL_SUFFIX
from termsmith.extract.rules.party_structure import RoleOf, _Found, _Sentence, looks_like_name

_ROLE_HEAD = re.compile(
    r"(?:the\s+)?(?P<role>customer|client|contractor|consultant|supplier|vendor|(?:service\s+)?provider|licensee|"
    r"licensor|developer|purchaser|buyer)\s*:?",
    re.IGNORECASE,
)
_DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"“](?P<role>[A-Za-z ]{3,30})[\"”]\s*\)\.?")
_BLOCK_LINES = 6  # a block's name, address lines and closing bracket
_NAME_MAX = 80


def cover_blocks(sentences: Sequence[_Sentence], role_of: RoleOf) -> _Found[_Sentence]:
    """(role, name, sentence) for each cover block of the document's first page or so; [] when none counts."""
    blocks: list[tuple[str, str, _Sentence, bool]] = []  # role, name, its line, closed by the same role
    head = list(sentences[:120])
    for i, s in enumerate(head[:-1]):
        m = _ROLE_HEAD.fullmatch(s.norm.strip())
        role = role_of(m["role"]) if m else None
        name = head[i + 1].norm.strip()
        if role is None or len(name) > _NAME_MAX or _ROLE_HEAD.fullmatch(name) or not looks_like_name(name):
            continue
        closed = any(
            (d := _DEFINED.fullmatch(t.norm.strip())) is not None and role_of(d["role"]) == role
            for t in head[i + 2 : i + 2 + _BLOCK_LINES]
        )
        blocks.append((role, name, head[i + 1], closed))
    roles = {role for role, *_ in blocks}
    found: _Found[_Sentence] = []
    for role, name, sentence, closed in blocks:
        if (closed or roles == {"client", "vendor"}) and not any(r == role for r, *_ in found):
            found.append((role, name, sentence))
    return found


# A proposal's or a quotation's cover names who prepared it and for whom ("Prepared for: Hisham Traders",
# "Prepared By: Thinkin Lab", "Submitted by: … | Submitted to: …", "PREPARED BY DEVZSTUDIO · FOR NIXORA AI"):
# the one who prepares a proposal is the vendor, the one it is for the client. Only on a proposal's first lines:
# a council's staff report is "prepared by" its own officer.
_PROPOSAL = re.compile(
    r"\b(?:proposal|quotation|quote|estimate|statement\s+of\s+work|expression\s+of\s+interest|pricing)\b", re.IGNORECASE
)
_PREPARED = re.compile(
    r"(?:\b(?:prepared|submitted)\s+(?P<by>by|for|to)\s*[:：]?|(?<=·)\s*(?P<for>for)|\b(?P<label>client|customer)\s*[:：])"
    r"\s*(?P<name>[^|·•:：\n]{2,80}?)"
    r"(?=\s*(?:$|[|·•(]|\s{2,}|(?:Date|Prepared|Submitted|Document|Ref|Version|Valid|Phone|Email|Tel|Contact|Website)\b|"
    r"[\w.+-]+@|www\.|,))",
    re.IGNORECASE,
)
_PROPOSAL_LINES = 40
_PERSON_TITLE = re.compile(r"^\s*,?\s*(?:Director|Manager|Officer|Chief|Administrator|Clerk|Treasurer|Analyst)\b")


def proposal_cover(sentences: Sequence[_Sentence]) -> _Found[_Sentence]:
    """(role, name, sentence) for the vendor and the client a proposal's cover names; [] when it is no proposal."""
    head = list(sentences[:_PROPOSAL_LINES])
    if not any(_PROPOSAL.search(s.norm) for s in head):
        return []
    found: _Found[_Sentence] = []
    for s in head:
        for m in _PREPARED.finditer(s.norm):
            role = "vendor" if (m["by"] or "").lower() == "by" else "client"
            name = _legal_name(m["name"].strip(" *"))
            bare = _SUFFIX_WORD.sub("", name)  # "… Consulting cc": a legal suffix in lower case is still a name's
            if _PERSON_TITLE.match(s.norm[m.end() :]) or not looks_like_name(bare) or name.lower() in _NOT_NAMES:
                continue
            if not any(r == role for r, *_ in found):
                found.append((role, name, s))
    return found


_SUFFIX_WORD = re.compile(r"\s+(?:cc|pvt\.?\s+ltd|private\s+limited)\.?$", re.IGNORECASE)
_NOT_NAMES = {"client", "client legal name", "customer", "you", "your company", "the client", "company name"}
_SUFFIX_END = re.compile(r"^(?P<name>.*?\b(?:cc|CC|Private\s+Limited|" + LEGAL_SUFFIX + r"))(?:\s|$)")


def _legal_name(name: str) -> str:
    """The name up to its legal suffix ("Job Angula Technology Consulting cc Windhoek" → "… cc")."""
    m = _SUFFIX_END.match(name)
    return m["name"] if m else name
