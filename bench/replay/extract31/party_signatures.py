"""Parties named in the signature block at a document's end, when nothing before it named anyone
(`parties.parties`).

A template's opening often leaves the parties blank or never names them, while the block where each side signs
does:

- 'Signed by John Smith on behalf of the client (Placeholder Inc.)': the role and the company in one line;
- a role label over its signature lines ("**Service Provider:**" / "Signature: ____" / "Name: Destin Strong"), or the
  name in the label's bracket ("**Web Developer (Zain Khatri)**"); two labels side by side on one line are two
  columns;
- 'EXECUTED by Test Org Pty Ltd:' or a company's line over "By: ____": the role from the text's own definition of
  that name, from a role label just above, else none.

The block starts at a heading or line that announces the signing (Signatures, Execution, "By signing below",
IN WITNESS WHEREOF, "The Dotted Line") or at the first signature field ("Signature:", "By: ____", "Signed by"); a
name must look like one (`looks_like_name`), so blanks and placeholders ("[CLIENT NAME]", "____") name no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.rules.party_structure import RoleOf, _Found, _plain, _role_in_text, _Sentence, looks_like_name

_START = re.compile(
    r"^(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:signatures?|execution|signing|the dotted line|agreed and accepted|"
    r"acceptance)\b|\bin witness whereof\b|\bby signing (?:below|this)\b|^(?:signature|signed|by)\s*[:;]|^signed by\b|"
    r"^executed\b",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?:\|\s*)?(?P<label>signature|sign|signed|by|name|print(?:ed)? name|title|position|date|name/title|company|"
    r"company name|organi[sz]ation|for|on behalf of)\s*[:;|]\s*(?P<value>.*?)\s*\|?\s*$",
    re.IGNORECASE,
)
_SIGNED_FOR = re.compile(
    r"\bsigned by\s+(?P<person>.+?)\s+(?:for and )?on behalf of\s+(?:the\s+)?(?P<role>[\w/ -]{3,30}?)\s*"
    r"\((?P<name>[^()]{2,80})\)",
    re.IGNORECASE,
)
_EXECUTED_BY = re.compile(
    r"^(?:executed|signed|accepted|agreed)(?:\s+and\s+(?:accepted|agreed))?\s+(?:for and on behalf of|by|for)\s+"
    r"(?P<name>[^:]{2,80}?)\s*:?\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^(?P<role>[A-Za-z][A-Za-z/ -]{2,40}?)\s*(?:\((?P<name>[^()]{2,80})\))?\s*:?$")
_LABEL_NAME = re.compile(r"^(?P<role>[A-Za-z][A-Za-z/ -]{2,30}?)\s*:\s*(?P<name>[A-Z0-9][^:]{1,80})$")
_BLANKISH = re.compile(r"^[\s_.…-]*$")


def _columns(line: str) -> list[str]:
    """A line of labels side by side ("**Client**      **Web Developer (Zain Khatri)**"): one cell per column."""
    return [c.strip() for c in re.split(r"\*\*\s{2,}\*\*|\s{3,}|\t+", line) if c.strip()]


def signature_block(sentences: Sequence[_Sentence], role_of: RoleOf) -> _Found[_Sentence]:
    """The parties the signature block names, as (role, name, sentence); else []."""
    lines = [s for s in sentences if _plain(s.text)]
    start = next((i for i, s in enumerate(lines) if _START.search(_plain(s.text))), None)
    if start is None:
        return []
    out: dict[str, tuple[str, _Sentence]] = {}

    def add(role: str | None, name: str, s: _Sentence) -> None:
        name = name.strip().strip("*").strip()
        if role and name and looks_like_name(name) and not role_of(name):
            out.setdefault(role, (name, s))

    pending: list[str | None] = []  # the roles of the label line(s) waiting for their name fields
    for s in lines[max(0, start - 2) :]:
        text = re.sub(r"\*\*", "", _plain(s.text)).strip()
        if m := _SIGNED_FOR.search(text):
            add(role_of(m["role"]), m["name"], s)
            continue
        if m := _EXECUTED_BY.match(text):
            name = m["name"].strip()
            add(role_of(_role_in_text(sentences, name, role_of) or ""), name, s)
            continue
        field = _FIELD.match(text)
        if field:
            label, value = field["label"].lower(), field["value"].strip()
            names = ("name", "company", "company name", "organisation", "organization", "for")
            if pending and label in names and value and not _BLANKISH.match(value):
                add(pending[0], value, s)
                pending = pending[1:] if label != "name" else []
            continue
        if (m := _LABEL_NAME.match(text)) and role_of(m["role"]):
            add(role_of(m["role"]), m["name"], s)
            pending = []
            continue
        cells = _columns(_plain(s.text).replace("**", "  ").strip()) if "  " in _plain(s.text) else [text]
        labels = [m for c in cells if (m := _LABEL.match(c.strip("* ")))]
        if labels and len(labels) == len(cells) and all(role_of(m["role"]) for m in labels):
            pending = []
            for m in labels:
                role = role_of(m["role"])
                if m["name"]:
                    add(role, m["name"], s)
                else:
                    pending.append(role)
            continue
        pending = []
    return [(role, name, s) for role, (name, s) in out.items()]
