"""Who owns the website a vendor builds: its code and design are the source code of the work.

Web-design and website-care terms seldom say "source code". They say who owns the website, its code or its
designs, and often that ownership passes when the price is paid:

- "Ownership of the website passes to the client upon full payment", "becomes wholly-owned by you" → client;
- "All code and designs remain the property of the designer until final payment is made" → client too: the
  vendor keeps the work only until it is paid for, so what the client signs for is owning it;
- "The client has rights to all website code", "You always own your site" → client;
- "PAYGwebsites retains all ownership rights to the website code", "網站著作權歸本公司所有" → vendor.

A website named only by the heading or a title line right above ("Ownership of Your Website" over "… becomes wholly-owned by you") counts.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import _re
from termsmith.extract.rules.parties import _role_of
from termsmith.extract.sentences import Sentence

# what is owned: the website, its code, its design
_SITE = _re(
    r"\b(?:web ?sites?|sites?|(?:source |website |custom |all (?:of the )?|the )code|designs?|web pages?)\b|"
    # code made for the client ("Code developed specifically for Client … becomes Client property")
    r"\bcode (?:developed|written|created|built|produced)\b|"
    # the code as one whole ("The codebase and all IP — transferred to you upon final payment")
    r"\bcode\s?base\b|"
    r"网站|網站|网页|網頁|客製(?:化)?(?:功能|模組|程式|系統)|定制(?:功能|模块|程序|系统)"
)
# a party as a subject or object: the client's words, the vendor's ("we", "the designer"), or a proper name
_PARTY = (
    r"\b(?P<{0}>you|the (?:client|customer|purchaser)|clients?|customers?|we|us|I|me|"
    r"(?:the )?(?:designer|developer|agency|vendor|provider|supplier|contractor|consultant)|the company|"
    r"(?-i:[A-Z][\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){{0,3}}))"
)
_OWNS = _re(
    _PARTY.format("subject")
    + r"(?:['’]ll)? (?:always |will |shall |then |solely |exclusively )*(?:own|owns|has (?:full |all )?rights? to|"
    r"retains? (?:all |full |sole )?(?:ownership|title|rights|copyright|intellectual)|keeps? (?:ownership|title)|"
    # the party handed the ownership: "the client receives full ownership of the custom code"
    r"(?:receives?|acquires?|obtains?|gets?|is granted) (?:full |all |complete |sole |exclusive )?(?:ownership|title)|"
    r"(?:be|becomes?|is|are|remains?) the (?:\w+ ){0,2}owner)\b|"
    r"(?:owned by|property of|belongs? to|vest(?:s|ed)? in|"
    r"(?:pass(?:es|ed)?|transfer(?:s|red)?|falls?|go(?:es)?)(?: over)? to|"
    # "transfer ownership rights to the finished work of web pages to the Client", "transfer of ownership to"
    r"transfer(?:s|red)?(?: of)? (?:complete |full |all |sole |the )?(?:ownership|title|rights)\b[^.;]{0,80}? to) "
    + _PARTY.format("object")
    # "remain our property", "becomes Client property upon full payment"
    + r"|\b(?P<poss>our|my|your|(?:the )?(?:client|customer)(?:['’]s)?) (?:sole |exclusive )?property\b"
)
# the same in Chinese: 著作权/所有权 归 a party
_ZH_OWNS = _re(
    r"(?:著作权|著作權|所有权|所有權|版权|版權|知识产权|知識產權)[^。;；,，]{0,6}?(?:归|歸|属于|屬於)\s*"
    r"(?P<zh>客户|客戶|用户|用戶|委托方|委託方|我们|我們|本公司|开发方|開發方|设计方|設計方|乙方|甲方)"
)
# ownership tied to the price being paid: whoever holds it until then, the client owns it once paid
_ON_PAYMENT = _re(
    r"\b(?:until|till|unless|upon|on|after|once|following)\b[^.;]{0,30}\b(?:payment|paid|pays)\b|"
    r"\bpaid (?:in full|for)\b|\breceipt of (?:full |final )?payment\b|付清|全额付款|全額付款|(?:付款|款项|款項)[^。;；]{0,6}(?:后|後)"
)
# a title line over the sentence ("Ownership of Your Website"): a few words, no closing punctuation
_TITLE = re.compile(r"^\W{0,3}(?:\S+ ){0,7}\S+$(?<![.。;；:：,，])")
# a licence granted on payment leaves the ownership where it was ("remain our property; upon full payment we grant
# you a licence to use them", "直到客戶付清…後,我們授權客戶…運用")
_LICENCE = _re(r"licen[cs]|授权|授權|使用权|使用權")
_EVEN_AFTER = _re(r"\beven after\b|\bregardless\b|\bat all times\b")
_VENDOR_WORDS = _re(
    r"^(?:we|us|our|I|me|my|the company|(?:the )?(?:designer|developer|agency|vendor|provider|supplier|contractor|consultant))$"
)
_CLIENT_WORDS = _re(r"^(?:you|your|the (?:client|customer|purchaser)(?:'s)?|clients?|customers?)$")


def site_owner(sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """The owner of the website's code and design, and the sentence that says so, or None. Ownership tied to the
    payment is the last word ("Spade Designs will be the sole owner of all work …" then "After full payment is
    made, … the client will be the sole owner"); else the first sentence naming an owner."""
    first: tuple[str, Sentence] | None = None
    for i, s in enumerate(sentences):
        title = sentences[i - 1].norm if i and _TITLE.match(sentences[i - 1].norm) else ""
        above = bool(_SITE.search(s.heading) or _SITE.search(title))
        owner = _owner(s.norm, above)
        if owner is None:
            continue
        if _passes_on_payment(s.norm):
            return owner, s
        first = first or (owner, s)
    return first


def _passes_on_payment(text: str) -> bool:
    return bool(_ON_PAYMENT.search(text)) and not _EVEN_AFTER.search(text) and not _LICENCE.search(text)


def _owner(text: str, site_above: bool) -> str | None:
    """The owner a sentence names for the website, when a clause saying who owns names the site or the heading
    above does."""
    said = [
        m
        for m in [*_OWNS.finditer(text), *_ZH_OWNS.finditer(text)]
        if site_above or _SITE.search(_clause_around(text, m.start(), m.end()))
    ]
    if not said:
        return None
    if _passes_on_payment(text):
        return "client"
    m = said[0]
    if m.re is _ZH_OWNS:
        return _zh_role(m["zh"])
    return _role(m["subject"] or m["object"] or m["poss"])


# a clause that goes on a list ("All code, design, and digital assets remain …"): the items before it are its subject
_LIST_END = _re(r"^\s*(?:and|or|&)\s")
_LIST_ITEM = _re(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*$")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause (between commas, semicolons and full stops) holding text[start:end], with the items of a list
    it ends ("All code, design, and …") before it."""
    first = max(text.rfind(c, 0, start) for c in ",，;；。") + 1
    if _LIST_END.match(text[first:start]):
        while first > 1 and text[first - 1] == ",":
            before = max(text.rfind(c, 0, first - 1) for c in ",，;；。") + 1
            if first - 1 - before > 60 or not _LIST_ITEM.match(text[before : first - 1]):
                break
            first = before
    ends = [i for c in ",，;；。" if (i := text.find(c, end)) >= 0]
    return text[first : min(ends, default=len(text))]


def _role(words: str) -> str | None:
    if _CLIENT_WORDS.match(words):
        return "client"
    if _VENDOR_WORDS.match(words):
        return "vendor"
    # a name: the vendor's own, unless it says it is the client's ("the Client", "Customer Co")
    return _role_of(words) or ("vendor" if re.match(r"[A-Z]", words) else None)


def _zh_role(words: str) -> str | None:
    if words in ("我们", "我們", "本公司", "乙方"):
        return "vendor"
    if words == "甲方":
        return "client"
    return _role_of(words)
