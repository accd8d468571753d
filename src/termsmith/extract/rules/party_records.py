"""Parties named the way public contracts and council records name them, read only when no other reader named
anyone (`parties.parties`):

- a "between" block where only one side is given a role and the other a short name, over one line or several
  ('by and between N. Harris Computer Corporation, …, hereinafter referred to as "HARRIS" and Collier County, …,
  hereinafter called "Customer"'; 'AGREEMENT BETWEEN / SunGard Public Sector LLC … ("SunGard Public Sector") / AND /
  City of Pearland Police Department … (for purposes of this Agreement, "Customer")'): the side without a role is
  the other party;
- a cover page's "Between:" line and the "And:" line under it ("**Between:** Tom Miller Services (ABN: TBD)" /
  "**And:** One Group Pty Ltd"), each side with the role its bracket or a later mention of its name gives;
- a council's or a city manager's record of a contract: the public body whose record it is ("City of Palo Alto
  City Manager's Report") is the client, the firm the contract is "with" ("MAINTENANCE CONTRACT WITH ACCELA, INC.")
  the vendor. A record that names no public body by name ("the City") gives the vendor alone;
- a plain "between A and B" line with no role in quotes, one side a public body ("Agreement between KCC Knowledge
  Computing (Canada) Limited and / City Of Santa Ana"): the body is the client and the other side the vendor; a
  side the same line spells otherwise where a later page prints it again (an OCR'd scan) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class _HasNorm(Protocol):
    norm: str


_Sentence = TypeVar("_Sentence", bound=_HasNorm)


_QUOTED = r"[\"“](?P<{0}>[^\"“”`]{{1,40}})[\"”`]"  # a typed backtick may close it ("Licensee`)
# a side of the block: its name and words, then its short name or role in quotes ("hereinafter called", a bracket)
_SIDE = r"(?P<{0}>[A-Z][^\"“”]{{1,300}}?)(?:\bhereinafter\s+(?:referred\s+to\s+as|called)\s+|\([^\"“”()]{{0,50}})"
_BLOCK = re.compile(
    r"\bbetween\s+"
    + _SIDE.format("a")
    + _QUOTED.format("ra")
    # the first side's address or description may follow its short name ('("Aptitude") having its principal place
    # of business at: … and EAGLE COUNTY')
    + r"\)?[^\"“”]{0,160}?\band\s+"
    + _SIDE.format("b")
    + _QUOTED.format("rb"),
    re.IGNORECASE,
)
# where a side's name ends: its address, its description, its short name
_NAME_END = re.compile(
    r"\s*(?:,(?!\s?(?i:Inc|LLC|Ltd|Limited|Corp|Co)\b)|\(|\s(?:a|an)\s|\s\d|\swhose\b|\sauthorized\b|"
    r"\swith\s+(?:its\s+)?(?:headquarters|offices?|principal)\b|\shereinafter\b|\slocated\b|\sorganized\b|\shaving\b)"
)
_DOCUMENT_WORDS = re.compile(r"(?:the\s+)?(?:agreement|contract|sla|terms|services?|effective\s+date)", re.IGNORECASE)

# a capitalised word that goes on a sentence or a heading, never a word of a place's name ("CITY OF AUBURN AND …",
# "CITY OF CARLSBAD CITY COUNCIL", "THE COUNTY")
_NOT_PLACE_WORDS = (
    r"THE|AND|OR|OF|FOR|WITH|BY|TO|IN|ON|A|AN|THIS|SAID|CITY|COUNTY|COUNCIL|MANAGER|REPORT|BOARD|COMMISSION|CLERK|"
    r"STAFF|REQUEST|DEPARTMENT|AGENDA|MEETING"
)
_CAPS_WORD = rf"(?!(?:{_NOT_PLACE_WORDS})\b)[A-Z]{{2,}}"
# in title case, or in capitals as records and OCR'd scans print them ("CITY OF CARLSBAD", "City Of Santa Ana",
# "HERNANDO COUNTY")
_PUBLIC_BODY = re.compile(
    r"\b(?P<body>(?:City|Town|Village|Borough|County)\s+(?:of|Of)\s+(?:the\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+County|"
    rf"(?:CITY|TOWN|VILLAGE|BOROUGH|COUNTY)\s+OF\s+(?:THE\s+)?[A-Z]{{2,}}(?:\s+{_CAPS_WORD})?(?![a-z])|"
    rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD})?\s+COUNTY)\b",
)
# the words that follow a body's name in a record's heading, never part of the name
_NOT_PLACE = re.compile(r"\s+(?:City|Council|Manager|Report|Board|Commission|Clerk|Staff)\b.*$")
_WITH_FIRM = re.compile(
    r"\b(?:contract|agreement)\s+with\s+(?:the\s+firm\s+)?"
    r"(?P<name>(?-i:[A-Z][\w&.'/-]*)(?:\s+(?-i:[A-Z][\w&.'/-]*))*?(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corp|Co)\b\.?)?)"
    r"(?=\s+(?:in|for|to|under|including|at|on)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?:city\s+manager|city\s+council|county\s+commission|board\s+of|resolution|council)\b", re.IGNORECASE
)


def _name(raw: str) -> str | None:
    name = _NAME_END.split(re.sub(r"^the\s+", "", raw.strip(), flags=re.IGNORECASE), maxsplit=1)[0].strip(" ,;:")
    if not name or len(name) > 80 or _DOCUMENT_WORDS.fullmatch(name) or not name[0].isupper():
        return None
    return name


def between_block(
    sentences: Sequence[_Sentence], role_of: Callable[[str], str | None]
) -> list[tuple[str, str, _Sentence]]:
    """The two sides of a "between" block, one given a role and the other a short name, as (role, name, sentence);
    else []."""
    for i, s in enumerate(sentences[:400]):
        if not re.search(r"\bbetween\b", s.norm, re.IGNORECASE):
            continue
        m = _BLOCK.search(" ".join(t.norm for t in sentences[i : i + 10]))
        if m is None:
            continue
        if sides := _sides(m, role_of):
            return [(role, name, s) for role, name in sides]
    return []


def _sides(m: re.Match[str], role_of: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """The block's sides as (role, name): one role given and the other side the other party; or both roles given,
    a side named only by its role ('and the client specified in the signature block below ("Client")') left out."""
    roles = [role_of(m["ra"]), role_of(m["rb"])]
    names = [_name(m["a"]), _name(m["b"])]
    if roles.count(None) == 0 and roles[0] != roles[1]:
        both = [(role, name) for role, name in zip(roles, names, strict=True) if role and name]
        return both if both and names[0] != names[1] else []
    if roles.count(None) == 2:  # two short names ("Tyler", "County"): a public body is the client
        roles = _public_body_roles(names)
    if roles.count(None) != 1 or _DOCUMENT_WORDS.fullmatch(m["ra" if roles[0] is None else "rb"]):
        return []
    known = next(r for r in roles if r)
    other = "client" if known == "vendor" else "vendor"
    a, b = names
    if a is None or b is None or a == b:
        return []
    return [(roles[0] or other, a), (roles[1] or other, b)]


def _public_body_roles(names: list[str | None]) -> list[str | None]:
    """[client, None] or [None, client] when exactly one of two names is a public body ("Eagle County", "City of
    Santa Ana": the buyer in a public contract); else [None, None]."""
    public = [bool(name and _PUBLIC_BODY.fullmatch(name)) for name in names]
    if public.count(True) != 1:
        return [None, None]
    return ["client" if is_public else None for is_public in public]


# a "between" line naming both sides with no role or short name in quotes ("Agreement between KCC Knowledge Computing
# (Canada) Limited and / City Of Santa Ana [Exhibit F]", 'by and between the CITY OF CARLSBAD, a municipal
# corporation, (" "), and DEVELOPMENT COUNSELLORS INTERNATIONAL, a New York S- Corporation'): a side's name, then
# perhaps its description (", a municipal corporation, (…)")
_PLAIN_SIDE = r"(?:the\s+)?(?P<{0}>[A-Z](?:[^,()\[\]〔\"“”;:]|\([A-Za-z .]{{1,20}}\)){{2,80}}?)"
_PLAIN_BETWEEN = re.compile(
    r"\bbetween\s+"
    + _PLAIN_SIDE.format("a")
    + r"(?:,[^()\"“”;]{0,60}?(?:\([^()]{0,20}\))?)?,?\s+and\s+"
    + _PLAIN_SIDE.format("b")
    + r"(?=\s*(?:,|\(|\[|〔|\.|$))"  # 〔: a bracket normalised as a blank ("[Exhibit F]")
)


def _side_name(raw: str) -> str | None:
    """A side's name; a bracket inside a company's name stays ("KCC Knowledge Computing (Canada) Limited")."""
    m = re.match(r"\s*(?:the\s+)?(?P<n>[^()]+\([A-Za-z .]{1,20}\)\s+(?:Limited|Ltd|Inc|LLC|Corp)\b\.?)", raw)
    return m["n"].strip() if m else _name(raw)


def _public_sides(sentences: Sequence[_Sentence], i: int) -> list[tuple[str, str, _Sentence]]:
    """The sides of the "between" line opening at sentence ``i`` (it may run over the next two lines), one a public
    body (the client) and the other the firm (the vendor), as (role, name, sentence); else []."""
    s = sentences[i]
    if not re.search(r"\bbetween\b", s.norm, re.IGNORECASE):
        return []
    m = _PLAIN_BETWEEN.search(" ".join(t.norm for t in sentences[i : i + 3]))
    if m is None:
        return []
    names = [_side_name(m["a"]), _side_name(m["b"])]
    roles = _public_body_roles(names)
    if None in names or roles.count("client") != 1:
        return []
    return [(role or "vendor", str(name), s) for role, name in zip(roles, names, strict=True)]


def public_between(sentences: Sequence[_Sentence]) -> list[tuple[str, str, _Sentence]]:
    """The sides of the first "between" line of a public contract (within its first 60 lines), one side a public
    body, as (role, name, sentence); else []. A running header printed again on later pages is the same line: a side
    it spells otherwise there (an OCR'd scan's "Knowledge Cbmputing" / "Knowledge Computing") is left out, the text
    not being sure of it."""
    read = [sides for i in range(len(sentences)) if (sides := _public_sides(sentences, i))]
    if not read or read[0][0][2] not in sentences[:60]:
        return []
    first = read[0]

    def spelled(sides: list[tuple[str, str, _Sentence]]) -> dict[str, str]:
        return {role: name.casefold() for role, name, _ in sides}

    ours = spelled(first)
    again = [spelled(sides) for sides in read[1:] if set(spelled(sides).values()) & set(ours.values())]
    return [(role, name, s) for role, name, s in first if all(other[role] == ours[role] for other in again)]


def public_record(sentences: Sequence[_Sentence]) -> list[tuple[str, str, _Sentence]]:
    """A public body's record of its contract with a firm: [("client", body, s), ("vendor", firm, s)], only the
    vendor when no body is named; else []."""
    head = sentences[:400]
    if not any(_RECORD.search(s.norm) for s in head[:12]):
        return []
    vendor = next(((m["name"], s) for s in head for m in _WITH_FIRM.finditer(s.norm)), None)
    client = next(((m["body"], s) for s in head[:12] for m in _PUBLIC_BODY.finditer(s.norm)), None)
    if vendor is None:
        return []
    if client is None:  # a record naming the firm but no public body by name: the vendor alone
        return [("vendor", vendor[0], vendor[1])]
    body = _NOT_PLACE.sub("", client[0])
    return [("client", body, client[1]), ("vendor", vendor[0], vendor[1])]
