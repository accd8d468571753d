"""Durations and money in normalised text, parsed by the spec's own types.

Durations go through ``Duration.parse`` (which knows 2小时 and 5个工作日); money is
``Money`` built from the digits' text (Decimal, never float). A time range ("2-4 hours", 6-12个月) yields its
upper end, the lower end beside it; a period the client is granted reads the lower end (``FoundDuration.granted``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from termsmith.extract.memo import per_document
from termsmith.spec.types import Duration, Money

_UNITS: list[tuple[str, str]] = [
    # "有效工作日" (a working day that counts) and 营业日/營業日 (a trading day) are business days too
    # abbreviations after a figure: "24bhs", "8 BH", "8 BWH" (business-working hour), "1 BD", "3 BWD" (not "3 bds")
    (r"[个個]?(?:有效)?工作小[时時]|business hours?|working hours?|bw?hs?(?![A-Za-z])", "business hours"),
    (
        r"[个個]?(?:有效)?工作[日天]|[个個]?(?:营业|營業)[日天]|business days?|working days?|bw?d(?![A-Za-z])",
        "business days",
    ),
    # a business week is five business days (the spec's Duration)
    (r"[个個]?工作[周週](?![一二三四五六日末])|business weeks?|working weeks?", "business weeks"),
    # an ASCII unit ends at a non-letter, also before a CJK letter ("1~3hr內")
    (r"[个個]?小[时時]|hours?|hrs?(?![A-Za-z])|h(?![A-Za-z])", "hours"),
    # "15m" (lower case, the spec's own short form); only a multiple of five, since "1m", "3m", "12m"
    # are as often months
    (r"分[钟鐘鍾]|minutes?|mins?(?![A-Za-z])|(?-i:m)(?![A-Za-z])", "minutes"),
    (r"[个個]月|months?", "months"),
    # "1d" (lower case only: "2D" is a barcode, not two days)
    (r"自然日|calendar days?|天|日(?![期历曆])|days?|(?-i:d)\b", "days"),
    (r"[周週](?![一二三四五六日末年])|weeks?", "weeks"),
    # "1年内" is a length ("15日起至1年内免费保修"); "2026年内" is a date
    (r"年(?![度月份内內底初])|(?<!\d\d)年(?=[内內])|(?<![\d.]\d)(?<![\d.]\d\d)年度|years?", "years"),
]
_UNIT_RE = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(_UNITS))
RANGE_TO = r"(?:-|~|～|至|到|—|–|to)"  # between the two ends of a range ("3-8 hours", 6至12个月, "2 to 4")
DURATION_RE = re.compile(
    r"(?<![\d.月第])(?<!\d/)(?<![^A-Za-z]\d:)(?<!^\d:)(?P<num>\d+(?:\.\d+)?)"
    rf"(?:\s*{RANGE_TO}\s*(?P<num2>\d+(?:\.\d+)?))?\s*(?:\(s\))?\s*(?P<hy>-)?"
    rf"(?:{_UNIT_RE})(?:\(s\))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDuration:
    duration: Duration
    start: int
    end: int
    lower: Duration | None = None  # a range's lower end, when ``duration`` is its upper end

    @property
    def business(self) -> bool:
        return self.duration.unit.is_business

    @property
    def granted(self) -> Duration:
        """A period the client is granted (a free maintenance or warranty length, the agreement's term) at the end
        the client can count on: a range's lower end (6-12个月 is 6 months). A time the vendor must meet is
        ``duration``, the upper end. See docs/extract.md, "Ranges"."""
        return self.lower or self.duration


# A written date, also with blanks or placeholder digits (20xx 年 10月 20 日): its numbers are not lengths.
_DATE_SPAN = re.compile(
    r"(?:\d{2,4}|〔空〕|\d{2}〔空〕)\s*年\s*(?:\d{1,2}|〔空〕)\s*月(?:\s*(?:\d{1,2}|〔空〕)\s*日)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日"
)


# a hyphenated time is an adjective: a deadline only before the thing it limits ("15-minute response",
# "4-hour resolution target", "2-hour on-site"), not before a service it describes ("24-hour support")
_DEADLINE_AFTER = re.compile(
    r"\s+(?:(?:initial|first|guaranteed|target|maximum|max\.?)\s+)?(?:response|respond|resolution|resolve|fix|"
    r"restor\w*|repair|turnaround|acknowledg\w*|reply|call[- ]?back|on-?site|onsite|"
    # the rest of the kind vocabulary (rules.level_words, which reads values and so cannot be read here)
    r"reaction|triage|(?:first|initial)\s+contact|workaround|closure)",
    re.IGNORECASE,
)


# a level's id just before a number ("Sev 2 - 4 hours", "P1 – 30 minutes", "Level 3-2 days"): the number is the id
_LEVEL_ID_BEFORE = re.compile(r"(?:\b(?:sev(?:erity)?|priority|level|tier|P|S|L)\s*)$", re.IGNORECASE)


def range_end(low: str, high: str) -> str:
    """The end of a time range ("3-8 hours", "24–48 business hours") a reader reports, the same in every reader: its
    upper end, the longest the vendor may take and so the time it commits to (the lead's decision, session 15). A
    period the client is granted takes the lower end instead (``FoundDuration.granted``). See docs/extract.md,
    "Ranges"."""
    return high


def durations(text: str) -> list[FoundDuration]:
    """Every duration in ``text`` (a fresh list; the reading is memoised per document)."""
    return list(_durations(text))


@per_document
def _durations(text: str) -> tuple[FoundDuration, ...]:
    found: list[FoundDuration] = []
    dates = [(m.start(), m.end()) for m in _DATE_SPAN.finditer(text)] if "月" in text else []
    for m in DURATION_RE.finditer(text):
        unit = next(_UNITS[i][1] for i in range(len(_UNITS)) if m.group(f"u{i}"))
        if unit in ("years", "days") and _looks_like_date(text, m):
            continue
        if any(a <= m.start() < b for a, b in dates):
            continue
        if re.search(r"(?:每|每隔|every|each)\s*$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE):
            continue  # a cadence (每2个月, every 1 hour), not a deadline
        if m["hy"] and not _DEADLINE_AFTER.match(text, m.end()):
            continue  # "24-hour support" describes a service; "15-minute response" is a deadline
        if m.group(0)[-1] == "m" and unit == "minutes" and (m["num2"] or Decimal(m["num"]) % 5):
            continue  # "1m" may be a month
        low, start = m["num"], m.start()
        if m["num2"] and _LEVEL_ID_BEFORE.search(text[max(0, start - 12) : start]):
            low, start = m["num2"], m.start("num2")  # "Sev 2 - 4 hours": the 2 names the level, the time is 4 hours
        elif m["num2"]:
            low = range_end(low, m["num2"])  # "2-4 hours" is 4 hours; "0-2 hours" too has nothing below it
        try:
            value = Duration.parse(f"{low} {unit}")
            # the lower end beside it, for a granted period and for two levels sharing one range; none for a range
            # from nothing ("0-2 hours")
            ranged = m["num2"] and start == m.start() and Decimal(m["num"]) != 0 and low != m["num"]
            lower = Duration.parse(f"{m['num']} {unit}") if ranged else None
        except ValueError:
            continue
        found.append(FoundDuration(value, start, m.end(), lower))
    return tuple(_joined_ranges(text, found))


_BETWEEN_ENDS = re.compile(rf"\s*{RANGE_TO}\s*\Z", re.IGNORECASE)


def _joined_ranges(text: str, found: list[FoundDuration]) -> list[FoundDuration]:
    """A range whose two ends each carry a unit ("1 Hour – 4 Hours", "30 minutes to 2 hours", "2小时至4小时") is one
    time, its upper end (as "1-4 hours" is), with the lower end beside it; not two times."""
    out: list[FoundDuration] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.lower is None and _BETWEEN_ENDS.match(text[prev.end : d.start]):
            out[-1] = FoundDuration(d.duration, prev.start, d.end, prev.duration)
            continue
        out.append(d)
    return out


def _looks_like_date(text: str, m: re.Match[str]) -> bool:
    number = m["num"]
    after = text[m.end() : m.end() + 1]
    if len(number) == 4 and number.startswith(("19", "20")):
        return True  # 2025年
    return after in ("月",) or text[m.start() - 1 : m.start()] in ("月",)


def compact(d: Duration) -> str:
    """The short spelling a spec would use: 30m, 2h, 3 business days, 12 months."""
    number = format(d.value.normalize(), "f")
    if d.unit.value == "minutes":
        return f"{number}m"
    if d.unit.value == "hours":
        return f"{number}h"
    return str(d)


# ---------------------------------------------------------------- money
# Each currency by its code, its sign and its names in both Chinese scripts (written before or after an amount), and
# by its English names (written after it: "120 Singapore dollars"). A dollar named by its country (NZ$, "Singapore
# dollars") is read before the bare "$" and "dollars" (the document's own dollar).
_CURRENCY_WORDS: list[tuple[str, str]] = [
    (r"人民币|人民幣|RMB|CNY|¥|元人民币", "CNY"),
    (r"港币|港幣|港元|HK\$|HKD", "HKD"),
    (r"新台币|新台幣|新臺幣|台币|台幣|臺幣|NT\$|TWD|NTD", "TWD"),
    (r"澳门元|澳門元|澳门币|澳門幣|MOP\$?|葡币|葡幣", "MOP"),
    (r"美元|美金|USD|US\$", "USD"),
    (r"新加坡元|新币|新幣|SGD|(?<![A-Za-z])S\$", "SGD"),
    (r"英镑|英鎊|GBP|£", "GBP"),
    (r"澳元|AUD|(?<![A-Za-z])A\$", "AUD"),
    (r"加元|CAD|(?<![A-Za-z])C\$", "CAD"),
    (r"纽元|紐元|新西兰元|紐西蘭幣|NZD|(?<![A-Za-z])NZ\$", "NZD"),
    (r"\$", "$"),  # a bare dollar sign: the document's own dollar (see local_currency)
    (r"欧元|歐元|EUR|€", "EUR"),
    (r"瑞士法郎|CHF", "CHF"),
    (r"马币|馬幣|令吉|MYR|(?<![A-Za-z])RM(?![A-Za-z])", "MYR"),
    (r"泰铢|泰銖|THB|฿", "THB"),
    (r"日元|日圆|日圓|日币|日幣|円|JPY", "JPY"),
    (r"韩元|韓元|韩币|韓幣|KRW|₩", "KRW"),
    # the rupee: its code, its sign, or "Rs." against the digits ("Rs. 5,000", "Rs 5000/-")
    (r"印度卢比|印度盧比|卢比|盧比|INR|₹|(?<![A-Za-z])Rs\.?(?=\s?\d)", "INR"),
    # the UAE dirham: its code or "Dhs" against the digits
    (r"迪拉姆|AED|(?<![A-Za-z])Dhs?\.?(?=\s?\d)", "AED"),
    # the rand: its code, or its "R" against the digits of a price written with cents ("R460-00", "R1 200.00")
    (r"ZAR|(?<![A-Za-z\d])(?-i:R)(?=\d)", "ZAR"),
]
_CURRENCY_NAMES: list[tuple[str, str]] = [
    (r"\byuan\b|\brenminbi\b", "CNY"),
    (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"(?:New\s+Taiwan|NT)\s+dollars?", "TWD"),
    (r"patacas?", "MOP"),
    (r"U\.?S\.?\s+dollars?", "USD"),
    (r"Singapore\s+dollars?", "SGD"),
    (r"pounds?\s+sterling|\bsterling\b", "GBP"),
    (r"Australian\s+dollars?", "AUD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"New\s+Zealand\s+dollars?", "NZD"),
    (r"\beuros?\b", "EUR"),
    (r"Swiss\s+francs?", "CHF"),
    (r"ringgits?", "MYR"),
    (r"\bbaht\b", "THB"),
    (r"\byen\b", "JPY"),
    (r"\brands?\b", "ZAR"),
    (r"\b(?:Indian\s+)?rupees?\b", "INR"),
    (r"\bdirhams?\b", "AED"),
]
_CUR_RE = "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS)
_CUR_NAMES = "|".join(f"(?:{p})" for p, _ in _CURRENCY_NAMES)
# a currency named in words after an amount ("150 New Zealand dollars", "500 rand", "30 euros"), for the rules that
# look for a price on a line
CURRENCY_NAMED = _CUR_NAMES + r"|\bdollars?\b"
_CUR_AFTER = _CUR_NAMES + "|" + _CUR_RE
DOLLARS = ("HKD", "TWD", "USD", "AUD", "CAD", "SGD", "NZD")
# an English document's own country, when it says it clearly: an ABN, a "Pty Ltd", the laws of an Australian state;
# the laws of a Canadian province, HST. Its bare "$" is then that country's dollar.
_AUSTRALIA = re.compile(
    r"\bABN\b|\bPty\.?\s+Ltd\b|Australian\s+(?:Consumer\s+Law|dollars?)|laws?\s+of\s+(?:the\s+State\s+of\s+)?"
    r"(?:New\s+South\s+Wales|Victoria|Queensland|Western\s+Australia|South\s+Australia|Tasmania|"
    r"the\s+Australian\s+Capital\s+Territory|Australia)\b"
)
_CANADA = re.compile(
    r"laws?\s+of\s+(?:the\s+Province\s+of\s+)?(?:Ontario|British\s+Columbia|Alberta|Quebec|Québec|Manitoba|"
    r"Saskatchewan|Nova\s+Scotia|New\s+Brunswick|Canada)\b|Canadian\s+dollars?|\bGST/HST\b|\bHST\b"
)
# a currency code written before the dollar sign it qualifies ("AUD $497", "CAD$ 50")
_CODE_BEFORE_SIGN = re.compile(r"\b(?P<code>AUD|CAD|USD|HKD|TWD|NTD|SGD|NZD)\s*\Z")
# an amount's unit and the dollar code after it (" per hour CAD", "/month AUD"); the code may follow the amount alone
_UNIT_THEN = r"\s*(?:(?:per|an?|each|/)\s*[A-Za-z]+\.?\s+)?(?P<code>{codes})\b"
# a dollar amount whose code follows its unit ("$175 per hour CAD", "$50/month AUD"): the page's dollar, when every
# such code agrees
_CODE_AFTER_UNIT = re.compile(r"\$\s*\d[\d,]*(?:\.\d+)?" + _UNIT_THEN.format(codes="AUD|CAD|USD|SGD|NZD"))
# Singapore: a Pte Ltd, a UEN, the laws of Singapore, its dollar named; New Zealand: an NZBN, its laws, its dollar
_SINGAPORE = re.compile(
    r"\bPte\.?\s+Ltd\b|\bUEN\b|laws?\s+of\s+(?:the\s+Republic\s+of\s+)?Singapore\b|Singapore\s+dollars?|\bSGD\b|"
    r"(?<![A-Za-z])S\$"
)
_NEW_ZEALAND = re.compile(r"\bNZBN\b|laws?\s+of\s+New\s+Zealand\b|New\s+Zealand\s+dollars?|\bNZD\b|(?<![A-Za-z])NZ\$")
# a page naming once the currency of all its prices ("All Fees are stated in Australian Dollars (AUD)", "prices are
# quoted in USD", "all amounts in Singapore dollars"): its bare "$" is that dollar, whatever country it names
_PRICES_IN = re.compile(
    r"\b(?:all\s+)?(?:prices?|fees?|amounts?|rates?|charges?|costs?|figures?)\b[^.;\n]{0,30}?\b(?:are\s+|is\s+)?"
    r"(?:stated|quoted|expressed|denominated|given|shown|listed|payable|priced)?\s*in\s+(?P<cur>"
    r"US\s+dollars?|U\.S\.\s+dollars?|USD|Australian\s+dollars?|AUD|Canadian\s+dollars?|CAD|Singapore\s+dollars?|SGD|"
    r"Hong\s+Kong\s+dollars?|HKD|New\s+Taiwan\s+dollars?|NTD|TWD|New\s+Zealand\s+dollars?|NZD)\b",
    re.IGNORECASE,
)
# Where a page stands when it says so only by its places: its cities, states or web domain. Two such words of one
# country (a phone code is none: an office abroad gives one) and none of another's (nor of the United States) make its
# bare "$" that country's dollar ("our Sydney office, NSW"); one alone, or places of two countries, leave US dollars.
_PLACES = (
    (
        "AUD",
        re.compile(
            r"\b(?:NSW|QLD|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Geelong|Newcastle\s+NSW|Gold\s+Coast|"
            r"Australia|Australian)\b|\.(?:com|net|org)\.au\b"
        ),
    ),
    (
        "NZD",
        re.compile(
            r"\b(?:Auckland|Wellington|Christchurch|Dunedin|Tauranga|Queenstown|New\s+Zealand|Aotearoa)\b|"
            r"\.(?:co|org|net)\.nz\b"
        ),
    ),
    (
        "CAD",
        re.compile(
            r"\b(?:Toronto|Vancouver|Montr[eé]al|Calgary|Ottawa|Edmonton|Winnipeg|Ontario|Alberta|British\s+Columbia|"
            r"Canada|Canadian)\b"
        ),
    ),
    ("SGD", re.compile(r"\bSingapore(?:an)?\b|\.com\.sg\b")),
    (
        "USD",
        re.compile(
            r"\b(?:USA|U\.S\.A?\.|United\s+States|California|Texas|Florida|New\s+York|Illinois|Washington,?\s+D\.?C|"
            r"Delaware|Colorado|Georgia|Massachusetts|Arizona|Ohio|Michigan|Virginia)\b|\bUS\$"
        ),
    ),
)


def _placed_dollar(text: str) -> str:
    """The dollar of the one country a page names by two of its places or more; else US dollars."""
    named = [(code, {m.group(0).lower() for m in pattern.finditer(text)}) for code, pattern in _PLACES]
    present = [(code, words) for code, words in named if words]
    if len(present) == 1 and len(present[0][1]) >= 2:
        return present[0][0]
    return "USD"


_HONG_KONG = re.compile(r"港幣|港币|港元|HK\$|HKD|香港(?!商)")  # 香港商: a Taiwan company of Hong Kong capital
_MACAU = re.compile(r"澳門|澳门|MOP|葡幣|葡币")
_TAIWAN = re.compile(r"新台幣|新臺幣|台幣|臺幣|NT\$|NTD|TWD|台灣|臺灣|民國|統一編號|統編")
# Words that differ across the strait (mainland | Taiwan): a Traditional-script page that uses the mainland's
# words and none of Taiwan's is a converted mainland page, whose bare 元 is renminbi
_MAINLAND_WORDS = re.compile(r"復印機|打印機|網絡|軟件|服務器|數據庫|視頻|質量|信息|程序|范圍|鼠標|硬盤|內存|U盤")
_TAIWAN_WORDS = re.compile(r"影印機|印表機|網路|軟體|伺服器|資料庫|影片|品質|資訊|程式|範圍|滑鼠|硬碟|記憶體|隨身碟")


def local_currency(language: str, text: str) -> str:
    """The currency a bare amount (元, $, dollars) of a document means: Hong Kong dollars where a
    Traditional-script document is from Hong Kong (香港, 港幣, HK$), patacas where it is from Macau and
    names no Hong Kong (澳門, MOP), renminbi where it uses the mainland's words (打印機, 網絡, 軟件) and none of
    Taiwan's, New Taiwan dollars for other Traditional-script documents; an English document's "$" follows the prices'
    stated currency ("prices are quoted in USD"), the one code written after its amounts ("$175 per hour CAD"), the
    dollar it names elsewhere (HK$, NT$), else its country's when it states it clearly and names no other (an ABN or a Pty Ltd, the laws of an
    Australian state: AUD; the laws of a Canadian province: CAD; a Pte Ltd, the laws of Singapore, S$: SGD; an NZBN,
    NZ$: NZD), else its country's when two of its places name one country only (Sydney, NSW), else US dollars; Simplified
    Chinese, renminbi."""
    if language == "zh-Hant":
        if _HONG_KONG.search(text):
            return "HKD"
        if _MACAU.search(text):
            return "MOP"
        mainland = len(_MAINLAND_WORDS.findall(text))
        return "CNY" if mainland >= 2 and not (_TAIWAN.search(text) or _TAIWAN_WORDS.search(text)) else "TWD"
    if language == "en":
        if (stated := _PRICES_IN.search(text)) and (code := currency_of(stated["cur"])):
            return code
        if len(after := {m["code"] for m in _CODE_AFTER_UNIT.finditer(text)}) == 1:
            return after.pop()
        hk, tw = re.search(r"HK\$|HKD", text), re.search(r"NT\$|TWD|NTD", text)
        if hk or tw:
            return "HKD" if hk and not tw else "TWD" if tw and not hk else "USD"
        countries = [
            code
            for code, pattern in (("AUD", _AUSTRALIA), ("CAD", _CANADA), ("SGD", _SINGAPORE), ("NZD", _NEW_ZEALAND))
            if pattern.search(text)
        ]
        if countries:
            return countries[0] if len(countries) == 1 else "USD"
        return _placed_dollar(text)
    return "CNY"


# what an amount is counted in when it is not ones: 万/千 (1.2万元), and in English a "k"/"m" written against the
# digits or a word after them ($30K, £1.5m, $2 million) — without it "$30K/year" read as 30 dollars
_SCALE = (
    r"(?:\s*(?P<wan>万|萬|千|仟)|(?P<mag>k|m)(?![a-z\d])|\s?(?P<magi>(?-i:L|Cr))(?![A-Za-z\d])|"
    r"\s*(?P<magw>thousand|million|lakhs?|lacs?|crores?)\b)?\s*"
)
_SCALES = {
    "万": 10000,
    "萬": 10000,
    "千": 1000,
    "仟": 1000,
    "k": 1000,
    "m": 1000000,
    "thousand": 1000,
    "million": 1000000,
    # India's own: a lakh is a hundred thousand, a crore ten million ("₹1.1 Lakh/month", "INR 1.3 Crore")
    "l": 100000,  # "₹1.1 L / mo", "₹90 L – 1.18 Cr": India's short forms
    "cr": 10000000,
    "lakh": 100000,
    "lakhs": 100000,
    "lac": 100000,
    "lacs": 100000,
    "crore": 10000000,
    "crores": 10000000,
}


def _scale_word(m: re.Match[str] | None) -> str | None:
    """The unit an amount or a range's upper end is counted in (万, k, million), lower-cased; None for ones."""
    if m is None:
        return None
    word = m["wan"] or m["mag"] or m["magi"] or m["magw"]
    return word.lower() if word else None


# a currency sign written against the digits after it ("6/30/18 $198,000", "$50 $60") is that amount's, not the one before
_SIGN_NOT_BEFORE_DIGITS = r"(?!(?:[A-Z]{0,3}\$|[£€¥₩฿₹])\s?\d)"
# thousands grouped with points and cents after a comma, as continental Europe writes prices: "€ 1.200,-",
# "1.200,50 EUR", "EUR 2.400.000" (every group after a point has three digits; a price is never written to three
# decimals, so "1.200" with a currency is twelve hundred)
_POINT_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,(?:\d{2}|-{1,2}|–))?(?![\d.,])"
_POINT_GROUPED_RE = re.compile(_POINT_GROUPED)
# cents after a hyphen, as South Africa writes a rand price ("R460-00", "R1 250-50"): only against the R
_HYPHEN_CENTS = r"(?<=(?-i:R))\d{1,3}(?:[ \u00a0\u202f]?\d{3})*-\d\d(?![\d-])"
# a bare "R" before digits is the rand only in a price written with cents ("R460-00", "R460.00", "R1,200.00") on a
# line that prices something: "R460" (a model), "R2-00" in "Release R2-00" (a version) are no money
_RAND_FORM = re.compile(r"\d(?:-|\.)\d\d\Z")
_PRICED = re.compile(
    r"\b(?:charged?|fees?|costs?|prices?d?|rates?|per|pay(?:able)?|billed|invoiced?|excl|incl|vat)\b", re.I
)
# thousands grouped with commas (12,000) or, after a currency sign, with a single (narrow) space ("$2 000")
MONEY_RE = re.compile(
    rf"(?:(?=[^\s\d]{{1,5}}\s*\d)(?P<pre>{_CUR_RE}))?\s*(?P<amount>\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?(?![\d,])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:['’]\d{{3}})+(?:\.\d+)?(?!\d)|{_POINT_GROUPED}|(?<=[$£€¥])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:\.\d+)?(?![\d,])|{_HYPHEN_CENTS}|\d+(?:\.\d+)?){_SCALE}\s*"
    rf"(?:-(?=\s*(?:元|圆|圓)))?\s*(?P<post>元|圆|圓|块|{_SIGN_NOT_BEFORE_DIGITS}(?:{_CUR_AFTER})|dollars?)?",
    re.IGNORECASE,
)


_RANGE_UPPER = re.compile(
    rf"\s*{RANGE_TO}\s*(?:{_CUR_RE})?\s*(?:\d{{1,3}}(?:[,'’]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d-])"
    rf"{_SCALE}\s*(?:元|圆|圓|块|{_CUR_AFTER}|dollars?\b)?",
    re.IGNORECASE,
)
_RANGE_LOW = re.compile(
    r"(?<![\d.,/'’-])(?<!\d:)(?P<low>\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*" + RANGE_TO + r"\s*\Z",
    re.IGNORECASE,
)


def plain_amount(digits: str) -> Decimal:
    """The amount a money match's digits write: "12,000.50" and "€ 1.200,-" (point-grouped) alike."""
    if _POINT_GROUPED_RE.fullmatch(digits):
        digits = digits.rstrip("-–").rstrip(",").replace(".", "").replace(",", ".")
    if re.fullmatch(r"[\d \u00a0\u202f]+-\d\d", digits):
        digits = digits.replace("-", ".")  # R460-00: cents after a hyphen
    return Decimal(re.sub(r"[,'’\s]", "", digits))  # 12,000 · 12 000 · 12'000 (Swiss)


def _range_low(text: str, amount_start: int) -> tuple[int, str] | None:
    """The lower end of a range that ends with the amount at ``amount_start`` (its start, its digits)."""
    window_start = max(0, amount_start - 32)
    m = _RANGE_LOW.search(text[window_start:amount_start])
    return (window_start + m.start(), m["low"]) if m else None


@dataclass(frozen=True, slots=True)
class FoundMoney:
    money: Money
    start: int
    end: int


_SIGNS_BEFORE_DIGITS = {"rs": "INR", "dh": "AED", "dhs": "AED"}


def currency_of(word: str | None) -> str | None:
    if not word:
        return None
    if word == "R":
        return "ZAR"  # the rand's sign, read only against the digits of a price
    if sign := _SIGNS_BEFORE_DIGITS.get(word.rstrip(".").lower()):
        return sign  # "Rs. 5,000", "Dhs 350": read only against the digits after them
    for pattern, code in (*_CURRENCY_WORDS, *_CURRENCY_NAMES):
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code
    return None


def money(text: str, default_currency: str) -> list[FoundMoney]:
    """Amounts with a currency sign or word on either side (a bare number is not money). A range
    (5000-8000元, 1~2万元, USD 120 to 180, ¥5,000-¥8,000) is one amount, read at its lower end as
    durations are; its span covers both ends."""
    found: list[FoundMoney] = []
    for m in MONEY_RE.finditer(text):
        if found and m.start() < found[-1].end:
            continue  # the upper end of a range already read
        one = _amount(text, m, default_currency)
        if one is not None:
            found.append(_with_wan_before(text, one, m))
    return _dedupe(found)


# ten-thousands written before the rest of an amount ("757萬5,750元", "22萬4,000元", "3万500元"): one amount
_WAN_BEFORE = re.compile(r"(?<![\d.,])(?P<wan>\d{1,5})\s*[万萬]\s*$")


def _with_wan_before(text: str, one: FoundMoney, m: re.Match[str]) -> FoundMoney:
    """The amount with the ten-thousands said before it (757萬 + 5,750元), when it is ones below ten thousand."""
    at = m.start("amount")
    if m["pre"] or _scale_word(m) or not m["post"] or one.start < m.start():
        return one  # a currency before it, its own scale, or a range's lower end
    if (before := _WAN_BEFORE.search(text[max(0, at - 8) : at])) is None:
        return one
    ones = plain_amount(m["amount"])
    if ones >= 10000 or "." in m["amount"]:
        return one
    total = Decimal(before["wan"]) * 10000 + ones
    start = max(0, at - 8) + before.start()
    try:
        return FoundMoney(Money.of(format(total.quantize(Decimal("0.01")), "f"), one.money.currency), start, one.end)
    except ValueError:
        return one


def _amount(text: str, m: re.Match[str], default_currency: str) -> FoundMoney | None:
    pre, post = m["pre"], m["post"]
    if not pre and not post:
        return None
    if pre == "R" and not (_RAND_FORM.search(m["amount"]) and _PRICED.search(text)):
        return None
    if text[m.end() : m.end() + 1] in ("%", "％"):
        return None
    low = None if pre else _range_low(text, m.start("amount"))
    upper = _RANGE_UPPER.match(text, m.end())
    code = currency_of(pre) or currency_of(post) or default_currency
    if code == "$":  # "$4000 CAD", "AUD $497", "$90 per hour CAD": the code names the dollar
        named = currency_of(post) or _code_before(text, m.start()) or _code_after_unit(text, m.end())
        code = named if named not in (None, "$") else code
    if code == "$" or (post and post.lower().startswith("dollar") and not pre):
        code = default_currency if default_currency in DOLLARS else "USD"
    try:
        amount = plain_amount(low[1] if low else m["amount"])
    except InvalidOperation:
        return None
    wan = _scale_word(m) or _scale_word(upper)  # ¥1-2万 · $10-15K: the unit is said once, after the range
    if low and _scale_word(m) and amount > plain_amount(m["amount"]):
        wan = None  # 5000-1万元: the lower end is written in units already
    if wan in ("l", "cr") and code != "INR":
        wan = None  # "L" and "Cr" are a lakh and a crore only against the rupee
    if wan:
        amount *= _SCALES[wan]
    if amount <= 0:
        return None
    places = 0 if code in ("JPY", "KRW") else 2
    amount = amount.quantize(Decimal(1).scaleb(-places))
    try:
        return FoundMoney(
            Money.of(format(amount, "f"), code), low[0] if low else m.start(), upper.end() if upper else m.end()
        )
    except ValueError:
        return None


# a dollar code after the amount's unit ("$90 per hour CAD", "$50/month AUD")
_UNIT_THEN_CODE = re.compile(_UNIT_THEN.format(codes="AUD|CAD|USD|SGD|NZD|HKD"))


def _code_after_unit(text: str, end: int) -> str | None:
    m = _UNIT_THEN_CODE.match(text, end)
    return currency_of(m["code"]) if m else None


def _code_before(text: str, start: int) -> str | None:
    m = _CODE_BEFORE_SIGN.search(text[max(0, start - 6) : start])
    return currency_of(m["code"]) if m else None


def _dedupe(found: list[FoundMoney]) -> list[FoundMoney]:
    """¥6,000.00（人民币6000.00元）states one amount twice: keep the first of equal neighbours, its span
    running to the end of the second (so what follows the pair, "/年", is read as said after it)."""
    out: list[FoundMoney] = []
    for f in found:
        if out and out[-1].money == f.money and f.start - out[-1].end <= 12:
            out[-1] = FoundMoney(out[-1].money, out[-1].start, f.end)
            continue
        out.append(f)
    return out


PERCENT_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*%|百分之(?P<cn>\d+(?:\.\d+)?)")


def percents(text: str) -> list[tuple[Decimal, int, int]]:
    out = []
    for m in PERCENT_RE.finditer(text):
        value = Decimal(m["num"] or m["cn"])
        if value <= 100:
            out.append((value, m.start(), m.end()))
    return out
