"""The brand that owns the page's support desk, staff and services: ``party_brand``'s last fallback when no name acts
often enough.

A firm's own support page often names itself only as the owner of what it offers — "the TechB service levels", "the
Kairos technical support function", "the 7bridges team", "DTN services", "Adobe 客户支持部门", "今远热线技术支持工程师" —
or as the one opposite the customer ("between Krishagni and the customer", "both CloudSphere and the customer",
"acceptance (by DTN)"). Each such mention counts once, as does each single act ``party_brand`` saw; a name mentioned so
twice or more, more often than any other, is the vendor. A platform, a role or a generic team names no one (the
filters of ``party_brand``), nor does a Han run holding a role or clause word (``party_brand_zh``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from termsmith.extract.rules.party_brand_host import host_names
from termsmith.extract.rules.party_brand_standing import PLAN_WORDS, stands_for_firm
from termsmith.extract.rules.party_brand_text import unmarked
from termsmith.extract.rules.party_brand_zh import firm_han
from termsmith.extract.sentences import Sentence

# what a firm's own desk, staff and services are called after its name (English; a Latin brand in a Chinese text)
_DESK = (
    r"(?:(?:global|technical|tech|customer|premium|enterprise|product|client|cloud|it|managed|web)\s+){0,2}"
    r"(?:support(?:\s+(?:team|engineers?|staff|function|desk|plans?|services?|portal|representatives?))?|"
    r"team|services?(?:\s+levels?|\s+desk|\s+team)?|service\s+representatives?|engineers?|staff|technicians?|"
    r"consultants|representatives?|help\s?desk|ticketing|success)\b"
)
_DESK_ZH = (
    r"(?:客户|客戶)?(?:成功|支持|支援|服务|服務|技术|技術|热线|熱線|一线|一線|高级|高級|标准|標準)*"
    r"(?:人员|人員|部门|部門|团队|團隊|工程师|工程師|专家|專家|(?<=服务|服務)中心)"
)
_TOKEN = r"(?-i:[A-Z][\w&'.-]*[\w]|[A-Z]|\d[\w]*[A-Za-z][\w]*)"
_NAME = r"(?P<name>" + _TOKEN + r"(?:\s+(?:&\s+)?" + _TOKEN + r"){0,3}?)"
_OWNS = (
    re.compile(r"(?:^|(?<=[\s(\"“'‘]))" + _NAME + r"(?:['’]s)?\s+(?i:" + _DESK + r")"),
    re.compile(r"(?:^|(?<=[\s(\"“'‘，。,:：]))" + _NAME + r"\s*" + _DESK_ZH),
)
# the one opposite the customer
_OPPOSITE = (
    re.compile(
        r"\b(?:between|both)\s+" + _NAME + r"\s+and\s+(?:the\s+|its\s+|each\s+)?(?i:customer|client|licensee|user)s?\b"
    ),
    re.compile(r"\b(?i:the\s+customer|the\s+client)\s+and\s+" + _NAME + r"\b(?!\s+[A-Z])"),
    re.compile(r"\((?:by|from)\s+" + _NAME + r"\)"),
    re.compile(r"\b(?:on\s+behalf\s+of|at\s+the\s+discretion\s+of)\s+" + _NAME + r"\b(?!\s+[A-Z])"),
    # the firm the customer deals with: "every business that partners with Pronet", "engaging Acme", "contact Acme"
    re.compile(
        r"\b(?i:partners?\s+with|partnering\s+with|engag(?:e|es|ing)|hir(?:e|es|ing)|choos(?:e|es|ing)|"
        r"contact(?:s|ing)?|notify(?:ing)?|inform(?:s|ing)?)\s+"
        + _NAME
        + r"(?=\s*[.,;:!)]|\s+(?i:for|to|by|at|in|of|and|if|when)\b)"
    ),
)
# a Han brand before its desk or staff ("今远客户服务中心", "由今远一线技术支持工程师"), perhaps after its trade ("傲友軟件的")
_HAN_OWNS = re.compile(
    r"(?=(?P<desk>(?:软件|軟件|軟體|科技)?(?:的)?(?:售后|售後)?"
    + _DESK_ZH
    + r"|(?:高级|高級|标准|標準)(?:支持|支援)服务))"
)


def owner_vendor(
    sentences: Sequence[Sentence],
    acted: Counter[str],
    first: dict[str, tuple[str, Sentence]],
    key: Callable[[str], str],
    is_firm: Callable[[str], bool],
    taken: set[str],
) -> tuple[str, Sentence] | None:
    """The name that owns the page's desk, staff or services, or stands opposite the customer, counted with its
    single acts (``acted``, spelled in ``first``); else None."""
    count: Counter[str] = Counter(acted)
    spelled = dict(first)
    for s in sentences[:400]:
        text = unmarked(s.norm)
        names = [m["name"] for pattern in (*_OWNS, *_OPPOSITE) for m in pattern.finditer(text) if _placed(m)]
        names += _han_owners(text)
        for name in {_PLAN_END.sub("", _LEADING.sub("", n.strip(" ,"))) for n in names if n}:
            k = key(name)
            if not k or k in taken or not _owner(name, is_firm):
                continue
            count[k] += 1
            spelled.setdefault(k, (name, s))
    page = "\n".join(s.norm for s in sentences[:400])
    page = unmarked(page)
    for k in [k for k in count if _common_word(spelled[k][0], page) or not stands_for_firm(spelled[k][0], page)]:
        del count[k]
    hosts = host_names(page)
    for k in count:
        name = _LEGAL_END.sub("", spelled[k][0])
        # a name closing in a plan word is a product's ("StreamVault Pro" beside streamvault.pro)
        if key(name) in hosts and not _PLAN_END.search(name):
            count[k] += 1
    ranked = count.most_common(2)
    if len(ranked) == 1 and ranked[0][1] == 1 and _recurs(spelled[ranked[0][0]][0], page):
        return spelled[ranked[0][0]]
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return spelled[ranked[0][0]]


def _recurs(name: str, page: str) -> bool:
    """Whether the page is about the one firm it names once as acting or owning: a Latin name of a brand's shape (two
    words or more, a digit, an inner capital, all capitals) and no plan word at its end, standing as written three
    times or more in the text (not in a host or an address). One capitalised word ("Design", "Enhanced") may be a
    heading's word or a product's name, and a Han run a clause's words: neither counts, nor a desk's label."""
    first = name.split()[0]
    shaped = len(name.split()) > 1 or bool(re.search(r"\d|[a-z][A-Z]", first)) or (first.isupper() and len(first) >= 2)
    if not re.match(r"[A-Za-z0-9]", name) or not shaped or _PLAN_END.search(name) or _DESK_END.search(name):
        return False
    spelled = r"(?<![\w@./-])" + re.escape(name) + r"(?![\w@/-]|\.\w)"
    return len(re.findall(spelled, page)) >= 3


# a plan word closing a name belongs to the plan, not the firm ("SecretHub Standard Support")
_PLAN_END = re.compile(r"(?:\s+(?i:" + PLAN_WORDS + r"))+$")
# a desk word closing a name makes it a desk's label ("QX Support", "Acme Help Desk")
_DESK_END = re.compile(r"\s(?i:support|help\s?desk|service\s+desk|desk|teams?|staff)$")
# a legal form closing a name, which a host leaves out ("CodeVelo.dev LLC" beside codevelo.dev)
_LEGAL_END = re.compile(r",?\s+(?-i:Inc|LLC|Ltd|Limited|Corp|GmbH|PTY\s+LTD|Pty\s+Ltd)\.?$")
# words before a name that are not part of it ("the Kairos team", "Contact DTN support")
_LEADING = re.compile(
    r"^(?:(?:the|a|an|our|your|all|any|each|this|that|contact|email|e-mail|call|ask|visit|please|"
    r"from|by|via|with|to)\s+)+",
    re.IGNORECASE,
)
# a plan tier, a channel, a level or a clock before "support" or "team" names no firm ("Gold Support", "Email support")
_NOT_OWNER = frozenset(
    re.findall(
        r"\S+",
        "gold silver platinum bronze diamond titanium basic standard premium premier business enterprise pro professional "
        "starter essential essentials advanced extended limited dedicated email e-mail phone telephone chat remote onsite "
        "on-site online live priority critical high medium low urgent normal emergency after-hours weekend holiday free "
        "paid additional optional annual monthly yearly first second third tier level general global full partial "
        "direct local regional internal external engineering development sales billing security infrastructure network "
        "database application hardware legacy community partner partners city county state district council department "
        "government university school hospital",
    )
)


# what may stand before a name at the head of a sentence: a bullet, a number, a heading mark, an article
_HEAD = re.compile(r"[\W\d_]*(?:(?:the|a|an|our|your|this|that)\s+)*", re.IGNORECASE)


def _placed(m: re.Match[str]) -> bool:
    """Whether a mention may be a brand's: a brand's shape (a digit, an inner capital, all capitals in a line that is
    not) anywhere, a capitalised word only inside a sentence ("Managed Services …" at a line's head is no firm)."""
    name, text = m["name"], m.string
    first = name.split()[0]
    shaped = bool(re.search(r"\d|[a-z][A-Z]", first)) or (first.isupper() and len(first) >= 2 and not text.isupper())
    head = _HEAD.match(text[: m.start("name")])
    return shaped or not (head and head.end() == m.start("name"))


def _common_word(name: str, page: str) -> bool:
    """Whether the page also writes the name in lower case as a word ("Managed services" and "fully managed"), not in
    an address or a host: a capitalised word, not a brand."""
    lower = name.lower()
    return lower != name and bool(re.search(r"(?<![\w@./-])" + re.escape(lower) + r"(?![\w@/-]|\.\w)", page))


def _owner(name: str, is_firm: Callable[[str], bool]) -> bool:
    if not re.search(r"[A-Za-z]", name):
        return firm_han(name) and not re.search(r"客服|填写|填寫", name)
    words = name.lower().split()
    return (
        is_firm(name)
        and words[0] not in _NOT_OWNER
        # a desk's own word first ("Support Team", "Helpdesk", "DevOps"), not a brand that ends in one ("Technisupport")
        and not re.search(r"^(?:support|desk|help)|ops$", words[0])
        and not re.fullmatch(r"support|help\s?desk|desk|teams?|staff|representatives?", words[-1])
        and not re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])[A-Za-z]{2,4}", name.split()[0])
        and not re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0])
        and not all(w in _NOT_OWNER for w in words)
        and not re.fullmatch(r"\d+(?:x\d+|/\d+|h|hrs?|hours)?", words[0])
    )


def _han_owners(text: str) -> list[str]:
    """The Han names of two to four characters right before a desk or staff word; the shortest that stands in the
    text as a name (preceded by an opener, a verb of contact or the start)."""
    out: list[str] = []
    for m in _HAN_OWNS.finditer(text):
        start = m.start()
        if start < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", text[start - 2 : start]):
            continue
        for size in (2, 3, 4):
            name = text[start - size : start]
            before = text[start - size - 1 : start - size] if start - size > 0 else ""
            if (
                len(name) == size
                and re.fullmatch(r"[\u4e00-\u9fff]+", name)
                and (
                    not before or not re.match(r"[\u4e00-\u9fff]", before) or before in "由是打对對到向与與让讓請请选選"
                )
            ):
                out.append(name)
                break
    return out
