"""The words a severity-level table is read by: level names, response and resolution verbs, clocks,
and the level a line names. Shared by the prose, table and layout readers (level_prose, level_tables, layouts)."""

from __future__ import annotations

import itertools
import re

from termsmith.extract.memo import per_document
from termsmith.extract.normalize import CLOCK_24X7, CLOCK_BUSINESS
from termsmith.extract.rules.context import _re
from termsmith.extract.rules.coverage_hours import states_coverage
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import FoundDuration, durations

# an on-site "response" is the engineer's arrival ("30分钟现场响应", "現場支援響應時間不超過8小時", "on-site response
# within 4 hours"), neither a response nor a resolution
_NOT_ON_SITE = (
    r"(?<!现场)(?<!現場)(?<!现场支持)(?<!現場支援)(?<!现场支援)(?<!現場支持)(?<!现场服务)(?<!現場服務)(?<!驻场)(?<!駐場)"
    r"(?<!on-site )(?<!onsite )(?<!on site )(?<!on-site support )"
)
_RESPONSE = _re(
    # (a procurement's 响应文件 is the bid, "responding" to the tender: 响应文件, 响应性, 响应报价, 实质性响应, 响应供应商,
    # 响应方 the bidder, 响应有效期 the bid's validity)
    _NOT_ON_SITE
    + r"(?:(?:响应|響應)(?!\s*(?:文件|性|报价|報價|供应商|供應商|人(?![员員])|函|须知|須知|采购|採購|方|有效期|截止|保证金|保證金))|"
    r"respon[ds])|"
    r"回应|回應|回复|回覆|答复|答覆|受理|反应|反應|acknowledg|first response|"
    # the vendor's first contact with the customer after a request ("Time to First Contact", "initial contact within")
    # a call back, a reaction, a triage, an engineer assigned or communication initiated is the first answer to a
    # request (a vocabulary closed over what a response can be called, not read off one document); its
    # abbreviations: time to (first) response / acknowledge, "Resp:" (a mean time, MTTA, is a figure, not read).
    # One word boundary before them all: each alternative of its own costs a try at every character
    r"\b(?:(?:first|initial) contact\b|call(?:s|ed)?[- ]?backs?\b|(?:fault|incident|call|ticket|request)s?\s+reception\b|reaction times?\b|triag(?:e|ed|es|ing)\b|"
    r"communications? (?:is |are |will be |shall be )?initiated\b|"
    r"(?:engineer|technician|analyst|agent)s? (?:is |are |will be |shall be )?assigned\b|"
    r"work (?:begins|starts|commences|will (?:begin|start|commence))\b|(?-i:TTFR|FRT|TTA)\b|resp\b\.?(?=\s*[:：])|"
    r"repl(?:y|ies|ied)\b|answer(?:s|ed)?\b(?! (?:is|are|was) ))|回电|回電|"
    # a bare "contact" right after a time ("15分鐘聯系"; read from the time on, it opens the text)
    r"(?:^|(?<=[钟鐘鍾时時内內]))\s*(?:内|內|之内|之內|以内|以內)?\s*(?:予以|进行|進行)?(?:联系|聯系|聯繫|联络|聯絡)(?!方式|电话|電話|人|地址)|"
    r"(?:联络|聯絡)(?:客户|客戶|用户|用戶|甲方)|"
    r"(?:与|與|和|同)(?:客户|客戶|用户|用戶|甲方|您|贵方|貴方)(?:取得)?(?:联系|聯系|聯繫|联络|聯絡)|"
    r"contact (?:the |our )?(?:customer|client|you)"
)
# the receipt of a request (an acknowledgement, 受理, 确认收到): a response, but of an acknowledge column and a respond
# column (or line) the respond one is the response (level_tables, level_fallback)
_RECEIPT = _re(r"acknowledg|受理|确认|確認|收到|接收|\breception\b")
# A final answer is the resolution ("两个工作日内回复最终处理结果"), whatever verb carries it; an interim
# one ("初步提交解决方案", "provide an initial workaround plan") is neither a response nor a resolution.
_FINAL = _re(
    r"(?:回复|回覆|答复|答覆|提交|提供|给出|給出)?(?:最终|最終)(?:的)?(?:处理|處理|解决|解決)?(?:结果|結果|方案)|"
    r"(?:provide|deliver|give)s?\s+(?:a\s+|the\s+)?final\s+(?:resolution|fix|answer|solution)"
)
_INTERIM = _re(
    # (a PDF may break a word with a space where its line wrapped: "初步解 决方案")
    r"\s*(?:给出|給出|提交|提供|制定)?(?:初步|初始|临时|臨時|暂时|暫時)(?:提交|提供|给出|給出|制定)?(?:的)?"
    r"(?:解\s?[决決]|[处處]\s?理)?\s?(?:方\s?案|意\s?[见見]|建\s?[议議])|"
    r"\s*(?:provide|deliver|give)s?\s+(?:an?\s+)?(?:initial|preliminary|interim)\s+(?:plan|assessment|diagnosis|analysis)"
)
# Starting work is the response, whatever it starts on: "commence work on resolving the deficiency within 4 hours",
# "开始处理", "着手解决". The phrase is rewritten to a response word before the verbs are read.
_START_WORK = _re(
    r"\b(?:commence|begin|start|initiate)s?\s+(?:work(?:ing)?\s+)?(?:on\s+|to\s+)?(?:resolv|fix|correct|restor|work)\w*"
    r"|(?:开始|開始|着手|著手)(?:处理|處理|解决|解決|修复|修復|排查)"
)
_RESOLUTION = _re(
    r"解决|解決|修复|修復|恢复|恢復|排除|内完成|內完成|[采採]取相[应應]措施|正常运行|正常運行|"
    r"resol|fix|restor|workaround|correct|完工|修好|修竣|结案|結案|"
    # the service's recovery time is its resolution ("Severity | Recovery time" / "High | 2hrs"); not a disaster
    # recovery's time or its recovery time objective (RTO, a continuity figure)
    r"(?<!disaster )\b(?:time\s+to\s+recover|recovery\s+(?:time|target)s?)\b(?!\s+objective)|"
    # closing the loop (24小时内闭环: the problem handled to its end)
    r"闭环|閉環|"
    # a repair or a completed handling is the fault's end ("repaired within 2 days", "修理完毕", "处理完成"); a remedy
    # is not: a breach is remedied within a cure period ("fails to remedy within 7 days")
    r"修理|(?:维修|維修|处理|處理)(?:完成|完毕|完畢|结束|結束)|排障|"
    # closing the case is its resolution ("Closure Target 4 Working Hours", "closed within 2 days", 结案时间); the
    # abbreviations: time to resolve / restore, "Res:" / "Resol.:" before a time. One word boundary before them all:
    # each alternative of its own costs a try at every character
    # (not a proposal's section on what it offers: "Your Solution", "Our Proposed Solution")
    r"\b(?:(?<!your )(?<!our )(?<!proposed )(?<!recommended )solution\b|solved\b|closure\b|closed? within\b|time to close\b|completion\s+(?:time|target)s?\b|(?:target|targeted|estimated)\s+completion\b|"
    r"repair(?:s|ed)?\b(?! (?:service|centre|center|shop|depot))|(?-i:TTR)\b|res(?:ol)?\b\.?(?=\s*[:：]))"
)
_LEVEL = _re(
    r"(?P<id3>\b[A-Za-z][\w-]{0,15})\s*\((?P<inner3>[^)]{1,14})\)\s*(?:级|級)|(?:severity|priority) level (?P<id3b>[A-Za-z][\w-]{0,15})\s*\((?P<inner3b>[^)]{1,20})\)|(?P<id>\bP[0-4](?:\b|(?=\s*[级級]))|\bS[1-4](?:\b|(?=\s*[级級]))|\bL[1-4]\b(?!\s*(?:/\s*L\d\s*)?(?:support|engineers?|teams?|agents?|technicians?|analysts?|desk|escalation|staff))|(?:severity|priority|level|sev|category|class)\s*[1-4A-D]\b|第\s*[一二三四五六1-6]\s*[级級]|"
    r"(?:严重性|嚴重性|严重度|嚴重度|优先级|優先級|优先顺序|優先順序)\s*[A-D1-4]\b|\b[A-D]\s*[级級]|"
    r"(?<![A-Za-z])[一二三四1-4]级(?=故障|问题|問題|事件|错误|錯誤|优先|優先|\s*[:：]|\s*$)|(?<![A-Za-z])[一二三四1-4]級|"
    # Roman numerals: "I 级", "Ⅱ级", "III級", "Level II", "Severity IV"
    r"(?:severity|priority|level|sev)\s*(?-i:IV|I{1,3})\b|(?<![A-Za-z])(?-i:IV|I{1,3})\s*[级級]|[ⅠⅡⅢⅣ]\s*[级級])"
    r"(?:\s*[(（](?P<inner>[^)）]{1,12})[)）])?"
    r"|(?P<name>特急|紧急|緊急|致命|严重|嚴重|重大|重要|一般|轻微|輕微|次要|咨询|諮詢|高级|中级|低级|高級|中級|低級|(?:常见|常見|普通)(?=故障)|(?:简易|簡易|简单|簡單)(?=故障|问题|問題)|(?<![A-Za-z] )(?<![A-Za-z])non-?(?:critical|emergency)|critical|emergency|non-?urgent|urgent|major|minor|serious|high|medium|moderate|low|"
    # "normal" only as a name: before priority or severity, or a time ("Normal priority tickets", "Normal 32 business
    # hours"), not in "normal business hours" or "normal operation"; "Normal — 1 day" beside names of the vendor's own
    # ("Blocker — 1 hour") is read with them, by the lines' shape (level_fallback)
    r"normal(?=\s+(?:priority|severity)\b|\s+\d)|"
    # "important" as a name the same way, or alone on its line (a cell: "4. Important"), not "it is important to"
    r"important(?=\s+(?:priority|severity)\b|\s+\d|\s*$))"
    # its id or gloss in brackets, right after it or after the noun it qualifies; or a second name after a slash
    # ("High/Urgent 8 hours": one level named twice, read by its first name) ("重大事件(P1)10分钟内响应": one level)
    r"(?:(?:故障|问题|問題|事件|事故)?\s*[(（](?P<inner2>P[0-4]|[^)）]{1,10})[)）]"
    r"|(?=\s*(?:级|級|故障|问题|問題|错误|錯誤|事件|事故|缺陷|案件|工单|工單|请求|請求|[:：|]|/(?=[A-Za-z])|\d|[一二两兩三四五六七八九十半](?:个|個)?(?:小时|小時|分钟|分鐘|天|日|工作|周|週)|priority|severity|issues?|problems?|incidents?|defects?|errors?|\s|$)))"
)
_CLOCK_HINT_BUSINESS = _re(
    r"工作时间|工作時間|工作时段|工作時段|工作日|工作天|上班时间|上班時間|business hours|business days|working hours|office hours|core\s+(?:business\s+|support\s+)?hours|"
    r"(?:within|during)\s+(?:the\s+)?(?:normal\s+|standard\s+|basic\s+)?support\s+hours|"
    r"周一至周五|週一至週五|星期一至星期五|monday\s*(?:to|-|through)\s*friday|mon(?:day)?\s*[-–~]\s*fri(?:day)?|"
    r"\d{1,2}:\d\d\s*[-–~至到]\s*\d{1,2}:\d\d|" + re.escape(CLOCK_BUSINESS)
)


# a word naming a plan or an offer ("Priority Plan", "Gold Tier", 旗舰套餐, 专业版)
PLAN_WORD = _re(r"\b(?:plans?|tiers?|packages?|editions?|subscriptions?)\b|套餐|方案|版本?$")
# a column's word naming a stage or a variant of one kind's time, never a plan: "Temporary Solution | Definitive
# Solution", "Initial Response | Final Response", "Response – After-hours", 临时/永久解决 (the en569 misfire)
STAGE_OR_VARIANT = _re(
    r"\b(?:temporary|interim|provisional|definitive|permanent|final|initial|updates?|progress|work-?\s?around|"
    r"after[- ]?hours|out[- ]of[- ]hours|business[- ]hours|off[- ]hours|escalation)\b|"
    r"临时|臨時|永久|最终|最終|初步|首次|更新|进展|進展|规避|規避|非工作|节假日|節假日"
)


def plan_level(key: str, name: str, plan: str) -> tuple[str, str, None]:
    """A severity level under one support plan, as every plan reader names it: keyed apart from the severity's own
    level ("#1@premium"), named "Sev-1 (Premium)", no id of its own."""
    return f"{key}@{plan.lower()}", f"{name} ({plan})", None


class _Level:
    def __init__(self, key: str, name: str, id_: str | None) -> None:
        self.key, self.name, self.id = key, name, id_
        self.times: dict[str, tuple[FoundDuration, str | None, Sentence]] = {}
        self.named_at: Sentence | None = None  # the table cell naming the level, when a table gave it


# time outside business hours is not business time ("非工作时间…4小时内响应", "outside business hours: 4 hours")
# a column or a header cell named by its clock alone ("Business Hours", "After-Hours", 工作时间, 非工作时间): the
# columns of one kind told apart by clock (`level_tables`), or the second row of a two-row header (`tables`)
CLOCK_COLUMN = _re(
    r"(?:during\s+|in\s+)?(?:normal\s+|standard\s+)?(?:business|office|working)\s+hours?|after[- ]?hours|out\s+of\s+hours|"
    r"outside\s+(?:of\s+)?(?:business|office|working)\s+hours|non-?(?:business|working)\s+hours|24\s*x\s*7|24/7|"
    r"(?:非)?(?:工作|上班)(?:时间|時間)(?:内|內)?|下班(?:时间|時間)|节假日|節假日|工作日|非工作日"
)


_OUTSIDE_BUSINESS = _re(
    r"非(?:工作|上班)(?:时间|時間|日)|(?:工作|上班)(?:时间|時間)(?:以外|之外)|下班(?:时间|時間)|节假日|節假日|"
    r"(?:outside|after|beyond)\s+(?:of\s+)?(?:normal\s+|standard\s+)?(?:business|working|office)\s+hours|after[- ]hours|"
    r"non-?(?:business|working|office)\s+(?:hours|days)|out\s+of\s+(?:business\s+|office\s+)?hours|"
    r"weekends?|holidays?"
)


# fixing a security vulnerability ("高危漏洞修复≤72 小时", "critical vulnerabilities are patched within 72 hours")
# is the product's maintenance, not the resolution of a reported incident
_SECURITY_FIX = _re(r"漏洞|安全补丁|安全補丁|安全更新|vulnerabilit|\bCVE\b|security (?:patch|fix|update)")
# a dispute between the parties ("If unresolved within 30 days, submit to mediation", "争议协商30日内未能解决的,提交
# 仲裁") is settled by the dispute clause, no incident's resolution
_DISPUTE = _re(r"\bdisputes?\b|\bmediat|\barbitrat|\blitigat|争议|爭議|仲裁|调解|調解|诉讼|訴訟")


# an average or typical time is a figure, not a commitment ("Average response time … is less than 2 hours",
# "Stabilize ASAP (often ≤ 4 hrs)", "平均响应时间为2小时")
_HEDGED = _re(r"\baverage|\btypically\b|\busually\b|\boften\b|平均")


# A statement that the times of a section are figures, not commitments: "The below time lines are average",
# "The response times listed below are estimates only", "The above targets are indicative and not guaranteed",
# "以下时间为平均处理时间", "上述時限僅供參考" (响应时间参考以下标准, "refer to the standard below", commits).
# Its direction (below / above, 以下 / 上述) gives the times it covers; with none it covers the whole document.
_FIGURES_WORD = (
    r"(?:an?\s+)?(?:averages?|typical|estimates?|estimated|approximate|approximations?|indicative|"
    r"for (?:reference|guidance|information)(?: only)?|guidelines?|(?:are\s+|is\s+)?not guaranteed)"
)
_FIGURES_STATEMENT = _re(
    r"\b(?P<en>(?:the\s+)?(?:(?:below|above|following|foregoing|these|those|all|such)\s+)?"
    r"(?:(?:response|resolution|restoration|service|support|target|sla)\s+)*"
    r"(?:time\s*lines?|times?|targets?|objectives?|figures?|timeframes?|time frames?|goals?|deadlines?)"
    r"(?:\s+(?:below|above|listed|shown|given|stated|set out|described)(?:\s+(?:below|above|here))?)?)"
    r"\s+(?:are|is|represent|reflect)\s+(?:only\s+|merely\s+|intended as\s+)?" + _FIGURES_WORD + r"\b|"
    r"(?P<zh>(?:以下|下列|下述|如下|以上|上述|上列|所列|所有)?[^。;；]{0,12}(?:时间|時間|时限|時限|时效|時效|目标|目標))"
    r"[^。;；]{0,6}(?:均|皆|都)?(?:为|為|是|系|係)?(?:平均|(?:参考|參考)(?!\s*(?:以下|如下|下列|下述|下表|附件|附表|标准|標準|执行|執行|表))|预估|預估|估计|估計|仅供参考|僅供參考|不作(?:为|為)?(?:承诺|承諾|保证|保證))"
)
_FIGURES_BELOW = _re(r"below|following|以下|下列|下述|如下")
_FIGURES_ABOVE = _re(r"above|foregoing|以上|上述|上列")


def figures_only(sentences: list[Sentence]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The stretches of the document (from, to: paragraph number and offset, both ends open) whose times a
    statement calls averages, estimates or figures for reference: after it when it speaks of the times below,
    before it when of the times above, else the whole document."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    first, last = (-1, -1), (1 << 62, 0)
    for s in sentences:
        m = _FIGURES_STATEMENT.search(s.norm)
        if m is None:
            continue
        scope, at = m["en"] or m["zh"] or "", (s.paragraph.number, s.offset)
        if _FIGURES_BELOW.search(scope):
            out.append((at, last))
        elif _FIGURES_ABOVE.search(scope):
            out.append((first, at))
        else:
            out.append((first, last))
    return out


def within(stretches: list[tuple[tuple[int, int], tuple[int, int]]], s: Sentence) -> bool:
    """Whether the sentence (a table cell too) stands inside one of the stretches."""
    at = (s.paragraph.number, s.offset)
    return any(a < at < b for a, b in stretches)


# a time the text says does not apply ("不適用3天內完工之服務標準", "the 3-day repair target does not apply to …")
_NOT_APPLIED_BEFORE = _re(r"(?:不适用|不適用|不适合|不適合|不提供)[^,，;；。]{0,6}$")
_NOT_APPLIED = _re(r"\b(?:does|do|shall|will) not apply\b|\bnot applicable\b|\bis not offered\b")
# a time a failure is counted from, the negation before it ("如果不能在4小时内远程解决,…提供现场支持", "如果不能于12小时内
# 解决故障"): the condition for what follows, not a promise (the level's own promise stands in the clause before it)
_FAILED_WITHIN_BEFORE = _re(r"(?:不能|无法|無法|未能|不能夠|不能够)\s*(?:在|于|於)\s*$")


# a validity period names how long a bid, a quote or an offer holds ("响应有效期：90天", "quote valid for 30 days"),
# never a time to respond
_VALIDITY_BEFORE = re.compile(r"(?:有效期限?|validity(?:\s+period)?|valid\s+for)\s*[:：为為是]?\s*$", re.IGNORECASE)


def not_a_limit(text: str, duration: FoundDuration) -> bool:
    """The time is no level's limit: the statement it stands in is about fixing security vulnerabilities or
    settling a dispute between the parties,
    the words before it give an average or a typical figure, its clause says it does not apply, or it gives the
    service's hours ("24 Hours Monitoring", "7x24小时服务": a clock, `coverage_hours`)."""
    start = max((text.rfind(c, 0, duration.start) for c in ";；。"), default=-1) + 1
    end = min((i for c in ";；。" if (i := text.find(c, duration.end)) >= 0), default=len(text))
    clause_end = min((i for c in ",，;；。" if (i := text.find(c, duration.end)) >= 0), default=len(text))
    return bool(
        _SECURITY_FIX.search(text[start:end])
        or _DISPUTE.search(text[start:end])
        or _HEDGED.search(text[start : duration.start])
        or _NOT_APPLIED_BEFORE.search(text[start : duration.start])
        or _FAILED_WITHIN_BEFORE.search(text[start : duration.start])
        or _NOT_APPLIED.search(text[start:clause_end])
        or states_coverage(text, duration)
        or _VALIDITY_BEFORE.search(text[max(start, duration.start - 16) : duration.start])
    )


def _clock(clause: str, duration: FoundDuration) -> str | None:
    if duration.business:
        return "business"
    if CLOCK_24X7 in clause:
        return "24x7"
    if _CLOCK_HINT_BUSINESS.search(_OUTSIDE_BUSINESS.sub(" ", clause)):
        return "business"
    return None


def row_clock(texts: list[str]) -> str | None:
    """The clock a table row's own cell states ("24x7", "7.5/5", "Business hours"), for its times."""
    text = _OUTSIDE_BUSINESS.sub(" ", " ".join(texts))
    if CLOCK_24X7 in text:
        return "24x7"
    return "business" if _CLOCK_HINT_BUSINESS.search(text) else None


# the times of the page as a subject, perhaps pointed at ("The time indicated", "the times above", "These deadlines")
_TIMES_SAID = (
    r"\b(?:the|all|these|those|above|such|our)\s+(?:[a-z-]+\s+){0,2}?(?:times?|deadlines?|timeframes?|time\s+frames?)\s+"
    r"(?:(?:indicated|stated|listed|shown|given|specified|quoted|above|below|here(?:in)?)\s+)?(?:(?:above|below)\s+)?"
)
# A statement that every time of the document counts business time: "All times are tracked against our
# standard business hours", "Response and resolution times are measured during business hours", a title
# "SLA During Business Hours", "以上响应时间均按工作时间计算", "上述時限均指工作日".
_ALL_BUSINESS = _re(
    r"\b(?:all|these|the above|above|response|resolution|target|sla)\b[^.;]{0,40}?\b(?:times?|targets?|commitments?|slas?|intervals?)\b"
    r"[^.;]{0,30}?\b(?:are|is|will be|shall be)\b[^.;]{0,25}?\b(?:tracked|measured|calculated|counted|based|applicable|valid|"
    r"limited|restricted|confined)\b[^.;]{0,25}?\b(?:against|during|in|on|within|to)\b[^.;]{0,30}?\b(?:business|working|office) hours|"
    # the times measured from a request received in business hours ("the following response times, measured from the
    # time a request is received during business hours")
    r"\b(?:response|resolution)\s+(?:times?|targets?)\s*,?\s+(?:(?:are|is|will be|shall be)\s+)?"
    r"(?:measured|calculated|counted|tracked)\b[^.;]{0,60}?\b(?:during|within|in)\s+(?:normal\s+|standard\s+)?"
    r"(?:business|working|office) hours|"
    r"^(?=[^.;]{0,40}(?:\bsla\b|service level|response|resolution))[^.;]{0,60}\b(?:during|within)\s+(?:normal\s+|standard\s+)?"
    r"(?:business|working|office) hours\s*\)?\s*$|"
    # the times to be met during the business or support hours ("meet the following targeted response times during
    # Support hours:", "Response Times during Support Hours as outlined below"), as a clause's "during support hours"
    # does; not a promise stating its time ("Response times during business hours are 4 hours; 8 hours outside")
    r"\b(?:following|below|these|the|our|all|and)\s+(?:[a-z-]+\s+){0,2}(?:response|resolution|reaction)\s+"
    r"(?:times?|targets?)\s+(?:are\s+)?(?:during|within)\s+(?:the\s+)?(?:normal\s+|standard\s+|basic\s+|regular\s+)?"
    r"(?:business|working|office|support)\s+hours(?![^.;]*\d)|"
    # the term defined as a thing done in business hours ('"Response" refers to … an acknowledgment during business
    # hours', "响应时间是指在工作时间内…")
    r"^\W{0,2}(?:response|resolution|respond|resolve)(?:\s+times?)?\W{0,2}\s+(?:refers to|means|is defined as|shall mean)\b"
    r"[^.;]{0,120}?\b(?:during|within|in)\s+(?:normal\s+|standard\s+)?(?:business|working|office) hours|"
    r"(?:响应|響應|解决|解決)(?:时间|時間)?(?:是指|系指|係指|指)[^。;；]{0,40}(?:工作时间|工作時間|上班时间|上班時間)(?:内|內)|"
    # the times said to count the working schedule ("The time indicated takes into account the company's working
    # schedule from 8am to 5pm", "The times above are based on our office hours", "These deadlines consider business
    # days only"): a clock stated once for every time on the page
    + _TIMES_SAID
    + r"(?:takes?|will\s+take|(?:are|is)\s+taken)\s+into\s+(?:account|consideration)\b[^.;]{0,40}?"
    r"\b(?:business|working|office|work)\s+(?:schedule|hours|days|time)|"
    + _TIMES_SAID
    + r"(?:(?:are|is)\s+(?:based\s+on|calculated\s+(?:according\s+to|on|using|by)|counted\s+(?:by|in))|consider|follow|reflect)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:business|working|office|work)\s+(?:schedule|hours|days|time)\b|"
    # "All hours and days listed above are exclusively business hours"
    r"\ball\s+(?:the\s+)?(?:hours|days|times)(?:\s+and\s+(?:hours|days))?(?:\s+(?:listed|stated|shown|given|quoted))?"
    r"(?:\s+(?:above|below|here|in this (?:document|agreement|table)))?\s+(?:are|is)\s+(?:exclusively\s+|only\s+|all\s+)?"
    r"(?:in\s+|expressed\s+in\s+)?(?:business|working|office)\s+(?:hours|days)|"
    r"(?:以上|上述|所有|各项|各項|响应|響應|解决|解決|修复|修復)[^。;；]{0,10}(?:时间|時間|时限|時限|时效|時效)[^。;；]{0,8}"
    r"(?:均|都|皆|一律)?(?:按|指|为|為|以)[^。;；]{0,4}(?:工作时间|工作時間|工作日|工作小时|工作小時)"
)


# a line that is only a clock, under a heading naming the times: "(During normal business hours by region)",
# "（工作时间内）", "(上班時間內)"
_CLOCK_LINE = _re(
    r"[(（]?\s*(?:during|within|in)?\s*(?:normal\s+|standard\s+|regular\s+)?(?:business|office|working)\s+hours\b"
    r"[^.;()（）]{0,30}[)）]?|[(（]?\s*(?:工作|上班)(?:时间|時間|日)(?:内|內)?\s*[)）]?"
)


# the service provided only within hours the document defines as weekdays ("The Support Service will be provided
# during the Service Hours" / "Normal Service hours are 8.30 am to 6.00pm Monday through Friday", "服务时间为周一至周五
# 9:00-18:00" with "本服务在服务时间内提供")
_PROVIDED_DURING = _re(
    r"\b(?:services?|support)\b[^.;]{0,40}\b(?:provided|available|delivered)\s+(?:only\s+)?(?:during|within)\s+(?:the\s+)?"
    r"(?:normal\s+)?(?P<en>service|support) hours\b|"
    r"(?:服务|服務|支持|支援)[^。;；]{0,20}(?:在|於|于)(?P<zh>服务|服務|支持|支援)(?:时间|時間)(?:内|內)(?:提供|进行|進行)"
)
_WEEKDAY_HOURS = _re(
    r"(?:monday|mon)\s*(?:to|-|–|through|thru)\s*(?:friday|fri)|周一至周五|週一至週五|星期一至星期五|工作日"
)


def _hours_defined_as_weekdays(texts: list[str]) -> int | None:
    """Some sentence says the service is provided during its service hours, and the sentence defining those
    hours ("Service hours are …", "服务时间为…") names weekdays and no round-the-clock service: that sentence's
    index."""
    said = next((m for t in texts if (m := _PROVIDED_DURING.search(t))), None)
    if said is None:
        return None
    word = "service|support" if said["en"] else "服务|服務|支持|支援"
    defining = re.compile(rf"(?:{word})\s*(?:hours|时间|時間)\s*(?:are|is|为|為|:|：)", re.I)
    return next(
        (k for k, t in enumerate(texts) if defining.search(t) and _WEEKDAY_HOURS.search(t) and CLOCK_24X7 not in t),
        None,
    )


# the same statement in any wording: a sentence naming the times or targets that puts them in business hours and
# states no figure of its own ("All time stated are in business hours as noted in the Licence Agreement", "… the
# maximum allowable time for the initial response and final resolution, measured during MyPortal's standard business
# hours"); a figure would make it a promise of its own ("Response times during business hours are 4 hours")
_TIMES_NOUN = _re(r"\b(?:times?|targets?|slas?|slts?|deadlines?|response|resolution)\b")
_IN_BUSINESS_HOURS = _re(
    r"\b(?:during|in|within|against)\s+(?:[\w'’-]+\s+){0,3}?(?:business|working|office|operating)\s+(?:hours|days)\b"
)

# hours that say when a request arrives, not what the times count ("Response Times apply to Notices of Problems
# received during Business Hours": the clock may still run round the clock)
_ARRIVES_IN_HOURS = _re(
    r"\b(?:received|reported|submitted|logged|raised|placed|opened|made|arriv\w*)\s+(?:during|in|within)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:business|working|office)\s+(?:hours|days)\b"
)


# (extract33D) round the clock only as the exception of a higher plan ("unless you have 24/7 support, all time frames …
# means during business hours", "Except for 24x7 plans, the listed SLA times are calculated within operating hours"):
# the statement still puts the page's own times on the business clock
_UNLESS_ROUND_THE_CLOCK = _re(
    r"\b(?:unless\s+(?:you|the\s+(?:client|customer))\s+(?:have|has|buys?|purchases?)|except\s+(?:for|on|under)|"
    r"other\s+than)\s+(?:an?\s+|the\s+)?" + re.escape(CLOCK_24X7) + r"\s*(?:[\w-]+\s*){0,2}?(?:support|plans?|"
    r"contracts?|coverage|tiers?|service)\b"
)


def _times_in_business_hours(text: str) -> bool:
    text = _UNLESS_ROUND_THE_CLOCK.sub(" ", text)
    return (
        not any(c.isdigit() for c in text)
        and CLOCK_24X7 not in text
        and _IN_BUSINESS_HOURS.search(text) is not None
        and _ARRIVES_IN_HOURS.search(text) is None
        and _TIMES_NOUN.search(text) is not None
    )


def document_clock(texts: list[str]) -> tuple[str, int] | None:
    """("business", index of the text saying so) when the document says all its times count business hours, or a
    line stating only the business clock stands right under a line naming the times ("Target response times" /
    "(during business hours)"), or the service is provided only during service hours it defines as weekdays."""
    plain = [_OUTSIDE_BUSINESS.sub(" ", t) for t in texts]
    said = next((k for k, t in enumerate(plain) if _ALL_BUSINESS.search(t) or _times_in_business_hours(t)), None)
    if said is None:
        said = _hours_defined_as_weekdays(plain)
    if said is not None:
        return "business", said
    for k, (above, line) in enumerate(itertools.pairwise(plain)):
        if len(line) <= 60 and _CLOCK_LINE.fullmatch(line.strip()) and _kinds_in_order(above):
            return "business", k + 1
    return None


_ORDINAL = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6"}
# an id that ranks the level by a number or a letter: "P3", "Priority 3", "Severity 3", "Sev 3", "Level 3",
# "S3", "3级", "第三級", "严重性 A", "A级" all rank it the same way
_RANKED = _re(
    r"(?:p|s|l|priority|severity|sev|level|category|class|第|严重性|嚴重性|严重度|嚴重度|优先级|優先級|优先顺序|優先順序)?\s*(?P<rank>[0-9A-D一二三四五六])\s*(?:级|級)?"
)


_ROMAN = re.compile(r"(?<![A-Za-z])(?:IV|III|II|I)(?![A-Za-z])|[ⅠⅡⅢⅣ]")
_ROMAN_VALUE = {"I": "1", "II": "2", "III": "3", "IV": "4", "Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4"}


def level_key(ident: str) -> str:
    """The key one level has whatever alias names it: "P3" and "Priority 3" are "#3", "A级" and
    "Severity A" are "#a"; an id that is not a rank is its own key ("consult")."""
    m = _RANKED.fullmatch(_ROMAN.sub(lambda r: _ROMAN_VALUE[r[0].upper()], ident.strip()))
    if not m:
        return re.sub(r"\s+", "", ident.lower())
    return "#" + _ORDINAL.get(m["rank"], m["rank"]).lower()


def _level_in(text: str) -> tuple[str, str, str | None] | None:
    m = _LEVEL.search(text)
    if not m:
        return None
    if m["id3"] or m["id3b"]:
        ident, inner = m["id3"] or m["id3b"], m["inner3"] or m["inner3b"]
        return level_key(ident), inner.strip(), ident
    if m["id"]:
        ident = re.sub(r"\s+", " ", m["id"]).strip()
        name = m["inner"] or ident
        return level_key(ident), name.strip(), ident
    name = m["name"]
    inner = m["inner2"]
    # 紧急（P0）, 咨询（consult）: the id in brackets is the key the same level has elsewhere ("consult（咨询）级")
    ident = inner if inner and re.fullmatch(r"P[0-4]|[A-Za-z][\w-]{0,15}", inner) else None
    return level_key(ident) if ident else name.lower(), name, ident


# a bracket opened right after a level and not yet closed: a level word in it describes that level
# ("High (major impact): 30-minute response" names High, not major)
_IN_DESCRIPTION = re.compile(r"\s*[(（][^()（）]*")


def _last_level_in(text: str) -> tuple[str, str, str | None] | None:
    last = None
    for m in _LEVEL.finditer(text):
        if last is not None and _IN_DESCRIPTION.fullmatch(text, last.end(), m.start()):
            continue
        last = m
    return _level_in(text[last.start() :]) if last else None


_COLUMN_OF_LEVELS = _re(
    r"severity|priority|level|\bplans?\b|\btiers?\b|等级|等級|级别|級別|优先级|優先級|优先顺序|優先順序"
)
# what may follow a level's name on a line of its own ("Critical events", "P1 – Critical:", "紧急故障")
_NAME_ONLY = _re(
    r"\s*(?:[-–:：\s]\s*\w{0,12}\s*)?(?:级|級)?\s*(?:events?|incidents?|issues?|problems?|requests?|priority|severity|"
    r"故障|问题|問題|事件)?\s*[:：]?\s*$"
)
_LIST_INTRO = _re(r"[:：]\s*$|\bbelow\b|\bfollowing\b|如下|下列|以下")


# a column head or label that is only "Troubleshooting" (故障排查) names the time to troubleshoot the fault, the
# resolution, beside an acknowledgment column; in prose ("assist with troubleshooting problems") it names none
_TROUBLESHOOTING_HEAD = _re(
    r"\s*(?:troubleshooting|trouble-?shooting|故障排查|故障檢修|故障检修)(?:\s*(?:time|target|sla|时间|時間|时限|時限))?\s*[:：]?\s*"
)


def _kinds_in_order(text: str) -> list[str]:
    """response / resolution in the order the text names them, each once (a fresh list; memoised per document)."""
    return list(_kinds_read(text))


@per_document
def _kinds_read(text: str) -> tuple[str, ...]:
    if _TROUBLESHOOTING_HEAD.fullmatch(text):
        return ("resolution",)
    hits = sorted(
        [(m.start(), "response") for m in _RESPONSE.finditer(text)]
        + [(m.start(), "resolution") for m in _RESOLUTION.finditer(text)]
    )
    out: list[str] = []
    for _, kind in hits:
        if kind not in out:
            out.append(kind)
    return tuple(out)


def resolution_months(text: str) -> list[FoundDuration]:
    """A resolution of a month or few on a short "kind: value" line or cell ("Resolution SLA: 1 month",
    "解决时限:1个月"); elsewhere a count of months is a period of the agreement, not a level's time."""
    if _kinds_in_order(text) != ["resolution"] or len(text) > 48:
        return []
    found = durations(text)
    if len(found) != 1 or found[0].duration.unit.value != "months" or found[0].duration.value > 3:
        return []
    d = found[0]
    labelled = _MONTH_LABEL.fullmatch(text[: d.start]) and _MONTH_TAIL.fullmatch(text[d.end :])
    return found if labelled else []


_MONTH_LABEL = re.compile(r"[^:：\d]{1,30}[:：]\s*(?:within\s+|in\s+|不超过|不超過)?", re.I)
_MONTH_TAIL = re.compile(r"\s*(?:内|內|以内|以內|之内|之內)?\s*[.。;；]?\s*")
