"""Payment milestones: shares of the price that add up to 100%, with their triggers.

A share is a percentage ("25% on signing"), a half ("one half … as a deposit, the other half on launch") or what
is left ("a 30% deposit, the balance on completion", "尾款", "餘款"): the balance is the rest of the shares read
before it. A trigger is an event of the spec's vocabulary (signing, acceptance, go-live, completion, invoice,
period-start); a share whose words name none of them has no trigger rather than a guessed one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from termsmith.extract.rules.context import Context, _re, clauses as _clauses
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import money, percents
from termsmith.spec.types import Money

_PAY = _re(
    r"支付|付款|付清|支付方式|付款方式|分期|首付|尾款|余款|餘款|预付|預付|定金|訂金|订金|按金|尾数|尾數|余数|餘數|剩余|剩餘|"
    r"结清|結清|收取|pay|payment|invoice|instal|deposit|balance|upfront|up-front|remainder"
)
# a share of the price named as such ("I will require 40% of the fee", "50% of the total project cost")
_SHARE_OF = _re(
    r"(?:\d\s*%|\bhalf)\s*of (?:the |your |our )?(?:total |full |whole |entire |agreed |quoted )?"
    r"(?:[\w-]+ ){0,2}(?:fee|fees|price|cost|value|amount|sum|quote|quotation|estimate|contract|project)\b"
)
# a percentage that is no share of a price (default interest, a discount, a fee for leaving early …)
_NOT_A_SHARE = _re(
    r"税|稅|tax|VAT|违约|違約|利息|interest|赔偿|賠償|penalt|上调|credit|terminat|cancel|buy-?out|discount|"
    r"折扣|优惠|優惠|\blate\b|surcharge|uptime|availability|可用|liabilit|\bexceed|damages|责任|責任|超过|超過|"
    # a split of each change request's price ("For each Paid Service the Vendor invoices 30% of its price …, and the
    # balance after the Client accepts the work") is no schedule of the agreement's price
    r"\bfor each\b|%\s*of (?:the |your |its )?(?:monthly|annual|yearly|quarterly) (?:fee|charge)|\bper (?:change|request)\b|每[项項个個次]变更|每[项項个個次]變更"
)
# "100% happy", "100% satisfied": a degree of feeling, no share
_DEGREE = _re(r"^\s*(?:happy|satisfied|sure|certain|confident|committed|guaranteed\b|起|以上|or (?:more|above)\b)")
_HALF = _re(r"\b(?:one|1|the first) half(?= of\b)|\b(?:the other|the second|the remaining) half\b|[1一]半")
# what is left of the price: "the balance", "the remainder", "the remaining amount", 尾款, 餘款, 剩余货款
_REST = _re(
    r"\b(?:the|final|outstanding|remaining) (?:balance|remainder|rest)\b|\bremaining (?:balance|amount|sum|fees?|payment|cost)\b|"
    r"\bthe remaining (?=(?:is |will be |shall be )?(?:due|payable|paid|amount|sum|fees?|payment|cost|price)\b)|"
    r"\bfinal (?:bill|invoice)\b|"
    r"尾款|余款|餘款|余数|餘數|尾数|尾數|剩余|剩餘|餘下|余下"
)
# a schedule line that starts with its share ("25% at the end of month 1", "- 50% when the site goes live")
_SHARE_FIRST = _re(r"^\s*(?:[-•*·]\s*)?\d{1,3}(?:\.\d+)?\s*%")
_TRIGGERS = [
    # accepting a quotation or order is the signing, not the acceptance of the work
    (
        _re(
            r"accept(?:ance|s|ing)? (?:of )?(?:the |this |our |your )?(?:quot|proposal|estimate|offer|order)|"
            r"接受(?:本|此|该|該)?(?:报价|報價)|确认订单|確認訂單|下单|下單"
        ),
        "signing",
    ),
    (
        _re(
            r"验收|驗收|acceptance|approv|sign-?off|signed off|happy with|satisfied with|"
            r"确认|確認|接受(?:最终|最終)?(?:设计|設計)"
        ),
        "acceptance",
    ),
    (_re(r"上线|上線|go-?live|go(?:es)? live|went live|launch|publish"), "go-live"),
    (
        _re(
            r"签订|簽訂|签署|簽署|签约|簽約|簽定|签定|生效|signing|execution|effective|"
            # money asked before the work starts is due when the deal is made
            r"deposit|up[- ]?front|in advance|on order|order confirmation|before (?:\w+ ){0,2}(?:work|project)|"
            r"(?:before|prior to) (?:starting|beginning|commencing)|(?:work|project) beginning|"
            r"(?:work|project) (?:starts|begins|commences|to commence|can start)|commence|"
            r"首付|定金|訂金|订金|按金|预付|預付|预先|預先|开工|開工"
        ),
        "signing",
    ),
    (_re(r"发票|發票|invoice"), "invoice"),
    (
        _re(r"服务期开始|服務期開始|服务期起始|每期|period start|start of (?:each |the )?(?:service )?period"),
        "period-start",
    ),
    (
        _re(
            r"完成|完工|完毕|完畢|交付|期满|期滿|届满|屆滿|结束|結束|completion|complete[ds]?\b|finish|"
            r"hand-?over|hand over|deliver|end of|安装妥|安裝妥"
        ),
        "completion",
    ),
]


_FULL = _re(
    r"\bfull payment\b|\bpaid in full\b|\bpayment in full\b|\bpay (?:the )?(?:full|whole|entire) (?:amount|fee|price)\b|"
    r"(?:一次性(?:支付|付清|付款|缴纳|繳納)|全额(?:支付|付款|付清)|全額(?:支付|付款|付清))(?![^,，。;；]{0,6}(?:按金|定金|訂金|订金))"
)

# "full payment" as the condition of something else ("Upon full payment, the Client owns the Deliverables",
# "until paid in full"): no schedule
_FULL_AS_CONDITION = _re(
    r"\b(?:upon|until|unless|once|after|following|on receipt of|receipt of|subject to)\s+(?:the\s+)?"
    r"(?:full payment|payment in full|being paid in full|paid in full)"
)

_Run = list[tuple[Decimal, str | None, Sentence]]


def _trigger(text: str) -> str | None:
    return next((t for pattern, t in _TRIGGERS if pattern.search(text)), None)


def _shares(text: str) -> list[Decimal]:
    """The shares of the price a clause names: its percentages (but a degree, "100% happy", or a floor, "50% 起")
    and its halves."""
    found = [v for v, _, end in percents(text) if not _DEGREE.match(text[end:])]
    # a half spelled out beside its percentage ("一半 (50%)") is one share
    return found or [Decimal(50)] * len(_HALF.findall(text))


# a tax rate said beside a payment ("开具税率为（6%）的服务增值税专用发票", "plus VAT at 20%") or the tax invoice it is paid
# against is no share of the price, and leaves the rest of the sentence a payment
_TAX_RATE = _re(
    r"(?:税率|稅率|tax\s+rate|VAT|GST|sales\s+tax)\s*(?:为|為|of|at|is)?\s*[(（]?\s*\d{1,2}(?:\.\d+)?\s*%\s*[)）]?|"
    r"[(（]?\s*\d{1,2}(?:\.\d+)?\s*%\s*[)）]?\s*(?:的)?\s*(?:增值税|增值稅|VAT|GST|sales\s+tax)|"
    # the invoice a payment is made against (增值税专用发票, a VAT invoice) names a tax but no share of the price
    r"(?:增值税|增值稅)(?:专用|專用|普通)?(?:发票|發票)|\b(?:VAT|tax)\s+invoice"
)


def _without_tax(text: str) -> str:
    """The sentence with its tax rates taken out."""
    return _TAX_RATE.sub(" ", text) if "%" in text else text


def _is_pay(s: Sentence, run: _Run, after_pay: bool) -> bool:
    """A sentence about paying: a pay word, a share "of the fee", a table under a payment heading, a line opening
    with its share right after a line about paying ("Payment schedule" / "25% on signing") or while a schedule is
    being read, or then a share on an event ("The first 50% will be required for work to commence") or the balance
    ("The final bill … is due upon completion")."""
    text = _without_tax(s.norm)
    if _NOT_A_SHARE.search(text):
        return False
    if _PAY.search(text) or _SHARE_OF.search(text) or ("|" in text and _PAY.search(s.heading)):
        return True
    if _SHARE_FIRST.match(text) and (run or after_pay):
        return True
    if not run:
        return False
    return _REST.search(text) is not None or any(
        _shares(c) and (_trigger(c) or _DUE.search(c)) for _, c in _clauses(text)
    )


# a share said to be due, whatever its event ("The remaining 50% is due upon successful deployment", "Final 50% due
# before file transfer"): the next share of a schedule being read
_DUE = _re(r"\b(?:due|payable|to be paid|will be invoiced|is invoiced)\b|应付|應付|应于|應於|须于|須於")


def _read(s: Sentence, run: _Run) -> _Run:
    """The shares of one sentence, each with its trigger; the balance is what the run before leaves."""
    found: _Run = []
    text = _without_tax(s.norm)
    # "10% deposit / 40% on approval / 50% on handover": a slash parts a schedule's items as a comma does
    parts = [part for _, clause in _clauses(text) for part in re.split(r"\s/\s|／", clause)]
    # one share (or one balance): the whole sentence says when ("When you are happy with the layout, I will require
    # 40% of the fee")
    whole = sum(len(_shares(p)) or bool(_REST.search(p)) for p in parts) == 1
    for clause in parts:
        trigger = _trigger(text if whole else clause)
        shares = _shares(clause)
        if not shares and _REST.search(clause) and (run or found):
            left = Decimal(100) - sum((p for p, _, _ in run + found), Decimal(0))
            if left > 0:
                found.append((left, _trigger(text if whole else clause), s))
            continue
        found += [(value, trigger, s) for value in shares]
    return found


def payment(ctx: Context) -> None:
    run: _Run = []
    full: _Run = []  # the whole price at once, kept until no schedule in shares turns up
    for i, s in enumerate(ctx.sentences):
        after_pay = i > 0 and _PAY.search(ctx.sentences[i - 1].norm) is not None
        if not _is_pay(s, run, after_pay):
            if run and sum(p for p, _, _ in run) < 100:
                continue
            run = [] if sum(p for p, _, _ in run) != 100 else run
            continue
        if not run and not _shares(s.norm) and _FULL.search(s.norm) and not _FULL_AS_CONDITION.search(s.norm):
            # the whole price at once on an event ("Full payment … upon the signing", "签约后一次性付清"): 100%,
            # unless a schedule in shares follows
            trigger = _trigger(s.norm)
            if trigger is not None and not full:
                full = [(Decimal(100), trigger, s)]
            continue
        found = _read(s, run)
        total = sum(p for p, _, _ in run + found)
        if total > 100:
            # the shares read so far were a summary ("split into two 50% payments. The first 50% …"): start over
            # from this sentence when it holds a schedule of its own
            run = found if sum(p for p, _, _ in found) <= 100 else []
        else:
            run += found
        if run and sum(p for p, _, _ in run) == 100:
            break
    if not (run and sum(p for p, _, _ in run) == 100):
        run = _installments(ctx) or full
    if run and sum(p for p, _, _ in run) == 100:
        milestones = []
        for i, (value, trigger, s) in enumerate(run):
            item: dict[str, Any] = {"percent": f"{format(value.normalize(), 'f')}%"}
            if trigger:
                item["trigger"] = trigger
            milestones.append(item)
            ctx.record(f"payment.milestones[{i}].percent", s)
        ctx.out.terms["payment"] = {"milestones": milestones}


def _installments(ctx: Context) -> _Run:
    """A schedule written in amounts, not shares: the payments that add up to the one price the fee rules read, each
    as its share of it ("预付款：计人民币（￥：50000 元）" · "进度款：…30000 元" · "余款：…20000 元" of "软件总开发费用为
    100000 元" → 50 %, 30 %, 20 %). A payment is a sentence about paying with one amount, or one amount right after
    a sentence about paying that gave none (a PDF line cut "支付预付款：计人民币（￥：" / "50000 元）。"), after the
    price is stated: charges listed before a surcharge that happens to equal their sum (上門費400元, 到府檢測費600元,
    then 加收1,000元) are no schedule of it. Nothing unless two or more payments make the price exactly."""
    one_off = ctx.out.terms.get("fees", {}).get("one_off", [])
    stated = ctx.out.evidence.get("fees.one_off[0].amount")
    if len(one_off) != 1 or stated is None:
        return []
    stated_price = Money.parse(one_off[0]["amount"])
    price, currency = stated_price.amount, stated_price.currency
    run: _Run = []
    paid = Decimal(0)
    asked = ""  # the sentence about paying that named no amount, just before
    after = next((i + 1 for i, s in enumerate(ctx.sentences) if s.location == stated.location), len(ctx.sentences))
    for s in ctx.sentences[after:]:
        text = _without_tax(s.norm)
        pay = _PAY.search(text) is not None and not _NOT_A_SHARE.search(text)
        amounts = [m.money.amount for m in money(text, currency) if m.money.currency == currency]
        if len(amounts) == 1 and (pay or asked) and 0 < amounts[0] < price:
            if paid + amounts[0] > price:
                run, paid = [], Decimal(0)  # not one schedule: start again from this payment
            run.append((amounts[0] * 100 / price, _trigger(asked + text), s))
            paid += amounts[0]
            if paid == price:
                break
        asked = text if pay and not amounts else ""
    whole = paid == price and len(run) >= 2 and all(share == round(share, 2) for share, _, _ in run)
    return [(round(share, 2).normalize(), trigger, s) for share, trigger, s in run] if whole else []
