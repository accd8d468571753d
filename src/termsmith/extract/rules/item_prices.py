"""A price stated for a named item, with no period and no rate: a one-off fee.

Price sheets, proposals and terms pages list what a client may buy once — a site, a tier, an add-on, a task — each
with its price and nothing else: "Redesign Projects / Starting at: $1,500", "Web Hosting Upgrade – $22",
"Basic ($500)", "New Section: $15 each", "| 前端 | 50元 |", "建站费：3000元". The keys read each such price as a
one-off fee (a range or a starting price at its lower end). The fee rule reads an amount this way only when no basis
(a period, a rate's unit) was found for it and no other reading (a threshold, a cap, a penalty) claimed it.

A price is an item's when the words before it in its clause are a short label ending in a price's lead-in
(a colon, a dash, an opening bracket, "starting at", "from", "costs", "priced at", 为, 起价) or form a table cell of their own, and
the words after it in its clause add nothing but a range's upper end, "each", "one-time" or a tax remark. Labels that
name something other than a price (a minimum, a deposit, a cap, a discount, a total of other prices, damages, a tax)
are not an item's.
"""

from __future__ import annotations

import re

from termsmith.extract.rules.context import _re
from termsmith.extract.values import money

# where a clause ends before the amount: the label is what follows the last of them
_CLAUSE_BREAK = re.compile(r"[,，;；。!！?？|]|\.\s|\n")
# the price's lead-in at the end of the label
_LEAD_IN = _re(
    r"(?:[:：]|\s[-–—]|^[-–—]|[(（]|\b(?:starting|starts?)\s+(?:at|from)\s*:?|\bfrom\s*:?|\bcosts?\s*:?|"
    r"\bpriced\s+at|为|為|起价|起價)\s*\**\s*$"
)
# a lead-in made of a word, not a mark ("starting at" may stand alone under its item's heading)
_WORD_LEAD_IN = _re(r"\s*(?:from|costs?|priced)\b")
# words that make the label something other than an item's price
_NOT_AN_ITEM = _re(
    r"minimum|\bmin\b|maximum|\bmax\b|up to|\bcap\b|capped|limit|not (?:to )?exceed|deposit|down payment|"
    r"discount|saving|\bsave\b|\boff\b|refund|credit|rebate|total|subtotal|sum\b|value|worth|budget|revenue|"
    r"damages|penalt|fine\b|late|interest|insurance|liabilit|\btax|vat\b|gst\b|shipping|postage|salary|"
    r"threshold|over\b|above|below|under\b|exceed|more than|less than|balance|outstanding|due\b|paid|loss|"
    # a charge for the client's default (a bounced payment, a suspended account) is no price of a service
    r"suspen|re-?activat|reinstat|dishono|declined|bounced|overdue|chargeback|逾期|迟延|遲延|延迟|延遲|"
    # a price per unit ("每逾期一日", "per extra page") is a rate, not an item's price
    r"\bper\b|\bevery\b|每|"
    # a period or a length of time: a price for a time (a block of hours, a year's cover) is no item's
    r"\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|annual(?:ly)?|monthly|yearly|weekly|daily)\b|"
    r"小时|小時|分钟|分鐘|天|周|週|月|年|"
    r"押金|保证金|保證金|预算|預算|定金|订金|訂金|预付|預付|首付|尾款|上限|下限|最低|最高|不超过|不超過|不低于|不低於|以上|以下|"
    r"合计|合計|总计|總計|总价|總價|总额|總額|小计|小計|优惠|優惠|折扣|减免|減免|退|税|稅|违约|違約|赔|賠|罚|罰|滞纳|滯納|利息"
)
# what may follow an item's price in its clause: a range's upper end, "each", a tax remark, closing marks
_TAIL = _re(
    r"\s*(?:[-–—~～至到]\s*\S*\d[\d,.]*\S*)?\s*\+?\s*\**\s*(?:[)）]\s*)?"
    r"(?:(?:each|one[- ]?(?:time|off)|flat|only|\+?\s*(?:vat|gst|tax)|(?:excl|incl)\w*\.?\s*(?:vat|gst|tax)?|"
    r"[(（](?:excl|incl|plus|\+)[^()（）]{0,20}[)）]|起|/\s*(?:项|項|个|個|套|次)|(?:per|a)\s+(?:page|section|item|"
    r"site|website|project|app|module|page)s?)\s*\**\s*)?[)）]?\s*\**\s*$"
)
# a payment being made (an instalment of a price: 向乙方支付进度款：计人民币30000元) is no item's price
_PAYING = _re(r"支付|付款|缴纳|繳納|\bpa(?:y|id|yable)\b|\binvoiced?\b|\bbilled\b")
_LABEL_WORDS = 8
# a line that is only a title: capitalised words (and joining marks) or a short run of Han without a verb
_TITLE = re.compile(
    r"\s*[-*•·#>\s]*(?!(?:For|From|At|To|Of|The|An?|Only|Just|With|By|In|On|Our|Your|We|You|It|This|That)\s)"
    r"(?:(?:[A-Z0-9][\w/&'’.+-]*|and|&|/|[-–—])\s+){1,6}|"
    r"\s*[-*•·#>\s]*[\u3400-\u9fff][\u3400-\u9fff（）()A-Za-z0-9]{1,15}\s+"
)
# a cell that is only a length of time ("10 hours", "40 Hrs. (2 weeks)")
_DURATION_CELL = _re(r"[\d.,]+\s*(?:hours?|hrs?\.?|days?|weeks?|months?|小时|小時|天|人天)(?:\s*[(（][^()（）]*[)）])?")
_LABEL_HAN = 16


# a label that is only a price's noun ("中标成交金额", "Contract Price"): it restates a price, it names no item
_PRICE_NOUN_ONLY = _re(
    r"\W*(?:(?:the|our|your|contract|project|bid|award(?:ed)?|agreed|final|fixed|service|中标|中標|成交|合同|合约|合約|"
    r"项目|項目|签约|簽約|投标|投標)\W*)*(?:price|cost|fee|amount|charge|sum|价格|價格|金额|金額|价款|價款|费用|費用|报价|報價)\W*"
)


def names_item(label: str) -> bool:
    """The label names an item of its own, not only a price ("Contract Price", 中标金额)."""
    return bool(label) and not _PRICE_NOUN_ONLY.fullmatch(label)


def title_line(text: str) -> bool:
    """The line is only a title ("Performance Optimization", "2. Custom Web Applications (Next.js)", "整站建设")."""
    return bool(_TITLE.fullmatch(re.sub(r"^\s*\d{1,2}[.、)]\s*", "", text) + " ")) and not _NOT_AN_ITEM.search(text)


def item_label(text: str, start: int, end: int) -> str | None:
    """The label of the item an amount (at ``text[start:end]``) is the one-off price of, "" when its line gives the
    price alone ("Starting at: $1,500" under the item's heading), or None when the amount is no item's price."""
    before = _CLAUSE_BREAK.split(text[:start])[-1]
    clause_end = _CLAUSE_BREAK.search(text, end)
    after = text[end : clause_end.start() if clause_end else len(text)]
    if re.search(r"[(（]\s*$", before) and (closed := re.match(r"\s*\+?\s*[)）]", after)):
        after = after[: closed.end()]  # "☐ Basic ($500) ☐ Premium ($1,000)": the bracket holds the whole price
    if not _TAIL.fullmatch(after):
        return None
    in_cell = "|" in text[:start] and not before.strip()
    if in_cell:
        if len(money(text, "USD")) > 1:
            return None  # a row of several prices: its columns (years, plans, options) say what each is
        cells = text[:start].split("|")[:-1]
        if any(_DURATION_CELL.fullmatch(c.strip()) for c in cells):
            return None  # "| Support | 10 hours | $500 |": the price of a block of time
        label = next((c for c in cells if re.search(r"[A-Za-z\u3400-\u9fff]", c)), "")
    elif _TITLE.fullmatch(before) and before == text[:start] and before.strip():
        label = before  # "Performance Optimization $500 – $1,500": a line of a title and its price
    else:
        lead = _LEAD_IN.search(before)
        if not lead:
            return None
        label = before[: lead.start()]
        if _WORD_LEAD_IN.match(lead.group(0)) and not label.strip(" *#>-–—•·\t"):
            return None  # "… FROM $445,754.18 TO $661,141.18": a word alone leads a change or a sum, not a price
    if _NOT_AN_ITEM.search(label) or _NOT_AN_ITEM.search(after) or _PAYING.search(text[max(0, start - 40) : start]):
        return None
    last = re.split(r"[)）☐□■▪•●○]", label)[-1]  # "☐ Basic ($500) ☐ Premium (": the label after the last item
    label = last if last.strip(" *#>-–—•·\t") else label  # (not "Custom Web Applications (Next.js)")
    label = label.strip(" *#>-–—•·\t").strip()
    if len(label.split()) > _LABEL_WORDS or len(re.findall(r"[\u3400-\u9fff]", label)) > _LABEL_HAN:
        return None
    if label[:1].isdigit():
        return None  # a count, a band or a date before the price ("0 - 20 Miles: $10") names no item
    return label
