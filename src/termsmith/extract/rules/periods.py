"""The free maintenance period and the term of the agreement."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from termsmith.extract.normalize import normalise
from termsmith.extract.rules.context import Context, _re, pipe_cells, without_clauses
from termsmith.extract.rules.fees import FEE_HEAD, PERIOD_HEAD
from termsmith.extract.rules.space_columns import space_tables
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, compact, durations, money

_FREE = _re(
    r"免费维护|免費維護|免费保修|免費保修|保修|免费技术服务|免費技術服務|免费服务期|免費服務期|质保期|質保期|保修期|保固期|质量保证期|質量保證期|"
    r"免费运维|免費運維|免费服务|免費服務|免费享受|免費享受|保固|质保|質保|保养期|保養期|warranty period|free (?:maintenance|support)(?: period)?|warranty|"
    # 免费售后服务期限为两年, 免費技術支援一年, free technical support for 12 months
    # 包修 (repairs covered: 本產品免費包修一年), free repair or parts replaced (一年内…免费更换原配件); a new
    # product given in exchange (30日内…可以免费更换新设备) is an exchange window, no free period
    r"包修|免[费費](?:维修|維修|(?:更换|更換)(?!\s*(?:新|产品|產品|设备|設備|整机|整機)))|"
    r"免费售后|免費售後|免费技术支持|免費技術支援|免费支持|免費支援|免费维保|免費維保|free (?:technical |tech |software )?support|"
    # with 的 between (提供一年免费的售后服务, 免費的維護服務)
    r"免[费費]的(?:售后|售後|技术|技術)?(?:服务|服務|维护|維護|支持|支援|保修|维保|維保|运维|運維)|"
    # the civil-law name (瑕疵擔保期間, Taiwan) and the construction-contract one (defects liability period)
    r"瑕疵担保|瑕疵擔保|defects? (?:liability|notification) period|warranty term|"
    # the verb between "free" and what is free: "一年之內, 我們免費提供ERP系統維護", "free of charge"
    r"免[费費](?:为|為)?[^。;；,，]{0,4}提供[^。;；,，]{0,12}(?:维护|維護|维修|維修|服务|服務|支持|支援|保修)|"
    r"(?:maintenance|support)\b[^.;]{0,40}(?:\bfree of charge|\bFOC\b|\bat no (?:extra |additional )?(?:cost|charge))|"
    # maintenance the price of the work already covers ("12 months software maintenance inside the development cost")
    r"\b(?:maintenance|support)\b[^.;]{0,30}\b(?:inside|included\s+in|part\s+of|covered\s+by)\s+the\s+"
    r"(?:development|project|build|purchase|licen[cs]e)\s+(?:cost|price|fee)s?\b|"
    # maintenance said to be free for a first length ("Software upgrades and maintenance are free during the 1st
    # year", "The first 12 months of support are free")
    r"\b(?:maintenance|support)\b[^.;]{0,40}\b(?:is|are)\s+free\b(?!\s+(?:of|from)\b)|"
    r"(?:\bfree of charge|\bFOC\b)[^.;]{0,30}\b(?:maintenance|support)"
)
# free work for a length after the site is handed over ("Edits to content are free for two weeks after launch", "2
# weeks of free bug fixes following launch", "without charge during 30 days of delivery", "bugs reported within 60
# days of launch are fixed free of charge"); not a trial, nor hosting, a domain or a licence given free for a time
_FREE_WORK = _re(
    r"\b(?:free(?: of charge)?|without charge|at no (?:extra |additional )?(?:cost|charge)),? "
    r"(?:for|during|within|in) (?:the |an? (?:period of )?)?(?:(?:first|1st|initial) )?(?:\d|(?:(?<=first )|(?<=1st ))year\b)|"
    r"\bfree (?:bug[- ]?fix(?:es|ing)?|fixes|edits|amendments|changes|tweaks)\b|"
    r"\b(?:bugs?|defects?|errors?)\b[^.;]{0,60}\b(?:free of charge|for free|at no (?:extra |additional )?(?:cost|charge))"
)
_NOT_WORK = _re(r"\btry\b|\btrial\b|\bhosting\b|\bdomains?\b|\bSSL\b|\blicen[cs]e|\bsubscription\b")
# a length of support given with the work, not bought on its own: free or a gift, then the length, then the service
# ("免费赠送一年技术支持", "提供免費壹年售后服務", "购买任意模块,送15天技术服务"), the first year free ("首年免费技术支持"),
# support included for a length ("Support and updates are included for 1 year from the date of purchase"), a support
# window after the launch or the delivery ("a 30-day post-launch technical support window", "Support Period: 30 Days
# from Launch", "After project delivery, we provide 3 months of technical support")
_SUPPORT_GIVEN = _re(
    r"(?:免[费費]|赠送|贈送|(?<![发發运運传傳递遞配])送)\s*(?:赠送|贈送|提供)?\s*\d+\s*(?:年|[个個]月|天|日|周|週)\s*(?:的)?\s*"
    r"(?:售后|售後|技术|技術|维护|維護|运维|運維)?(?:服务|服務|支持|支援|维护|維護)|"
    r"首年\s*免[费費]\s*(?:的)?\s*(?:售后|售後|技术|技術|维护|維護|运维|運維)?(?:服务|服務|支持|支援|维护|維護)|"
    r"\b(?:support|maintenance)\b[^.;]{0,40}\b(?:included|inclusive)\s+for\s+(?:the\s+first\s+)?\d|"
    r"\bpost-?(?:launch|delivery|go-?live)\s+(?:technical\s+)?(?:support|maintenance)\b|"
    r"\b(?:support|maintenance)\s+(?:window|period)\b[^.;]{0,30}\b(?:from|after)\s+(?:the\s+)?(?:launch|delivery|go-?live)\b|"
    r"\bafter\s+(?:the\s+)?(?:project\s+)?(?:launch|delivery|go-?live|handover)\b[^.;]{0,30}\b\d+\s+(?:days?|weeks?|months?|years?)"
    r"\s+of\s+(?:free\s+)?(?:technical\s+)?(?:support|maintenance)\b"
)
# a period that comes with a purchase is the free one ("凡購買…即提供180天維護服務期", "新购即赠送6个月服务期")
_WITH_PURCHASE = _re(
    r"(?:购买|購買|新购|新購|购置|購置|purchase|buy)[^。;；.]{0,30}?(?:即|就|均|便)?\s*"
    r"(?:提供|赠送|贈送|附赠|附贈|享有|包含|包括|includes?|comes? with)"
)
# where the text goes on to what follows the free period ("保固期滿後…簽訂一年期的維護合約")
_AFTER_END = _re(
    r"期满|期滿|届满|屆滿|到期后|到期後|expires?\b|expiry|after the (?:end of the )?(?:warranty|free|support) period"
)
# the length of a maintenance contract signed or offered: "簽訂1年期的維護合約", "a 2-year maintenance contract"
_CONTRACT_LENGTH = _re(
    r"\d+\s*(?:年|[个個]月)\s*期的?\s*(?:维护|維護|服务|服務|维保|維保|保养|保養)?\s*(?:合约|合約|合同|协议|協議)|"
    r"\d+[- ](?:years?|months?)\s+(?:maintenance|support|service)\s+(?:contract|agreement)|"
    # a plan's minimum term named by its length ("£250 per month (12-month minimum term)"): the term
    r"\d+[- ](?:years?|months?)\s+minimum\s+(?:contract\s+|subscription\s+|commitment\s+)?term\b|"
    # the contract named before its length ("维护合约服务契约1年", "服務合約2年")
    r"(?:合约|合約|契约|契約|合同)\s*\d+\s*(?:年|[个個]月)(?![^\s,，;；。]{0,3}(?:内|內|后|後|前))"
)
_START_EVENTS = [
    (_re(r"验收|驗收|终验|終驗|初验|初驗|acceptance|accepted|\bUAT\b"), "acceptance"),
    (
        _re(
            r"上线|上線|go-?live|go live|goes live|went live|launch|投入使用|正式运行|正式運行|投入运行|投入運行|"
            r"启用|啟用|投产|投產|production (?:use|launch|release)|put into (?:production|service|use)"
        ),
        "go-live",
    ),
    (
        _re(
            r"签订|簽訂|签署|簽署|签约|簽約|签字|簽字|盖章|蓋章|生效|signing|signature|signed|effective date|execution|"
            r"\bsign (?:this|the) (?:contract|agreement)"
        ),
        "signing",
    ),
]
_TERM = _re(
    r"服务期限|服務期限|服务期间|服務期間|维护期限|維護期限|维护期间|維護期間|合同期限|合約期限|协议期限|協議期限|"
    r"有效期|合同期|合約期|签约期限|簽約期限|签约期数|簽約期數|最低签约期|最低簽約期|minimum (?:contract |subscription |commitment )?(?:term|period)\b|contract term|subscription term|契約期間|契約期限|契约期限|契约期间|"
    r"合作期限|合作期間|合作期间|服务年限|服務年限|(?:服务|服務)(?:时限|時限|周期|週期)\s*[:：为為]?\s*\d+\s*(?:年|[个個]月)|(?:support|maintenance|service) term\b|履约期间|履約期間|服务期|服務期|维保期|term of (?:this|the) (?:agreement|contract)|initial term|agreement term|"
    r"(?:this agreement|the term) shall (?:remain|be|continue) in (?:full )?(?:force|effect)|维护期|維護期|"
    r"(?:this agreement|the term|the services?) (?:shall )?(?:commence|begin|start)s?\b|commencement date|"
    r"\b(?:this agreement|the term|the services?|support) (?:shall|will) (?:run|continue|last) for\b|"
    # the length said as the agreement's term without "of this agreement" ("The contract has a term of 12 months",
    # "for an initial term of one year"), or the agreement running for it ("The maintenance agreement runs for one
    # year")
    r"\b(?:a|an\s+initial|the\s+initial|a\s+minimum|a\s+fixed)\s+term\s+of\s+(?=\w+\s+(?:years?|months?)\b|\d)|"
    r"\b(?:agreement|contract)\s+(?:runs|lasts|continues|is\s+concluded)\s+for\s+(?=(?:a\s+period\s+of\s+)?\w+\s+(?:years?|months?)\b|\d)|"
    # the agreement's own validity ("Maintenance agreement is valid for 12 months from date of purchase")
    # or in effect for a length ("This Agreement is effective for 12 months from the date of installation")
    r"\b(?:agreement|contract|subscription) (?:is|shall be|will be|remains) (?:valid|effective|in (?:force|effect)) for\b|"
    r"以\s*\d+\s*(?:年|[个個]月)\s*(?:为|為)\s*(?:[一1]\s*期|[一1]\s*[个個]?[周週]期|单位|單位)|"  # 维护合约以2年为一期
    # the time the service is given, as a length from the signing ("提供服务的时间:签订合同后起一年内"); service
    # hours ("服务时间:周一至周五") name no length from the signing
    r"(?:服[务務]|提供)[^。;；:：]{0,6}(?:时间|時間)\s*[:：为為]\s*(?:自|从|從)?\s*(?:签订|签署|簽訂|簽署)(?:本)?"
    r"(?:合同|合約|合约|协议|協議)(?:之日)?\s*(?:后|後)?\s*起?\s*\d+\s*(?:年|[个個]月)\s*(?:内|內)"
)
# a period named by its label and two dates ("維修期限:自…起至…止", "维护期间:2025年1月1日至2025年12月31日")
_DATE_SPAN = _re(
    r"(?:期限|期[间間]|(?:服务|服務)(?:时间|時間)|\bperiod\b)\s*(?:为|為|[:：])?\s*(?:自|从|從|from)?\s*\d[^。;；]{4,24}(?:至|到|~|～|-|–|to|through|until)\s*\d"
)
_CONTRACT_TERM = _re(r"合同|合約|合约|协议期|協議期|agreement|contract")
# a form's date written across cells ("2026年 | 12月 | 16日 | 至 | 2027年 | 12月 | 15日"): the cell marks between its
# parts go, so it reads as the dates it is, not as a length of 16 days
_DATE_CELLS = re.compile(r"(?<=[年月日至到起])\s*[|｜]\s*(?=\d{1,4}\s*[年月日]|[至到起止])")
# 2026年1月1日, 2026-01-01, 民國114年1月1日 (a Taiwan date: the year of the Republic, 1911 + n), and
# English dates (1 January 2026, January 1, 2026, 1st Jan 2026)
_DATE = re.compile(
    r"(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]|(?P<y2>\d{4})[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})|"
    r"(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mn3>[A-Za-z]{3,9})\.?,?\s+(?P<y3>\d{4})|"
    r"(?P<mn4>[A-Za-z]{3,9})\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4})"
)
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for name in names.split()
}
_ROC = re.compile(r"民國|民国")
_CONFIDENTIAL = _re(r"保密|confidential")


def _is_free(text: str) -> bool:
    return bool(
        _FREE.search(text)
        or _WITH_PURCHASE.search(text)
        or _SUPPORT_GIVEN.search(text)
        or (_FREE_WORK.search(text) and not _NOT_WORK.search(text))
    )


# the validity of what a paragraph offers ("可免费享受标准服务…。有效期一年"): in a paragraph about a free
# service it is the free period's length, not the agreement's term
_VALIDITY = _re(r"有效期|有效期限|valid for|validity")


def _in_free_paragraph(s: Sentence) -> bool:
    return s.offset > 0 and _is_free(_free_part(normalise(s.paragraph.text[: s.offset])))


def _free_part(text: str) -> str:
    """The part of a sentence about the free period: what it says after the period ends (a contract
    signed then, its length and its signing) is not the free period's."""
    m = _AFTER_END.search(text)
    return text[: m.start()] if m and m.start() > 0 else text


# a hardware warranty beside the software's free period ("硬件保修三年，软件免费维护一年", "Hardware is covered
# by the manufacturer's warranty"): the software's is the agreement's free maintenance
_HARDWARE = _re(
    r"硬件|硬體|\bhardware\b|(?:服务器|伺服器|\bservers?\b)[^,，;；。]{0,4}(?:设备|設備|equipment)|"
    r"(?:设备|設備)(?:质保|質保|保修|保固)|manufacturer'?s? warranty|原厂|原廠"
)


def free_maintenance(ctx: Context) -> None:
    for s in ctx.sentences:
        text = without_clauses(_free_part(s.norm), _HARDWARE)
        # (the paragraph before the sentence is read only for a sentence naming a validity: reading it for every
        # sentence of a long paragraph took time that grew with the square of its length)
        validity = _VALIDITY.search(text) is not None and _in_free_paragraph(s)
        if not _is_free(text) and not _FREE.search(s.heading) and not validity:
            continue
        if not _is_free(text) and not re.search(r"为期|為期|期限|period", text) and not validity:
            continue
        found = _free_lengths(text)
        if not found:
            event = next((e for pattern, e in _START_EVENTS if pattern.search(text)), None)
            if event and re.search(r"[自从從]|起|from|start", text, re.I) and _FREE.search(text + s.heading):
                ctx.out.terms.setdefault("free_maintenance", {}).setdefault("start_event", event)
                ctx.record("free_maintenance.start_event", s)
            continue
        d = found[0]
        fm: dict[str, Any] = {"length": compact(d.granted)}  # a range's shorter end, the one the client can count on
        ctx.record("free_maintenance.length", s)
        if d.lower is not None:
            ctx.warn(
                "E102",
                f"the free period is a range ({compact(d.lower)} to {compact(d.duration)}); "
                "termsmith reports the shorter, the length the client can count on",
                s,
                hint="ask the vendor to state one length",
            )
        for pattern, event in _START_EVENTS:
            if pattern.search(text):
                fm["start_event"] = event
                ctx.record("free_maintenance.start_event", s)
                break
        ctx.out.terms["free_maintenance"] = {**ctx.out.terms.get("free_maintenance", {}), **fm}
        if "start_event" not in fm:
            _start_said_after(ctx, s)
        return
    if "free_maintenance" not in ctx.out.terms:
        _maintenance_after_delivery(ctx)
    if "free_maintenance" not in ctx.out.terms:
        _free_first_year_column(ctx)


# a price table's column for the first year ("首年度维护合约", "First year", "第一年") whose every row is free
_FIRST_YEAR = _re(r"首年|第一年|第1年|first[- ]year|year 1\b|1st year")
_FREE_CELL = _re(r"免费|免費|free|included|0元|¥0|\$0")


def _free_first_year_column(ctx: Context) -> None:
    """Rows of a price table all free in the column for the first year: the first year is the free period."""
    for table in space_tables(ctx.sentences, "CNY"):
        for n, head in enumerate(table.header):
            if _FIRST_YEAR.search(head) and all(_FREE_CELL.fullmatch(c) for c in table.cells_of(n)):
                ctx.out.terms["free_maintenance"] = {"length": "1 year"}
                ctx.record("free_maintenance.length", table.rows[0][0])
                return


# a maintenance period (维护期, 保修期, maintenance period) counted from acceptance or go-live in a document that
# names no price at all (the duties part of a development contract): the period comes with the delivery, free
_DELIVERY_PERIOD = _re(r"维护期|維護期|维保期|維保期|保修期|maintenance period|support period")


def _maintenance_after_delivery(ctx: Context) -> None:
    text = "\n".join(s.norm for s in ctx.sentences)
    if money(text, "CNY") or re.search(r"(?:费|費|价|價|fee|price|charge)[^。;；.]{0,20}\d", text, re.I):
        return
    for i, s in enumerate(ctx.sentences):
        if not _DELIVERY_PERIOD.search(s.norm):
            continue
        found = [d for d in durations(s.norm) if d.duration.unit.value in ("months", "years")]
        if len(found) != 1:
            continue
        for near in ctx.sentences[i : i + 3]:
            if not (_DELIVERY_PERIOD.search(near.norm) and re.search(r"[自从從]|起|from|start", near.norm, re.I)):
                continue
            event = next((e for pattern, e in _START_EVENTS[:2] if pattern.search(near.norm)), None)
            if event:
                ctx.out.terms["free_maintenance"] = {"length": compact(found[0].granted), "start_event": event}
                ctx.record("free_maintenance.length", s)
                ctx.record("free_maintenance.start_event", near)
                return


_RETURN_WINDOW = _re(r"退货|退貨|换货|換貨|退换|退換|包换|包換|退款|refund|return|exchange|replace")
_DEADLINE_VERB = _re(
    r"^\s*(?:内|內|之内|之內|以内|以內)?\s*(?:响应|響應|回应|回應|解决|解決|修复|修復|处理|處理|到达|到達|答复|答覆)"
)


# "for the remainder of the original warranty period or thirty (30) days, whichever is longer"
_REMAINDER = _re(r"\bremainder\s+of\s+the\s+(?:original\s+|unexpired\s+|applicable\s+)?warranty")


_HYPHENED_LENGTH = re.compile(r"(\d)-(?=(?:days?|weeks?|months?|years?)\b)", re.I)
_FIRST_YEAR_FREE = re.compile(r"首年(?=\s*免[费費])")
# the first year named by its rank ("free during the 1st year", "for the first year", "第一年免費保固"): a year
_FIRST_YEAR_RANK = re.compile(
    r"\b(?:first|1st)\s+year\b(?!['’]s)|第[一1]\s*年(?=\s*(?:[内內]|之[内內])?\s*(?:免|提供|享有|享受|保固|保修|质保|質保))",
    re.I,
)


def _rank_as_length(m: re.Match[str]) -> str:
    """The first year as "1 year" ("1年"), padded to the matched length so positions hold."""
    length = "1年" if m.group().startswith("第") else "1 year"
    return " " * (len(m.group()) - len(length)) + length


def _free_lengths(text: str) -> list[FoundDuration]:
    """The lengths a free-period sentence may state. A span of a few days is not the free period when it is
    a return or exchange window ("7日内可退货、换货或免费保修") or a deadline ("质保期内两天内解决"), and a
    longer length in the sentence wins over it ("15日内可换货; 15日起至1年内免费保修")."""
    if _REMAINDER.search(text):
        return []  # a replaced part's warranty: the rest of an existing one, or a length if that is longer
    # a length compounded with a hyphen ("A 30-day warranty from launch", "a 12-month warranty") is read as one
    spaced = _HYPHENED_LENGTH.sub(r"\1 ", text)  # (one character for one: positions hold)
    spaced = _FIRST_YEAR_FREE.sub("1年", spaced)  # the first year free is a year from the start (two for two)
    spaced = _FIRST_YEAR_RANK.sub(_rank_as_length, spaced)
    found = [d for d in durations(spaced) if d.duration.unit.value in ("months", "years", "weeks", "days")]
    longer = [d for d in found if not _few_days(d)]
    if longer:
        # of several, the one in the clause that says what is free ("應於一個月內預約…,且自…起,享有一年內…保固")
        return sorted(longer, key=lambda d: not _FREE.search(_clause_at(text, d)))
    return [d for d in found if not (_RETURN_WINDOW.search(text) or _DEADLINE_VERB.match(text[d.end :]))]


def _clause_at(text: str, d: FoundDuration) -> str:
    """The clause (between commas) a length stands in."""
    start = max(text.rfind(c, 0, d.start) for c in ",，;；。") + 1
    ends = [i for c in ",，;；。" if (i := text.find(c, d.end)) >= 0]
    return text[start : min(ends, default=len(text))]


def _few_days(d: FoundDuration) -> bool:
    unit, value = d.duration.unit.value, d.duration.value
    return (unit == "days" and value <= 30) or (unit == "weeks" and value <= 4)


def _start_said_after(ctx: Context, length: Sentence) -> None:
    """The start in a sentence of its own after the length ("提供2年保修服务。保修期从系统验收合格起。")."""
    after = ctx.sentences[ctx.sentences.index(length) + 1 :][:3]
    for s in after:
        if not _FREE.search(s.norm) or durations(s.norm) or not re.search(r"[自从從]|起|from|start", s.norm, re.I):
            continue
        event = next((e for pattern, e in _START_EVENTS if pattern.search(s.norm)), None)
        if event:
            ctx.out.terms["free_maintenance"]["start_event"] = event
            ctx.record("free_maintenance.start_event", s)
            return


# a term said without a term word, read only when no sentence names the term: a service provided for the
# first N months from its start ("由當日起計算的首十二個月內持續提供", "for the first 12 months from the start
# date"), a contract signed once a period ("一年簽訂一次維護合約"), an annual plan or contract ("採年約制",
# "年月繳方案", "an annual subscription")
_SERVICE_SPAN = _re(
    r"(?:起|开始|開始)[^。;；]{0,24}?(?:首|头|頭|前)\s*\d+\s*(?:年|[个個]月)\s*(?:内|內)?\s*(?:持续|持續)?(?:提供|有效)|"
    r"\bfor\s+(?:the\s+first|a\s+period\s+of)\s+\d+\s+(?:years?|months?)\s+(?:from|after)\s+(?:the\s+)?"
    r"(?:start|effective|commencement)"
)
_SIGNED_EACH = _re(
    r"(?:每)?\d+\s*(?:年|[个個]月)\s*(?:签订|簽訂|签约|簽約|续签|續簽|续约|續約)(?:一|1)次|renewed (?:every \d+ (?:years?|months?))"
)
# a service during one calendar year ("在2025年度内提供相应的维护服务", "於2026年度內提供維護")
_CALENDAR_YEAR = _re(r"\d{4}\s*年度\s*(?:内|內)[^。;；]{0,30}(?:提供|维护|維護|服务|服務|支持|支援)")
# (and the client's own support or maintenance contract, plan or policy bought by the year: "your annual Maintenance
# contracts", "customers that purchase an annual support policy", "签订年度维护合同"; not one another service
# "requires" nor one a price is fixed by); a length of support the pricing reflects ("pricing reflects a 12-month
# support period"), not one given free with the work (read as the free period above)
_ANNUAL_PLAN = _re(
    r"年[约約]制|年租方案|年(?:月)?[缴繳]方案|年[约約]方案|"
    r"\b(?:annual|yearly)\s+(?:service\s+)?(?:plan|contract|subscription)\b(?!\s+(?:payments?|pric\w+|fees?|rates?))|"
    r"\b(?:your|(?:purchas|buy|sign|renew|hold)\w*\s+(?:an?|the|your))\s+(?:annual|yearly)\s+"
    r"(?:maintenance|support|service)\s+(?:plan|contract|subscription|agreement|polic(?:y|ies))s?\b|"
    r"(?:(?:签订|簽訂|签署|簽署|购买|購買)(?:了)?(?:的)?(?:年度|年)|(?:为|為|是)年度)(?:维护|維護|维保|維保|服务|服務|支持|支援)"
    r"(?:合同|合约|合約|协议|協議)"
)
_SUPPORT_SPAN = _re(r"\b\d+[- ](?:years?|months?)\s+(?:support|maintenance|service)\s+(?:period|plan|polic(?:y|ies))\b")


# a yearly plan offered beside a shorter one ("a monthly or yearly plan", "月繳或年繳方案") is a choice, no term
_PLAN_CHOICE = _re(
    r"\b(?:monthly|quarterly)\s+(?:or|and|/)\s+(?:annual|yearly)\b|\b(?:annual|yearly)\s+(?:or|and|/)\s+(?:monthly|quarterly)\b|"
    r"月[缴繳付][或与與及/]年[缴繳付]|年[缴繳付][或与與及/]月[缴繳付]"
)


def _read_as_free(ctx: Context, s: Sentence) -> bool:
    """The sentence the free period was read from (a maintenance period after delivery) states no term."""
    said = ctx.out.evidence.get("free_maintenance.length")
    return said is not None and said.quote == s.text and said.location == s.location


def _term_said_otherwise(ctx: Context) -> None:
    for s in ctx.sentences:
        if _is_free(s.norm) or _CONFIDENTIAL.search(s.norm):
            continue
        m = _SERVICE_SPAN.search(s.norm) or _SIGNED_EACH.search(s.norm) or _SUPPORT_SPAN.search(s.norm)
        found = (
            [
                d
                for d in durations(m.group(0).lstrip("每").replace("-", " "))
                if d.duration.unit.value in ("months", "years")
            ]
            if m
            else []
        )
        yearly = (_ANNUAL_PLAN.search(s.norm) and not _PLAN_CHOICE.search(s.norm)) or _CALENDAR_YEAR.search(s.norm)
        length = compact(found[0].granted) if found else ("1 year" if yearly else None)
        if length is not None:
            ctx.out.terms["term"] = {"length": length}
            ctx.record("term.length", s)
            return


def term(ctx: Context) -> None:
    _term_stated(ctx)
    if "term" not in ctx.out.terms:
        _term_said_otherwise(ctx)
    if "term" not in ctx.out.terms:
        _term_of_price_table(ctx)


def _cells(s: Sentence) -> list[str]:
    return pipe_cells(s.norm) if "|" in s.norm else []


def _term_of_price_table(ctx: Context) -> None:
    """A price table whose period column gives every row the same length ("機型 | 保修費 | 保修期限" over rows
    ending "| 1年 |", "Plan | Price | Term"): the length the prices buy is the term."""
    sentences = ctx.sentences
    for i, s in enumerate(sentences):
        head = _cells(s)
        fee = any(FEE_HEAD.search(c) for c in head)
        column = next((n for n, c in enumerate(head) if PERIOD_HEAD.search(c) and not FEE_HEAD.search(c)), None)
        if not fee or column is None or durations(s.norm):
            continue
        lengths: set[str] = set()
        first: Sentence | None = None
        for row in sentences[i + 1 :]:
            cells = _cells(row)
            if len(cells) <= column:
                break
            found = durations(cells[column])
            if len(found) == 1 and found[0].duration.unit.value in ("months", "years"):
                lengths.add(compact(found[0].granted))
                first = first or row
        if len(lengths) == 1 and first is not None:
            ctx.out.terms["term"] = {"length": lengths.pop()}
            ctx.record("term.length", first)
            return


def _term_stated(ctx: Context) -> None:
    for s in ctx.sentences:
        if (m := _CONTRACT_LENGTH.search(s.norm)) and (lengths := durations(m.group(0).replace("-", " "))):
            ctx.out.terms["term"] = {"length": compact(lengths[0].granted)}
            ctx.record("term.length", s)
            return
        if _is_free(s.norm) or _CONFIDENTIAL.search(s.norm) or _read_as_free(ctx, s):
            continue
        if _OFFER_VALIDITY.search(s.norm):
            continue  # how long the quotation stands ("本報價單之有效期為發出日後之三十天內"), not the agreement's term
        by_dates = not _TERM.search(s.norm)  # "維修期限:自107年3月17日起至108年3月16日止": a period between dates
        if by_dates and not _DATE_SPAN.search(s.norm):
            continue
        if _in_free_paragraph(s) and _VALIDITY.search(s.norm) and not _CONTRACT_TERM.search(s.norm):
            continue  # the free service's validity (read by free_maintenance)
        text = _before_renewal(_DATE_CELLS.sub("", s.norm))
        roc = bool(_ROC.search(text)) or ctx.out.language == "zh-Hant"  # 107年3月17日 in Taiwan is ROC 107
        dates = [d for d in (_date(m, roc) for m in _DATE.finditer(text)) if d is not None]
        found = [
            d
            for d in durations(text)
            if d.duration.unit.value in ("months", "years", "days")
            and not _is_notice(text, d)
            and not _point_in_time(text, d)
        ]
        value: dict[str, Any] = {}
        if dates:
            value["start"] = dates[0].isoformat()
        if found and not by_dates:
            value["length"] = compact(found[0].granted)
        elif len(dates) >= 2 and dates[1] > dates[0]:
            value["length"] = _length_between(dates[0], dates[1])
        elif not dates and (span := _blank_year_span(text)):
            value["length"] = span
        if "length" in value:
            ctx.out.terms["term"] = value
            ctx.record("term.length", s)
            if "start" in value:
                ctx.record("term.start", s)
            return


# the validity of a quotation, an offer, a proposal or a tender's bid: how long its prices stand before the client
# accepts, not how long the agreement runs ("本報價單之有效期為發出日後之三十天內", "本报价有效期30天", "This quotation is valid for 30
# days", "Quote valid for 60 days from issue")
_OFFER_VALIDITY = _re(
    r"(?:报价|報價|估价|估價|询价|詢價)[单單书書]?[^。;；]{0,6}(?:有效期|有效期限|有效)|"
    # a tender's bid validity (投标有效期 90 天, 投标文件有效期为投标截止日起 90 天, 响应函…有效期为180天): how long the bid
    # stands; within one clause ("2小时内响应，本合同有效期一年" is the agreement's)
    r"(?:投标|投標|响应|響應|应答|應答)(?:文件|函|书|書)?[^。;；,，]{0,24}?(?:有效期|有效期限)|"
    r"\b(?:quotation|quote|offer|proposal|estimate|pricing|bid|tender)s?\b[^.;]{0,30}\b(?:valid|validity|expires?)\b"
)


# What a term sentence says of the time after the term ("期满前30日…自动续约一年", "renews for successive
# one-year terms unless … 30 days' notice") is the renewal and its notice, not the term's length.
_RENEWAL = _re(
    r"续约|續約|续签|續簽|续期|續期|(?:期满|期滿|届满|屆滿|到期)(?:前|后|後)|\brenew(?:s|ed|al)?\b|"
    r"\b(?:prior to|before|upon|after|on) (?:the )?expir"
)
# a notice period in a term sentence ("terminate on 30 days' notice", "提前30日书面通知") is no length of the term
_NOTICE_AFTER = re.compile(
    r"\s*(?:['’]s?)?\s*(?:prior\s+)?(?:written\s+)?notice|\s*(?:以)?(?:书面|書面)?(?:通知|告知)", re.I
)
_NOTICE_BEFORE = re.compile(r"(?:提前|预先|預先|at least)\s*$", re.I)


_LATER = _re(r"\s*(?:之|以)?(?:后|後)|\s+(?:later|thereafter)\b")
# a length the term runs for ("continuing for twelve (12) months thereafter", "for 1 year thereafter")
_RUNS_FOR = _re(r"\b(?:for|of)\s+(?:a\s+period\s+of\s+)?$")


def _point_in_time(text: str, d: FoundDuration) -> bool:
    """A length followed by "later" or 后 is a point in time ("在1个月后将资料交予甲方"), unless the term runs for it."""
    return bool(_LATER.match(text, d.end)) and not _RUNS_FOR.search(text[max(0, d.start - 24) : d.start])


def _is_notice(text: str, d: FoundDuration) -> bool:
    return bool(_NOTICE_AFTER.match(text, d.end) or _NOTICE_BEFORE.search(text[max(0, d.start - 10) : d.start]))


def _before_renewal(text: str) -> str:
    m = _RENEWAL.search(text)
    return text[: m.start()] if m else text


def _date(m: re.Match[str], roc: bool = False) -> date | None:
    if m["y3"] or m["y4"]:
        month = _MONTHS.get((m["mn3"] or m["mn4"]).lower())
        year, day = int(m["y3"] or m["y4"]), int(m["d3"] or m["d4"])
    else:
        year, month, day = int(m["y"] or m["y2"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
        if year < 1000:  # 民國114年 is 2025; a two- or three-digit year without 民國 is no date
            if not roc:
                return None
            year += 1911
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a date whose year is a template blank ("20XX年1月1日" → 20〔空〕年1月1日): its month and day still count
_BLANK_YEAR_DATE = re.compile(r"\d{0,3}〔空〕\d{0,3}\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]")


def _blank_year_span(text: str) -> str | None:
    """The length between two dates whose years are blanks ("20XX年1月1日至20XX年12月31日" is a year): the end in
    the start's year when it falls after the start, else in the next."""
    found = list(_BLANK_YEAR_DATE.finditer(text))
    if len(found) != 2 or not re.fullmatch(
        r"\s*(?:至|到|~|～|-|–|—)\s*(?:20〔空〕年)?\s*", text[found[0].end() : found[1].start()]
    ):
        return None
    try:
        start = date(2001, int(found[0]["m"]), int(found[0]["d"]))
        end = date(2001, int(found[1]["m"]), int(found[1]["d"]))
    except ValueError:
        return None
    if end < start:
        end = end.replace(year=2002)
    return _length_between(start, end)


def _length_between(start: date, end: date) -> str:
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if after.day == start.day and months > 0:
        return f"{months} months"
    return f"{(after - start).days} days"


# ---------------------------------------------------------------- renewal
_NO_AUTO_RENEWAL = _re(
    r"不(?:会|會|得|再|予)?\s*自动(?:续约|续期|续签|延续|顺延)|不(?:会|會|得|再|予)?\s*自動(?:續約|續期|續簽|延續|順延)|"
    r"\b(?:will|shall|does) not (?:be )?(?:automatically )?renew(?:ed)? automatically|"
    r"\b(?:will|shall|does) not (?:automatically )?renew|\bno automatic renewal\b"
)
_AUTO_RENEWAL = _re(
    r"自动(?:续约|续期|续签|延续|顺延)|自動(?:續約|續期|續簽|延續|順延)|"
    r"\b(?:shall|will)?\s*(?:automatically|auto-?)\s*renew|\brenew(?:s|ed)? automatically\b|\btacit(?:ly)? renew"
)
_RENEWAL_BY_AGREEMENT = _re(
    r"(?:协商|協商|另行|重新|书面同意|書面同意)[^。;；]{0,12}(?:续约|續約|续签|續簽|续订|續訂)|"
    r"(?:续约|續約|续签|續簽)[^。;；]{0,12}(?:另行|重新)(?:签订|簽訂|协商|協商)|"
    r"\b(?:may|can) be renewed by (?:mutual )?(?:written )?agreement\b|\brenewal (?:shall|must|is to) be agreed\b|"
    r"\bmay renew (?:it|this agreement) by mutual (?:written )?agreement\b"
)


_BEFORE_END = _re(
    r"(?:期满|期滿|到期|届满|屆滿|终止|終止)前\s*$|\b(?:prior to|before) (?:the )?(?:expiry|expiration|end)\b.{0,6}$"
)


def renewal(ctx: Context) -> None:
    """Whether the term renews by itself (自动续约, "renews automatically"), only by a new agreement (期满
    后双方协商续签) or not at all (期满不自动续约), with the notice before the end when the sentence gives
    one; read only beside a term."""
    term_found = ctx.out.terms.get("term")
    if not term_found:
        return
    for s in ctx.sentences:
        if _NO_AUTO_RENEWAL.search(s.norm):
            mode = "none"
        elif _AUTO_RENEWAL.search(s.norm):
            mode = "automatic"
        elif _RENEWAL_BY_AGREEMENT.search(s.norm):
            mode = "by-agreement"
        else:
            continue
        value: dict[str, Any] = {"mode": mode}
        notices = [d for d in durations(s.norm) if d.duration.unit.value in ("days", "months") and _notice(s.norm, d)]
        if notices:
            value["notice"] = compact(notices[0].duration)
        term_found["renewal"] = value
        ctx.record("term.renewal.mode", s)
        return


def _notice(text: str, d: FoundDuration) -> bool:
    return _is_notice(text, d) or bool(_BEFORE_END.search(text[max(0, d.start - 24) : d.start]))
