"""The contract sum of a procurement record: the total a government contract, an award notice or a tender's
result states under its form label ("合计金额小写: 1140000 元", "合计金额大写:玖拾捌万叁仟捌佰元整", "中标价格:29.80万元",
"中标成交金额:29.80万元", "合同总金额为人民币大写:…(¥3856000.0000)", "软件开发总费用人民币100,000元"), read as the
service's one-off price.

A 大写 amount reaches this rule as digits (the normaliser turns 壹佰壹拾肆万元整 into 1140000.00元), so the 小写 and
the 大写 totals are one amount; a masked 小写 figure ('******', a blank) leaves the 大写 one. Only the label itself
opens the amount: a budget ceiling (预算金额, 最高限价), an agency fee (代理费) or a share of the sum ("合同金额的两倍")
is no contract sum, nor is an amount named in passing without its label's colon ("赠送合同金额980元等量短信"). An amount
that recurs (元/年, 每月) is left to the fee rules, and the sum is not added when those rules already read a recurring
fee or the same amount (the total of the rows they read).
"""

from __future__ import annotations

import re
from typing import Any

from termsmith.extract.rules.context import Context, _re, form_line
from termsmith.extract.sentences import Sentence
from termsmith.extract.values import local_currency, money

_LABEL = _re(
    r"(?:合计|合計|合同总|合同總|合同|签约|簽約|契约|契約)(?:金额|金額|总价|總價|价款|價款|总额|總額)|"
    # the project's total ("软件开发总费用人民币100,000元", "软件总开发费用为 100000 元", "项目总价款为…", "系統總價:…")
    r"(?:软件开发|軟件開發|軟體開發|开发|開發|项目|項目|软件|軟件|軟體|系统|系統)?(?:总|總)(?:开发|開發)?"
    r"(?:费用|費用|价款|價款|金额|金額|价|價)|"
    # a contract's price as a Taiwanese contract or judgment names it ("以價金新臺幣(下同)757萬5,750元", "標的金額為")
    r"(?<![尚欠])(?:价金|價金|标的金额|標的金額)|"
    r"(?:中标|中標|成交|决标|決標|得标|得標)(?:\s*[(（]\s*成交\s*[)）])?\s*(?:成交)?\s*(?:价格|價格|金额|金額|价|價|总价|總價)"
)
# what stands between the label and its amount: which way it is written, the currency's name, and a colon or 为
_BETWEEN = re.compile(
    # the currency's name and its "(下同)", with or without 為 ("價金新臺幣(下同)32萬元", "標的金額為新台幣 (下同)92 萬元")
    r"\s*(?:为|為)?\s*(?:新臺幣|新台幣|人民币|人民幣)\s*(?:[(（][^()（）]{0,16}下同\s*[)）])?\s*(?=\d)|"
    # or the next cell of a form's row ("合同金额 | ¥95800.00元")
    r"\s*(?:[(（]\s*(?:小写|小寫|大写|大寫|元|人民币|人民幣)\s*[)）]|小写|小寫|大写|大寫)?\s*(?:为|為|[:：|｜])\s*"
    r"(?:人民币|人民幣)?\s*(?:[(（]?\s*(?:小写|小寫|大写|大寫)\s*[)）]?)?\s*[:：]?\s*"
)
_NOT_SUM = _re(r"(?:预算|預算|最高限价|最高限價|控制价|控制價|代理|服务费|服務費)\s*$")
_RECURS = _re(r"^\s*(?:[)）]\s*)?(?:/|每|per\b)")


def _sum_in(s: Sentence, currency: str) -> tuple[str, str] | None:
    """The (label, amount) of the contract sum a sentence states, else None."""
    text = form_line(s.norm)
    labels = list(_LABEL.finditer(text))
    amounts = money(text, currency) if labels else []
    for label in labels:
        if _NOT_SUM.search(text[max(0, label.start() - 6) : label.start()]):
            continue
        between = _BETWEEN.match(text, label.end())
        if between is None:
            continue
        found = next((m for m in amounts if m.start >= label.end()), None)
        if found is None or found.start > between.end() or _RECURS.match(text, found.end):
            continue
        return label.group(0), str(found.money)
    return None


def add_one_off(ctx: Context, item: dict[str, Any], currency: str, said: Sentence) -> bool:
    """Add a one-off price to the fees the fee rules read (creating them in ``currency``); False when those fees
    are in another currency or already hold a fee of the same amount."""
    fees: dict[str, Any] = ctx.out.terms.setdefault("fees", {"currency": currency})
    if fees.get("currency") != currency:
        return False
    if any(f.get("amount") == item["amount"] or f.get("price") == item["amount"] for f in _all_fees(fees)):
        return False
    one_off = fees.setdefault("one_off", [])
    one_off.append(item)
    ctx.record(f"fees.one_off[{len(one_off) - 1}].amount", said)
    return True


def _all_fees(fees: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for key in ("recurring", "rate_card", "one_off") for f in fees.get(key, [])]


def contract_sums(ctx: Context) -> None:
    """Add the contract sum of a Chinese procurement record as a one-off fee, when the fee rules read no
    recurring fee."""
    if ctx.out.language not in ("zh-Hans", "zh-Hant") or ctx.out.terms.get("fees", {}).get("recurring"):
        return
    currency = local_currency(ctx.out.language, "\n".join(s.norm for s in ctx.sentences))
    for s in ctx.sentences:
        if (found := _sum_in(s, currency)) is not None:
            label, amount = found
            add_one_off(ctx, {"name": label, "amount": amount}, currency, s)
            return
