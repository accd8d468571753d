"""Parties of a court judgment that restates a service contract (Taiwan's 民事判決): its heading names the sides
("原 告 台灣某某股份有限公司 法定代理人 …", "被 上訴 人 臺北市某某處"), and the court's restatement says which side
served the other ("由原告提供網際網路接取…服務", "由被告承攬原告之…網站開發", "由被告委託原告進行軟體開發", "原告則為被告之
下包商"). Failing such a sentence, a first-instance claim for payment of the service ("裁判案由：給付服務費用",
"請求給付承攬報酬事件") makes the plaintiff the vendor, and a claim for the price back ("返還價金") the client.

Whoever is plaintiff or appellant says nothing of the roles by itself; without one of the statements above no
role is read and no party is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from termsmith.extract.sentences import Sentence as _Sentence

# a side; "原告"/"被告" after 反訴 is the counterclaim's role of a side already named
_SIDE = r"(?:被\s*上\s*訴\s*人|(?<!被)(?<!被\s)上\s*訴\s*人|(?<!訴)(?<!訴\s)(?:原\s*告|被\s*告))"
# a side in the heading and the party's name after it (a counterclaim's role between them: "原 告 即反訴被告 …")
_HEADING_PARTY = re.compile(
    rf"(?P<side>{_SIDE})\s*(?:即\s*反\s*訴\s*(?:原\s*告|被\s*告)\s*)?(?P<name>[^\s,，。;；:：、]{{2,40}})"
)
_ORGANISATION = re.compile(
    r"(?:公司|委員會|委员会|服務處|服务处|管理處|管理处|局|處|处|署|中心|大學|大学|學校|学校|協會|协会|基金會|基金会|醫院|医院|銀行|银行)$"
)
_JUDGMENT = re.compile(r"判決|判决|裁判案由|地方法院|高等法院")
_SIDES = r"(被上訴人|(?<!被)上訴人|原告|被告)"
# (pattern, which group is the vendor): the side that serves, the side that is served
_ROLE_SENTENCES: list[tuple[re.Pattern[str], int, int | None]] = [
    (re.compile(rf"由{_SIDES}(?:為|为|向)?{_SIDES}?(?:提供|承攬|承揽|承作|負責|负责|開發|开发|建置|維護|维护)"), 1, 2),
    (re.compile(rf"{_SIDES}承攬{_SIDES}"), 1, 2),
    (re.compile(rf"{_SIDES}(?:委託|委托|委由){_SIDES}"), 2, 1),
    (re.compile(rf"{_SIDES}(?:則|则)?(?:為|为){_SIDES}之(?:下包商|承包商|供應商|供应商|廠商|厂商)"), 1, 2),
    (re.compile(rf"{_SIDES}向{_SIDES}(?:採購|采购|購買|购买|訂購|订购)"), 2, 1),
]
_PAY_THE_SERVICE = re.compile(r"給付(?:服務費用?|服務費|承攬報酬|報酬|價款|尾款|工程款|費用|款項)")
_PRICE_BACK = re.compile(r"返還價金|返还价金")
_HEADING_LINES = 40


def court_parties(sentences: Sequence[_Sentence]) -> list[tuple[str, str, _Sentence]]:
    """[("vendor", name, s), ("client", name, s)] of a judgment whose text says which side served the other;
    else []."""
    head = _first_paragraphs(sentences)
    if not any(_JUDGMENT.search(s.norm) for s in head):
        return []
    names = _heading_names(head)
    if len(names) != 2:
        return []
    vendor_side = _vendor_side(sentences, set(names))
    if vendor_side is None:
        return []
    client_side = next(side for side in names if side != vendor_side)
    return [("vendor", *names[vendor_side]), ("client", *names[client_side])]


def _first_paragraphs(sentences: Sequence[_Sentence]) -> list[_Sentence]:
    out: list[_Sentence] = []
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph.number not in seen:
            seen.add(s.paragraph.number)
            if len(seen) > _HEADING_LINES:
                break
        out.append(s)
    return out


def _heading_names(head: list[_Sentence]) -> dict[str, tuple[str, _Sentence]]:
    """Side (原告, 被告, 上訴人, 被上訴人) → the organisation named for it first, and where. The heading may put a
    side and its name on two lines ("原 告" / "即反訴被告 某某有限公司")."""
    names: dict[str, tuple[str, _Sentence]] = {}
    for n, s in enumerate(head):
        text = s.norm
        if n + 1 < len(head) and re.fullmatch(rf"\s*{_SIDE}\s*", text):
            text = text + " " + head[n + 1].norm
        for m in _HEADING_PARTY.finditer(text):
            side = re.sub(r"\s+", "", m["side"])
            name = m["name"]
            if side not in names and _ORGANISATION.search(name):
                names[side] = (name, s if name in s.norm else head[n + 1])
    return names


def _vendor_side(sentences: Sequence[_Sentence], sides: set[str]) -> str | None:
    for s in sentences:
        for pattern, vendor, client in _ROLE_SENTENCES:
            m = pattern.search(s.norm)
            if m is None or m[vendor] not in sides or (client is not None and m[client] and m[client] == m[vendor]):
                continue
            return m[vendor]
    if sides != {"原告", "被告"}:
        return None  # who appeals says nothing of the claim's roles
    head = " ".join(s.norm for s in _first_paragraphs(sentences))
    if _PRICE_BACK.search(head):
        return "被告"
    if _PAY_THE_SERVICE.search(head):
        return "原告"
    return None
