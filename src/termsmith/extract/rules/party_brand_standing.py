"""Whether a brand stands for a firm on its page, or only labels a desk, a plan or a product (``party_brand_owner``'s
last check).

A name counts as the firm's when it stands on its own at least once — acting, opposite the customer, "by X", "X's",
"X 提供" — or when its desk or staff act ("the Krishagni team assigns", "Baklib 客户成功人员保证", "by the Quillmark support
team", "由今远热线技术支持工程师 …"). A name found only
in a desk label ("IC Support", "Flowdence Support", "contact your TELAIR representative"), a plan or product phrase
("SecretHub Standard Support", "All SecretHub subscriptions") names no one; nor does a desk label whose name is a short
code or initials ("IC Support and Development teams"), nor a name the page uses as a thing that runs, fails or is used
("keep SmartDEM running", "SmartDEM is unavailable", "the Bud platform").
"""

from __future__ import annotations

import re

# the plan words a product's plans take ("SecretHub Standard Support", "Adobe Success Plan")
PLAN_WORDS = (
    r"(?:standard|pro|premium|premier|enterprise|basic|plus|starter|business|gold|silver|platinum|bronze|success)"
)
_STAFF = (
    r"(?:support|help\s?desk|service\s+desk|teams?|engineers?|staff|representatives?|technicians?|consultants?|"
    r"specialists?|agents?|managers?)"
)
_THING = (
    r"(?:products?|platforms?|apps?|applications?|tools?|software|subscriptions?|plans?|tiers?|editions?|licen[cs]es?|"
    r"packages?|accounts?|portal|system|ticketing|cloud|plugins?|extensions?|libraries|servers?|community|forums?|pages?|"
    r"sites?|website|channels?|repositor(?:y|ies)|docs|documentation)"
)
_MODIFIER = (
    r"(?:global|technical|tech|customer|product|client|it|development|open|source|oss|and|&|" + PLAN_WORDS + r")"
)
# a label's tail: perhaps modifiers or capitalised words ("Discord"), then a desk, staff or thing
_TAIL = re.compile(
    r"\s+(?:(?i:" + _MODIFIER + r")\s+|(?-i:[A-Z][\w-]*)\s+){0,3}(?P<head>(?i:" + _STAFF + "|" + _THING + r"))\b"
)
_TAIL_ZH = re.compile(
    r"\s*(?:的)?(?:高级|高級|标准|標準|企业|企業|客户|客戶|售后|售後)?(?:成功|支持|支援|服务|服務|技术|技術|热线|熱線|一线|一線)*"
    r"(?P<head>人员|人員|部门|部門|团队|團隊|工程师|工程師|专家|專家|中心|服务|服務|产品|產品|平台|平臺|系统|系統|软件|軟件|"
    r"軟體|订阅|訂閱|客服|支持|支援)"
)
# a desk or staff that acts for its firm right after its label ("the Krishagni team assigns", "… 人员保证")
_ACTS = re.compile(
    r"^(?:\s+(?:and|&)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:will|shall|must|may|can|guarantees?|ensures?|responds?|assigns?|"
    r"uses|provides?|offers?|aims?|strives|commits)\b",
    re.IGNORECASE,
)
_ACTS_ZH = re.compile(
    r"^[^，。,;；:：]{0,6}?(?:保证|保證|将|將|会|會|负责|負責|提供|承诺|承諾|解决|解決|回复|回覆|处理|處理)"
)
# the desk or staff as the agent: "by the Quillmark support team", "由今远一线技术支持工程师 …"
_AGENT = re.compile(r"(?:\bby\s+(?:the\s+|a\s+|an\s+)?|由\s*)$", re.IGNORECASE)
# the page uses the name as a thing: it runs, fails, is used or is called a product
_USED = (
    r"(?:keep|keeps|using|use|uses|install|installing|upgrade|upgrading|access|accessing|log\s+in\s+to|log\s+into|"
    r"login\s+to)\s+(?:the\s+)?"
)
_STATE = (
    r"\s+(?:is|are|was|becomes|goes|remains)\s+(?:\w+\s+)?(?:unavailable|down|inoperable|inaccessible|offline|"
    r"unresponsive|running|functioning|operational|not\s+(?:working|available|responding|functioning))\b|"
    r"\s+(?:running|crashes|crashed|fails)\b|"
    r"\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:platform|app|application|tool|software|product|plugin|extension|solution)\b"
)
_CALLED = r"(?i:the)\s+"
_CALLED_TAIL = r"\s+(?i:platform|app|application|tool|software|product|plugin|extension|add-on)\b"


def stands_for_firm(name: str, page: str) -> bool:
    """Whether ``name`` stands for a firm somewhere on ``page`` (see the module's docstring)."""
    spelled = re.escape(name)
    if re.search(
        _USED + spelled + r"\b|" + r"\b" + spelled + r"(?:" + _STATE + r")|" + _CALLED + spelled + _CALLED_TAIL,
        page,
    ):
        return False
    short = bool(re.fullmatch(r"[A-Z]{1,3}|(?:[A-Z]\.){1,3}", name))
    for m in re.finditer(r"(?<![A-Za-z0-9_@./-])(?i:" + spelled + r")(?![A-Za-z0-9_@/-]|\.\w)", page):
        if not re.search(r"[A-Z\u4e00-\u9fff]", m.group(0)):
            continue  # a host or an address in lower case
        rest = page[m.end() :]
        if re.match(r"\s?['’`]s?\b", rest):
            return True  # "X's services", "At ArberCharts' discretion"
        tail = _TAIL.match(rest) or _TAIL_ZH.match(rest)
        if not tail:
            return True
        desk = re.fullmatch(r"(?i:support|help\s?desk|service\s+desk)", tail["head"])
        after = rest[tail.end() :]
        acts = _ACTS.match(after) or _ACTS_ZH.match(after) or _AGENT.search(page[max(0, m.start() - 8) : m.start()])
        if acts and not (short and desk):
            return True
    return False
