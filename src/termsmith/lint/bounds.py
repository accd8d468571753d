"""Clauses and the quantities that bound a vague term.

A vague word is bounded only by a quantity that measures it: in the word's own
clause (a sentence split at ，,；;：: — but not at a comma inside a number or a
colon inside a time), or in the next clause when that clause opens with a
clarifier or with the quantity itself (尽快处理，最迟不超过4小时 · 定期备份，每日一次 ·
promptly, and in any event within 4 hours; a cap or a gloss too: but no more than a week after …,
(i.e. 24 hours before …), 及时通知，即在…2小时内 — lintsla), and only by the right kind of
quantity (any kind but ``count``, ``threshold`` and ``never`` also accepts a
reference to the clause or schedule that sets it: 具体见第五条, see Section 3):

- ``time``: a duration or deadline (4小时内, 3个工作日, 当日, 17:30, within the
  time periods stated in Section 3); never a price, a percentage or a count;
  in English never one inside a modifier of another noun (respond promptly to
  requests received within 30 days: the days are the requests');
- ``period``: how often (每月, 每季度一次, monthly, every 2 weeks, Fridays), before
  or after the word (每月定期巡检);
- ``availability``: hours of service (7×24, 24小时, 全年无休) anywhere in the
  sentence, or a time as above;
- ``count``: a number of items after an open list (提供电话、邮件等至少3种渠道);
- ``list``: a reference to the list itself (如下, 见附件二, as follows, Schedule 2)
  anywhere in the sentence, or a count;
- ``measure``: a percentage, a threshold, a named standard, a price or a duration;
- ``window`` (off-peak hours): clock times or days (22:00-06:00, Fridays) — a notice
  period (with 48 hours' notice) does not say when off-peak is;
- ``zh-hours`` (工作时间, 辦公時間, Chinese): the hours stated anywhere in the sentence (9:00-18:00,
  上午九時至下午五時, 5×8, “工作时间”指…); where the document states them in another sentence the word is
  no commitment at all (termsmith.lint.zh_uses);
- ``threshold`` (重大, 少量): a percentage, a comparison or a count — 重大问题三天内解决
  says how fast, not what 重大 is; in Chinese also the consequence that defines it
  (重大故障影响核心业务运行 · 重大故障导致业务中止);
- ``price``: an amount of money, a cap, a rate or a price list (附件二价格表,
  请参照收费标准, rate card, $100 per hour), or in Chinese the contract that sets it
  (按照合同约定收取服务费用) or a share of a known fee (全數費用, 50%費用, 按比例收費);
- ``span`` (持续, 不断): a period, a duration or a deadline (不可抗力持续超过30日), or the agreement's own term
  (在本协议有效期内持续保持…, during the term of this Agreement; lintsla);
- ``fallback`` (协商解决): arbitration or a court named after it (协商解决；协商不成的，
  提交仲裁) — negotiation with a fallback is a procedure, not an open end;
- ``situation`` (根据实际情况, 依客户情况, Chinese): the basis of a decision is settled
  when the rest of the sentence states the figure decided (依客户情况，每月、季或半年一次 ·
  根据甲方使用的实际情况，每月定期上门): a period, a duration, an amount or a percentage;
A template blank stands for the number it will hold (每____个月, within [N] hours).

- ``never``: efforts standards, hedges (原则上, typically) and discretion are not
  cured by a number (原则上24小时内解决 is still hedged).

Everything here runs only for sentences that hold a vague word; patterns compile
on first use so that a clean 'termsmith lint' never pays for them.
"""

from __future__ import annotations

import re
from functools import cache

from termsmith import regex_cache
from termsmith.lint.prefilter import compile_with_first_pairs

_NUM = (
    r"(?:\d+(?:[.,]\d+)?|_+|＿+|\[[^\]]{1,16}\]|【[^】]{1,16}】|[零〇一二两兩三四五六七八九十百千半]+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:[- ]four)?|thirty|forty(?:[- ]eight)?|sixty|seventy[- ]two|ninety)(?:\s*\(\d+\))?"
)
_DURATION = (
    r"(?:"
    + _NUM
    + r"|\ban?(?=\s+(?:business |working |calendar )?(?:hour|minute|day|week|month)\b))"  # (lintsla) a week
    r"\s*(?:个|個)?\s*(?:工作小时|工作小時|小时|小時|分钟|分鐘|工作日|工作天|天|日|周|週|星期|个月|個月|月|年|"
    r"h\b|hrs?\b|(?:business |working )?hours?\b|minutes?\b|mins?\b|(?:business |working |calendar )?days?\b|"
    r"weeks?\b|months?\b|years?\b)"
)
_DEADLINE = (
    r"当日|當日|当天|當天|次日|隔日|翌日|next business day|same (?:business )?day|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|(?:约定|約定|规定|規定|标准|標準)\S{0,6}?(?:时间|時間|时限|時限)|"
    r"(?:time periods?|time ?frames?|response times?|resolution times?)\s+(?:stated|set out|specified|set forth|"
    r"defined|listed)"
)
_PERIOD = (
    r"每(?:天|日|周|週|星期|月|季度?|年|半年|隔|\s*" + _NUM + r")|月度|季度|年度|半年|"
    r"(?:daily|weekly|monthly|quarterly|annually|yearly|fortnightly|biweekly)\b|"
    r"every\s+(?:" + _NUM + r"\s+)?(?:business )?(?:days?|weeks?|months?|quarters?|years?)\b|"
    r"once\s+(?:a|per|every)\s+\w+|\b(?:per|a|each)\s+(?:day|week|month|quarter|year)\b|"
    + _NUM
    + r"\s*(?:次|times?)\s*(?:/|per|a|每|each)|"
    r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b|(?:周|週|星期)[一二三四五六日天]"
)
_AVAILABILITY = (
    r"7\s*[×x\*]\s*24|24\s*[×x\*/]\s*7|24\s*(?:小时|小時|hours?\b)|全年无休|全年無休|365\s*(?:天|days?)|"
    r"around the clock|(?:办公|辦公|工作|作业|作業)(?:时间|時間)|business hours"
)
# (lintdeng) a number of months or hours is a duration, never a count: 三個月 bounds no open scope (软件故障三個月免費
# 維護,終身技術支持服務: the months are the maintenance's, the support stays open)
_TIME_UNIT = r"(?:月|小时|小時|钟头|鐘頭|工作日|工作天|星期|礼拜|禮拜|季度|半月)"
_COUNT = (
    r"(?:至少|最多|不超过|不超過|不少于|不少於|共计?|合计|合計|限|at least|up to|no more than)?\s*"
    + _NUM
    + r"\s*(?:种|種|项|項|(?:个|個)(?!\s*"
    + _TIME_UNIT
    + r")|类|類|次|条|條|页|頁|items?\b|types?\b|kinds?\b|channels?\b|pages?\b)"
)
# (遠程: the Hong Kong / s2t spelling of 远程, beside Taiwan's 遠端)
_CHANNELS = r"电话|電話|邮件|郵件|电邮|電郵|e-?mail|热线|熱線|工单|工單|ticket|portal|远程|遠程|遠端|远端"
_LIST = (
    r"如下|下列|以下(?!简称|簡稱)|见附件|見附件|附件[一二三四五六七八九十\d]|附表|清单|清單|as follows|the following|"
    r"\bbelow\b|set out in|listed in|\bschedule\s+\w|\bexhibit\s+\w|\bappendix\s+\w|order form|"
    r"(?:包括|包含|包含下列|includes?|including)\s*[:：]\s*$"
)
# the whole amount after a currency sign ("£80", "¥1,200.50"), so a message quotes the bound as written
_AMOUNT = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_MONEY = (
    r"(?:cny|rmb|usd|hkd|twd|ntd|nt\$|hk\$|us\$|¥|￥|\$|€|£|gbp|eur|aud|cad|nzd|sgd|chf)\s*" + _AMOUNT + "|"
    r"\d[\d,.]*\s*(?:元|万元|萬元|美元|港元|dollars?\b|(?:gbp|eur|usd|aud|cad|nzd|sgd|chf|pounds?|euros?)\b)|"
    r"(?:新台币|新台幣)\s*" + _AMOUNT
)
# (linten13) not "per hour" or "/hour" alone: the basis of a price, no amount (at the usual costs per hour)
_PRICE_LIST = (
    r"(?:参照|參照|按照?|依照?|见|見)\s*(?:本(?:协议|協議|合同|合约|合約)|附件\S{0,8}?)?的?"
    r"(?:价格表|價格表|价目表|價目表|收费标准|收費標準|费用标准|費用標準|费率|費率|报价单|報價單)|"
    r"附件\S{0,6}(?:价格表|價格表|价目表|價目表)|rate card|price list|schedule of (?:rates|fees)|hourly rate|"
    r"人天|人日|person-days?|"
    # (lintsla) the document that states the price, named beside the charge: 依照…收费介绍、订单…收取服务费用 ·
    # 收取該頁面所顯示之收費 · 收費列於「導師收費說明」中
    r"(?:收费|收費|计费|計費)(?:介绍|介紹|说明|說明)|订单|訂單|(?:页面|頁面|网页|網頁)所(?:显示|顯示|列|公布|公佈)"
)
_MEASURE = (
    _NUM + r"\s*[%％]|百分之|[≥≤]|>=|<=|不低于|不低於|不高于|不高於|不少于|不少於|至少\s*\d|at least\s*\d|"
    r"no (?:less|more) than\s*\d|gb/t|\bgb\s*\d|\biso\s*\d|\biec\s*\d|owasp|\bnist\b|soc\s*2"
)
_REFERENCE = (
    r"[见見按依]第\s*\S{1,4}\s*[条條款]|详见|詳見|具体见|具體見|"
    r"\b(?:see|in|under|per)\s+(?:section|clause|schedule|exhibit|appendix|annex)\s+\w"
)
# (lintzh12) an open list whose items a cited part of the document states, after it: 包括…等技术服务,具体参见附件
# 《…》 · 服務條款及免責條款等見背面內容 (the count kind only: a template's place, 样式见附录C, times nothing)
_ZH_CITED = r"详见|詳見|具体见|具體見|参见|參見|[见見](?:附件|附表|附录|附錄|背面|背頁|背页)"
# English-only kinds (EN_PATTERN_TERMS): ``amount`` (minor updates: a cap, a count
# of the work, a duration or a price), ``en-price`` (a charge: an amount, a rate
# card or schedule — not the bare words "hourly rate"), ``hours`` (normal business
# hours: clock times, days or a reference)
_EN_AMOUNT = (
    r"\b(?:up to|at most|maximum of|max\.?|no more than)\s+" + _NUM + r"|" + _NUM + r"\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:updates?|changes?|edits?|requests?|tasks?|revisions?|items?|pages?|tickets?|incidents?)\b|"
    r"time allotment|allotted (?:time|hours)|support (?:time|hours)\b|(?:hours|time) (?:bank|block|balance)|"
    r"retainer|prepaid hours"
)
_EN_PRICE = (  # (linten13) "per hour" alone no longer: see _PRICE_LIST
    r"rate card|price list|pricing page|fee schedule|schedule of (?:rates|fees|charges)|order form|"
    r"statement of work|\bsow\b|(?:rates?|prices?|fees?|pricing)\s+(?:of|in|under|"
    r"(?:set out|stated|specified|listed) in)\s+(?:this|the)\s+(?:agreement|contract|schedule|order|proposal|quote)"
)
_EN_HOURS = r"\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b|as defined|" + _PERIOD
# Chinese only: a price set by the contract itself (按照合同约定收取服务费用 · 依合約收費)
_ZH_PRICE_SET = (
    r"(?:按照?|依照?|依据|依據|根据|根據)\S{0,6}?(?:合同|合約|协议|協議|约定|約定|报价单|報價單)"
    # or fixed in the agreement the parties sign (相关费用将在[公司]与客户签署的协议中确认; lintzh7)
    r"|(?:在|于|於)[^，。；,;]{0,16}?(?:合同|合約|协议|協議|订单|訂單)中?(?:确认|確認|约定|約定|列明|载明|載明|订明|訂明)"
)
# Chinese only: a charge measured as a share of a known fee (收取該次服務的全數費用 · 50%費用 · 按比例收費)
_ZH_PRICE_SHARE = r"全数|全數|全额|全額|按比例|[一二三四五六七八九]成|(?:\d+(?:\.\d+)?|_+)\s*[%％]"
# Chinese only: a severity word defined by its consequence, in its own clause
_ZH_THRESHOLD_DEFINED = r"(?:影响|影響|导致|導致|造成|致使)\S{0,6}?(?:业务|業務|核心|全部|所有|多数|多數|中止|中断|中斷|停止|无法|無法|不能)"
# Chinese only: business hours stated (9:00-18:00 · 上午九時至下午五時 · 5×8 · “工作时间”指…), or a reference to
# the clause that states them
ZH_HOURS = (
    r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|"
    r"(?:上午|下午|早上|晚上|中午)\s*[\d一二三四五六七八九十]{1,3}\s*(?:时|時|点|點)|[5５]\s*[×xX\*＊]\s*[8８]|"
    r"[“「\"](?:工作|办公|辦公|营业|營業|上班)(?:时间|時間)[”」\"]\s*(?:是指|系指|係指|指|为|為)|服务日历|服務日曆"
)
_KINDS: dict[str, str] = {
    "time": f"{_DURATION}|{_DEADLINE}|{_REFERENCE}",
    "period": f"{_PERIOD}|{_REFERENCE}",
    "availability": f"{_AVAILABILITY}|{_DURATION}|{_DEADLINE}|{_REFERENCE}",
    "count": f"{_COUNT}|{_ZH_CITED}",
    "list": f"{_LIST}|{_COUNT}|{_CHANNELS}|{_REFERENCE}",
    "measure": f"{_MEASURE}|{_MONEY}|{_PRICE_LIST}|{_DURATION}|{_REFERENCE}",
    "price": f"{_MONEY}|{_PRICE_LIST}|{_REFERENCE}|{_ZH_PRICE_SET}|{_ZH_PRICE_SHARE}",
    "threshold": f"{_MEASURE}|{_COUNT}|{_ZH_THRESHOLD_DEFINED}",
    "situation": f"{_PERIOD}|{_DURATION}|{_MONEY}|{_NUM}\\s*[%％]",
    "window": r"\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|" + _PERIOD,
    "span": f"{_PERIOD}|{_DURATION}|{_DEADLINE}|{_REFERENCE}",
    "fallback": r"仲裁|诉讼|訴訟|法院|arbitrat|court|litigation",
    "amount": f"{_MEASURE}|{_MONEY}|{_DURATION}|{_EN_AMOUNT}|{_EN_PRICE}|{_REFERENCE}",
    "en-price": f"{_MONEY}|{_EN_PRICE}|{_REFERENCE}",
    "hours": f"{_EN_HOURS}|{_REFERENCE}",
    "zh-hours": f"{ZH_HOURS}|{_REFERENCE}",
    # (lintzh15) a price's change is bounded by a notice period: a duration anywhere after it in its sentence
    # (…调整,并须提前30日书面通知), not one before it (零件費將於5個工作天內報價,零件價格如有更改…: the quote's time)
    "zh-notice": _DURATION,
}
# where the bound may be: the clause, the whole sentence, or only after the term
_SCOPE = {
    "availability": "sentence",
    "zh-hours": "sentence",
    "list": "sentence",
    "count": "after",
    "fallback": "following",
    "amount": "sentence",
    "situation": "rest",
    "zh-notice": "rest",
}
_FOLLOWING = 300  # "following": the rest of the sentence and what comes after it, this far
_CLAUSE_SEP = r"[，；;：]|,(?!\d)|:(?!\d)"
_CLARIFIER = (
    r"\s*(?:(?:并且?|且|但|and|but)\s*)?(?:最迟|最遲|最晚|至迟|至遲|至多|最长|最長|不超过|不超過|不得超过|不得超過|"
    r"不晚于|不晚於|具体|具體|详见|詳見|no later than|not later than|not exceeding|in any (?:case|event)|at the latest|"
    r"(?:no|not) (?:more|longer) than|in no (?:case|event)|\(?i\.\s?e\.,?|亦即|也就是说?|即(?![时時刻便使将將])|"
    r"at most|at least|within|在)"
)
# a next clause that opens with the quantity bounds too (…，每日一次 · …，每月5日前 · …，每人天3000元);
# one that opens with a new subject does not (…优质服务，费用为5000元); …，每次為港幣 $800 (a charge's price) does
_NEXT_LEAD = regex_cache.compile(r"(?:每\S{0,2}(?:[为為]\S{0,2})?|约|約|about|approximately)?")
_ZH_LATER = regex_cache.compile(r"\s*(?:以后|以後|之后|之後|后|後)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return regex_cache.compile(_CLAUSE_SEP), regex_cache.compile(_CLARIFIER)


@cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    """One kind's pattern, compiled when first needed (each is a large alternation,
    put behind a lookahead on the characters its quantities open with: the engine
    would try every branch at every character of the clause)."""
    return compile_with_first_pairs(_KINDS[kind])


@cache
def _kind_plan(kind: str) -> tuple[re.Pattern[str], str]:
    """A kind's pattern and where its bound may be (one cached call per term, not two lookups)."""
    return _kind_pattern(kind), _SCOPE.get(kind, "clause")


# (s15) a clock of coverage — when the service runs, not how fast it answers: 7×24小时 · 5×8小时 · 每天24小时 ·
# 全年365天 · 24 hours a day · 365 days a year · 24/7 · a window 8:00-18:00. Its hours or days bound no speed word
# (7×24小时及时响应: when to respond is still open), as the labelling guide decides; availability words keep it.
_SPEED_KINDS = frozenset({"time", "notice"})  # the kinds a clock of coverage does not bound
_RANGE_TO = r"(?:-|–|—|~|～|至|到|to)"  # between a window's two clock times (8:00-18:00, 9:00至17:30)
_COVERAGE_BEFORE = regex_cache.compile(
    r"(?:\d\s*[×xX\*＊/]\s*|每天|每日|全天|一天|全年|每年|一年|[:：]\d{2}\s*" + _RANGE_TO + r"\s*|"
    r"\d\s*(?:hours?|days?)\s+)$"
)
_COVERAGE_AFTER = regex_cache.compile(
    r"\s*(?:[×xX\*＊/]\s*\d|(?:a|per|each|every)\s+(?:day|week|year)\b|全年|無休|无休|不间断|不間斷|"
    + _RANGE_TO
    + r"\s*\d{1,2}\s*[:：]\s*\d{2})"
)


def _coverage(lower: str, m: re.Match[str]) -> bool:
    """Whether the quantity ``m`` is part of a clock of coverage (see ``_COVERAGE_BEFORE``), not a deadline."""
    return bool(_COVERAGE_BEFORE.search(lower[max(0, m.start() - 8) : m.start()])) or bool(
        _COVERAGE_AFTER.match(lower, m.end())
    )


def _search(pattern: re.Pattern[str], kind: str, lower: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first quantity of ``kind`` in ``lower[lo:hi]``; for a speed word, the first that is no clock of coverage
    (7×24小时及时响应: the coverage, not a deadline)."""
    m = pattern.search(lower, lo, hi)
    while m is not None and kind in _SPEED_KINDS and _coverage(lower, m):
        m = pattern.search(lower, m.end(), hi)
    return m


_ADJACENT = 2  # at most this many characters between a word and its quantity: 提前5个工作日, 持续超过30日


def find_bound(
    kind: str, text: str, lower: str, span: tuple[int, int], clause_span: tuple[int, int], sentence: tuple[int, int]
) -> tuple[str, bool] | None:
    """The quantity of ``kind`` that bounds the term at ``span`` and whether it is
    part of the same expression (每月定期, 提前5个工作日, 等至少3种, a negotiation
    with its fallback): then the word is not vague at all. None: unbounded."""
    if kind == "never":
        return None
    pattern, scope = _kind_plan(kind)
    if scope == "following":
        lo, hi = span[1], min(len(text), span[1] + _FOLLOWING)
    elif scope == "sentence":
        lo, hi = sentence
    elif scope == "after":
        lo, hi = span[1], clause_span[1]
    elif scope == "rest":
        lo, hi = span[1], sentence[1]
    else:
        lo, hi = clause_span
    m = _search(pattern, kind, lower, lo, hi)
    if m is not None and kind in _COUNTED and _frequency(lower, m, lo):
        m = pattern.search(lower, m.end(), hi)  # 每週7天處理一次: how often, not how many (lintdeng)
    if m is None and scope in ("clause", "after") and hi < sentence[1]:
        # the next clause, when it clarifies this one or opens with the quantity
        sep, clarifier = _patterns()
        nxt = sep.search(text, hi + 1, sentence[1])
        m = _search(pattern, kind, lower, hi + 1, nxt.start() if nxt else sentence[1])
        lead = lower[hi + 1 : m.start()].strip() if m is not None else ""
        if m is not None and not clarifier.match(lower, hi + 1) and not _NEXT_LEAD.fullmatch(lead):
            m = None
        if m is not None and _ZH_LATER.match(text, m.end()):
            m = None  # …，并在1个月后将资料交予甲方: a later, other step, not a deadline for this one
        if m is not None and kind == "time" and text[max(hi + 1, m.start() - 2) : m.start()].rstrip().endswith("每"):
            m = None  # 将及时通知客户，并在解决之前每 1 小时提供更新: the updates' frequency (lintzh5)
    english = lower[span[0]] < "\x80"
    if m is not None and english:
        if m.end() <= span[0] and _other_conjunct(lower, m.end(), span[0]):
            m = None  # weekly backups and regular updates: the period is the backups'
        elif _other_item(lower, m.start(), m.end(), span):
            m = None  # (i) respond within 8 hours (ii) escalate promptly: the hours are item (i)'s
        elif (
            m.start() > span[1]
            and kind not in _WHOLE_SENTENCE_KINDS
            and _measures_other_noun(lower, span[1], m.start())
        ):
            m = None  # (linten19) respond promptly to requests received within 30 days: the days are the requests'
        elif (
            m.start() > span[1]
            and lower.startswith(("under ", "per ", "in "), m.start())
            and _EN_REFERENCE_OF_NOUN.search(lower, span[1], m.start()) is not None
        ):
            m = None  # notify as soon as practicable of any claim under clause 9.1: the clause is the claim's
        elif m.start() > span[1] and kind not in _WHOLE_SENTENCE_KINDS and _en_next_verb(lower, span[1], m.start()):
            m = None  # respond promptly and arrive on site within 4 hours: the hours are the arrival's
    if m is not None and kind == "notice" and _EN_MAXIMUM.search(lower, max(lo, m.start() - 20), m.start()):
        m = None  # up to 12 months advance written notice: no minimum
    if m is None and english:
        if kind in ("en-price", "price") and lower.find(":", span[1], sentence[1]) >= 0:
            m = _label_price(lower, span[1], sentence[1])  # Standard rate for labour, travel and support: £80 / Hour
        if m is None and kind in _EN_REFERENCE_KINDS:
            m = _en_reference(lower, lo, hi, scope, span[1], sentence[1])  # as specified herein
        if m is None and kind in ("en-price", "hours"):
            m = _en_published(lower, span, clause_span)  # published support hours · the hourly rate quoted
    if m is None and not english and kind in _ZH_STANDARD_KINDS:
        m = _zh_named_standard(text, span[1], sentence[1])  # 按照受托方《保养施工要求》进行 · (期限依合約為準)
    if m is None:
        return None
    gap = m.start() - span[1] if m.start() >= span[1] else span[0] - m.end()
    joined = (
        kind in _EN_KINDS and m.start() >= span[1] and _en_joiner().fullmatch(lower, span[1], m.start()) is not None
    )
    adjacent = kind != "situation" and 0 <= gap <= _ADJACENT
    return text[m.start() : m.end()].strip(), kind == "fallback" or adjacent or joined


# (lintdeng) for a quantifier or an open list (not a routine: 日常维护每周至少1次 is measured by how often), a number
# of times after 每 (每週處理一次) is a frequency, not how many
_COUNTED = frozenset({"count", "threshold"})
_FREQUENCY_REACH = 16  # characters before the count looked at for 每


def _frequency(lower: str, m: re.Match[str], lo: int) -> bool:
    """The count ``m`` is a number of times (…次) after 每 in its reach: how often something is done."""
    return m.group().endswith("次") and lower.find("每", max(lo, m.start() - _FREQUENCY_REACH), m.start()) >= 0


_EN_KINDS = frozenset({"amount", "en-price", "hours", "notice"})
# (linten8) a notice period is bounded by its minimum: one given as a maximum (up to 12 months advance written
# notice) leaves the notice open
_KINDS["notice"] = _KINDS["time"]
# (lintsla) a continuity word held for the agreement's own term is bounded by it, as by a stated period (在本协议有效期内
# 持续保持…资质 · 只要持續是會員就能夠在有效會員期內…); the term is the contract's, stated where the contract starts and ends
_KINDS["span"] += (
    r"|(?:有效期|合同期|协议期|協議期|合约期|合約期|服务期|服務期|会员期|會員期)(?:限)?(?:内|內|间|間)|"
    r"(?:during|throughout|for)\s+the\s+(?:entire\s+)?term\s+of\s+(?:this|the)\s+(?:agreement|contract)\b"
)
_EN_MAXIMUM = regex_cache.compile(
    r"\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum)\s+$"
)
# English: an open scope is bounded by the document that sets it (technical support under the terms of this add-on)
_KINDS["list"] += r"|\b(?:under|in accordance with|as (?:set out|described|defined) in)\s+the\s+terms\s+of\b"
# English (linten3): … or by the schedule or table that follows (in accordance with the following error resolution schedule)
_KINDS["list"] += r"|\bin accordance with the following\s+(?:[a-z-]+\s+){0,3}(?:schedule|table|matrix|list)\b"


# English (linten6): an inline list's items are separate clauses for their bounds, though the splitter
# does not cut at their markers: SIMPA shall (i) respond within 8 hours (ii) escalate promptly
_EN_ITEM_MARK = r"(?:^|[\s;,])\((?:[ivx]{1,4}|[a-h])\)\s"
# … a price-list line, "Label: amount", bounds a price word anywhere in its label (a comma in the label
# ends the clause before the colon)
_EN_LABEL_PRICE = r"\s*:\s*(?:from\s+)?(?:" + _MONEY + r")"
# … and a charge at cost (passed on at what it cost: a formula) and a reference to the document itself
# (as specified herein, as set out below) bound as a schedule does
_EN_REFERENCE = (
    r"\bas\s+(?:specified|set\s+(?:forth|out)|described|provided|defined|stated|detailed)\s+(?:herein|hereunder|below|"
    r"above|in\s+this\s+(?:agreement|policy|document|section|schedule))\b|"
    # (linten12) … or a named part of the agreement that states the measure: as outlined in the plan details, in
    # accordance with the following error resolution schedule (linten11 read this for prices only: set forth in this
    # Exhibit A); not the product's documentation, which sets no service level, nor "as defined in", which names a term
    r"\b(?:as\s+(?:specified|set\s+(?:forth|out)|described|stated|detailed|outlined|listed|shown)\s+in|"
    r"in\s+accordance\s+with|according\s+to)\s+(?:the|this|your|our)\s+(?:following\s+|attached\s+|selected\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:schedule|table|matrix|plan\s+details|price\s+list|exhibit|appendix|annex)\b"
)
# (linten12) what may stand between a term and a reference later in its sentence that measures it: items of the same
# coordination (regular updates, security monitoring, and performance checks as outlined in …), not a verb of its own
_EN_OWN_VERB = r"[;:]|\b(?:is|are|was|were|will|shall|must|may|can|could|should|would|be|been|we|you|they)\b"
# looked for only when no other quantity bounds an English term (see find_bound): in each kind's
# alternation its common opening, "as", made every bound search slower
_EN_REFERENCE_KINDS = frozenset(
    ("time", "period", "availability", "list", "measure", "span", "amount", "en-price", "hours", "notice")
)
_KINDS["en-price"] += r"|\bat\s+(?:actual\s+)?cost\b(?!\s+to\b)"


# (linten8) hours or a rate named with the participle of a document that states them: published or posted
# before it (EWS published standard support hours), quoted, published, posted, listed or shown right after it
# (the standard hourly rate quoted). Only the "named, not stated" kinds: a then-current rate stays open.
_EN_PUBLISHED_BEFORE = r"\b(?:published|posted)\s+$"
_EN_PUBLISHED_AFTER = r"\s+(?:as\s+)?(?:quoted|published|posted|listed|shown)\b(?!\s+separately)"


@cache
def _en_bound_patterns() -> tuple[re.Pattern[str], ...]:
    return (
        regex_cache.compile(_EN_ITEM_MARK),
        regex_cache.compile(_EN_LABEL_PRICE),
        regex_cache.compile(_EN_REFERENCE),
        regex_cache.compile(_EN_PUBLISHED_BEFORE),
        regex_cache.compile(_EN_PUBLISHED_AFTER),
        regex_cache.compile(_EN_OWN_VERB),
        regex_cache.compile(_STATED_HOURS),
        regex_cache.compile(_HOURS_NAMED),
    )


def _en_reference(lower: str, lo: int, hi: int, scope: str, term_end: int, stop: int) -> re.Match[str] | None:
    """A reference to the document or a named part of it (as specified herein · as outlined in the plan details) in
    the term's scope, or (linten12) later in its sentence with no verb of its own between (…, in accordance with the
    following error resolution schedule). Each search waits for a word every reference holds (one find each)."""
    reference = _en_bound_patterns()[2]
    if (lower.find("as ", lo, hi) >= 0 or lower.find("accord", lo, hi) >= 0) and (
        m := reference.search(lower, lo, hi)
    ) is not None:
        return m
    if (
        hi >= stop
        or scope not in ("clause", "after")
        # "as" alone is too common to look past the clause for: the words of a named part's reference
        or (
            lower.find("ed in ", hi, stop) < 0
            and lower.find("accord", hi, stop) < 0
            and lower.find("set ", hi, stop) < 0
            and lower.find("shown in", hi, stop) < 0
        )
    ):
        return None
    m = reference.search(lower, hi, stop)
    return m if m is not None and _en_bound_patterns()[5].search(lower, term_end, m.start()) is None else None


def _en_published(lower: str, span: tuple[int, int], clause: tuple[int, int]) -> re.Match[str] | None:
    """The participle of a published or quoted document at the term (see _EN_PUBLISHED_BEFORE)."""
    before, after = _en_bound_patterns()[3:5]
    lo = max(clause[0], span[0] - 12)
    if lower.find("ed ", lo, span[0]) >= 0 and (m := before.search(lower, lo, span[0])) is not None:
        return m
    tail = lower[span[1] : span[1] + 16]  # every participle after it ends in "ed" or is "shown"
    return after.match(lower, span[1], clause[1]) if "ed" in tail or "shown" in tail else None


def _other_item(lower: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """An inline list marker, (ii), stands between the quantity and the term (English)."""
    lo, hi = (end, span[0]) if end <= span[0] else (span[1], start)
    return lower.find("(", lo, hi) >= 0 and _en_bound_patterns()[0].search(lower, lo, hi) is not None


def _label_price(lower: str, after: int, stop: int) -> re.Match[str] | None:
    """The amount after the last colon of a price-list line (Label: £80 / Hour), when the line ends there."""
    colon = lower.rfind(":", after, stop)
    if colon < 0:
        return None
    m = _en_bound_patterns()[1].match(lower, colon, stop)
    if m is None:
        return None
    money = _kind_pattern("en-price").search(lower, colon, m.end())
    return money


@cache
def _en_joiner() -> re.Pattern[str]:
    """English words that join a term to its quantity (quoted separately at the rate card)."""
    return regex_cache.compile(
        r"\s*(?:at|per|from|under|according to|as per|in line with|during)?\s*(?:the|our|its)?\s*"
    )


# (linten19) a quantity inside a modifier of another noun measures that noun, not the term (the issue: a bound counts
# only when it measures the vague term itself): a participle or a comparative after a noun that is not the term's own
# head, then only the words that bring in a quantity (respond promptly to requests received within 30 days · notify you
# promptly of any outage longer than 15 minutes · adequate staff for projects over 10 days). The term's own noun
# keeps its bound (regular updates scheduled every month), and so does a quantity after any other word (tickets
# submitted by email within 2 hours: the hours may be the answer's) or after a comma (…, but in any event within 4 hours)
_OTHER_NOUN_MODIFIED = regex_cache.compile(
    r"\s(?!(?:not|no|never|be|been|being|is|are|was|were|will|shall|must|may|can|could|would|should|and|or|but|to|of|"
    r"for|in|on|at|by|with|from|any|all|the|an?)\b)[a-z][a-z-]+s?\s+(?:(?:that|which)\s+(?:are|is|were|was|have|has|had)\s+(?:been\s+)?)?"
    r"(?:[a-z]{3,}ed|lasting|exceeding|running|sent|paid|made|held|kept|open|older|newer|longer|shorter|larger|"
    r"greater|over|above)\s+"
    r"(?:(?:more|less|longer|shorter|greater|fewer|older|newer)\s+than\s+|for\s+|within\s+|in\s+|after\s+|before\s+|"
    r"over\s+|above\s+|by\s+|of\s+|at\s+least\s+|up\s+to\s+|(?:in\s+)?the\s+(?:last|past|first)\s+|"
    r"than\s+|the\s+)*$"
)
_WHOLE_SENTENCE_KINDS = frozenset(("list", "count", "availability", "hours", "fallback", "zh-notice", "zh-hours"))


def _measures_other_noun(lower: str, term_end: int, bound_start: int) -> bool:
    """English: the words between a term and the quantity after it end in a modifier of a noun that is not the
    term's own head (see _OTHER_NOUN_MODIFIED)."""
    between = lower[term_end:bound_start]
    if "," in between or ";" in between or ":" in between:
        return False  # an appositive or a next clause that clarifies (…, but in any event … within 4 hours): as before
    m = _OTHER_NOUN_MODIFIED.search(between)
    return m is not None and between[: m.start()].strip() != ""  # (nothing before the noun: the term's own head)


# (lintmech14) English: a quantity after the term, in its clause, belongs to a verb coordinated after it (will be
# consistent with industry standards and meet the service levels 100% of the time · respond promptly and arrive on
# site within 4 hours); "and" before a clarifier (and in any event within …) or a second adverb keeps the bound
_EN_NEXT_VERB_BOUND = regex_cache.compile(
    r"\b(?:and|or)\s+(?:(?:will|shall|must|to|also)\s+)?(?!(?:in|within|no|not|never|at|by|before|after|the|a|an|any|"
    r"all|its|our|their|your|each|every|without|with|on|for|during|under|upon|then|thereafter|later|"
    r"[a-z]+ly)\b)[a-z]{3,}\s+(?:the|a|an|any|all|its|our|their|your|on|to|with|for)\b"
)


# (lintmech14) English: a reference to a clause after a noun that an "of/for/to" phrase brings in names which thing
# (of any claim under clause 9.1), it does not measure the word before it
_EN_REFERENCE_OF_NOUN = regex_cache.compile(
    r"\b(?:of|for|to|about)\s+(?:any|the|a|an|each|all|such)?\s*(?:[a-z-]+\s+){1,2}$"
)


def _en_next_verb(lower: str, term_end: int, bound_start: int) -> bool:
    """English: "and"/"or" and a verb with its object or preposition stand between the term and the quantity."""
    between = lower[term_end:bound_start]
    return (" and " in between or " or " in between) and _EN_NEXT_VERB_BOUND.search(between) is not None


def _other_conjunct(lower: str, bound_end: int, term_start: int) -> bool:
    """English: an "and"/"or" stands between a quantity and the term after it, so the quantity
    belongs to another item of the coordination (secure weekly backups and regular updates)."""
    joined = lower.find(" and ", bound_end, term_start) >= 0 or lower.find(" or ", bound_end, term_start) >= 0
    return joined and lower[bound_end:term_start].isascii()


# (linten12) "normal business hours" is vague unless the same document states the hours (the lead's session-7 decision):
# a clock-time range anywhere in the text (9.00 am to 5.30 pm · 9:00 AM - 6:00 PM · 8am – 6pm · 09:00-17:00) bounds
# every hours term in it, when days or hours are named beside it (Monday to Friday, weekdays, hours, open, available):
# a maintenance window (from 22:00 to 02:00 for upgrades) states no working hours. Each end is a clock time (a colon
# or a stop between hour and minutes, or am/pm), so a plain range of numbers (1 - 2 days) is none.
_CLOCK = r"\d{1,2}(?:(?:[:.]\d{2})\s*(?:[ap](?:\.m\.|m\b))?|\s*[ap](?:\.m\.|m\b))"  # not a stop after "pm"
_STATED_HOURS = _CLOCK + r"\s*(?:-|–|—|to|through|until|till)\s*" + _CLOCK
_HOURS_NAMED = (
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bweekdays?\b|\bhours\b|\bopen\b|\bavailable\b|\bbusiness\s+days?\b"
)
_HOURS_NEAR = 60  # how far before or after the range, in its own sentence, the days or hours are looked for


def document_hours(text: str, lower: str) -> str:
    """The first clock-time range the text states as its hours, or "" when it states none."""
    stated, named = _en_bound_patterns()[6:8]
    for m in stated.finditer(lower):
        lo = max(0, m.start() - _HOURS_NEAR)
        lo = max(lo, lower.rfind("\n", lo, m.start()) + 1, lower.rfind(". ", lo, m.start()) + 1)
        hi = m.end() + _HOURS_NEAR
        for stop in (lower.find("\n", m.end(), hi), lower.find(". ", m.end(), hi)):
            if stop >= 0:
                hi = min(hi, stop)
        if named.search(lower, lo, hi):
            return text[m.start() : m.end()].strip()
    return ""


# (lintzh12) Chinese: a routine or an open scope done by a named standard, procedure or the agreement itself, later in
# its sentence (实施日常维护保养后的电梯应当符合《电梯维修规范》 · 例行巡检保养工作…,按照受托方《保养施工要求》进行 ·
# 应达到国家标准GB7588 的要求 · 免費技術支援(期限依合約為準)). Not a form to fill in (填写《…记录表》) nor an unnamed
# norm (行业标准, 相关规定: their own findings), nor anything before the word.
_ZH_STANDARD_KINDS = frozenset(("list", "period"))
_ZH_STANDARD_FIRST = ("《", "GB", "準", "准")  # one of them is in every such reference
_ZH_STANDARD = (
    r"(?:按照|依照|依据|依據|遵照|遵循|符合|达到|達到|参照|參照)[^，。；;,]{0,12}?"
    r"(?:《[^》\n]{2,40}》|(?:国家标准|國家標準|行业标准|行業標準)?\s*GB\s*(?:/\s*T)?\s*\d)|"
    r"(?:依|以|按)(?:本)?(?:合同|合約|契約|契约|协议|協議)(?:约定|約定)?(?:为准|為準)"
)


@cache
def _zh_standard_pattern() -> re.Pattern[str]:
    return regex_cache.compile(_ZH_STANDARD)


def _zh_named_standard(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A named standard or the agreement the term's work follows, after the term in its sentence (one find for the
    characters every such reference holds first: most sentences have none)."""
    if all(text.find(c, lo, hi) < 0 for c in _ZH_STANDARD_FIRST):
        return None
    return _zh_standard_pattern().search(text, lo, hi)
