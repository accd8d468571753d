"""Normalising a sentence before the field rules read it.

The rules match on a *normalised copy* (the evidence always quotes the original):
NFKC (full-width digits and punctuation, Kangxi radicals), template blanks replaced
by a marker so they are never read as values, clocks (7×24, 5×8) turned into
tokens so their numbers are not read as durations, English number words and
"four (4)" into digits, and Chinese numerals (二十四小时, 八個工作小時, 陆仟元) into
digits with cn2an (and termsmith's own parser for capital amounts).
"""

from __future__ import annotations

import re
import unicodedata

from termsmith.extract.memo import per_document

BLANK = "〔空〕"
CLOCK_24X7 = "〔24x7〕"
CLOCK_BUSINESS = "〔business〕"

# Template blanks: ____, 【…】, [例如:4], [客户名称], XXX, ○○○, □□□ — never a value.
# A form's field in 【】 filled in with its value ("【15】日内", "总价款的【10】%", "人民币【35,000】元", "【叁万伍仟】圆整") is
# that value; one left empty or holding the form's instruction or an example ("【】", "【 】", "【例如:4】", "【填写】",
# "【客户名称】", "【XX】") is a blank.
_FILLED_FIELD = re.compile(
    r"【\s*(?P<value>(?![^】]*(?:例如|例:|如:|填写|填寫|名称|名稱|甲方|乙方|待定|请|請|输入|輸入|选择|選擇|示例|[Xx]{2}|×|＊|\*|_|＿))"
    r"[^】\s][^】]{0,38}?)\s*】"
)
_BLANKS = re.compile(
    r"_{2,}|＿{2,}|【[^】]{0,40}】|\[[^\]\n]{0,40}\]|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[○□〇]{3,}|…{2,}|\.{6,}"
    r"|\*{3,}|\{\{[^{}\n]{0,40}\}\}"  # ********公司 (a masked name); {{client_name}} (a template's placeholder)
)
# A Markdown link's text is words a reader reads ("[post issues on the GitHub page](https://github.com/…)"), not a
# template blank: its brackets go when a link target (an address, a path, an anchor, a page) follows them
_LINK_TEXT = re.compile(
    r"\[([^\[\]\n]{1,200})\](?=\((?:[a-z][\w+.-]*:|/|#|\.{1,2}/|www\.)[^()\s]*\)|\([\w./-]+\.(?:md|html?|pdf|php|aspx?)\b)"
)
# Markdown bold around words ("the laws of **England**"), not asterisks standing for digits (20**年)
_BOLD = re.compile(r"(?<![*\w])\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?![*\w])")
_CLOCKS = [
    (re.compile(r"7\s*[×xX*]\s*24\s*(?:小时|小時|hours?|hrs?|h)?(?:\s*/\s*(?:天|日))?", re.IGNORECASE), CLOCK_24X7),
    (
        re.compile(
            r"(?<!〔)(?:24\s*[×xX*]\s*7|24\s*/\s*7)|全天候|round[- ]the[- ]clock|"
            # "24 hours a day, 7 days a week", "24 hours a day/seven days a week": the clock, not a 24-hour time
            r"(?:twenty-four|24)\s*(?:hours|hrs)\s+(?:a|per)\s+day\s*[,/]?\s*(?:and\s+)?(?:seven|7)\s+days\s+(?:a|per)\s+week",
            re.IGNORECASE,
        ),
        CLOCK_24X7,
    ),
    (re.compile(r"5\s*[×xX*]\s*8\s*(?:小时|小時|hours?|h)?", re.IGNORECASE), CLOCK_BUSINESS),
    # hours a day over five days: 8x5, 9×5, "7.5/5" (a support-hours cell); 24x5, round the clock on weekdays only
    (re.compile(r"(?<![\d./])(?:[6-9]|1[0-2]|24)(?:\.5)?\s*[×xX*/]\s*5(?![\d./])"), CLOCK_BUSINESS),
]
# Zero-width characters a renderer puts between a number and its unit (termsmith's own 2\u2060小时) or that
# Word keeps (soft hyphen, BOM): NFKC leaves them, and they would hide "2小时" from every rule.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))

# PDFs whose fonts map a CJK glyph to its Kangxi radical or compatibility code point (⾏ for 行, 﨑)
# print the right character but carry a look-alike in their text layer: each becomes the
# ideograph NFKC gives, one code point for one, so every position in the text stays the same.
CJK_LOOKALIKES = {
    cp: unicodedata.normalize("NFKC", chr(cp))
    for block in (range(0x2E80, 0x2F00), range(0x2F00, 0x2FE0), range(0xF900, 0xFB00))
    for cp in block
    if len(unicodedata.normalize("NFKC", chr(cp))) == 1 and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "forty-eight": 48,
    "sixty": 60,
    "seventy-two": 72,
    "ninety": 90,
    "a hundred": 100,
    "one hundred": 100,
}
# Garbled text from PDF copies: "4.小时" (a full stop between a number and its Chinese unit).
_STRAY_DOT = re.compile(r"(?<![\d.])(\d+)\.\s*(?=[个個]?(?:工作)?小[时時]|分[钟鐘鍾]|[个個]?工作日|[个個]月)")
_SAME_NUMBER_AGAIN = re.compile(r"(?<![\d.])(\d+)\s*\(\1\)")  # 三(3)個工作天 → 3(3) → 3
# the figure in brackets between a worded number and its unit: "Twenty-four business (24) hours" → "24 business hours"
_FIGURE_INSIDE = re.compile(
    r"\b[a-z]+(?:-[a-z]+)?\s+(business|working|calendar)\s*\((\d+(?:\.\d+)?)\)\s*(?=(?:hours?|days?|weeks?)\b)",
    re.IGNORECASE,
)
_WORD_PAREN = re.compile(r"\b(?:[a-z]+(?:-[a-z]+)?)\s*\((\d+(?:\.\d+)?)\)", re.IGNORECASE)
_WORD_NUM = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")\b(?=\s+\(?[a-z])", re.IGNORECASE
)
_CN_NUMERAL = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")
_CAPITAL_AMOUNT = re.compile(
    r"[壹贰貳叁參肆伍陆陸柒捌玖][零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]+元(?:[零壹贰貳叁參肆伍陆陸柒捌玖]角)?(?:[零壹贰貳叁參肆伍陆陸柒捌玖]分)?[整正]?"
)
_HALF = [
    (re.compile(r"半个?小[时時]"), "30分钟"),
    (re.compile(r"(?<![0-9一二三四五六七八九十])半年"), "6个月"),
    (re.compile(r"half an hour", re.IGNORECASE), "30 minutes"),
    # "by next business day", 下一个工作日: one business day (an arrival 下一個工作日到場 stays an arrival by its verb)
    # ... but a request held over to it ("记录到下一个工作日由工程师响应", "queued until the next business day") is
    # deferred, not answered within a length
    (
        re.compile(
            r"(?<!until )(?<!till )(?<!\bto )(?<!until the )(?<!till the )(?<!\bto the )"
            r"\b(?:the\s+)?next\s+(business|working)\s+day\b",
            re.IGNORECASE,
        ),
        r"1 \1 day",
    ),
    (re.compile(r"(?<![到至])(?:下一|次一)[个個]?工作(日|天)"), r"1个工作\1"),
    # "within an hour", "within business hour", "within a working day": one of the unit ("within business
    # hours", plural, is a clock, not a length)
    (
        re.compile(r"\bwithin\s+(?:an?\s+)?((?:business|working)\s+)?(hour|day|minute)\b(?!-)", re.IGNORECASE),
        r"within 1 \1\2",
    ),
]
# Chinese words that contain a numeral but are not numbers; cn2an would turn 一方 into 1方. A request held
# over to the next working day ("记录到下一个工作日") is deferred, not answered within one.
_KEEP = re.compile(
    r"(?<=[到至])(?:下一|次一)[个個]?工作[日天]|[周週][一二三四五六日]|星期[一二三四五六日天]|一方|一致|一切|一律|一并|一併|一次性|统一|統一|唯一|一般|之一|第一|万一|萬一|一旦|进一步|進一步|一些|一定|一经|一經|一口价|一口價|十分(?![钟鐘鍾])"
)


# A run of Chinese numerals is a number when a unit or a measure word follows it (二十四小时, 三个月, 一百二十万元, 一级,
# 四季度), when nothing Han follows (八一, 共计十五), or after 第 / 之 (第三方, 百分之五十); before any other Han character
# it is a word: a place or a firm (四川, 三亚, 九江, 十堰, 三一重工, 三星), 三维, 五金 — a name is never rewritten.
_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_NAME_NUMERAL = re.compile(
    rf"(?<![第之{_NUMERAL_CHARS}])[{_NUMERAL_CHARS}]+(?=[\u4e00-\u9fff])(?![{_NUMERAL_CHARS}])"
    r"(?!个|個|小时|小時|钟|鐘|鍾|分|秒|刻|天|日|周|週|星期|礼拜|禮拜|月|年|季|旬|工作|次|元|块|塊|角|人|名|位|台|臺|套|件|倍|级|級|"
    r"项|項|条|條|款|章|节|節|页|頁|家|份|期|点|點|号|號|层|層|岁|歲|成|折|种|種|类|類|批|轮|輪|遍|回|趟|步|时|時|班|楼|樓|"
    r"栋|棟|部|张|張|本|册|冊|段|路|线|線|站|届|屆|支|只|辆|輛|米|公里|里|克|斤|吨|噸|升|寸|尺|字|行|列|票|单|單|笔|筆|场|場|"
    r"课|課|乘|至|到|或|和|及|、|方|端|处|處|所|间|間|座|户|戶|版|代|阶段|階段|环节|環節|者|大|小|以|多|余|餘|来|來|左|内|內|"
    r"以上|以下|之|分之|半|整|正|亿|億|万|萬|千|百|十)"
)


@per_document
def normalise(text: str) -> str:
    """The text the rules read (NFKC, clocks and numerals in one spelling); memoised per document."""
    s = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    s = _BOLD.sub(r"\1", _BLANKS.sub(BLANK, _FILLED_FIELD.sub(r"\g<value>", _LINK_TEXT.sub(r"\1", s))))
    for pattern, token in _CLOCKS:
        s = pattern.sub(token, s)
    for pattern, repl in _HALF:
        s = pattern.sub(repl, s)
    s = _STRAY_DOT.sub(r"\1", s)
    s = _FIGURE_INSIDE.sub(lambda m: f"{m.group(2)} {m.group(1)} ", s)
    s = _WORD_PAREN.sub(lambda m: m.group(1), s)
    s = _WORD_NUM.sub(lambda m: str(_WORDS[m.group(1).lower()]), s)
    if _CN_NUMERAL.search(s):
        s = _chinese_numerals(s)
    return _SAME_NUMBER_AGAIN.sub(r"\1", s)


def _chinese_numerals(s: str) -> str:
    from termsmith.library.numerals import parse_capital

    def capital(m: re.Match[str]) -> str:
        try:
            return f"{parse_capital(m.group(0)):f}元"
        except ValueError:
            return m.group(0)

    s = _CAPITAL_AMOUNT.sub(capital, s)
    kept: list[str] = []

    def hide(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    s = _NAME_NUMERAL.sub(hide, _KEEP.sub(hide, s))
    import warnings

    import cn2an

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s = cn2an.transform(s, "cn2an")
    except Exception:  # cn2an rejects some odd strings; the text stays as written
        pass
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], s)
