"""The words of `termsmith extract`'s human formats (md, html and the YAML draft) in zh-Hans, zh-Hant and en.

A report on a Chinese agreement is written in Chinese, in the agreement's own script, unless the reader asks for
another language (``--lang``): before, a Chinese document's report was English but for its heading on unread
figures, a page in two languages. Spec paths (``severity_levels[0].name``), spec values (``2h``, ``go-live``) and the
quotes stay as they are: the first two are the spec's own syntax, the quotes the vendor's words.
"""

from __future__ import annotations

from termsmith.extract.source import Location
from termsmith.library.labels import worded

LANGS = ("zh-Hans", "zh-Hant", "en")

_TABLE: dict[str, tuple[str, str, str]] = {
    "title": ("termsmith 条款提取", "termsmith 條款擷取", "termsmith extract"),
    "format": (
        "格式：{format} · 语言：{language}",
        "格式：{format} · 語言：{language}",
        "Format: {format} · language: {language}",
    ),
    "col.term": ("条款", "條款", "term"),
    "col.value": ("值", "值", "value"),
    "col.evidence": ("原文依据", "原文依據", "evidence"),
    "col.where": ("位置", "位置", "where"),
    "col.text": ("原文", "原文", "text"),
    "not-stated": ("未约定：", "未約定：", "Not stated:"),
    "nothing-essential": ("无（要点均已写明）", "無（要點均已寫明）", "nothing essential"),
    "cannot-read": ("无法读取：", "無法讀取：", "Cannot read:"),
    # the draft spec's head
    "draft.1": (
        "termsmith extract 从 {file}（{language}）读出的规格草稿。",
        "termsmith extract 從 {file}（{language}）讀出的規格草稿。",
        "Draft service spec read by 'termsmith extract' from {file} ({language}).",
    ),
    "draft.2": (
        "每个值都读自原文；其上方的注释引用它所依据的句子。",
        "每個值都讀自原文；其上方的註解引用它所依據的句子。",
        "Each value was read from the document; the comment above it quotes the sentence it rests on.",
    ),
    "draft.3": (
        "TODO 标出原文未约定的条款：请填写（或与供应商商定），",
        "TODO 標出原文未約定的條款：請填寫（或與供應商商定），",
        "TODO marks a term the document does not state: fill it in (or agree it with the vendor),",
    ),
    "draft.4": (
        "然后对本文件运行 'termsmith validate'，直到不再报告 TODO。",
        "然後對本檔案執行 'termsmith validate'，直到不再報告 TODO。",
        "then run 'termsmith validate' on this file until it reports no TODO.",
    ),
    # the draft's TODO notes: what to write (spec values stay in the spec's own words)
    "todo.not-stated": ("原文未约定", "原文未約定", "not stated in the document"),
    "todo.number": ("协议编号", "協議編號", "the agreement number"),
    "todo.client": ("客户的注册名称", "客戶的登記名稱", "the client's registered name"),
    "todo.vendor": ("供应商的注册名称", "供應商的登記名稱", "the vendor's registered name"),
    "todo.project": ("本协议维护的软件", "本協議維護的軟體", "the software the agreement maintains"),
    "todo.kind": (
        "网站、小程序、App 或系统（website、mini-program、app、system）",
        "網站、小程式、App 或系統（website、mini-program、app、system）",
        "website, mini-program, app or system",
    ),
    "todo.term-start": (
        "服务期的起始日期（YYYY-MM-DD）",
        "服務期的起始日期（YYYY-MM-DD）",
        "the date the service term starts (YYYY-MM-DD)",
    ),
    "todo.scope": (
        "列出包含的服务（id、kind、name、description）",
        "列出包含的服務（id、kind、name、description）",
        "list the included services (id, kind, name, description)",
    ),
    "todo.working-days": (
        "例如 [mon, tue, wed, thu, fri]",
        "例如 [mon, tue, wed, thu, fri]",
        "e.g. [mon, tue, wed, thu, fri]",
    ),
    "todo.hours": ('例如 "09:00-18:00"', '例如 "09:00-18:00"', 'e.g. "09:00-18:00"'),
    "todo.address": ("电话号码、地址或群名", "電話號碼、地址或群組名稱", "the number, address or group"),
    "todo.channel-clock": ("'24x7' 或日历 id", "'24x7' 或日曆 id", "'24x7' or a calendar id"),
    "todo.no-levels": (
        "原文未约定响应或解决时间",
        "原文未約定回應或解決時間",
        "the document states no response or resolution times",
    ),
    "todo.tier-rank": (
        "请核对——按级别排序推定，名称未写明",
        "請核對——按級別排序推定，名稱未寫明",
        "check — from the level's rank, the name does not say",
    ),
    "todo.tier": (
        "紧急、重要、一般或咨询（emergency、important、general、consultation）",
        "緊急、重要、一般或諮詢（emergency、important、general、consultation）",
        "emergency, important, general or consultation",
    ),
    "todo.definition": ("何种问题属于此级别", "何種問題屬於此級別", "what makes an issue this severe"),
    "todo.clock": (
        "请核对——原文未写明计时方式",
        "請核對——原文未寫明計時方式",
        "check — the document does not say which clock",
    ),
    "todo.free-start": (
        "签订、验收、上线或某日（signing、acceptance、go-live、date）",
        "簽訂、驗收、上線或某日（signing、acceptance、go-live、date）",
        "signing, acceptance, go-live or date",
    ),
    "todo.covers": (
        "免费的服务种类，例如 [defect-fixes]",
        "免費的服務種類，例如 [defect-fixes]",
        "the kinds of service that are free, e.g. [defect-fixes]",
    ),
    "todo.tax-rate": ("增值税税率，例如 6%", "營業稅（增值稅）稅率，例如 5%", "the VAT rate, e.g. 6%"),
    "todo.tax-included": ("价格含税时填 true", "價格含稅時填 true", "true when the prices include tax"),
    "todo.fee-name": ("该费用的用途", "該費用的用途", "what the fee is for"),
    "todo.no-fees": ("原文未约定费用", "原文未約定費用", "the document states no fees"),
    "todo.no-milestones": ("原文未约定付款节点", "原文未約定付款節點", "the document states no payment milestones"),
    "todo.milestone-name": ("这笔付款是什么", "這筆付款是什麼", "what this payment is"),
    "todo.trigger": (
        "签订、验收、上线、完工、期初或开票（signing、acceptance、go-live、completion、period-start、invoice）",
        "簽訂、驗收、上線、完工、期初或開票（signing、acceptance、go-live、completion、period-start、invoice）",
        "signing, acceptance, go-live, completion, period-start or invoice",
    ),
    "todo.due-days": ("触发后几日内付款", "觸發後幾日內付款", "days after the trigger to pay"),
    "todo.owner": (
        "客户、供应商或共有（client、vendor、joint）",
        "客戶、供應商或共有（client、vendor、joint）",
        "client, vendor or joint",
    ),
    "todo.handover-when": (
        "付清尾款、验收、终止、应要求或每次发布时（on-final-payment、on-acceptance、on-termination、on-request、"
        "each-release）",
        "付清尾款、驗收、終止、應要求或每次發布時（on-final-payment、on-acceptance、on-termination、on-request、"
        "each-release）",
        "on-final-payment, on-acceptance, on-termination, on-request or each-release",
    ),
    "todo.seat": ("仲裁地", "仲裁地", "the seat of arbitration"),
    "todo.court": (
        "管辖法院（或改写为 'arbitration:' 并写明仲裁机构）",
        "管轄法院（或改寫為 'arbitration:' 並寫明仲裁機構）",
        "the court (or write 'arbitration:' with a named institution)",
    ),
}


def report_language(document: str | None, asked: str | None) -> str:
    """A report's language: the one asked for (``--lang``), else the document's own (its script too), else English."""
    return asked or (document if document in LANGS else "en")


def say(key: str, lang: str, **values: object) -> str:
    """The ``lang`` words for ``key`` (English for a language termsmith does not write), with ``values`` put in."""
    return worded(_TABLE, key, lang if lang in LANGS else "en", **values)


def place(loc: Location, lang: str) -> str:
    """'p. 2 ¶3' / '第2页第3段' / '第2頁第3段': where a paragraph stands, short (unread figures, check evidence)."""
    if lang == "en":
        return (f"p. {loc.page} " if loc.page is not None else "") + f"¶{loc.paragraph}"
    page = "頁" if lang == "zh-Hant" else "页"
    return (f"第{loc.page}{page}" if loc.page is not None else "") + f"第{loc.paragraph}段"


def where(loc: Location, lang: str) -> str:
    """Where a value or a figure stands, to the character: 'p. 2, ¶ 5, line 3:1' / '第2页第5段，第3行第1列'."""
    if lang == "en":
        return (f"p. {loc.page}, " if loc.page is not None else "") + f"¶ {loc.paragraph}, line {loc.line}:{loc.column}"
    return f"{place(loc, lang)}，第{loc.line}行第{loc.column}列"


def cited(loc: Location, lang: str) -> str:
    """A draft comment's place after its quote: ' (page 2, paragraph 5)' / '（第2页第5段）'."""
    if lang == "en":
        return " (" + (f"page {loc.page}, " if loc.page is not None else "") + f"paragraph {loc.paragraph})"
    return f"（{place(loc, lang)}）"
