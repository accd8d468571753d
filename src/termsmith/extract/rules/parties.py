"""Parties: names and who is client and who vendor, whatever 甲方 and 乙方 say."""

from __future__ import annotations

import itertools
import re
from typing import Any

from termsmith.extract.normalize import BLANK
from termsmith.extract.rules.context import Context, _re, form_line
from termsmith.extract.rules.party_brand import brand_vendor
from termsmith.extract.rules.party_cover import cover_blocks, proposal_cover
from termsmith.extract.rules.party_litigants import litigants
from termsmith.extract.rules.party_opposite_role import opposite_role
from termsmith.extract.rules.party_records import between_block, public_between, public_record
from termsmith.extract.rules.party_self_forms import LEGAL_SUFFIX
from termsmith.extract.rules.party_structure import between_and, looks_like_name, procurement, self_named
from termsmith.extract.rules.tender import is_tender
from termsmith.extract.sentences import Sentence

_CLIENT_WORDS = _re(
    r"委托方|委託方|客户|客戶|用户|用戶|需方|买方|買方|采购方|採購方|接受方|使用方|业主|業主|招标人|甲方单位|"
    r"采购人|採購人|使用单位|使用單位|用户单位|用戶單位|建设单位|建設單位|招標人|委托人|委託人|"
    r"customer|client|licensee|purchaser|buyer|"
    # the rest of the client's names: the unit that commissions, tenders or buys, the side that needs, a subscriber
    r"委托单位|委託單位|招标单位|招標單位|采购单位|採購單位|需求方|需求单位|需求單位|subscriber|end[- ]user"
)
_VENDOR_WORDS = _re(
    r"服务方|服務方|受托方|受託方|服务商|服務商|供方|卖方|賣方|承揽方|承攬方|开发方|開發方|提供方|维护方|維護方|"
    r"承包方|厂商|廠商|供应商|供應商|服务单位|服務單位|运维方|運維方|承建方|承建单位|承建單位|中标人|中標人|"
    r"实施方|實施方|服务提供商|服務提供商|受托人|受託人|provider|vendor|supplier|licensor|contractor|consultant|"
    r"developer|designer|"
    # the rest of the vendor's names: the side that takes the work on, the unit that maintains or won the tender, the
    # supplier of goods, a developer or integrator firm, the seller, a maintainer
    r"承接方|受托单位|受託單位|维保单位|維保單位|维护单位|維護單位|中标单位|中標單位|供货方|供貨方|开发商|開發商|集成商|"
    r"销售方|銷售方|服务提供者|服務提供者|maintainer|"
    # the developer of a technical development contract (the form's 委托人 / 研究开发人)
    r"研究开发人|研究開發人|开发人(?![员員])|開發人(?![员員])"
)
# "甲方:购买方" names a role, not a company: the slot for the name holds only a role word.
_ROLE_ONLY = _re(
    r"(?:the\s+)?(?:" + _CLIENT_WORDS.pattern + "|" + _VENDOR_WORDS.pattern + r"|购买方|購買方|销售方|銷售方|甲方|乙方)"
)
# a label and its name: after a colon, in the next table cell ("委托方（甲方） | 山东省商业部"), or after the label's closing
# bracket and a space ("（甲方） 山东省商业部", a form's box whose label stands on the line above)
_PARTY_LINE = _re(
    r"^(?P<pre>[\u4e00-\u9fff/]{0,8}?[(（]?)(?P<label>甲方|乙方)(?P<post>\s*(?:[(（][^)）]{0,24}[)）]|[)）])?)"
    r"(?:\s*[:：|｜]\s*|(?<=[)）])\s+)(?!\s)(?P<name>(?!(?:甲方|乙方)).*)$"  # not the next label ("甲方（盖章）  乙方（盖章）")
)
_NAMED_AS = _re(
    r"(?P<name>[^\s|:：()（）,，、「」“”]{2,40}?)\s*[(（]\s*(?:以下|下)?(?:简称|簡稱|称|稱)\s*[\"“「]?(?P<label>甲方|乙方)"
)
# a company defined by its role word, not by 甲方 / 乙方 ("普格斯有限公司(以下簡稱為「供應商」)", "…有限公司（以下简称“服务商”）"):
# the role word is the whole alias, the name ends in a company word
_NAMED_ROLE = _re(
    r"(?P<name>[^\s|:：()（）,，、「」“”]{2,40}?(?:有限公司|有限責任公司|有限责任公司|公司|工作室|集团|集團))\s*[(（]\s*"
    r"(?:以下|下)?(?:简称|簡稱|称|稱)(?:为|為)?\s*[:：]?\s*[\"“「『]?(?P<role>"
    + _VENDOR_WORDS.pattern
    + "|"
    + _CLIENT_WORDS.pattern
    + r")[\"”」』]?\s*[)）]"
)
# English translations of Chinese contracts call 甲方 and 乙方 "Party A" and "Party B"
_PARTY_AB = re.compile(r"\bParty\s+([AB])\b(?:'s)?", re.IGNORECASE)


def _as_labels(text: str) -> str:
    """Party A / Party B written as 甲方 / 乙方, so one set of patterns reads both."""
    if "arty" not in text:
        return text
    return _PARTY_AB.sub(lambda m: "甲方" if m[1].upper() == "A" else "乙方", text)


_EN_PARTY_LINE = _re(
    r"^(?:[-*•]\s*)?(?P<label>customer|client|licensee|service provider|provider|vendor|supplier|licensor|contractor|"
    r"(?:web\s+)?developer|(?:web\s+)?designer)"
    # after a colon, in the row's one other cell ("Client | Acme Ltd"), or after a space when the rest of the line is a
    # legal name (a two-column table printed without borders: "Client Northwind Retail Ltd")
    r"(?:\s*\([^)]*\))?\s*(?::|[|｜](?=[^|｜]+[|｜]?\s*$)|(?<=\w)\s+(?=(?-i:[A-Z])[^|｜:]{1,60}?\s(?-i:"
    + LEGAL_SUFFIX
    + r")\.?\s*$))\s*(?P<name>[^|｜]+?)\s*[|｜]?\s*$"
)
_SUFFIX = r"(?:Ltd|Inc|LLC|Limited|Co|Corp|GmbH|Pte|L\.L\.C)\b"
# the page's "Company" on a label line, given by its legal name and perhaps its address ("• Company: Pro Cloud
# Solutions Ltd, Collar Factory, …" in a definitions list): the firm whose terms these are; a blank or a bare word
# is no name
_COMPANY_LINE = re.compile(
    r"^(?:[-*•]\s*)?(?:\*\*)?(?:the\s+)?(?i:company)(?:\*\*)?\s*:\s*(?:\*\*)?(?P<name>(?-i:[A-Z0-9][\w&.'-]*)"
    r"(?:\s+(?-i:[A-Z0-9&][\w&.'-]*|of|and|for)){0,5}?,?\s+(?:" + LEGAL_SUFFIX + r"))(?![\w])"
)
# a name and the role in the first quoted bracket after it ('Acme Inc., a Delaware corporation ("Provider")'); a
# later bracket names someone else ('Acme Inc. ("Acme") provides … to the customer … ("Customer")')
_EN_NAMED = _re(
    r"^(?P<name>[A-Z](?:[^,(;]|,\s?(?="
    + _SUFFIX
    + r")){2,80}?)\s*(?:,(?!\s?"
    + _SUFFIX
    + r")|(?=\())[^\"“”]*?\((?:the\s+)?[\"“](?P<role>[A-Za-z ]{3,20}?)[\"”]\)"
)
_EN_BETWEEN = _re(
    r"between\s+(?P<a>[A-Z][^()]{2,80}?)\s*\((?:the\s+)?[\"“]?(?P<ra>[A-Za-z ]{3,20}?)[\"”]?\)"
    r".{0,40}?\band\s+(?P<b>[A-Z][^()]{2,80}?)\s*\((?:the\s+)?[\"“]?(?P<rb>[A-Za-z ]{3,20}?)[\"”]?\)"
)
# one named party opposite the client or the customer named by role only ("between Computer Confidence Ltd and
# the client specified in …", 'between Blackdove Inc. ("Provider") and the client ("Client")'): the named one is
# the vendor; a name needs a company suffix or a role in brackets
_EN_BETWEEN_CLIENT = _re(
    r"between\s+(?P<name>(?-i:[A-Z]|[a-z](?=[A-Z]))[^()]{1,70}?(?:(?<=\s)"
    + _SUFFIX
    + r"\.?|\s*\((?:hereinafter\s+(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?[\"“]?(?P<role>[A-Za-z ]{3,20}?)[\"”]?\)))"
    r"\s*,?\s+and\s+(?:the|its|a|each|any|all)\s+(?:client|customer|licensee)s?\b|"
    # the other way round: "between the customer named on the order form and Acme Support Ltd"
    r"between\s+(?:the|a|each|any)\s+(?:client|customer|licensee)\b[^.;()]{0,60}?\s+and\s+"
    r"(?P<name2>(?-i:[A-Z])[^()]{1,70}?(?:(?<=\s)"
    + _SUFFIX
    + r"\.?|\s*\((?:the\s+)?[\"“]?(?P<role2>[A-Za-z ]{3,20}?)[\"”]?\)))"
    r"(?=\s*(?:[,.;]|$|\s(?:for|to|under|in|on|with|as|which|who)\b))"
)
# a name in capitalised words right before its role in quotes and brackets, anywhere in the sentence
# ('By purchasing …, Fitness320 ("Client") has entered … with Matthew Jones ("Service Provider")')
_NAME_ROLE = re.compile(
    r"(?<![\w&.'-])(?P<name>[A-Z0-9][\w&.'-]*(?:\s+(?:[A-Z&][\w&.'-]*|of|and|for))*?)\s*"
    r"\((?:the\s+)?[\"“](?P<role>[A-Za-z ]{3,20}?)[\"”]\)"
)


def _named_pair(text: str) -> list[tuple[str, str]]:
    """Two parties of a sentence, each named right before its role in brackets, one the client and one the
    vendor; else []."""
    found = [(m["name"].strip(), m["role"]) for m in _NAME_ROLE.finditer(text)]
    roles = [_role_of(role) for _, role in found]
    if len(found) != 2 or set(roles) != {"client", "vendor"}:
        return []
    return [(name, role) for name, role in found if _clean_name(name)]


_BODY_ROLE = [
    (_re(r"(甲方|乙方)(?:为|為|向)(甲方|乙方)提供[^,，。;；]{0,20}(?:服务|服務|维护|維護|支持|支援)"), "vendor-first"),
    (_re(r"(甲方|乙方)委[托託](甲方|乙方)"), "client-first"),
    (
        _re(
            r"(甲方|乙方)\s+(?:shall|will|agrees to)\s+provide\s+[^.;]{0,40}?(?:services?|maintenance|support)\s+"
            r"(?:to|for)\s+(甲方|乙方)"
        ),
        "vendor-first",
    ),
    (_re(r"(甲方|乙方)\s+(?:engages|appoints|entrusts|retains)\s+(甲方|乙方)"), "client-first"),
]
_NAME_END = re.compile(
    r"\s{2,}|\s+(?:地址|住所|电话|電話|法定代表人|联系人|聯絡人|统一社会信用代码)|[(（]以下|[;；]|"
    # the next field's label and colon right after the slot ("甲方:地址:电话:传真:邮编:", a blank template's row)
    r"(?:地址|住所|电话|電話|传真|傳真|邮编|郵編|郵遞區號|法定代表人|联系人|聯絡人|身份证号|身分證字號|开户行|開戶行|账号|帳號)"
    r"\s*[:：]|[,，](?!\s?"
    r"(?:Ltd|Inc|LLC|Limited|Co|Corp|GmbH|Pte)\b)"
)


def _continues(previous: str) -> bool:
    """Whether the sentence before breaks off mid-sentence (a hard-wrapped line ending in a comma, "of" or "at"; a name may follow "and")."""
    return bool(re.search(r"(?:,|\b(?:of|at))\s*$", previous))


def _role_of(words: str) -> str | None:
    if _VENDOR_WORDS.search(words):
        return "vendor"
    if _CLIENT_WORDS.search(words):
        return "client"
    return None


_SECOND_LABEL = re.compile(r"(?<=[:：\s])(?=(?:甲方|乙方)\s*[:：])")


def _party_parts(text: str) -> list[str]:
    """A parties' line holding both labels ("甲方:乙方:西安…有限公司": 甲方's blank left empty, "甲方:A公司 乙方:B公司"):
    one part per label; else the line."""
    if not re.match(r"\s*(?:甲方|乙方)\s*[:：]", text):
        return [text]
    cuts = [0, *(m.start() for m in _SECOND_LABEL.finditer(text)), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def parties(ctx: Context) -> None:
    found: dict[str, tuple[str | None, Sentence]] = {}  # label → (name, sentence)
    label_roles: dict[str, str] = {}
    previous = ""
    for s in ctx.sentences[:400]:
        text = _as_labels(form_line(s.norm))
        wrapped, previous = _continues(previous), s.norm
        for named in _NAMED_AS.finditer(text):
            name = _clean_name(named["name"])
            if name and (named["label"] not in found or found[named["label"]][0] is None):  # a blank 乙方: line
                found[named["label"]] = (name, s)
        for named in _NAMED_ROLE.finditer(text):
            label = named["role"]
            # the clause before the name ends at 由 / 与 ("本协议由杭州…有限公司（以下简称“服务商”）")
            raw = re.sub(r"^.*(?:由|与|與)(?=[^由与與]{4,}$)", "", named["name"])
            if label not in found and (name := _clean_name(raw)):
                found[label] = (name, s)
                label_roles[label] = _role_of(label) or "client"
        lines = [m for part in _party_parts(text) if (m := _PARTY_LINE.match(part))]
        if lines and (not lines[0]["pre"].strip("(（") or _role_of(lines[0]["pre"])):
            for m in lines:
                label = m["label"]
                role = _role_of(m["pre"] + m["post"]) or (
                    _role_of(m["name"]) if _ROLE_ONLY.fullmatch(m["name"].strip()) else None
                )
                if role and label not in label_roles:
                    label_roles[label] = role
                name = _clean_name(m["name"])
                if label not in found or (found[label][0] is None and name):
                    found[label] = (name, s)
            continue
        m = _EN_PARTY_LINE.match(s.norm)
        if m:
            label = m["label"].lower()
            name = _clean_name(m["name"])
            if name and label not in found:
                found[label] = (name, s)
                label_roles[label] = _role_of(label) or "client"
            continue
        m = _COMPANY_LINE.match(s.norm)
        if m and "company" not in found:
            found["company"] = (m["name"], s)
            label_roles["company"] = "vendor"
            continue
        if not found and len(pair := _named_pair(s.norm)) == 2:
            for pair_name, pair_role in pair:
                found[pair_role.lower()] = (pair_name, s)
                label_roles[pair_role.lower()] = _role_of(pair_role) or "client"
            continue
        # a line that goes on from a wrapped one ('…Suite 400,' / 'Daleville, Indiana ("Licensor"), and City of')
        # starts with no name: its start is the middle of a "between" block
        m = None if wrapped or re.search(r"\bbetween\b", s.norm, re.I) else _EN_NAMED.match(s.norm)
        if m and _role_of(m["role"]) and m["role"].lower() not in found:
            found[m["role"].lower()] = (_clean_name(m["name"]), s)
            label_roles[m["role"].lower()] = _role_of(m["role"]) or "client"
            continue
        m = _EN_BETWEEN_CLIENT.search(s.norm)
        role_word = m and (m["role"] or m["role2"])
        # the bracket gives a role, or (hereinafter referred to as "Optimibi") a short name: not the client's
        if m and not found and (not role_word or _role_of(role_word) != "client"):
            name = re.sub(r"\s*\([^)]*\)\s*$", "", m["name"] or m["name2"])
            if cleaned := _clean_name(name.rstrip(", ")):
                found["vendor"] = (cleaned, s)
                label_roles["vendor"] = "vendor"
                continue
        m = _EN_BETWEEN.search(s.norm)
        if m and not found:
            for name, role_word, _key in ((m["a"], m["ra"], "a"), (m["b"], m["rb"], "b")):
                role = _role_of(role_word)
                if role:
                    found[role_word.lower()] = (_clean_name(name.rstrip(", ")), s)
                    label_roles[role_word.lower()] = role
    # no block, line or bracket above named anyone (a blank's slot names no one): a one-role "between" block, a
    # cover page's role blocks, a council's record, a judgment's litigants, the document's own structure
    if not any(name for name, _ in found.values()):
        structural = (
            between_block(ctx.sentences, _role_of)
            or opposite_role(ctx.sentences)
            or cover_blocks(ctx.sentences, _role_of)
            or proposal_cover(ctx.sentences)
            or public_record(ctx.sentences)
            or public_between(ctx.sentences)
            or litigants(ctx.sentences)
            or between_and(ctx.sentences, _role_of)
            or procurement(ctx.sentences)
            or self_named(ctx.sentences)
        )
        for role, name, sentence in structural:
            found[role], label_roles[role] = (name, sentence), role
    body = _body_roles(ctx)
    for label in ("甲方", "乙方"):
        if (
            label in body
            and label in label_roles
            and body[label][0] != label_roles[label]
            and not any(d.code == "E101" for d in ctx.out.diagnostics)
        ):
            ctx.warn(
                "E101",
                f"the document calls {label} the {label_roles[label]} in the parties' block, but the "
                f"text says {label} is the {body[label][0]}",
                body[label][1],
                hint="read the parties' block and the service clauses together; termsmith reports the roles "
                "the parties' block states",
            )
        if label not in label_roles and label in body:
            label_roles[label] = body[label][0]
    if "甲方" in found or "乙方" in found:
        a, b = label_roles.get("甲方"), label_roles.get("乙方")
        if a is None and b is None:
            a, b = "client", "vendor"
        label_roles.setdefault("甲方", a or ("client" if b == "vendor" else "vendor"))
        label_roles.setdefault("乙方", b or ("vendor" if label_roles["甲方"] == "client" else "client"))
    ctx.roles = dict(label_roles)
    out: list[dict[str, Any]] = []
    for label, (name, sentence) in found.items():
        if not name:
            continue
        role = label_roles.get(label)
        if role is None or any(p["role"] == role for p in out):
            continue
        ctx.record(f"parties[{len(out)}].legal_name", sentence)
        out.append({"role": role, "legal_name": name})
    if (
        not any(p["role"] == "vendor" for p in out)
        and not is_tender(ctx.sentences)  # a call for bids names no vendor yet
        and (brand := brand_vendor(ctx.sentences, [p["legal_name"] for p in out]))
    ):
        ctx.record(f"parties[{len(out)}].legal_name", brand[1])
        out.append({"role": "vendor", "legal_name": brand[0]})
    if out:
        ctx.out.terms["parties"] = out


# the document itself as a sentence's subject ('This Service Level Agreement ("SLA") defines … by {{CLIENT}}
# ("Client")', "本协议"): no party's name
_THE_DOCUMENT = _re(
    r"(?:this|the)\s+(?:[\w-]+\s+){0,4}(?:agreement|contract|sla|terms|schedule|annex|addendum|policy)|"
    r"本(?:合同|协议|協議|合約|契約)"
)


# a bracket after a name that holds its role in quotes or its registration number, not a part of the name
_ROLE_BRACKET = re.compile(
    r"\s*\((?:the\s+)?[\"“][^()]*\)\s*$|\s*\((?:company|registration|reg\.?|ABN|ACN)\b[^()]*\)\s*$", re.I
)


def _clean_name(raw: str) -> str | None:
    raw = re.sub(r"^\s*(?:与|與|和|及|以及|、)\s*", "", raw)  # "…(下简称甲方)与某某科技有限公司(下简称乙方)"
    text = _NAME_END.split(raw, maxsplit=1)[0].strip(" :：。")
    text = _ROLE_BRACKET.sub("", text)  # 'Omar Reyes ("Web Developer")', 'Acme Ltd (Company No. 1501)'
    text = text if re.search(r"\b(?:Ltd|Inc|Co|Corp|L\.L\.C)\.$", text) else text.rstrip(".")
    if not text or BLANK in text or len(text) > 80 or text.startswith(("(", "（")) or _ROLE_ONLY.fullmatch(text):
        return None
    if _THE_DOCUMENT.fullmatch(text):
        return None
    if not looks_like_name(re.sub(r"\s*\([^()]*\)$", "", text)):
        # a clause ending in the name its bracket defines ('These Terms govern the projects provided by Selora
        # ("Provider")'): the capitalised words after its last 'by', 'from' … are the name
        tail = _NAME_AFTER_CLAUSE.search(text)
        return tail["name"] if tail and looks_like_name(tail["name"]) else None
    return text


_NAME_AFTER_CLAUSE = re.compile(
    r"\b(?:by|from|with|between)\s+(?P<name>[A-Z][\w&.'-]*(?:\s+(?:(?:of|and|&|de|von|van)\s+)?[A-Z][\w&.'-]*)*)$"
)


def _body_roles(ctx: Context) -> dict[str, tuple[str, Sentence]]:
    found: dict[str, tuple[str, Sentence]] = {}
    for s in ctx.sentences:
        text = _as_labels(s.norm)
        for pattern, kind in _BODY_ROLE:
            m = pattern.search(text)
            if m and m[1] != m[2]:
                first = "vendor" if kind == "vendor-first" else "client"
                other = "client" if first == "vendor" else "vendor"
                found.setdefault(m[1], (first, s))
                found.setdefault(m[2], (other, s))
    return found
