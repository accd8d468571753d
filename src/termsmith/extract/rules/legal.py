"""Intellectual property, disputes and liability."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from termsmith.extract.normalize import BLANK
from termsmith.extract.rules.context import Context, _re, clauses, without_clauses
from termsmith.extract.rules.parties import _role_of
from termsmith.extract.rules.site_ownership import site_owner
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import money, percents

_SOURCE = _re(
    r"源代码|源代碼|源程序|源程式|源码|源碼|原始码|原始碼|原始程式|source code|"
    # the ownership of software made to the client's order is the ownership of its code (定制软件的所有权)
    r"定制软件|定制軟件|定製軟體|定制開發的軟體|定制开发的软件|custom(?:i[sz]ed)?[- ](?:developed )?software"
)
_OWN = _re(r"归|歸|属于|屬於|所有|拥有|擁有|享有|own|belong|vest|property of|title")
# the intellectual property of what the contract develops, the software among it, given to a party ("根据本合同产生的
# 全部研究开发成果（包括软件产品…）的知识产权归甲方所有", "系统二次开发部分的知识产权归甲方所有"): its owner owns the
# code; not what a party held before the contract (原有, 已有, 既有, 背景) nor a third party's, nor a licensed
# software product ("本合同软件产品之著作权属于乙方所有": the vendor's product, zh308, whose 二次开发 part is the client's)
_IP_OF_WORK = _re(
    r"(?:开发成果|開發成果|研发成果|研發成果|技术成果|技術成果|工作成果|交付成果|"
    r"(?:二|2)次(?:开发|開發)|定制开发|定製開發|委托开发|委託開發)[^。；;]{0,60}?(?:知识产权|知識產權|著作权|著作權)"
    r"[^。；;，,]{0,8}?(?:归|歸|属于|屬於)"
)
_IP_HELD_BEFORE = _re(r"原有|已有|既有|背景|签订前|簽訂前|签订之前|簽訂之前|第三方")
# what a firm keeps for itself beside the deliverables it hands over ("Company retains ownership of proprietary tools",
# "pre-existing materials", a licence back): no owner of the work's code
_KEPT_BACK = _re(r"\bretain|\bpre-?existing\b|\bproprietary\b|\bthird[- ]part|\bbackground\b|\blicen[cs]e")
# deliverables that are data or reports ("specific data deliverables, such as de-identified audit reports"): no code
_DATA_DELIVERABLES = _re(r"\bdata\b|\breports?\b")
# what a made-to-order job delivers, its code among it ("the custom-developed codebase", 交付物, "work product"): its
# owner is the code's only where the text hands its ownership over ("transfers all ownership rights of … to the
# Client", "將向客戶轉讓交付物的所有權利")
_WORK = _re(r"\bcode\s?base\b|\bdeliverables?\b|\bwork\s+product\b|交付物|交付成果|工作成果")
_TRANSFERRED_TO = _re(
    r"\b(?:transfer|assign|convey)s?\b[^.;]{0,100}?\b(?:ownership|rights?|title)\b[^.;]{0,100}?\bto\s+(?:the\s+)?(\w+(?: \w+)?)|"
    r"(?:向|给|給)\s*(甲方|乙方|客户|客戶|用户|用戶|采购人|採購人)\s*(?:转让|轉讓|移转|移轉|转移|轉移)|"
    r"(?:转让|轉讓|移转|移轉|转移|轉移)(?:给|給|予|至)\s*(甲方|乙方|客户|客戶|用户|用戶|采购人|採購人)"
)
# the verbs that hand something over: 交付, 移交, 點交 (Taiwan), 交给; deliver, turn over, transfer
_HANDS_OVER = _re(
    r"交付|移交|交还|交還|点交|點交|交予|交给|交給|提交|deliver|hand|escrow|turn(?:s|ed)? over|transfer|make available"
)
# what the text says is not handed over ("不提供源代码", "the source code will not be delivered",
# "源代码不属于交付物范围")
_NOT_HANDED = _re(
    r"不提供|不交付|不移交|不包括|不包含|不含|不属于|不屬於|不予|无需|無需|不负责|不負責|除外|不在[^,，;；。]{0,12}(?:范围|範圍)|"
    r"\b(?:will|shall|does|do|is|are|need) not\b|\bnot (?:be |been )?(?:delivered|provided|handed|disclosed|included|transferred)\b|"
    r"\bno obligation\b|\bexclud(?:es?|ed|ing)\b|\bneither\b|\bnor\b"
)
_HANDOVER_ITEMS = [
    (_SOURCE, "source-code"),
    (
        _re(r"数据库(?:结构|設計|设计|表结构|文档)|資料庫(?:結構|設計)|database (?:schema|design|structure)"),
        "database-schema",
    ),
    (_re(r"接口文档|接口文檔|介面文件|API (?:documentation|docs)|interface doc"), "interface-docs"),
    (
        _re(
            r"部署文档|部署文檔|部署手册|部署手冊|部署文件|部署说明|部署說明|安装手册|安裝手冊|"
            r"deployment (?:guide|documentation|docs)|installation guide"
        ),
        "deployment-docs",
    ),
    (
        _re(
            r"管理员手册|管理員手冊|操作手册|操作手冊|使用手册|使用手冊|用户手册|user manual|admin(?:istrator)? manual|operating manual"
        ),
        "admin-manual",
    ),
    (_re(r"架构图|架構圖|architecture diagram"), "architecture-diagram"),
    (
        _re(
            r"(?:账号|帳號|账户|帳戶)(?:及|和|與|与|、)?密码|(?:账号|帳號|账户|帳戶)(?:及|和|與|与|、)?密碼|管理员账号|管理員帳號|"
            r"credentials|passwords|admin(?:istrator)? accounts?"
        ),
        "credentials",
    ),
]
_JOINT = _re(r"双方共同|雙方共同|双方共有|雙方共有|共同所有|共同享有|jointly")


def intellectual_property(ctx: Context) -> None:
    ip: dict[str, Any] = {}
    for s in ctx.sentences:
        if "source_code_owner" in ip:
            break
        transfer = _TRANSFERRED_TO.search(s.norm) if _WORK.search(s.norm) else None
        work = _IP_OF_WORK.search(s.norm)
        of_work = work is not None and not _IP_HELD_BEFORE.search(s.norm, max(0, work.start() - 12), work.end())
        if not ((_SOURCE.search(s.norm) or transfer or of_work) and _OWN.search(s.norm)):
            continue
        owner = _owner(ctx, s.norm) or (_transferee(ctx, transfer) if transfer else None)
        if owner:
            ip["source_code_owner"] = owner
            ctx.record("intellectual_property.source_code_owner", s)
    if "source_code_owner" not in ip and (delivered := _deliverables_owner(ctx)) is not None:
        ip["source_code_owner"] = delivered[0]
        ctx.record("intellectual_property.source_code_owner", delivered[1])
    site = None if "source_code_owner" in ip else site_owner(ctx.sentences)
    if site is not None:  # a web designer's terms name the website, its code or design, not "source code"
        ip["source_code_owner"] = site[0]
        ctx.record("intellectual_property.source_code_owner", site[1])
    handover: list[tuple[str, Sentence]] = []
    for s in ctx.sentences:
        text = without_clauses(s.norm, _NOT_HANDED)
        text = "，".join(part for _, part in clauses(text) if not _client_hands_over(ctx, part))
        if not _HANDS_OVER.search(text):
            continue
        for pattern, item in _HANDOVER_ITEMS:
            if pattern.search(text) and all(i != item for i, _ in handover):
                handover.append((item, s))
    if handover:
        ip["handover"] = [{"item": item} for item, _ in handover]
        for i, (_, s) in enumerate(handover):
            ctx.record(f"intellectual_property.handover[{i}].item", s)
    if ip:
        ctx.out.terms["intellectual_property"] = ip


_SUBJECT = _re(
    r"^\s*(?:\d+(?:\.\d+)*[.、)]?\s*)?(甲方|乙方|(?:the )?(?:customer|client|licensee|vendor|supplier|provider|contractor)\b)"
)


def _client_hands_over(ctx: Context, text: str) -> bool:
    """A clause whose subject is the client ("甲方应提交接口文档", "The Customer shall deliver its ERP's
    interface documentation"): what the client hands over is no handover to the client."""
    m = _SUBJECT.search(text)
    if m is None:
        return False
    label = m[1]
    if label in ("甲方", "乙方"):
        return ctx.role(label) == "client"
    return _role_of(label) == "client"


def _transferee(ctx: Context, m: re.Match[str]) -> str | None:
    """The party a transfer of ownership names as receiving it."""
    words = next(g for g in m.groups() if g)
    return ctx.role(words) if words in ("甲方", "乙方") else _role_of(words)


def _deliverables_owner(ctx: Context) -> tuple[str, Sentence] | None:
    """The party the deliverables are said to be, when no sentence names the code's owner ("Client shall own final
    deliverables", "Completed deliverables … belong to Client"): the code among them is that party's. Not what a firm
    keeps back beside them (its proprietary tools, pre-existing materials, a licence), nor deliverables of data."""
    for s in ctx.sentences:
        kept = _KEPT_BACK.search(s.norm) or _DATA_DELIVERABLES.search(s.norm)
        if _WORK.search(s.norm) and _OWN.search(s.norm) and not kept and (owner := _owner(ctx, s.norm)):
            return owner, s
    return None


def _owner(ctx: Context, text: str) -> str | None:
    if _JOINT.search(text):
        return "joint"
    # 享有 owns only what it names as ownership (甲方享有使用权 is a licence, not ownership)
    m = re.search(
        r"(?:归|歸|属于|屬於|由|为|為)\s*(甲方|乙方)|(甲方|乙方)\s*(?:所有|拥有|擁有|单独所有|單獨所有|"
        r"享有[^,，。;；]{0,16}?(?:所有权|所有權|知识产权|知識產權|著作权|著作權|全部权利|全部權利))",
        text,
    )
    if m:
        label = m[1] or m[2]
        return ctx.role(label)
    m = re.search(
        r"property of (?:the )?(\w+(?: \w+)?)|(?:the )?(\w+(?: \w+)?) shall (?:solely |exclusively )?own|"
        r"(?:vest|belong)s? (?:in|to) (?:the )?(\w+(?: \w+)?)|"
        r"(?:the )?(\w+(?: \w+)?) (?:shall |will )?(?:solely |exclusively )?(?:retains?|owns?) (?:all |the |sole )?"
        r"(?:right|title|ownership|intellectual|copyright|source code)|"
        r"(?:ownership|title)\b[^.;]{0,40}?(?:remains?|rests?|stays?|shall remain) with (?:the )?(\w+(?: \w+)?)",
        text,
        re.I,
    )
    if m:
        words = next(g for g in m.groups() if g)
        party = re.fullmatch(r"party ([ab])", words, re.I)
        if party:  # "Party A"/"Party B", the English of 甲方/乙方
            label = "甲方" if party[1].lower() == "a" else "乙方"
            return ctx.role(label)
        return _role_of(words)
    return None


# ================================================================ disputes
_JURISDICTIONS = (
    r"中华人民共和国|中華人民共和國|中华民国|中華民國|香港特别行政区|香港特別行政區|香港|澳门特别行政区|澳門特別行政區|澳门|澳門|"
    r"台湾|台灣|臺灣|我国|我國|中国大陆|中國大陸|中国内地|中國內地|中国|中國|新加坡|英国|英國|美国|美國"
)
_LAW = _re(
    r"(?:(?:适用|適用)(?:的)?法律\s*(?:为|為|是|[:：])|适用|適用|依照|依据|依據|遵照|受|准据法为|準據法為|準據法|依|以)\s*(?P<law>(?:"
    + _JURISDICTIONS
    + r")[^,，。;；]{0,10}?法律(?:[(（][^)）]{0,20}[)）])?)"
)
_EN_LAW = _re(
    # "governed by the law of England and Wales and is subject to …": the law ends before the next clause
    # "construed and enforced in accordance with", "governed by and interpreted in the applicable laws of"
    r"(?:governed (?:exclusively |solely )?by(?: and (?:construed|interpreted)(?: in accordance with| in| under))?|"
    r"(?:construed|interpreted|enforced)(?: and (?:construed|interpreted|enforced))? (?:in accordance with|under)|subject to) "
    r"the (?:applicable )?laws? of (?P<law>(?:the )?[A-Z][^,.;()]{2,60}?)"
    r"(?=\s+(?:and (?:construed|interpreted|the|any|is|are|shall|will|subject|submit)|without|excluding|except)\b|"
    r"[,.;()]|$)|"
    r"governed (?:exclusively |solely )?by(?: and construed in accordance with)? (?P<law2>(?-i:[A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+){0,3})) law\b|"
    r"the laws? of (?P<law3>(?:the )?[A-Z][^,.;()]{2,60}?) (?:shall|will) (?:govern|apply)|"
    # a law named by its adjective that applies ("Hungarian law applies"), a labelled law ("Governing Law: Laws of
    # the Federal Republic of Germany")
    r"\b(?P<law4>(?-i:[A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+){0,2})) law (?:applies|shall apply|will apply|governs|"
    r"(?:shall|will) govern)\b|"
    r"\bgoverning law\s*:\s*(?:the )?laws? of (?P<law5>(?:the )?[A-Z][^,.;()]{2,60}?)(?=[,.;()]|$)|"
    # a label and a place alone ("Governing Law: New York, USA"), the line's whole rest, no sentence
    r"\bgoverning law\s*:\s*(?P<law6>(?!(?-i:This|The|These|Each|Any|All)\b)(?-i:[A-Z])[A-Za-z .'-]{1,30}"
    r"(?:,\s*(?-i:[A-Z])[A-Za-z .'-]{1,30})?)\s*$"
)
_COURT = _re(
    r"(?:向|提交|提请|提請|由|递交|遞交|交由|以|接受|服从|服從)\s*(?:至|到|给|給)?\s*(?P<court>[^,，。;；:：、]{2,30}?(?:人民法院|地方法院|法院))|"
    # the court named as the forum: "管辖法院为上海市浦东新区人民法院", "管轄法院:臺灣臺北地方法院"
    r"(?:管辖|管轄)法院\s*(?:为|為|是|[:：])\s*(?P<court2>[^,，。;；:：、]{2,30}?法院)"
)
_EN_COURT = _re(
    # (not an arbitral institution's name: "the London Court of International Arbitration"; a court name ends before a
    # new subject: "the courts of the Cayman Islands and we and you consent")
    r"courts? (?:of|in|located in|sitting in) (?!(?:the )?(?:international )?arbitration\b)(?P<court>[A-Z][^,.;()]{2,60}?)"
    r"(?=\s+(?:have|has|shall|will|is|are|for|to|with|and (?:the|any|each|we|you|our|your|both|they|all)|in respect|over)\b|"
    r"[,.;()]|$)|"
    # courts named by an adjective: "the jurisdiction of the English courts", "submit to the Irish courts"
    r"(?:jurisdiction (?:of|in)|submit to|brought (?:before|in)) (?:the )?(?P<court2>(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+){0,3} courts?)\b|"
    # a labelled forum: "jurisdiction: Budapest"
    r"\bjurisdiction\s*:\s*(?P<court3>(?-i:[A-Z])[^,.;()]{2,40}?)(?=[,.;()]|$)"
)
# "a court of competent jurisdiction" is any court that may hear the case: it names none
_ANY_COURT = _re(r"^(?:a |any )?competent\b")
_ARBITRATION = re.compile(
    r"(?P<inst>[^,，。;；:：\s]{0,30}?(?:仲裁委员会|仲裁委員會|仲裁中心|仲裁院|仲裁協會|仲裁协会)"
    r"|(?:[A-Z][A-Za-z&'-]*\s+(?:(?:and|of|for|&)\s+)?){0,7}(?:International\s+)?Arbitration\s+(?:Centre|Center|Commission|Association|Court)"
    # a court of arbitration named by its city or body ("the London Court of International Arbitration")
    r"|(?:[A-Z][A-Za-z&'-]*\s+){1,4}Court\s+of\s+(?:International\s+)?Arbitration"
    r"(?:\s*\([A-Z]{2,8}\))?|CIETAC|HKIAC|SIAC|SHIAC|JAMS)"
)
_DISPUTE_CONTEXT = _re(
    r"争议|爭議|纠纷|糾紛|诉讼|訴訟|起诉|起訴|管辖|管轄|仲裁|dispute|jurisdiction|arbitrat|proceedings|"
    r"\b(?:actions?|suits?|claims?) (?:\w+ ){0,3}(?:shall|must|may) be (?:brought|filed|commenced)|\bvenue\b"
)


# A choice among the forums listed below left blank ("按下列第 种方式解决", "選擇下列第＿種方式"): the numbered lines
# after it are options, none of them the forum.
_BLANK_CHOICE = _re(r"第\s*(?:" + re.escape(BLANK) + r")?\s*[种種项項](?:方式)?")
_OPTION_LINE = _re(r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）])")


def _unchosen_options(sentences: list[Sentence]) -> set[int]:
    """The numbered option lines under a dispute clause whose choice among them is left blank."""
    out: set[int] = set()
    for i, s in enumerate(sentences):
        if not (_BLANK_CHOICE.search(s.norm) and _DISPUTE_CONTEXT.search(s.norm + s.heading)):
            continue
        j = i + 1
        while j < len(sentences) and _OPTION_LINE.match(sentences[j].norm):
            out.add(j)
            j += 1
    return out


def disputes(ctx: Context) -> None:
    out: dict[str, Any] = {}
    options = _unchosen_options(ctx.sentences)
    for n, s in enumerate(ctx.sentences):
        if n in options:
            continue
        if "governing_law" not in out:
            m = _LAW.search(s.norm) or _EN_LAW.search(s.norm)
            law = next((v for v in m.groupdict().values() if v), "") if m else ""
            if law and BLANK not in law:
                out["governing_law"] = law.strip()
                ctx.record("disputes.governing_law", s)
        if not _DISPUTE_CONTEXT.search(s.norm):
            continue
        if "arbitration" not in out:
            m = _ARBITRATION.search(s.norm)
            if m and BLANK not in m["inst"] and re.search(r"仲裁|arbitrat", s.norm, re.I):
                inst = re.sub(
                    r"^.*?(?:提交|提请|提請|提付|交付|送交|交由|申请|申請|向|由|经|經)\s*(?:至|到)?\s*", "", m["inst"]
                ).strip()
                if inst:
                    out["arbitration"] = {"institution": inst}
                    ctx.record("disputes.arbitration.institution", s)
        if "court" not in out:
            m = _COURT.search(s.norm) or _EN_COURT.search(s.norm)
            named = next((v for v in m.groupdict().values() if v), "") if m else ""
            if m and BLANK not in named and not _ANY_COURT.search(named):
                court = named.strip()
                if court and re.search(r"管辖|管轄|起诉|起訴|诉讼|訴訟|jurisdiction|courts?", s.norm, re.I):
                    out["court"] = {"name": court}
                    ctx.record("disputes.court.name", s)
    if out:
        ctx.out.terms["disputes"] = out


# ================================================================ liability
_LIABILITY = _re(r"赔偿|賠償|责任|責任|liabilit|liable|damages")
_CAP = _re(
    # (a tender's 最高限价, its price ceiling for the bids, caps no liability)
    r"不超过|不超過|不得超过|不得超過|最高(?!限价|限價|投标|投標|报价|報價)|上限|为限|為限|封顶|封頂|shall not exceed|not to exceed|"
    r"limited to|in no event|cap|"
    # "will not exceed", "NEITHER PARTY'S LIABILITY SHALL EXCEED", a labelled "Maximum Liability:"
    r"\b(?:shall|will|may|must)\s+(?:not\s+)?exceed\b|\bmaximum (?:aggregate |total )?liability\b"
)
_FEES_PAID = _re(
    r"已[^,，。;；]{0,10}?(?:支付|付|收取)|合同总|合同總|合同金额|合同金額|总价款|總價款|服务费总额|服務費總額|fees? (?:paid|payable)|"
    r"amounts? paid|contract (?:price|value)|total fees|fees[^.;]{0,40}paid|"
    # the amount the client paid ("Total amount you paid in past 12 months", "客戶根據本協議支付的總金額"), the price of
    # the services bought ("the price of the maintenance and support services being provided for one (1) year")
    r"\bamounts?\s+(?:you|the (?:customer|client|licensee))\s+(?:has\s+|have\s+)?paid\b|支付的(?:总|總)?(?:金额|金額)|"
    r"\bprice of (?:the )?(?:[\w-]+ ){0,4}services\b|"
    # the cap is the service fee itself, no amount between, a period may be ("赔偿金的最高限额为有关LiveSupport一年服务期
    # 的服务费")
    r"(?:最高限额|最高限額|上限|不超过|不超過)(?:为|為|是)?(?:[^,，。;；\d]|\d+\s*(?:年|[个個]月)){0,24}(?:服务费|服務費)(?!\s*\d)"
)


# A cap as a multiple of the fees: "合同金额的两倍", "twice the fees paid",
# "two (2) times the contract value", "1.5倍". The spec's cap is a share of the fees, so 2× is 200%.
_MULTIPLE = _re(
    r"(?P<n>\d+(?:\.\d+)?)\s*倍|(?P<cn>[两兩二三四五])倍|\b(?P<twice>twice|double)\b|\b(?P<m>\d+(?:\.\d+)?)\s*(?:times|x)\s+(?:the|all|any)\b"
)


_CN_TIMES = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _multiple(m: re.Match[str]) -> Decimal:
    if m["cn"]:
        return Decimal(_CN_TIMES[m["cn"]])
    return Decimal(2) if m["twice"] else Decimal(m["n"] or m["m"])


# the fees of a period whose length is a template blank ("Total fees paid in {{MONTHS}} months") bound nothing yet
_BLANK_PERIOD = _re(BLANK + r"\s*(?:months?|years?|days?|[个個]?月|年|天|日)")


def liability(ctx: Context) -> None:
    for s in ctx.sentences:
        if not (_LIABILITY.search(s.norm) and _CAP.search(s.norm)) or _BLANK_PERIOD.search(s.norm):
            continue
        pct = percents(s.norm)
        times = _MULTIPLE.search(s.norm)
        if times and _FEES_PAID.search(s.norm):
            ctx.out.terms["liability"] = {"cap": f"{(_multiple(times) * 100).normalize():f}%"}
        elif pct and _FEES_PAID.search(s.norm):
            value = format(pct[0][0].normalize(), "f")
            ctx.out.terms["liability"] = {"cap": f"{value}%"}
        elif _FEES_PAID.search(s.norm):
            ctx.out.terms["liability"] = {"cap": "100%"}
        else:
            found = money(s.norm, ctx.out.terms.get("fees", {}).get("currency", "CNY"))
            if not found:
                continue
            ctx.out.terms["liability"] = {"cap_amount": str(found[0].money)}
            ctx.record("liability.cap_amount", s)
            return
        ctx.record("liability.cap", s)
        return
