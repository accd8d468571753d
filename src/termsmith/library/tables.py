"""Tables built from the spec (severity matrix, rate card, fees, payment schedule,
channels, quote lines and totals) and the signature block, in one language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from termsmith.document.model import Cell, SignatureBlock, SignatureParty, Table
from termsmith.library import formatting as h
from termsmith.library.labels import label
from termsmith.punctuation import protect

if TYPE_CHECKING:
    from termsmith.library.helpers import RenderContext

_W = dict[str, tuple[str, ...]]
_V = TypeVar("_V")


def _pick(words: _W, lang: str) -> tuple[str, ...]:
    return words[lang]


def _table(
    kind: str,
    head: tuple[str, ...],
    rows: Sequence[tuple[Cell, ...]],
    lang: str,
    caption: str,
    widths: tuple[float, ...] | None = None,
) -> Table:
    return Table(
        header=(tuple(Cell(x, bold=True) for x in head),),
        rows=tuple(rows),
        lang=lang,  # type: ignore[arg-type]  # lang: a str checked against LANGS on load; the model wants the Lang literal
        kind=kind,
        caption=caption,
        widths=widths,
    )


_SEV_HEAD: _W = {
    "zh-Hans": ("等级", "定义与示例", "响应时限", "解决时限", "其他承诺"),
    "zh-Hant": ("等級", "定義與範例", "回應時限", "解決時限", "其他承諾"),
    "en": ("Level", "Definition and examples", "Response", "Resolution", "Further commitments"),
}
_SEV_EXTRA: _W = {
    "zh-Hans": ("初步恢复方案", "进展通报间隔", "现场支持", "书面故障报告"),
    "zh-Hant": ("初步復原方案", "進度通報間隔", "到場支援", "書面故障報告"),
    "en": ("recovery plan", "progress updates every", "on site", "written incident report"),
}
_CAPTIONS: _W = {
    "zh-Hans": ("故障分级与响应时限", "收费标准", "周期性服务费", "付款计划", "支持渠道", "报价明细", "报价合计"),
    "zh-Hant": ("故障分級與回應時限", "收費標準", "週期性服務費", "付款計畫", "支援管道", "報價明細", "報價合計"),
    "en": (
        "Severity levels and times",
        "Rate card",
        "Recurring fees",
        "Payment schedule",
        "Support channels",
        "Quote lines",
        "Quote totals",
    ),
}


def _value(value: Any, lang: str) -> str:
    """A spec text for a cell: marks inside it print as written; where it ends, the cell's
    punctuation is tidied with the running text's (``markup``, ``punctuation.normalise``)."""
    return protect(h.t(value, lang))


def _sep(lang: str) -> str:
    return "；" if lang in h.ZH else "; "


def _time(rc: RenderContext, level: Any, name: str) -> str:
    limit = getattr(level, name)
    clock = h.clock_short(level.clock_of(name), rc.spec, rc.lang)
    text = h.duration(limit.within, rc.lang)
    return f"{text}（{clock}）" if rc.lang in h.ZH else f"{text} ({clock})"


def severity_table(rc: RenderContext) -> Table:
    """The severity levels: definition, examples and every time limit with its clock."""
    lang = rc.lang
    extra_names = ("recovery_plan", "progress_updates", "on_site", "incident_report")
    rows = []
    for lv in rc.spec.severity_levels:
        name = f"{_value(lv.name, lang)}（{lv.id}）" if lang in h.ZH else f"{_value(lv.name, lang)} ({lv.id})"
        definition = _value(lv.definition, lang)
        if lv.examples:
            joined = (
                "、".join(_value(e, lang) for e in lv.examples)
                if lang in h.ZH
                else "; ".join(_value(e, lang) for e in lv.examples)
            )
            definition += f"。例如：{joined}" if lang in h.ZH else f". Examples: {joined}"
        extras = [
            f"{word}：{_time(rc, lv, n)}" if lang in h.ZH else f"{word}: {_time(rc, lv, n)}"
            for word, n in zip(_SEV_EXTRA[lang], extra_names, strict=True)
            if getattr(lv, n) is not None
        ]
        rows.append(
            (
                Cell(name, bold=True),
                Cell(definition),
                Cell(_time(rc, lv, "response")),
                Cell(_time(rc, lv, "resolution")),
                Cell(_sep(lang).join(extras) or "—"),
            )
        )
    return _table("severity-matrix", _SEV_HEAD[lang], rows, lang, _CAPTIONS[lang][0], (2.6, 4.6, 3, 3, 3.8))


_RATE_HEAD: _W = {
    "zh-Hans": ("服务项目", "计费单位", "单价", "说明"),
    "zh-Hant": ("服務項目", "計費單位", "單價", "說明"),
    "en": ("Service", "Unit", "Unit price", "Notes"),
}


def _price(item: Any, lang: str) -> str:
    if item.price is not None:
        return h.money(item.price, lang)
    if item.cap is not None:
        cap = h.money(item.cap, lang)
        return {
            "zh-Hans": f"按项目协商，不超过{cap}",
            "zh-Hant": f"依個案協商，不超過{cap}",
            "en": f"negotiated per case, at most {cap}",
        }[lang]
    return {"zh-Hans": "按项目协商", "zh-Hant": "依個案協商", "en": "negotiated per case"}[lang]


def rate_card_table(rc: RenderContext) -> Table:
    """The rate card: each paid service, its unit and unit price."""
    lang = rc.lang
    rows = [
        (
            Cell(_value(i.name, lang)),
            Cell(label(i.unit, lang)),
            Cell(_price(i, lang), align="right"),
            Cell(_value(i.basis, lang) if i.basis else "—"),
        )
        for i in rc.spec.fees.rate_card
    ]
    return _table("rate-card", _RATE_HEAD[lang], rows, lang, _CAPTIONS[lang][1], (5, 2, 3, 4))


_RECURRING_HEAD: _W = {
    "zh-Hans": ("项目", "金额", "周期", "计费起点"),
    "zh-Hant": ("項目", "金額", "週期", "計費起點"),
    "en": ("Fee", "Amount", "Period", "Starts"),
}


def recurring_fees_table(rc: RenderContext) -> Table:
    """The recurring fees: name, amount, period and when charging starts."""
    lang = rc.lang
    rows = [
        (
            Cell(_value(f.name, lang)),
            Cell(h.amount(f.amount, lang), align="right"),
            Cell(label(f.period, lang)),
            Cell(label(f.starts, lang)),
        )
        for f in rc.spec.fees.recurring
    ]
    return _table("recurring-fees", _RECURRING_HEAD[lang], rows, lang, _CAPTIONS[lang][2], (4, 5, 2, 4))


_PAY_HEAD: _W = {
    "zh-Hans": ("期次", "付款条件", "比例"),
    "zh-Hant": ("期次", "付款條件", "比例"),
    "en": ("Instalment", "Due", "Share"),
}
_PAY_AMOUNT: _W = {"zh-Hans": ("金额",), "zh-Hant": ("金額",), "en": ("Amount",)}


def _due(m: Any, lang: str) -> str:
    trigger = label(m.trigger, lang)
    if lang == "zh-Hans":
        return f"{trigger}后{m.due_days}日内" + ("（定金）" if m.deposit else "")
    if lang == "zh-Hant":
        return f"{trigger}後{m.due_days}日內" + ("（定金）" if m.deposit else "")
    day = "day" if m.due_days == 1 else "days"
    return f"within {m.due_days} {day} after {trigger}" + (" (deposit)" if m.deposit else "")


def payment_table(rc: RenderContext) -> Table:
    """The payment milestones: trigger, percentage and amount."""
    lang = rc.lang
    amounts = {id(m): money for m, money in rc.quote.milestones} if rc.quote is not None else {}
    head = _PAY_HEAD[lang] + (_PAY_AMOUNT[lang] if amounts else ())
    rows = []
    for m in rc.spec.payment.milestones:
        row: tuple[Cell, ...] = (
            Cell(_value(m.name, lang)),
            Cell(_due(m, lang)),
            Cell(h.percent(m.percent, lang), align="right"),
        )
        if amounts:
            row += (Cell(h.money(amounts[id(m)], lang), align="right"),)
        rows.append(row)
    return _table("payment-schedule", head, rows, lang, _CAPTIONS[lang][3])


_CHANNEL_HEAD: _W = {
    "zh-Hans": ("渠道", "联系方式", "服务时间", "备注"),
    "zh-Hant": ("管道", "聯絡方式", "服務時間", "備註"),
    "en": ("Channel", "Contact", "Hours", "Notes"),
}


def channels_table(rc: RenderContext) -> Table:
    """The support channels: kind, contact and hours."""
    lang = rc.lang
    rows = [
        (
            Cell(label(c.kind, lang)),
            Cell(c.address),
            Cell(h.clock_short(c.clock, rc.spec, lang)),
            Cell(_value(c.note, lang) if c.note else "—"),
        )
        for c in rc.spec.support_channels
    ]
    return _table("channels", _CHANNEL_HEAD[lang], rows, lang, _CAPTIONS[lang][4], (2, 5, 3, 3))


# ---------------------------------------------------------------- quotes
_LINE_HEAD: _W = {
    "zh-Hans": ("序号", "项目", "单位", "数量", "单价", "金额"),
    "zh-Hant": ("序號", "項目", "單位", "數量", "單價", "金額"),
    "en": ("No.", "Item", "Unit", "Quantity", "Unit price", "Amount"),
}
_ITEM = {"zh-Hans": "项", "zh-Hant": "項", "en": "item"}


def _unit(value: str, lang: str) -> str:
    from termsmith.spec.commercial import Period, RateUnit

    for enum in (RateUnit, Period):
        try:
            member = enum(value)
        except ValueError:
            continue
        text = label(member, lang)
        return text.removeprefix("每").removeprefix("per ") if enum is Period else text
    return _ITEM.get(lang, value) if value == "item" else value


def _need_quote(rc: RenderContext) -> Any:
    if rc.quote is None:
        raise ValueError("quote tables exist only in quote documents (kind 'quote')")
    return rc.quote


def quote_lines_table(rc: RenderContext) -> Table:
    """In quotes: the quote lines (item, unit price, quantity, amount)."""
    lang, quote = rc.lang, _need_quote(rc)
    rows = [
        (
            Cell(str(i), align="center"),
            Cell(_value(line.name, lang)),
            Cell(_unit(line.unit, lang)),
            Cell(h.number_text(line.quantity), align="right"),
            Cell(h.money(line.unit_price, lang), align="right"),
            Cell(h.money(line.amount, lang), align="right"),
        )
        for i, line in enumerate(quote.lines, 1)
    ]
    return _table("quote-lines", _LINE_HEAD[lang], rows, lang, _CAPTIONS[lang][5], (1.4, 5.6, 2, 2, 3, 3))


_TOTAL_WORDS: _W = {
    "zh-Hans": ("项目", "金额", "不含税金额", "增值税", "合计（含税）"),
    "zh-Hant": ("項目", "金額", "未稅金額", "稅額", "合計（含稅）"),
    "en": ("", "Amount", "Net of tax", "VAT", "Total payable"),
}


def quote_totals_table(rc: RenderContext) -> Table:
    """In quotes: subtotal, tax and total, in figures and capital numerals."""
    lang, quote = rc.lang, _need_quote(rc)
    w = _TOTAL_WORDS[lang]
    rate = h.percent(quote.tax_rate, lang)
    rows = [
        (Cell(w[2]), Cell(h.money(quote.net, lang), align="right")),
        (
            Cell(f"{w[3]}（{rate}）" if lang in h.ZH else f"{w[3]} ({rate})"),
            Cell(h.money(quote.tax, lang), align="right"),
        ),
        (Cell(w[4], bold=True), Cell(h.amount(quote.total, lang), align="right", bold=True)),
    ]
    head = (w[0] or "Item", w[1])
    return _table("quote-totals", head, rows, lang, _CAPTIONS[lang][6], (3, 5))


# ---------------------------------------------------------------- signatures
_ROLE_LABELS = {
    "zh-Hans": ("甲方（盖章）", "乙方（盖章）"),
    "zh-Hant": ("甲方（蓋章）", "乙方（蓋章）"),
    "en": ("Client (seal)", "Vendor (seal)"),
}
_FIELDS = {
    "zh-Hans": ("法定代表人或授权代表（签字）：", "职务：", "日期：", "签订地点："),
    "zh-Hant": ("法定代表人或授權代表（簽名）：", "職稱：", "日期：", "簽訂地點："),
    "en": ("Authorised signatory: ", "Title: ", "Date: ", "Place: "),
}
_NOTE = {"zh-Hans": "（以下无正文）", "zh-Hant": "（以下無正文）", "en": "(No further text below)"}


def _each(word: Callable[[_V, str], str], value: _V, langs: tuple[str, ...]) -> str:
    """``word(value, lang)`` in every language of the block, once when they read the same: a bilingual
    block under "职务： Title:" says "法定代表人 / Legal Representative", not only the Chinese."""
    return " / ".join(dict.fromkeys(word(value, lang) for lang in langs))


def _joined(per_lang: dict[str, str], langs: tuple[str, ...]) -> str:
    return " ".join(dict.fromkeys(per_lang[lang] for lang in langs))


def signature_block(rc: RenderContext) -> SignatureBlock:
    """Both parties' blocks; a bilingual document gets bilingual labels, in its primary language."""
    spec = rc.spec
    langs = rc.languages or (rc.lang,)
    primary = langs[0]
    signing = spec.agreement.signing_date
    place = spec.signatures.place
    parties = []
    for i, role in enumerate(("client", "vendor")):
        who = spec.party(role)
        signatory = next((s for s in spec.signatures.signatories if s.party == role), None)
        labels = [_joined({lang: _FIELDS[lang][k] for lang in langs}, langs) for k in range(4)]
        name = signatory.name if signatory and signatory.name else ""
        title = _each(h.t, signatory.title, langs) if signatory and signatory.title else ""
        fields = [(labels[0], name), (labels[1], title), (labels[2], _each(h.date, signing, langs) if signing else "")]
        sign_place = signatory.place if signatory and signatory.place else place
        if sign_place is not None:
            fields.append((labels[3], _each(h.t, sign_place, langs)))
        role_label = _joined({lang: _ROLE_LABELS[lang][i] for lang in langs}, langs)
        legal = " / ".join(dict.fromkeys(h.t(who.legal_name, lang) for lang in langs))
        parties.append(SignatureParty(role_label, legal, tuple(fields)))
    return SignatureBlock(tuple(parties), primary, _joined(_NOTE, langs))  # type: ignore[arg-type]  # lang: a str checked against LANGS on load; the model wants the Lang literal
