"""Payment milestones: percentages that add up to 100%, with their triggers."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from termsmith.extract.rules.context import Context, _re, clauses as _clauses
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import percents

_PAY = _re(r"支付|付款|付清|支付方式|付款方式|分期|首付|尾款|余款|餘款|预付|預付|pay|payment|invoice|instal")
_TRIGGERS = [
    (_re(r"验收|驗收|acceptance"), "acceptance"),
    (_re(r"上线|上線|go-?live|launch"), "go-live"),
    (_re(r"签订|簽訂|签署|簽署|签约|簽約|生效|signing|execution|effective"), "signing"),
    (_re(r"发票|發票|invoice"), "invoice"),
    (
        _re(r"服务期开始|服務期開始|服务期起始|每期|period start|start of (?:each |the )?(?:service )?period"),
        "period-start",
    ),
    (_re(r"完成|期满|期滿|届满|屆滿|结束|結束|completion|end of"), "completion"),
]


_FULL = _re(
    r"\bfull payment\b|\bpaid in full\b|\bpayment in full\b|\bpay (?:the )?(?:full|whole|entire) (?:amount|fee|price)\b|"
    r"一次性(?:支付|付清|付款|缴纳|繳納)|全额(?:支付|付款|付清)|全額(?:支付|付款|付清)"
)


def payment(ctx: Context) -> None:
    run: list[tuple[Decimal, str | None, Sentence]] = []
    for s in ctx.sentences:
        if not (_PAY.search(s.norm) or ("|" in s.norm and _PAY.search(s.heading))) or re.search(
            r"税|稅|tax|VAT|违约|違約|利息|interest|赔偿|賠償|penalt|上调|credit", s.norm, re.I
        ):
            if run and sum(p for p, _, _ in run) < 100:
                continue
            run = [] if sum(p for p, _, _ in run) != 100 else run
            continue
        if not run and not percents(s.norm) and _FULL.search(s.norm):
            # the whole price at once on an event ("Full payment … upon the signing", "签约后一次性付清"): 100%
            trigger = next((t for pattern, t in _TRIGGERS if pattern.search(s.norm)), None)
            if trigger is not None:
                run.append((Decimal(100), trigger, s))
                break
        for _, clause in _clauses(s.norm):
            for value, _, _ in percents(clause):
                trigger = next((t for pattern, t in _TRIGGERS if pattern.search(clause)), None)
                run.append((value, trigger, s))
        total = sum(p for p, _, _ in run)
        if total == 100 and len(run) >= 1:
            break
        if total > 100:
            run = []
    if run and sum(p for p, _, _ in run) == 100:
        milestones = []
        for i, (value, trigger, s) in enumerate(run):
            item: dict[str, Any] = {"percent": f"{format(value.normalize(), 'f')}%"}
            if trigger:
                item["trigger"] = trigger
            milestones.append(item)
            ctx.record(f"payment.milestones[{i}].percent", s)
        ctx.out.terms["payment"] = {"milestones": milestones}
