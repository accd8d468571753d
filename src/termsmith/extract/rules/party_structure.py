"""Parties read from where a document puts them, not from one wording, when no other reader named anyone
(`parties.parties`):

- a heading block of two lines, "Between: Tom Miller Services" / "And: One Group Pty Ltd" (markdown, a quote block):
  each side's role from the bracket on its line ('("Designer/Developer")'), from a definition ('"Client" means One
  Group Pty Ltd'), or from the role words quoted after the name in the text ('You (Placeholder Inc.), … ("you",
  "client")'); one role known gives the other side the other role;
- the vendor speaking of itself in its own terms: "We are “AK Silver Ltd”", "Thank you for selecting iWat LLC",
  "感谢您选择江西互动网络科技有限公司的…", "purchases Services from LeftBrain Ltd", 'services provided by T&H DIGITAL LTD
  ("the Company")', 'Acme Ltd ("we", "us")', a title naming the vendor with its company suffix ("Efficiency Inc. /
  Technical Support Agreement"); the client there only when named in quotes as the customer ('customer "City of
  Auburn"');
- a procurement contract's labelled lines (采购人(全称): …, 中标(成交)供应商: …, 委託機關: …, 廠商名稱: …) and the agency
  that names a tender in its title ('客家委員會「…網站維運」勞務採購案').

A name must look like one (`looks_like_name`): never a blank, a placeholder or a sentence fragment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from termsmith.extract.rules.party_self_forms import COPYRIGHT, FORMS, LETTERHEAD


class _HasText(Protocol):
    text: str
    norm: str


_Sentence = TypeVar("_Sentence", bound=_HasText)
_Found = list[tuple[str, str, _Sentence]]
RoleOf = Callable[[str], str | None]

# words a company or a person's name may hold in lower case ("City of Auburn", "Greev.com KG", "von Trapp")
_CONNECTORS = frozenset(
    ("of", "and", "the", "for", "de", "du", "des", "la", "le", "von", "van", "der", "den", "und", "et", "y", "&")
)
_PLACEHOLDER = re.compile(
    r"〔空〕|_{2,}|\[[^\]]*\]|\bX{2,}\b|\bTBD\b|(?:company|client|customer|vendor|provider)\s+name|[×＊*]{2,}|^\W*$",
    re.IGNORECASE,
)


def looks_like_name(name: str) -> bool:
    """A company's or a person's name: no blank or placeholder, and in Latin script capitalised words only (a
    lower-case word beyond "of", "and" … is a sentence fragment: "Email or visit to create a ticket", "The individual
    or business completing the subscription setup")."""
    if not name or _PLACEHOLDER.search(name):
        return False
    words = re.findall(r"[A-Za-z][\w.&'-]*", name)
    if not words:
        return True  # Chinese names: the readers' own patterns bound them
    lower = [w for w in words if w[0].islower() and not re.search(r"[A-Z]", w) and w.lower() not in _CONNECTORS]
    return not lower and not re.match(r"(?i)the\s+(?:individual|person|business|entity|party|undersigned)\b", name)


def _plain(text: str) -> str:
    """A line as written, without markdown emphasis, quote marks or list bullets."""
    return re.sub(r"^[\s>#*-]+|\*\*|__", "", text).strip()


_BETWEEN_LINE = re.compile(r"^(?:between|by and between)\s*:?\s+(?P<name>.+)$", re.IGNORECASE)
_AND_LINE = re.compile(r"^and\s*:?\s+(?P<name>.+)$", re.IGNORECASE)
_BRACKET_ROLE = re.compile(r"\s*\((?:the\s+)?[\"“](?P<role>[^\"“”]{2,40})[\"”]\)")
_NAME_TAIL = re.compile(r"\s*(?:\((?:ABN|ACN|company|reg)[^)]*\)|,.*$|\s+\(.*$)", re.IGNORECASE)


def between_and(sentences: Sequence[_Sentence], role_of: RoleOf) -> _Found[_Sentence]:
    """The sides of a "Between: … / And: …" heading block as (role, name, sentence); else []."""
    lines = [s for s in sentences[:40] if _plain(s.text)]
    for i, s in enumerate(lines[:-1]):
        first = _BETWEEN_LINE.match(_plain(s.text))
        second = _AND_LINE.match(_plain(lines[i + 1].text))
        if first is None or second is None:
            continue
        sides = [_side(first["name"]), _side(second["name"])]
        roles = [role or _role_in_text(sentences, name, role_of) for name, role in sides]
        roles = [role_of(r) if r else None for r in roles]
        if roles.count(None) == 1:
            known = next(r for r in roles if r)
            roles = [r or ("client" if known == "vendor" else "vendor") for r in roles]
        if None in roles or roles[0] == roles[1]:
            return []
        pairs = zip(roles, sides, (s, lines[i + 1]), strict=True)
        return [(str(role), name, where) for role, (name, _), where in pairs if looks_like_name(name)]
    return []


def _side(raw: str) -> tuple[str, str | None]:
    """A side's name and the role in the bracket after it."""
    m = _BRACKET_ROLE.search(raw)
    name = raw[: m.start()] if m else raw
    name = _NAME_TAIL.sub("", name).strip(" ,;:")
    name = name if re.search(r"\b(?:Inc|Ltd|Co|Corp)\.$", name) else name.rstrip(".")  # "Acme Inc." keeps its stop
    return name, m["role"] if m else None


def _role_in_text(sentences: Sequence[_Sentence], name: str, role_of: RoleOf) -> str | None:
    """The role a definition or a quoted list after the name gives it ('"Client" means One Group Pty Ltd',
    'You (Placeholder Inc.), located at … ("you", "client")')."""
    if not looks_like_name(name):
        return None
    quoted = re.escape(name)
    definition = re.compile(r"[\"“](?P<role>[A-Za-z /]{3,30})[\"”]\s+means\s+" + quoted, re.IGNORECASE)
    after = re.compile(quoted + r"\)?[^\"“”()]{0,80}\((?P<roles>(?:\s*(?:or\s+)?[\"“][^\"“”]{1,30}[\"”],?)+)\s*\)")
    for s in sentences:
        text = _plain(s.text)
        m = definition.search(text)
        if m and role_of(m["role"]):
            return str(m["role"])
        m = after.search(text)
        if m:
            role: str | None = next(
                (str(w) for w in re.findall(r"[\"“]([^\"“”]+)[\"”]", m["roles"]) if role_of(w)), None
            )
            if role:
                return role
    return None


# a name in capitalised words, a bracketed abbreviation among them ("MasterSoft (H.K.) Limited")
_EN_NAME = r"(?P<name>(?-i:[A-Za-z0-9][\w&.'-]*)(?:\s+(?:(?-i:[A-Z0-9&][\w&.'-]*|\([A-Z][A-Z.]{1,8}\))|of|and|for))*)"
_COMPANY_SUFFIX = r"(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|GmbH|KG|AG|SA|Pty|Plc|LLP|BV|NV)\.?"
# the vendor speaking of itself
_SELF = [
    re.compile(r"\bwe\s+are\s+[\"“]" + _EN_NAME + r"[\"”]", re.IGNORECASE),
    re.compile(r"\bthank\s+you\s+for\s+(?:selecting|choosing|purchasing\s+from)\s+" + _EN_NAME, re.IGNORECASE),
    re.compile(
        r"感[谢謝](?:您|你)?(?:选择|選擇|选用|選用|信任)(?P<name>[\u4e00-\u9fff()（）]{4,40}?(?:公司|集团|集團))"
    ),
    re.compile(
        r"\b(?:purchases?|buys?|orders?|receives?)\s+(?:the\s+|its\s+)?(?:support\s+)?services\s+from\s+"
        # a trade name may come first, the legal name in brackets ("from ZITADEL (CAOS Ltd.)")
        r"(?:(?-i:[A-Z][\w&.'-]*)\s*\((?=[^)]*" + _COMPANY_SUFFIX + r"\)))?" + _EN_NAME,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:provided|supplied|delivered|offered)\s+by\s+"
        + _EN_NAME
        + r",?\s*\(\s*(?:(?:the\s+)?[\"“](?:the\s+)?(?:company|we)[\"”]|hereinafter\s+(?:called|referred\s+to\s+as)\s|"
        # (s15) its role in brackets without quotes: "provided by Acme Ltd (the Service Provider) to all customers"
        r"the\s+(?:service\s+)?(?:provider|vendor|supplier|contractor)\s*\))",
        re.IGNORECASE,
    ),
    re.compile(_EN_NAME + r",?\s*\((?:[\"“](?:we|us|our)[\"”],?\s*(?:or\s+|and\s+)?){2,}", re.IGNORECASE),
    # the vendor as the subject of its own support offer ("Comergence provides technical support to all licensed
    # users", "R3 Labs offer two support plans"); a role or a common word there names no one
    re.compile(
        r"^(?!(?:the|our|we|this|these|each|all|any|it|customer|client|support|technical|vendor|provider|licensor|"
        r"contractor|company|services?|maintenance|premium|standard|basic)\b)"
        + _EN_NAME
        + r"\s+(?:provides|offers?)\s+(?:[\w-]+\s+){0,3}support\b",
        re.IGNORECASE,
    ),
]
_TITLE = re.compile(
    r"^(?P<name>(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*))*,?\s+" + _COMPANY_SUFFIX + r")(?![\w])\s*"
    r"(?:[\w&-]+\s+){0,3}(?:support|service|maintenance)s?\s+(?:agreement|policy|terms|contract|plan)\b",
    re.IGNORECASE,
)
_QUOTED_CUSTOMER = re.compile(r"\b(?:customer|client)\s+[\"“](?P<name>[^\"“”]{3,60})[\"”]", re.IGNORECASE)


def self_named(sentences: Sequence[_Sentence]) -> _Found[_Sentence]:
    """The vendor naming itself in its own terms, and the client when named in quotes as the customer; else []."""
    vendor = _self_vendor(sentences)
    if vendor is None:
        return []
    client = next(
        (
            (m["name"].strip(), s)
            for s in sentences[:60]
            for m in _QUOTED_CUSTOMER.finditer(s.text)
            if looks_like_name(m["name"])
        ),
        None,
    )
    return [("vendor", *vendor), *([("client", *client)] if client else [])]


def _self_vendor(sentences: Sequence[_Sentence]) -> tuple[str, _Sentence] | None:
    head = sentences[:80]
    title = " ".join(_plain(s.text) for s in head[:2])
    m = _TITLE.match(title)
    if m and looks_like_name(m["name"]):
        return m["name"].strip(), head[0]
    for s in head[:3]:
        m = LETTERHEAD.match(s.text)
        if m and looks_like_name(name := m["name"].strip().rstrip(",")):
            return name, s
    for forms, within in ((_SELF, head), (FORMS, head), (COPYRIGHT, sentences)):
        for s in within:
            for pattern in forms:
                m = pattern.search(_plain(s.text))
                if m and looks_like_name(name := m["name"].strip().rstrip(",")):
                    return name, s
    return None


# a procurement contract's labelled lines: the agency buying, the firm that won
_PROCUREMENT_LINE = re.compile(
    # "label: name" (a mainland page served in Traditional script keeps 采: "采購單位"), or the label and the name in a
    # table row's two cells ("| 采购单位 | 巫溪县人民医院 |")
    r"^(?:\|\s*)?(?P<label>[采採][购購]人|[采採][购購](?:单位|單位)|招标单位|招標單位|委托机关|委託機關|招标人|招標人|机关名称|機關名稱|"
    r"中标(?:[(（]成交[)）])?供应商|中標(?:[(（]成交[)）])?供應商|成交供应商|得標廠商|中标人|中標人|廠商名稱|厂商名称|供应商名称|供應商名稱)"
    r"(?:[(（][^)）]{0,8}[)）])?\s*(?:[:：]\s*\|?|\|)\s*(?P<name>[^\s(（|]{2,40})"
)
_CLIENT_LABEL = re.compile(r"[采採][购購](?:人|单位|單位)|招标单位|招標單位|机关|機關|招标人|招標人")
# a notice's "名称:" line under a heading naming whose details follow ("1.5拟定供应商信息" / "名称:江苏…有限公司",
# "一、采购人信息" / "名 称：…"); an agency's details (采购代理机构信息) name neither party
_DETAILS_HEADING = re.compile(
    r"(?P<role>[采採][购購]人|[采採][购購](?:单位|單位)|供应商|供應商|中标人|中標人|成交人|廠商|厂商)(?:的)?(?:信息|資訊|资料|資料)\s*[:：]?$|"
    # the bare label on a line of its own, its "名称:" line under it ("招标人" / "名称:…局")
    r"^(?:[\d.、]*\s*)?(?P<bare>[采採][购購]人|招标人|招標人)\s*[:：]?$"
)
_NAME_LINE = re.compile(r"^名\s*称\s*[:：]\s*(?P<name>[^\s(（|]{2,40})|^名\s*稱\s*[:：]\s*(?P<name2>[^\s(（|]{2,40})")
# an agency naming its tender in the document's title
_TENDER_TITLE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,20}?(?:委員會|委员会|部|署|局|處|处|中心|大學|大学|醫院|医院|政府|公所|院))\s*[「“\"『]"
    r"[^」”\"』]{2,60}[」”\"』]\s*\S{0,10}(?:採購|采购|招標|招标|標案|标案)"
)


_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def squeezed(text: str) -> str:
    """A line with the spaces between its Han characters taken out: a cover spreads its labels and titles out ("采   购
    人：…", "招 标 人: | …", "招 标 文 件")."""
    return _HAN_GAP.sub("", text.strip())


def procurement(sentences: Sequence[_Sentence]) -> _Found[_Sentence]:
    """A procurement contract's agency and winning firm as (role, name, sentence); else []."""
    out: dict[str, tuple[str, _Sentence]] = {}
    details: str | None = None  # the role whose details the last heading opened
    for s in sentences[:60]:
        line = squeezed(s.norm)
        m = _PROCUREMENT_LINE.match(line)
        if m and looks_like_name(m["name"]):
            role = "client" if _CLIENT_LABEL.search(m["label"]) else "vendor"
            out.setdefault(role, (m["name"], s))
        if heading := _DETAILS_HEADING.search(line):
            details = "client" if _CLIENT_LABEL.search(heading["role"] or heading["bare"]) else "vendor"
        elif details and (named := _NAME_LINE.match(line)):
            out.setdefault(details, (named["name"] or named["name2"], s))
            details = None
        elif re.search(r"(?:信息|資訊|资料|資料)\s*[:：]?$", line) and len(line) < 20:
            details = None  # another party's details (采购代理机构信息)
    if "client" not in out and sentences and (m := _TENDER_TITLE.match(sentences[0].norm.strip())):
        out["client"] = (m["name"], sentences[0])
    return [(role, name, s) for role, (name, s) in out.items()]
