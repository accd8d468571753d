"""The billing sentences the agreement and the quote share, worded once.

Recurring fees are billed on a schedule (each fee's period, in advance or in arrears, from
the start of its billed period); rate-card work on acceptance; one-off items in milestones
(the payment table). The payment clause and the quote's payment clause both call these, so
the two documents cannot say different things about when a fee is paid.
"""

from __future__ import annotations

from typing import Any

from termsmith.library.formatting import ZH, t
from termsmith.library.labels import in_lang, label

_INVOICED_AT = {
    "in-advance": ("开始时", "開始時", "at the start of"),
    "in-arrears": ("届满时", "屆滿時", "at the end of"),
}


def _days(n: int, lang: str) -> str:
    if lang in ZH:
        return f"{n}日"
    return f"{n} day" if n == 1 else f"{n} days"


def recurring_terms(spec: Any, lang: str) -> str:
    """Each recurring fee's period, advance/arrears and first day; when it is invoiced and paid."""
    pay = spec.payment.recurring
    billing = label(pay.billing, lang)
    at = in_lang(_INVOICED_AT[pay.billing.value], lang)
    days = _days(pay.due_days, lang)
    if lang in ZH:
        fees = "；".join(
            f"{t(f.name, lang)}{label(f.period, lang)}{billing}，{label(f.starts, lang)}" for f in spec.fees.recurring
        )
        if lang == "zh-Hans":
            return f"{fees}。乙方在每个计费周期{at}开具发票，甲方在收到发票后{days}内支付。"
        return f"{fees}。乙方在每個計費週期{at}開具發票，甲方在收到發票後{days}內支付。"
    fees = "; ".join(
        f"{t(f.name, lang)} is billed {label(f.period, lang)} {billing}, {label(f.starts, lang)}"
        for f in spec.fees.recurring
    )
    return (
        f"{fees}. The Vendor invoices {at} each billing period, and the Client pays within {days} "
        "after receiving the invoice."
    )


def acceptance_terms(spec: Any, lang: str) -> str:
    """Rate-card work: invoiced after written acceptance, paid within the stated days, on actual quantities."""
    days = _days(spec.payment.on_acceptance.due_days, lang)
    sep = "、" if lang in ZH else ", "
    names = sep.join(t(item.name, lang) for item in spec.fees.rate_card)
    if lang == "zh-Hans":
        return f"按费率计价的有偿服务（{names}）在甲方书面验收合格后由乙方开具发票，甲方在收到发票后{days}内按实际数量支付。"
    if lang == "zh-Hant":
        return f"按費率計價的有償服務（{names}）在甲方書面驗收合格後由乙方開具發票，甲方在收到發票後{days}內按實際數量支付。"
    return (
        f"Paid Services priced on the rate card ({names}) are invoiced after the Client accepts them in writing, "
        f"and the Client pays for the actual quantities within {days} after receiving the invoice."
    )
