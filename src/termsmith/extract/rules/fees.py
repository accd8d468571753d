"""Fees: recurring fees, the rate card and one-off amounts, each with its basis."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from termsmith.extract.rules.card_prices import card_prices
from termsmith.extract.rules.context import MARKDOWN_RULE, Context, _re, pipe_cells
from termsmith.extract.rules.fee_spans import names_one_year
from termsmith.extract.rules.head_currency import column_amounts
from termsmith.extract.rules.item_prices import item_label, names_item, title_line
from termsmith.extract.rules.price_columns import price_columns
from termsmith.extract.rules.price_totals import fold_into_totals
from termsmith.extract.rules.space_columns import head_of, space_tables
from termsmith.extract.rules.tax import only_tax, tax
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import CURRENCY_NAMED, FoundMoney, durations, local_currency, money
from termsmith.spec.types import CURRENCY_MINOR_UNITS, Money

# a currency's code makes a line a price's (every code a spec accepts, and the everyday RMB and NTD)
_CODES = "|".join(sorted({*CURRENCY_MINOR_UNITS, "RMB", "NTD"}))
_FEE = _re(
    r"费|費|价|價|金额|金額|报酬|報酬|款|fee|price|charge|cost|rate|amount|payable|¥|\$|元|£|€|"
    rf"\bbill(?:ed|s|able)?\b|\binvoiced?\b|retainer|\b(?:{_CODES})\b|"
    rf"฿|₩|円|₹|{CURRENCY_NAMED}"
)
_RECURRING_WORDS = _re(
    r"维护费|維護費|服务费|服務費|运维费|運維費|维保费|維保費|年费|年費|月费|月費|月租费|月租費|技术支持费|技術支援費|支持服务费|包年|包月|"
    r"maintenance (?:fee|charge)|support (?:fee|charge)|service fee|subscription|annual fee|monthly fee|retainer|"
    r"annual (?:maintenance|support)|monthly (?:maintenance|support)"
)
_VISIT_WORDS = _re(
    r"上门|上門|到场|到場|到府|现场服务|現場服務|出勤|车马|車馬|on-?site (?:visit|service|support)|call-?out"
)
# a half year is no period the spec prices by ("Semi-Annually - $2040", "a half yearly incurs a $50 fee", 每半年): its
# amount is no yearly fee; it stands first so that its "annual" or 年 is not read as the year's
HALF_YEAR = "half-year"
_HALF_YEAR_WORDS = _re(
    r"\bsemi-?\s?annual(?:ly)?\b|\bhalf[- ]?(?:a[- ])?year(?:ly)?\b|\bbi-?annual(?:ly)?\b|"
    r"\b(?:six|6)[- ]monthly\b|\b(?:per|every|each)\s+(?:six|6)\s+months\b|每半年|半年[费費付]|/\s?半年|按半年|"
    # (the normaliser writes 半年 as 6个月)
    r"每\s*(?:6|六)\s*[个個]?月|(?:6|六)\s*[个個]月(?:度|付|[费費])|/\s*(?:6|六)\s*[个個]月"
)
_BASIS: list[tuple[re.Pattern[str], str]] = [
    (_HALF_YEAR_WORDS, HALF_YEAR),
    (
        _re(
            r"人天|人日|人/天|人·天|人[·・]?/?日|每人每天|person[- ]?days?|man[- ]?days?|"
            # an engineer's day: 800元/天, 每天, a day rate, £750/day
            r"(?:元|圆|圓)?/\s?天|每天|(?:engineer |consultant )?(?:day|daily) rate|per (?:engineer[- ])?day\b|/\s?day\b|"
            # a working day's rate (每工作日, 800元/工日, "per business day")
            r"每[个個]?工作日|/\s?工作日|每?工日|/\s?工日|\bper\s+(?:business|working|work)\s+day\b"
        ),
        "person-day",
    ),
    (
        _re(
            # a fee named for the visit (上门费, 上門服務費, 到府檢測費, 到场费, 出勤费, "visit fee", "trip charge")
            r"每次上门|每次上門|(?:上门|上門|到府|到场|到場|出勤)[^\s,，。;；\d]{0,4}(?:费|費)|车马费|車馬費|per (?:on-?site )?visit|"
            r"每次现场|每次現場|/次\(每次上门\)|(?:call-?out|visit|trip) (?:fee|charge)|per (?:site |on-?site )?visit|per call-?out|"
            r"\bper\s+(?:trip|dispatch)\b"
        ),
        "visit",
    ),
    (
        _re(
            r"每小时|每小時|/\s?小时|/\s?小時|元/时|每工时|每工時|/工时|/工時|工时费|工時費|每人时|每人時|/人时|/人時|"
            r"per (?:man[- ]?|person[- ])?hour|hourly|/\s?hour|/\s?hr\b|/h\b|/man[- ]?hour|man[- ]?hours?|person[- ]hours?|"
            # the hour's other spellings: "per hr", "an hour", "each hour", "per engineer hour", 元/时
            r"按小时|按小時|按工时|按工時|\bper\s+hrs?\b|\b(?:an|each|every)\s+hour\b|\bper\s+(?:engineer|technician|consultant|staff)[- ]hours?\b|"
            r"/\s?[时時](?![段间間])|"
            # the British "per hour" written short, glued or not: £80ph, £45 p/h, £30 p.h., £60 p/hr
            r"(?<![A-Za-z])p(?:/|\.)?hr?\b"
        ),
        "hour",
    ),
    (_re(r"[个個]接口|/接口|每[个個]接口|[个個]介面|per interface|\bper\s+(?:integration|API)\b"), "interface"),
    (
        _re(
            r"每月|/\s?月|月费|月費|包月|按月|per (?:calendar )?month|monthly|a month|/\s?month|/\s?mo(?:\b|(?=\d\b))|\b(?:each|every)\s+month\b|per mo\b"
        ),
        "month",
    ),
    (
        _re(
            r"每季度?|/\s?季|按季|per quarter|quarterly|/\s?(?:qtr|quarter)\b|\bper\s+qtr\b|\b(?:a|each|every)\s+quarter\b|\b(?:every|per)\s+(?:three|3)\s+months\b"
        ),
        "quarter",
    ),
    (
        _re(
            r"每年|/\s?年|年费|年費|年度|包年|按年|per year|annual|annually|per annum|p\.a\.|/\s?year|a year|"
            r"\byearly\b|/\s?yr(?:\b|(?=\d\b))|\bper\s+yr\b|\b(?:each|every)\s+year\b|/\s?annum\b|\bper\s+(?:calendar|contract)\s+year\b|"
            r"(?:^|\s|\|)年(?:\s|\||$)"
        ),
        "year",
    ),
    (
        _re(
            r"每次|/\s?次|按次|per incident|per call|per request|per ticket|per (?:support )?case|\bper\s+(?:occurrence|issue)\b|单次|單次|每例|/\s?[单單](?![位元])|/\s?台次|(?:^|\s|\|)次(?:\s|\||$)"
        ),
        "incident",
    ),
    (
        _re(
            r"每项|每項|/项|/項|每[个個]项目|每[个個]項目|一口价|一口價|per project|fixed price|"
            r"(?:^|\s|\|)[项項](?:\s|\||$)"
        ),
        "project",
    ),
]


_CELL_UNITS: list[tuple[re.Pattern[str], str]] = [
    (_re(r"person-?days?|人天|人日|man-?days?"), "person-day"),
    (_re(r"hours?|小[时時]|工时|工時"), "hour"),
    (_re(r"interfaces?|[个個]?接口|[个個]?介面|apis?"), "interface"),
    (_re(r"visits?|次\s*\(每次(?:上门|上門|到场|到場|现场|現場)\)|每次(?:上门|上門|到场|到場)"), "visit"),
    (_re(r"projects?|[项項]|per project"), "project"),
    (_re(r"(?:per )?months?|每月|月"), "month"),
    (_re(r"(?:per )?quarters?|每季度?|季"), "quarter"),
    (_re(r"(?:per )?years?|每年|年"), "year"),
    (_re(r"incidents?|次|per incident"), "incident"),
]


def _cell_basis(text: str) -> str | None:
    """A table row: the cell that is exactly a unit (人天, hour, 個介面, 次（每次到場）)."""
    for cell in text.split("|"):
        cell = re.sub(r"^(?:per|a|each)\s+", "", cell.strip(), flags=re.I)  # "per visit", "each hour"
        for pattern, basis in _CELL_UNITS:
            if pattern.fullmatch(cell):
                return basis
    return None


# a column headed by the unit its prices are charged by ("Charge/hr", "Rate per hour", "Hourly rate", "单价（元/人天）",
# "Price per visit"): each price in it is a rate per that unit
_HEAD_UNITS: list[tuple[re.Pattern[str], str]] = [
    # (元/天: a quotation's staffing table prices a person's day)
    (_re(r"(?:/|\bper\s+|每)\s*(?:person-?days?|man-?days?|人天|人日)|\bday\s+rate\b|元\s*/\s*天"), "person-day"),
    (_re(r"(?:/|\bper\s+|每)\s*(?:hours?|hrs?|h\b|小[时時])|\bhourly\b"), "hour"),
    (_re(r"(?:/|\bper\s+|每)\s*(?:visits?|call-?outs?|次上[门門])"), "visit"),
    (_re(r"(?:/|\bper\s+)\s*(?:incidents?|calls?|tickets?|requests?)\b"), "incident"),
]


def _head_unit(head: str) -> str | None:
    """The unit a price column's header charges by, else None."""
    return next((unit for pattern, unit in _HEAD_UNITS if pattern.search(head)), None)


_CLAUSE_END = re.compile(r"[，；。;]|,(?![\d\-–])")
_UNIT_BEFORE = re.compile(r"(?:^|\s)(\S{1,14})\s*$")
# a price list of time blocks ("15 minutes $35.00", "1 hour $90.00", "2 hours $160.00"): only the one-hour (one-day)
# block is a rate per hour (per day); a block of more or less is a price of its own, no rate (the corpus's session-21
# decision, point 5)
_BLOCK_UNITS = ("hour", "person-day")
_BLOCK_COUNT = _re(
    r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?|half|two|three|four|five|six|eight|ten|twelve|sixteen|twenty|[半两兩二三四五六八十])"
    r"\s*(?:[个個]\s*)?$"
)


def _block_of(before: str) -> bool:
    """The unit before a price is counted by another number than one: the price is the block's."""
    m = _BLOCK_COUNT.search(before)
    return m is not None and m["n"] not in ("1", "1.0", "1.00")


# the thing one price buys once, said right beside it with words between ("£195 per extra Task ticket", "Per each
# incident - $99", "$139/ticket", "$60 per support call"): a rate per incident
_PER_THING = (
    r"(?:\bper|/)\s*(?:(?:each|every|extra|additional|single|further|new)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:incident|call|request|ticket|case|occurrence)s?\b(?!-)"
)
_PER_THING_AFTER = _re(rf"\s*{_PER_THING}")
_PER_THING_BEFORE = _re(rf"{_PER_THING}\s*[-–—:]?\s*$")


def _basis(text: str, start: int, end: int) -> str | None:
    if "|" in text:
        found = _cell_basis(text)
        if found:
            return found
    m = _UNIT_BEFORE.search(text[max(0, start - 16) : start])
    if m:  # a table row printed as text: "… hour HKD 950.00", "… 個介面 TWD 8,000.00"
        found = _cell_basis(m.group(1))
        if found in _BLOCK_UNITS and _block_of(text[: max(0, start - 16) + m.start(1)]):
            return None  # "2 hours $160.00", "4小时 600元": a block's price, no rate per hour
        if found:
            return found
    if _PER_THING_AFTER.match(text, end) or _PER_THING_BEFORE.search(text[max(0, start - 48) : start]):
        return "incident"
    after = text[end : end + 18]
    if per := _PER_COUNTED.match(text, end, end + 48):  # "$30 per computer per month": the period after the thing
        after = text[per.end() : per.end() + 18]
    if following := money(after, "CNY"):  # "$600 ($50/mo.)": the basis after the next amount is that amount's
        after = after[: following[0].start]
    # a basis after the end of the amount's clause is the next clause's ("¥33000元), 系统软件每年的维护费…",
    # "$5,000; annual support …")
    after = _CLAUSE_END.split(after, 1)[0]
    before = text[max(0, start - 14) : start]
    words: list[str] = []
    if "|" in text:  # a table cell's basis is its own ("$200 | $20/mo × 12" is no monthly $200) or a word cell's
        after, before = after.split("|", 1)[0], before.rsplit("|", 1)[-1]
        # the word cells before the price (its label, its unit), not a remark after it ("Beyond annual requirement")
        words = [c for c in text[:start].split("|") if c.strip() and not any(ch.isdigit() for ch in c)][::-1]
    found = (
        _nearest_basis(after, before, text[max(0, start - 24) : start])
        or _basis_of_noun(text[max(0, start - 60) : start])
        or next(filter(None, (_nearest_basis(cell, "") for cell in words)), None)  # "$ Per month", "次（每次故障）"
    )
    if found == "incident" and _VISIT_WORDS.search(text[max(0, start - 20) : start]):
        return "visit"  # 上门服务费 600元/次: each time is a visit
    return found


# a price per counted thing before its period ("$30 per computer per month", "$15 per computer or server per month",
# "75 EUR/site / month", "$20 a seat each month"): the thing is no basis, the period after it is
_PER_COUNTED = _re(
    r"\s*(?:per|/|a|an|each)\s*(?!(?:hours?|hrs?|days?|months?|mo|years?|yrs?|quarters?|annum|incidents?|visits?|calls?|"
    r"tickets?|requests?|cases?|interfaces?|projects?|person|man|engineer)\b)[a-z][\w-]*"
    r"(?:\s+(?:or|and|/)\s+[a-z][\w-]*)?\s*(?=(?:per|/|a|each|every)\s*(?:calendar\s+)?(?:month|mo\b|year|yr\b|quarter|annum))"
)


# the period named in the fee's noun phrase before it: "a fixed annual amount of $71,250", "at an hourly fixed rate
# (currently $165)", "the monthly charge is $500"
_PERIOD_NOUN = _re(
    r"(?<!semi-)(?<!semi)(?<!bi-)(?<!half )(?<!half-)\b(?P<p>annual|yearly|monthly|hourly)\s+(?:[\w-]+\s+){0,2}?(?:fee|amount|cost|charge|rate|price|payment)s?"
    r"\s*(?:of|is|will be|shall be|at|:|\((?:currently|now)?)?\s*$"
)
_NOUN_BASIS = {"annual": "year", "yearly": "year", "monthly": "month", "hourly": "hour"}
# "$1,000 / year", "$150 / hour": the unit after a spaced slash
_SPACED_SLASH = _re(r"^\s*/\s+(?P<u>year|quarter|month|hour)\b")


def _basis_of_noun(before: str) -> str | None:
    m = _PERIOD_NOUN.search(before)
    return _NOUN_BASIS[m["p"].lower()] if m else None


def _nearest_basis(after: str, before: str, half_before: str = "") -> str | None:
    """The basis named nearest the amount; a half year ("Semi-Annually - ", "half yearly incurs a") is looked for a
    little further back, so that the year's word inside it does not win."""
    if m := _SPACED_SLASH.match(after):
        return m["u"].lower()
    best: tuple[int, str] | None = None
    for pattern, basis in _BASIS:
        for window, from_end in ((after, False), (half_before if basis == HALF_YEAR else before, True)):
            for m in pattern.finditer(window):
                d = len(window) - m.end() if from_end else m.start()
                if best is None or d < best[0]:
                    best = (d, basis)
    return best[1] if best else None


_REMARK = re.compile(r"[(（][^()（）]*[)）]")  # 年度维护费(包括…答疑): a remark, not the name
_PAYING = re.compile(
    r"^(?:(?:甲方|乙方|客户|客戶|用户|用戶)\s*)?(?:应|應|须|須|需|另)?\s*(?:向\s*(?:甲方|乙方|我方|本公司)\s*)?"
    r"(?:支付|缴纳|繳納|交纳|交納|收取|按)\s*"
)


def _fee_name(text: str, start: int) -> str | None:
    """The words that name the amount at ``start``: the phrase before it, without a remark in
    brackets, the payer and the verb of paying (向乙方支付年度维护费 → 年度维护费); None where the
    amount follows another in a list (300元/次、800元/次)."""
    head = _REMARK.sub("", text[:start]) if start else ""
    opened = max(head.rfind("("), head.rfind("（"))
    if opened >= 0:  # a bracket still open before the amount: the name is before it
        head = head[:opened]
    if head and not _CJK.search(head):
        return _en_fee_name(head)
    head = re.split(r"[,，;；:：|、]", head)[-1]
    head = re.sub(r"^[\s\d.()（）、]+", "", head).strip(" 为為是:：")
    head = _PAYING.sub("", head)
    head = re.sub(r"^[^,，;；。]*?(?:收取|加收|另收)(?=\S)", "", head)  # 現場需收取上門費: the fee after the verb
    head = re.sub(r"(?:为|為|是|以|每年|每月|按年|按月|收取|支付|人民币|人民幣|¥)+$", "", head).strip()
    head = _NAME_TAIL.sub("", head).strip()
    head = _BASIS_TAIL.sub("", head).strip()
    head = re.sub(r"(?:为|為|是|以)+$", "", head).strip()  # 合約費用以每季…: the particle before the basis
    head = re.sub(r"^(?:元|圆|圓)?\s*(?:及|和|与|與|以及|、)\s*", "", head)  # 每小时1,500元及车马费…: the next item
    return None if _NOT_A_NAME.fullmatch(head) else head[:40] or None


_CJK = re.compile(r"[\u3400-\u9fff]")
# English: the verb that ends a fee's noun phrase ("After-hours support will be billed at", "The cost of the
# Services is"), the noun naming a price whose object is the thing priced ("the cost of X"), and the payer who
# is no fee ("The Client shall pay …")
_EN_VERB = _re(
    r"\b(?:is|are|was|were|will|shall|must|may|can|costs?|charged|billed|priced|invoiced|payable|available|at|from|"
    r"of|for|starts?|starting|pay|pays|be)\b"
)
_EN_PRICE_OF = _re(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cost|price|fee|charge|rate)s?\s+(?:of|for)\s+(?:the\s+|all\s+|any\s+)?(?P<x>.+)$"
)
_EN_PAYER = _re(
    r"^(?:the\s+)?(?:client|customer|licensee|buyer|purchaser|user|you|we|provider|vendor|supplier|company)$"
)
_EN_FEE_NOUN = _re(r"\b(?:an?|the)\s+(?P<x>(?:[\w-]+\s+){0,3}?(?:fee|charge|retainer|subscription|rate))\s+of\s*$")
_EN_PAYER_CLAUSE = _re(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:the\s+)?(?:client|customer|licensee|buyer|purchaser|you|we)\b"
)
_EN_FEE_PHRASE = _re(r"\b(?:an?|the)\s+(?P<x>(?:[\w-]+\s+){0,3}?(?:fee|charge|retainer|subscription))s?\b")
_EN_NO_SUBJECT = _re(r"(?:please|note|if|when|where|unless|although|this|these|there)\b")
_EN_BARE_PRICE = _re(r"(?:fee|charge|rate|price)s?")
_AT_RATE = _re(r"\s+at\s+(?:the|a|an)\s+(?:[\w-]+\s+)?rate$")
_EN_LEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:the|any|all|an?)\s+)?", re.I)


def _en_fee_name(head: str) -> str | None:
    """An English fee's name, the noun phrase the amount's clause is about: "The cost of the Services is" →
    Services; "After-hours support, as necessary, will be billed at a rate of" → After-hours support; "The Client
    shall pay a monthly retainer of" → monthly retainer; a payer or a bare verb alone names nothing."""
    head = head[head.rfind(". ") + 1 :] if ". " in head else head  # this sentence only
    head = head.rsplit("|", 1)[-1].strip()  # a table row's cell: its own text
    if (m := _EN_FEE_NOUN.search(head)) and not _EN_BARE_PRICE.fullmatch(m["x"].strip()):
        # "charge the Client for the Services at the rate of": what is charged, not the words of the rate
        return _AT_RATE.sub("", m["x"].strip())[:40]
    # a payer's clause ("The Client agrees to pay the recurring monthly fee associated with …"): the fee it names
    if _EN_PAYER_CLAUSE.match(head) and (m := _EN_FEE_PHRASE.search(head)):
        return m["x"].strip()[:40]
    pieces = [p.strip() for p in re.split(r"[,;:|]", head) if p.strip()]
    if not pieces:
        return None
    # a clause that starts with its verb ("will be billed additionally at") continues the subject before the commas
    piece = pieces[-1]
    if (verb := _EN_VERB.match(piece)) is not None and verb.start() == 0:
        piece = pieces[0]
    piece = _EN_LEAD.sub("", re.sub(r"^[-•*·\s]+", "", piece), count=1)
    verb = _EN_VERB.search(piece)
    subject = piece[: verb.start()].strip() if verb else piece.strip()
    if m := _EN_PRICE_OF.match(piece[: _first_verb_after_of(piece)].strip()):
        subject = _EN_LEAD.sub("", m["x"].strip(), count=1).strip()
    elif _EN_NO_SUBJECT.match(subject) or len(subject.split()) > 5:
        return None  # "Please be advised our standard charges are": a remark, no fee's name
    if not subject or _EN_PAYER.fullmatch(subject) or not re.search(r"[A-Za-z]{3}", subject):
        return None
    return subject[:40]


def _first_verb_after_of(piece: str) -> int:
    """Where the phrase "the cost of X" ends: at the first verb after its "of"/"for"."""
    m = re.search(r"\b(?:of|for)\b", piece, re.I)
    if m is None:
        return len(piece)
    verb = _EN_VERB.search(piece, m.end())
    return verb.start() if verb else len(piece)


# "Remote support is charged at", "Custom development from": the verb and preposition before the amount
# a basis said before the amount (服务费每小时1,500元, 车马费每次500元) is not part of the name
_BASIS_TAIL = re.compile(
    r"(?:每\s*(?:次|人天|人日|小[时時]|工[时時]|[个個]?月|年|季度?)|按(?:次|月|年|季))+\s*(?:新台[币幣]|港[币幣]|人民[币幣])?$"
)
_NAME_TAIL = _re(r"(?:\s+(?:is|are|will be|shall be|costs?|charged|billed|priced|invoiced|at|from|of|for))+$")
# what is left before an amount that is no name: 即, 约, a basis alone (每次, 每工时, 每人)
_NOT_A_NAME = re.compile(
    r"一口[价價]|即|约|約|合计|合計|共计|共計|每\s*(?:[个個]?[项項]目|次|人|工[时時]|小[时時]|[个個]?月|年)?|-|~"
)


def _row_name(text: str, start: int) -> str | None:
    """A table row's first cell names the item, unless the amount is in it (a framed row, "| First Line | £15.00 |",
    opens with a bar)."""
    body = text.lstrip()
    lead = len(text) - len(body)
    if body.startswith("|"):
        body, lead = body[1:], lead + 1
    first = body.split("|", 1)[0]
    return first.strip() or None if start > lead + len(first) else None


def _period_in(head: str) -> str | None:
    """年度维护费 / 月费 / annual fee before an amount: the fee's own period."""
    head = re.split(r"[;；。]", head)[-1]
    if _HALF_YEAR_WORDS.search(head):
        return None  # a half year's fee ("Semi-Annually", 每半年) is no year's
    for pattern, period in (
        (
            r"年度|每年|年费|年費|包年|按年|年(?:维护|維護|服务|服務|运维|運維|维保|維保|技术支持|技術支援)费|annual|per year|yearly",
            "year",
        ),
        (r"每月|月费|月費|包月|按月|月(?:维护|維護|服务|服務|运维|運維|维保|維保)费|monthly|per month", "month"),
        (r"每季|季度|quarterly", "quarter"),
    ):
        if re.search(pattern, head, re.I):
            return period
    return None


_SERVICE = _re(r"维护|維護|服务|服務|维保|維保|支持|支援|maintenance|support|service|subscription")


def _service_period(head: str) -> str | None:
    """The period a column of prices buys when its head names a service for one year or one month
    ("维护合约服务契约1年", "年度维护费", "Support (1 year)")."""
    if not _SERVICE.search(head):
        return None
    if period := _period_in(head):
        return period
    found = durations(head)
    if len(found) == 1:
        return _ONE_PERIOD.get((str(found[0].duration.value), found[0].duration.unit.value))
    return None


def _title_above(sentences: list[Sentence], index: int, s: Sentence, start: int, end: int) -> str | None:
    """The line above a price standing alone on its line ("NT$3,999" under "… 每月 (服務費)", "$49" under
    "Support plan – per month") when that line names a fee and its period and holds no amount. Prices one a line
    under one lead ("a monthly fee … based on the tier selected:" / "£99 + VAT" / "£149 + VAT") share the lead."""
    if index == 0 or s.offset != 0 or not _alone_on_line(s.norm, start, end):
        return None
    number = s.paragraph.number
    while index > 1 and _lone_price(sentences[index - 1], number - 1):
        index, number = index - 1, number - 1
    above = sentences[index - 1]
    if above.paragraph.number != number - 1 or money(above.norm, "CNY"):
        return None
    return above.norm if _RECURRING_WORDS.search(above.norm) and _period_in(above.norm) else None


def _named(item: dict[str, Any]) -> dict[str, Any]:
    """The fee with its name as a reader writes it: no dash or colon left over from "Monthly Maintenance – ₹1,000"."""
    if "name" in item:
        name = item["name"].rstrip(" –—-:：").strip()
        item = {**item, "name": name} if name else {k: v for k, v in item.items() if k != "name"}
    return item


def _item_above(sentences: list[Sentence], index: int, s: Sentence) -> str | None:
    """The title on the line above a price given alone ("Performance Optimization" / "$500 – $1,500")."""
    if index == 0 or s.offset != 0:
        return None
    above = sentences[index - 1]
    if above.paragraph.number != s.paragraph.number - 1 or money(above.norm, "CNY") or not title_line(above.norm):
        return None
    return above.norm.strip()


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The price is all its line says, but for the tax on it ("£99 + VAT")."""
    return not text[:start].strip() and only_tax(text[end:])


def _lone_price(s: Sentence, paragraph: int) -> bool:
    """``s`` is the line numbered ``paragraph`` and holds one price alone."""
    if s.offset != 0 or s.paragraph.number != paragraph:
        return False
    found = money(s.norm, "CNY")
    return len(found) == 1 and _alone_on_line(s.norm, found[0].start, found[0].end)


# a column head naming the period a row's price buys (保修期限, 服務期間, term, coverage period), not a fee
PERIOD_HEAD = _re(r"期限|期[间間]|年限|\bterm\b|\bperiod\b|\bduration\b|\bcoverage\b")
FEE_HEAD = _re(r"费|費|价|價|price|fee|cost|charge")
_ONE_PERIOD = {("1", "years"): "year", ("12", "months"): "year", ("1", "months"): "month"}


class _Header:
    """The first row of a table (DOCX/Markdown rows, one paragraph each): its cells head the columns."""

    def __init__(self) -> None:
        self.cells: list[str] = []
        self.paragraph = -2
        self.above: list[str] = []  # the cells of the row before

    def column_head(self, s: Sentence, default: str) -> str:
        """Read a row; '' unless s is a body row (the head of each column is then found with `of`)."""
        if "|" not in s.norm:
            self.paragraph = -2
            return ""
        if MARKDOWN_RULE.match(s.norm):
            # a Markdown table's rule under its header: the row above heads the columns, even right under another
            # table ("| Service | Price per visit |" after the last row of a rate table)
            self.cells, self.paragraph = self.above, s.paragraph.number
            return ""
        if s.paragraph.number != self.paragraph + 1:
            self.cells = [] if money(s.norm, default) else pipe_cells(s.norm)
        self.paragraph = s.paragraph.number
        self.above = pipe_cells(s.norm)
        return " ".join(self.cells)

    def period_of_row(self, text: str) -> str | None:
        """The period a row's price buys, from another column headed as a period ("機型 | 保修費 | 保修期限"
        over "復印機 | 800元 | 1年", "Plan | Price | Term" over "Basic | $300 | 12 months"): year or month
        when that cell is one year or one month, else None."""
        cells = pipe_cells(text)
        for head, cell in zip(self.cells, cells, strict=False):
            if not PERIOD_HEAD.search(head) or FEE_HEAD.search(head):
                continue
            found = durations(cell)
            if len(found) != 1 or cell[found[0].end :].strip() or cell[: found[0].start].strip():
                return None
            d = found[0].duration
            return _ONE_PERIOD.get((format(d.value.normalize(), "f"), d.unit.value))
        return None

    def of(self, text: str, start: int) -> str:
        column = text.strip().strip("|")[: max(0, start - (len(text) - len(text.lstrip().lstrip("|"))))].count("|")
        return self.cells[column] if column < len(self.cells) else ""


# an amount a price is compared with is a threshold, not a fee ("合同價小于等于一萬元收取2000元", "超過三萬元按10%",
# "orders over $5,000")
_COMPARED = _re(
    r"(?:小于|小於|大于|大於|等于|等於|超过|超過|不足|低于|低於|高于|高於|不满|不滿|未满|未滿|达到|達到|"
    r"\b(?:less|more|greater|fewer) than|\b(?:over|above|below|under|exceeding|exceeds?|at least)|"
    # a cap on a price is no price either ("shall not exceed HKD 60,000", "at most HKD 60,000", 最高不超过)
    r"\bat most|\bup to|\ba maximum of|\bcapped at|最高|最多|上限为|上限為)\s*$"
)
_COMPARED_AFTER = re.compile(r"^\s*(?:以上|以下|(?:或|及)?以上|(?:or|and) (?:more|less|above|below|over|under)\b)")


# a saving or a discount is no price, whatever its basis ("Save $40 each month", "$50 off", "節省200元", "立减100元")
_SAVING_BEFORE = _re(
    r"(?:\bsav(?:e|es|ing)\b(?:\s+(?:you|of|up\s+to|over|around|about))*|\bsavings?\s+of|\bdiscount(?:ed)?\s+(?:of|by)|"
    r"\brebate\s+of|节省|節省|可省|立省|立减|立減|减免|減免|便宜)\s*$"
)
# (its basis may stand between: "a $50.00 p/hr. savings over our standard rate", "$40 a month off")
_SAVING_AFTER = _re(
    r"^\s*(?:(?:/|p/|per\s+|an?\s+|each\s+)\s*(?:hr|hour|month|mo|year|yr|week|day)s?\.?\s*)?"
    r"(?:off\b|discount\b|(?:in\s+)?savings?\b|rebate\b)"
)


# an amount in brackets right after another restates it ("$600 ($50/mo.)", "€1.200 (approx. $1,300)", "12,000元（约
# 1,000元/月）"): the same fee again, said by another period or in another currency
_RESTATING = _re(r"\s*[(（]\s*(?:approx(?:imately|\.)?|about|around|roughly|i\.e\.,?|or|equal to|约|約|即|合)?\s*")


# the bracket closes after the amount and at most its basis ("$50/mo.)", "1,000元/月）"): no clause of its own
_CLOSED = _re(r"\s*(?:(?:/|per|a|an|each|every|每)\s*[\w\u4e00-\u9fff]{1,8}\.?)?\s*[)）]")


def _restates(text: str, first: FoundMoney, then: FoundMoney) -> bool:
    return _RESTATING.fullmatch(text, first.end, then.start) is not None and _CLOSED.match(text, then.end) is not None


def _threshold(text: str, start: int, end: int) -> bool:
    """An amount that bounds or compares (over $500, 5000元以上) or that is saved (save $40), not a price."""
    before, after = text[max(0, start - 16) : start], text[end : end + 12]
    return bool(
        _COMPARED.search(before[-12:])
        or _COMPARED_AFTER.match(after)
        or _SAVING_BEFORE.search(before)
        or _SAVING_AFTER.match(after)
    )


# a fee for one thing done once, named after its amount or before it: "支付1000元更換域名費用", "收取遷移費5000元",
# "a one-time setup fee of $500", "transfer fee: $200"
_ONE_OFF_AFTER = _re(
    r"^\s*(?:的|之)?[\u4e00-\u9fff]{1,8}?(?:费用|費用|手续费|手續費|费|費)(?![\u4e00-\u9fff]{0,2}(?:每|/))|"
    r"^\s*(?:[a-z][a-z-]*\s+){1,3}(?:fee|charge)\b"
)
_ONCE = r"(?:one|1)[- ]?(?:time|off)"  # the normaliser writes "one time" as "1 time"
_ONE_OFF_BEFORE = _re(
    rf"(?:一次性|(?:{_ONCE}|set-?up|installation|onboarding|migration|transfer) (?:[\w-]+ ){{0,3}}?(?:fee|charge|cost))"
    r"[^,，;；。.]{0,12}$"
)
# an amount whose own words after it say it is paid once ("£500 one-time fee", "£2,500 one-time payment",
# "$300 + VAT flat fee"): a one-off fee with no verb of paying
_PAID_ONCE_AFTER = _re(
    rf"^\s*(?:\+\s*VAT\s*)?(?:(?:{_ONCE}|flat|fixed)\s+(?:fee|payment|price|charge|cost)\b|{_ONCE}\s*(?:$|[,;.|]))"
)
# a currency's name before its amount ("收取新幣 S$500之修復費用") is no fee's name
_CURRENCY_NAME = _re(
    r"\s*(?:新[币幣]|新加坡[币幣元]|人民[币幣]|港[币幣元]|美[元金]|新?[台臺][币幣]|澳[币幣元]|日[元圆圓]|欧元|歐元|英[镑鎊])\s*"
)
_PAY = _re(r"支付|缴纳|繳納|交纳|交納|收取|加收|另收|付费|付費|\bpa(?:y|id)\b|\bcharge[sd]?\b|\bbilled\b")


def _one_off(text: str, start: int, end: int) -> bool:
    if _PAID_ONCE_AFTER.match(text[end : end + 32]):
        return True
    clause = re.split(r"[,，;；。]", text[:start])[-1]
    named = _ONE_OFF_AFTER.match(text[end : end + 32]) or _ONE_OFF_BEFORE.search(text[max(0, start - 64) : start])
    return bool(named) and bool(_PAY.search(clause) or _ONE_OFF_BEFORE.search(clause))


_ITEM_NUMBER = re.compile(r"^\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})[.、)）])")


def _item_number(s: Sentence) -> str | None:
    """The number of the list item a sentence's paragraph opens with ("(1)…", "2、…"), else None."""
    m = _ITEM_NUMBER.match(s.paragraph.text)
    return (m[1] or m[2]) if m else None


def fees(ctx: Context) -> None:
    counts: Counter[str] = Counter()
    header = _Header()
    default = local_currency(ctx.out.language, "\n".join(s.norm for s in ctx.sentences))
    recurring: list[tuple[dict[str, Any], Sentence]] = []
    rate_card: list[tuple[dict[str, Any], Sentence]] = []
    one_off: list[tuple[dict[str, Any], Sentence]] = []
    item_priced: set[int] = set()  # the one-off entries read as an item's price (rules.item_prices)
    written: set[Money] | None = None  # every amount the text writes, read when a currency header is met
    columns = price_columns(ctx.sentences, default)
    spaced = space_tables(ctx.sentences, default)
    cards = card_prices(ctx.sentences, default)
    for found, s, unit, item_name in columns.contract_prices():
        counts[found.money.currency] += 1
        if not any(r["price"] == str(found.money) and r["unit"] == unit for r, _ in rate_card):
            rate_card.append(({"name": item_name, "unit": unit, "price": str(found.money)}, s))
    for index, s in enumerate(ctx.sentences):
        in_table = header.column_head(s, default)
        under_fee = index > 0 and s.offset == 0 and _RECURRING_WORDS.search(ctx.sentences[index - 1].norm)
        card = cards.get(index)
        if not (_FEE.search(s.norm) or _FEE.search(s.heading) or _FEE.search(in_table) or under_fee or card):
            continue
        if re.search(
            r"赔偿|賠償|违约金|違約金|罚|罰|penalt|liquidated|damages|注册资本|註冊資本|liabilit|代理服务费|代理服務費|代理费|代理費",
            s.norm,
        ):
            continue
        amounts = [card[0]] if card else money(s.norm, default)
        if not amounts and in_table:  # bare numbers under a header that gives the currency ("单价(元/天)")
            # one that equals an amount the text writes restates it (a procurement table's 总价 beside its 合计金额)
            if (bare := column_amounts(header.cells, s.norm, default)) and written is None:
                written = {m.money for t in ctx.sentences for m in money(t.norm, default)}
            amounts = [m for m in bare if written is not None and m.money not in written]
        for i, m in enumerate(amounts):
            if (index, m.start) in columns.seen or (i and _restates(s.norm, amounts[i - 1], m)):
                continue  # read with its column above, or the amount before it again in brackets
            if _threshold(s.norm, m.start, m.end):
                continue
            label: str | None = None
            counts[m.money.currency] += 1
            head = header.of(s.norm, m.start) if in_table else ""
            basis = _basis(s.norm, m.start, m.end) or (_period_in(head) or _head_unit(head) if head else None)
            row_period = header.period_of_row(s.norm) if basis is None and in_table and _FEE.search(head) else None
            basis = basis or row_period  # a price for a period of service (another column) recurs
            if basis is None and card:
                basis = row_period = card[1]  # a plan card's price over its period's line: the plan's recurring price
            if (column := head_of(spaced, s, m.start)) is not None:
                head = column[0]  # a row of a table copied as space-separated lines: its column's head
                row_period = row_period or _service_period(head)
                basis = basis or row_period
            if basis is None and ctx.out.language == "en" and names_one_year(s.norm):
                basis = "year"  # "7/1/2018 to 6/30/19 $203,940": the price of the year its dates name
            if basis is None and (title := _title_above(ctx.sentences, index, s, m.start, m.end)):
                head = title  # a price on its own line under a title naming the fee and its period
                basis = _period_in(title)
            name = _fee_name(s.norm, m.start) or (_row_name(s.norm, m.start) or head if in_table else None)
            if name and (re.fullmatch(r"[A-Za-z0-9.()]{1,2}", name) or _CURRENCY_NAME.fullmatch(name)):
                name = None  # a list marker ("C | Client will pay …") or a currency (收取新幣 S$500) names nothing
            if column is not None:
                name = column[1]  # the row's first cell names it
            if basis == HALF_YEAR or (
                basis is None and _HALF_YEAR_WORDS.search(re.split(r"[,，;；。]", s.norm[: m.start])[-1])
            ):
                continue  # priced by the half year ("a bi-annual maintenance fee of $900"): no period of the spec's
            amount = str(m.money)
            if basis == "quarter" or (  # a quarter is only ever a recurring period (no rate is per quarter)
                basis in ("month", "year")
                and (
                    row_period
                    or _RECURRING_WORDS.search(s.norm)
                    or _RECURRING_WORDS.search(s.heading)
                    or _RECURRING_WORDS.search(head)
                )
            ):
                item = {"amount": amount, "period": basis}
                if name:
                    item = {"name": name, **item}
                # the same amount again is the same fee (a wrapped row), unless two rows name two items
                if not any(
                    r["amount"] == amount and r["period"] == basis and not (row_period and r.get("name") != name)
                    for r, _ in recurring
                ):
                    recurring.append((item, s))
            elif basis is not None:
                unit = basis
                item = {"unit": unit, "price": amount}
                if name:
                    item = {"name": name, **item}
                if not any(r["price"] == amount and r["unit"] == unit for r, _ in rate_card):
                    rate_card.append((item, s))
            elif _RECURRING_WORDS.search(s.norm) and (period := _period_in(s.norm[: m.start])):
                item = {"amount": amount, "period": period}
                if name:
                    item = {"name": name, **item}
                if not any(r["amount"] == amount and r["period"] == period for r, _ in recurring):
                    recurring.append((item, s))
            elif (
                _RECURRING_WORDS.search(s.norm)
                or _one_off(s.norm, m.start, m.end)
                or (label := item_label(s.norm, m.start, m.end)) is not None
            ):
                if label:
                    name = label  # the item's own label, not a fee noun read further back
                elif label == "":  # "Starting at: $1,500": the title above names it, not the lead-in's words
                    name = _item_above(ctx.sentences, index, s) or None
                after = _ONE_OFF_AFTER.match(s.norm[m.end : m.end + 32])
                if after and (not name or _PAY.search(name)):  # 需加收1,000元之移機與裝機費用: named after it
                    name = after.group(0).strip().lstrip("的之").strip()
                item = {"amount": amount}
                if name:
                    item = {"name": name, **item}
                # the same amount again is the same fee, unless another numbered item states it for its own case
                # or another item of a price list is priced the same
                if not any(
                    r["amount"] == amount
                    and _item_number(s) in (None, _item_number(o))
                    and not (label is not None and names_item(name or "") and r.get("name") != name)
                    for r, o in one_off
                ):
                    one_off.append((item, s))
                    if label is not None:
                        item_priced.add(id(item))
    one_off = fold_into_totals(one_off, item_priced, ctx.sentences, default)
    # a rate per month or year that is a recurring fee stated elsewhere (a wrapped table row's second
    # line, "¥2,000.00 每月") is that fee again
    rate_card = [
        (r, s)
        for r, s in rate_card
        if not any(f["amount"] == r["price"] and f["period"] == r["unit"] for f, _ in recurring)
    ]
    if not (recurring or rate_card or one_off):
        return
    fee_terms: dict[str, Any] = {"currency": counts.most_common(1)[0][0]}
    for key, items in (("recurring", recurring), ("rate_card", rate_card), ("one_off", one_off)):
        if items:
            fee_terms[key] = [_named(item) for item, _ in items]
            for i, (_item, s) in enumerate(items):
                ctx.record(f"fees.{key}[{i}].{'price' if key == 'rate_card' else 'amount'}", s)
    if stated := tax(ctx.sentences):
        fee_terms["tax"], said = stated
        for key in fee_terms["tax"]:
            ctx.record(f"fees.tax.{key}", said)
    ctx.out.terms["fees"] = fee_terms
