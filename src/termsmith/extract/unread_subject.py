"""What a figure of the unread list is about (``termsmith.extract.unread``): the words around it.

A place is worth a reader's time when its figure states a term of a support agreement that termsmith did not read:
a level's response or resolution time, a fee, the free maintenance, the term, the liability cap. Many figures of a
contract state something else, and a list of them ("check these by hand") stops being read. On the development
batches (bench/eval_unread_figures.py) two in three listed places held no figure a hand key records; those left
out here are, by the words of the clause that holds the figure (between , ; and 。):

- a duration that is a notice or termination period, a cure period, a payment or invoice deadline, late interest,
  data retention, a credit's claim window, a quotation's validity, a return or exchange period, a delivery date,
  staff experience, or a definition ("Business Day means ...", 是指 ...) — unless a word of a service term (a
  response, a resolution, a warranty, the term) stands nearer the figure than the other word, or the clause speaks
  of liability ("liability is limited to the fees paid in the previous 12 months" is the cap);
- a duration that is a service's hours, not a time to act (24 hours a day, 7 days a week, 365 days a year,
  24小时服务热线, 每天8小时, 7*12小时), a downtime beside an uptime target (99.9% uptime, 8.76 hours downtime), or
  no duration at all (the "3.1 Month" of "3.1 Monthly Fees", an "Item 11d"), or more than 50 years (a date:
  民国107年);
- a percentage that is no fee's share and no liability cap (a discount, VAT, a deposit, an SLA's achievement
  rate, a share of users affected), or that is interest, a late fee, a price rise or an early-exit charge.

Amounts are always kept: an amount in a contract is a price or a fee a reader compares.
"""

from __future__ import annotations

import re
from typing import Any

_CLAUSE = re.compile(r"[^,，;；。]*")

# What a figure's clause is about when it is no service term. A duration: a notice or termination period, a
# payment or invoice deadline (付款 / 支付 after the figure: "付款后24小时内开通" is a service's time), late
# interest, data retention, a credit's claim window, a quotation's validity, a return or exchange period, a
# delivery date, staff experience, a definition. A percentage: interest, a late fee, a discount, tax, a deposit, a
# price rise, an early-exit charge. Words of a service term (a response, a resolution, a warranty, the term) nearer
# to the figure win.
_OFF_DURATION = re.compile(
    r"notice|in advance|prior written|terminat|cancel|\bcured?\b|breach|expir|"
    r"payment|\bpa(?:y|id)\b|invoice|billed|billing|overdue|\bdue\b|interest|late fee|"
    r"retain|retention|credit|claim|quotation|\bquote\b(?=[^,;。]{0,40}valid)|refund|money[- ]back|deliver|experience|\bago\b|"
    r"\bmeans\b|refers? to|defined as|"
    r"提前|书面|書面|终止|終止|解除|解约|解約|停租|退租|违约|違約|逾期|滞纳|滯納|利息|利率|"
    r"(?:付款|支付|缴纳|繳納|缴费|繳費|交费|交費|付清|开具|開具|发票|發票|开票|開票|汇款|匯款)(?![后後])|"
    r"保留|保存|索赔|索賠|减免|減免|报价|報價|退货|退貨|换货|換貨|包换|包換|退换|退換|鑑賞期|鉴赏期|"
    r"交货|交貨|送货|送貨|发货|發貨|经验|經驗|是指|系指|係指|指的是|含义|含義|定义|定義",
    re.IGNORECASE,
)
_OFF_PERCENT = re.compile(
    r"interest|per annum|late|overdue|discount|\bvat\b|\btax|deposit|\bdue\b|increase|terminat|cancel|exit|"
    r"利息|利率|滞纳|滯納|违约|違約|逾期|减免|減免|罚|罰|增加|上涨|上漲|涨价|漲價|折扣|优惠|優惠|税|稅|定金|订金|訂金|预付|預付",
    re.IGNORECASE,
)
# a percentage is listed only as a fee's share (维护费为合同额的10%, 15% of the licence fee) or a liability cap
_PERCENT_TERM = re.compile(
    r"fee|charge|price|cost|liabilit|\bcap\b|费|費|价|價|收费|收費|责任|責任|赔偿|賠償|上限", re.IGNORECASE
)
_SERVICE = re.compile(
    r"respon|resol|restor|on-?site|arriv|reply|acknowledg|turn-?around|warrant|guarantee|\bterm\b|renew|"
    r"响应|響應|解决|解決|到场|到場|到达|到達|上门|上門|回复|回覆|答复|答覆|恢复|恢復|处理|處理|修复|修復|"
    r"保修|保固|保用|质保|質保|免费维护|免費維護|维保|維保|服务期|服務期|合同期|协议期|協議期",
    re.IGNORECASE,
)
# a duration that is a service's hours (24 hours a day, 7 days a week, 365 days a year, 24小时热线, 每天8小时), not a time
_WINDOW_AFTER = re.compile(
    r"\s*(?:a|per|/|each|every)\s*(?:day|week|year)\b|\s*(?:的)?(?:服务热线|服務熱線|热线|熱線|待命|值班|开通|開通|实时|實時|"
    r"不间断|不間斷|在线|在線|紧急电召|緊急電召|全年|(?:的)?(?:电话|電話|技术|技術|运维|運維|远程|遠程)?(?:支持|支援|服务|服務)(?!\S{0,3}[内內]))",
    re.IGNORECASE,
)
_WINDOW_BEFORE = re.compile(
    r"(?:每天|每日|每周|每週|每星期|一周|一週|一星期|全年|每个工作日为|每個工作日為|\d\s*[*×])\s*$"
)
# a downtime allowance beside an uptime target ("99.9% uptime (8.76 hours downtime/year max)")
_UPTIME = re.compile(r"uptime|可用性|正常运行|正常運行|9\d\.\d+\s*%", re.IGNORECASE)
_LIABILITY = re.compile(r"liabilit|责任|責任|赔偿|賠償", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[A-Za-z]")
_ITEM_BEFORE = re.compile(r"(?:item|section|clause|article|§)\s*$", re.IGNORECASE)
# a line that names a level's time: listed though its figure was listed before
LEVEL = re.compile(
    r"respon|resol|acknowledg|on-?site|arriv|restor|sever|priorit|critical|urgent|\b(?:high|medium|low|normal)\b|"
    r"\bP\d|level|响应|響應|解决|解決|到场|到場|到达|到達|级|級|紧急|緊急|严重|嚴重",
    re.IGNORECASE,
)
_MAX_YEARS = 50  # a figure of more years is a date (民国107年, 109-110年), not a term


def clause(norm: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``norm[start:end]`` starts and ends (at , ; 。 or the sentence's ends)."""
    before = _CLAUSE.match(norm[::-1], len(norm) - start)
    after = _CLAUSE.match(norm, end)
    return start - (len(before.group(0)) if before else 0), after.end() if after else end


def off_subject(norm: str, kind: str, value: Any, start: int, end: int, heading: str = "") -> bool:
    """Whether a figure's clause is about something no service term is (see ``_OFF_DURATION``)."""
    if kind == "duration" and (
        (value.unit.value == "years" and value.value > _MAX_YEARS) or _window(norm, start, end, heading)
    ):
        return True
    off = {"duration": _OFF_DURATION, "percent": _OFF_PERCENT}.get(kind)
    if off is None:
        return False
    lo, hi = clause(norm, start, end)
    if kind == "percent" and not _PERCENT_TERM.search(norm, lo, hi):
        return True
    offs = [_distance(m, start, end) for m in off.finditer(norm, lo, hi)]
    if not offs:
        return False
    if _LIABILITY.search(norm, lo, hi):
        return False  # "liability limited to the fees paid in the previous 12 months": the cap, not a payment
    services = [_distance(m, start, end) for m in _SERVICE.finditer(norm, lo, hi)]
    return not services or min(offs) < min(services)


def _distance(m: re.Match[str], start: int, end: int) -> int:
    return start - m.end() if m.end() <= start else max(0, m.start() - end)


def _window(norm: str, start: int, end: int, heading: str) -> bool:
    """Whether a duration states a service's hours (24 hours a day, 24小时热线), an uptime's downtime (beside
    99.9% or under a heading of uptime), or is no duration at all: a unit that starts a word ("3.1 Monthly
    Fees"), an item's number ("Item 11d")."""
    lo, hi = clause(norm, start, end)
    return bool(
        _WINDOW_AFTER.match(norm, end)
        or _WINDOW_BEFORE.search(norm, max(lo, start - 8), start)
        or _UPTIME.search(norm, lo, hi)
        or _UPTIME.search(heading)
        or _WORD_AFTER.match(norm, end)
        or _ITEM_BEFORE.search(norm, max(0, start - 10), start)
    )
