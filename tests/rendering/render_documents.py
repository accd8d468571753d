"""Realistic Documents for rendering tests and the benchmark (no assembly needed).

``agreement(lang)`` builds a service agreement in zh-Hans, zh-Hant, en, or
bilingual zh-Hans + en, with a severity matrix, a rate card, a payment schedule
and a signature block; ``hostile_document()`` carries the strings that break
naive renderers.
"""

from __future__ import annotations

from datetime import date

from termsmith.document.model import (
    Cell,
    Clause,
    Document,
    DocumentMetadata,
    Lang,
    ListBlock,
    PageLabels,
    Paragraph,
    Provenance,
    Section,
    SignatureBlock,
    SignatureParty,
    Table,
)

CLIENT = {
    "zh-Hans": "华南加油站连锁有限公司",
    "zh-Hant": "華南加油站連鎖有限公司",
    "en": "South China Fuel Stations Ltd.",
}
VENDOR = {
    "zh-Hans": "深圳市云帆软件科技有限公司",
    "zh-Hant": "深圳市雲帆軟件科技有限公司",
    "en": "Shenzhen Yunfan Software Co., Ltd.",
}
NUMBER = "YF-SA-2025-0042"
SPEC_SOURCE = "client: 华南加油站连锁有限公司\nvendor: 深圳市云帆软件科技有限公司\n".encode()

WORDS: dict[str, dict[str, str]] = {
    "title": {
        "zh-Hans": "软件售后服务协议",
        "zh-Hant": "軟件售後服務協議",
        "en": "Software After-Sales Service Agreement",
    },
    "party_a": {"zh-Hans": "甲方（客户）：", "zh-Hant": "甲方（客戶）：", "en": "Client: "},
    "party_b": {"zh-Hans": "乙方（服务商）：", "zh-Hant": "乙方（服務商）：", "en": "Vendor: "},
    "recital": {
        "zh-Hans": "甲乙双方经友好协商，就乙方为甲方交付的加油站会员小程序提供售后运维服务事宜，达成如下协议。",
        "zh-Hant": "甲乙雙方經友好協商，就乙方為甲方交付的加油站會員小程序提供售後運維服務事宜，達成如下協議。",
        "en": "The parties agree as follows on the after-sales maintenance of the fuel-station membership mini-program the Vendor delivered to the Client.",
    },
    "free": {
        "zh-Hans": "免费维护期为12个月，自系统上线之日起算。期内乙方免费修复交付程序本身的缺陷。",
        "zh-Hant": "免費維護期為12個月，自系統上線之日起算。期內乙方免費修復交付程序本身的缺陷。",
        "en": "The free maintenance period is 12 months from go-live. During it the Vendor fixes defects of the delivered program free of charge.",
    },
    "ip": {
        "zh-Hans": "交付程序的源代码、数据库结构文档及接口文档的知识产权归甲方所有。",
        "zh-Hant": "交付程序的源代碼、數據庫結構文檔及接口文檔的知識產權歸甲方所有。",
        "en": "The Client owns the source code, database structure documents and interface documents of the delivered program.",
    },
    "law": {
        "zh-Hans": "因本协议产生的争议，提交甲方所在地深圳市南山区人民法院诉讼解决。",
        "zh-Hant": "因本協議產生的爭議，提交甲方所在地深圳市南山區人民法院訴訟解決。",
        "en": "Disputes arising from this agreement are submitted to the People's Court of Nanshan District, Shenzhen.",
    },
}

HEADINGS = {
    "scope": (
        {"zh-Hans": "第一条", "zh-Hant": "第一條", "en": "Article 1"},
        {"zh-Hans": "服务内容与范围", "zh-Hant": "服務內容與範圍", "en": "Scope of Services"},
    ),
    "sla": (
        {"zh-Hans": "第二条", "zh-Hant": "第二條", "en": "Article 2"},
        {"zh-Hans": "服务标准与响应时限", "zh-Hant": "服務標準與響應時限", "en": "Service Levels and Response Times"},
    ),
    "free": (
        {"zh-Hans": "第三条", "zh-Hant": "第三條", "en": "Article 3"},
        {"zh-Hans": "免费维护期", "zh-Hant": "免費維護期", "en": "Free Maintenance Period"},
    ),
    "fees": (
        {"zh-Hans": "第四条", "zh-Hant": "第四條", "en": "Article 4"},
        {"zh-Hans": "收费标准与付款方式", "zh-Hant": "收費標準與付款方式", "en": "Fees and Payment"},
    ),
    "ip": (
        {"zh-Hans": "第五条", "zh-Hant": "第五條", "en": "Article 5"},
        {"zh-Hans": "知识产权", "zh-Hant": "知識產權", "en": "Intellectual Property"},
    ),
    "law": (
        {"zh-Hans": "第六条", "zh-Hant": "第六條", "en": "Article 6"},
        {"zh-Hans": "争议解决", "zh-Hant": "爭議解決", "en": "Dispute Resolution"},
    ),
}

SEVERITY = {
    "zh-Hans": (
        ("等级", "示例", "响应时限", "解决时限"),
        (
            ("紧急（P0）", "系统整体宕机、支付失败、数据丢失", "30分钟", "4小时"),
            ("重要（P1）", "单个栏目异常、表单数据不同步", "2小时", "24小时"),
            ("一般（P2）", "页面排版错位、非核心插件异常", "4小时", "72小时"),
            ("咨询", "使用方法咨询", "2小时", "4小时"),
        ),
    ),
    "zh-Hant": (
        ("等級", "示例", "響應時限", "解決時限"),
        (
            ("緊急（P0）", "系統整體宕機、支付失敗、數據丟失", "30分鐘", "4小時"),
            ("重要（P1）", "單個欄目異常、表單數據不同步", "2小時", "24小時"),
            ("一般（P2）", "頁面排版錯位、非核心插件異常", "4小時", "72小時"),
            ("諮詢", "使用方法諮詢", "2小時", "4小時"),
        ),
    ),
    "en": (
        ("Level", "Examples", "Respond within", "Resolve within"),
        (
            ("Emergency (P0)", "whole system down, payment failure, data loss", "30 minutes", "4 hours"),
            ("Important (P1)", "one section broken, form data not syncing", "2 hours", "24 hours"),
            ("General (P2)", "page layout off, non-core plugin broken", "4 hours", "72 hours"),
            ("Consultation", "how-to questions", "2 hours", "4 hours"),
        ),
    ),
}

RATES = {
    "zh-Hans": (
        ("项目", "单位", "单价（元）"),
        (
            ("功能开发", "人天", "3,000.00"),
            ("第三方接口对接（简单）", "个", "2,000.00"),
            ("第三方接口对接（复杂）", "个", "5,000.00"),
            ("现场支持（含差旅）", "次", "2,000.00"),
            ("整站迁移", "项", "5,000.00"),
        ),
    ),
    "zh-Hant": (
        ("項目", "單位", "單價（元）"),
        (
            ("功能開發", "人天", "3,000.00"),
            ("第三方接口對接（簡單）", "個", "2,000.00"),
            ("第三方接口對接（複雜）", "個", "5,000.00"),
            ("現場支持（含差旅）", "次", "2,000.00"),
            ("整站遷移", "項", "5,000.00"),
        ),
    ),
    "en": (
        ("Item", "Unit", "Unit price (CNY)"),
        (
            ("Feature development", "person-day", "3,000.00"),
            ("Third-party API integration (simple)", "interface", "2,000.00"),
            ("Third-party API integration (complex)", "interface", "5,000.00"),
            ("On-site support incl. travel", "visit", "2,000.00"),
            ("Whole-site migration", "project", "5,000.00"),
        ),
    ),
}

PAYMENTS = {
    "zh-Hans": (
        ("期次", "付款条件", "金额（元）"),
        (
            ("第一期", "协议签订后5个工作日内", "6,000.00"),
            ("第二期", "服务期满6个月后5个工作日内", "6,000.00"),
            ("合计", "人民币壹万贰仟元整", "12,000.00"),
        ),
    ),
    "zh-Hant": (
        ("期次", "付款條件", "金額（元）"),
        (
            ("第一期", "協議簽訂後5個工作日內", "6,000.00"),
            ("第二期", "服務期滿6個月後5個工作日內", "6,000.00"),
            ("合計", "人民幣壹萬貳仟元整", "12,000.00"),
        ),
    ),
    "en": (
        ("Instalment", "Due", "Amount (CNY)"),
        (
            ("First", "within 5 working days of signing", "6,000.00"),
            ("Second", "within 5 working days after month 6", "6,000.00"),
            ("Total", "twelve thousand yuan", "12,000.00"),
        ),
    ),
}

CAPTIONS = {
    "severity": {
        "zh-Hans": "表1 故障分级与响应时限",
        "zh-Hant": "表1 故障分級與響應時限",
        "en": "Table 1 Severity levels and times",
    },
    "rates": {"zh-Hans": "表2 收费标准", "zh-Hant": "表2 收費標準", "en": "Table 2 Rate card"},
    "payments": {"zh-Hans": "表3 付款计划", "zh-Hant": "表3 付款計劃", "en": "Table 3 Payment schedule"},
}

SIGN = {
    "zh-Hans": (
        ("甲方（盖章）", "乙方（盖章）"),
        (("法定代表人或授权代表：", ""), ("日期：", "2025年3月1日")),
        "（以下无正文）",
    ),
    "zh-Hant": (
        ("甲方（蓋章）", "乙方（蓋章）"),
        (("法定代表人或授權代表：", ""), ("日期：", "2025年3月1日")),
        "（以下無正文）",
    ),
    "en": (
        ("Client (seal)", "Vendor (seal)"),
        (("Authorised signatory: ", ""), ("Date: ", "1 March 2025")),
        "(No further text below)",
    ),
}

LABELS = {
    "zh-Hans": PageLabels("第 ", " 页 共 ", " 页"),
    "zh-Hant": PageLabels("第 ", " 頁 共 ", " 頁"),
    "en": PageLabels("Page ", " of ", ""),
}


def _table(kind: str, data: dict[str, tuple], lang: Lang, numeric_last: bool = True, extra_rows: int = 0) -> Table:
    head, rows = data[lang]
    align = ["left"] * (len(head) - 1) + (["right"] if numeric_last else ["left"])
    body = tuple(tuple(Cell(text, align=a) for text, a in zip(row, align, strict=True)) for row in rows)
    body += tuple(body[i % len(body)] for i in range(extra_rows))
    return Table(
        header=(tuple(Cell(h) for h in head),), rows=body, lang=lang, kind=kind, caption=CAPTIONS[_cap(kind)][lang]
    )


def _cap(kind: str) -> str:
    return {"severity-matrix": "severity", "rate-card": "rates", "payment-schedule": "payments"}[kind]


def _provenance(clause_id: str) -> Provenance:
    return Provenance(clause_id, "1.0.0", "approved", "0" * 64)


def _clauses(key: str, lang: Lang, rows: int) -> tuple:
    if key == "scope":
        items = ListBlock(
            tuple(
                Paragraph(t, lang, label=mark)
                for mark, t in (
                    (
                        "（一）" if lang != "en" else "(a)",
                        {
                            "zh-Hans": "交付程序的缺陷修复",
                            "zh-Hant": "交付程序的缺陷修復",
                            "en": "defect fixes of the delivered program",
                        }[lang],
                    ),
                    (
                        "（二）" if lang != "en" else "(b)",
                        {
                            "zh-Hans": "微信平台升级后的兼容性更新",
                            "zh-Hant": "微信平台升級後的兼容性更新",
                            "en": "compatibility updates when the WeChat platform changes",
                        }[lang],
                    ),
                )
            )
        )
        return (
            Clause(
                (
                    Paragraph(
                        {
                            "zh-Hans": "乙方提供以下服务：",
                            "zh-Hant": "乙方提供以下服務：",
                            "en": "The Vendor provides:",
                        }[lang],
                        lang,
                    ),
                    items,
                ),
                _provenance("scope"),
                "1.1",
            ),
        )
    if key == "sla":
        return (
            Clause(
                (_table("severity-matrix", SEVERITY, lang, numeric_last=False, extra_rows=rows),),
                _provenance("sla"),
                "2.1",
                {"zh-Hans": "故障分级", "zh-Hant": "故障分級", "en": "Severity levels"}[lang],
            ),
        )
    if key == "fees":
        return (
            Clause((_table("rate-card", RATES, lang),), _provenance("rates"), "4.1"),
            Clause((_table("payment-schedule", PAYMENTS, lang),), _provenance("payments"), "4.2"),
        )
    return (Clause((Paragraph(WORDS[key][lang], lang),), _provenance(key), f"{list(HEADINGS).index(key) + 1}.1"),)


def agreement(lang: str = "zh-Hans", *, severity_rows: int = 0) -> Document:
    """A realistic agreement; ``lang`` is zh-Hans, zh-Hant, en or bilingual (zh-Hans + en)."""
    langs: tuple[Lang, ...] = ("zh-Hans", "en") if lang == "bilingual" else (lang,)  # type: ignore[assignment]
    primary = langs[0]
    sections = tuple(
        Section(
            key,
            {lg: HEADINGS[key][0][lg] for lg in langs},
            {lg: HEADINGS[key][1][lg] for lg in langs},
            tuple(c for lg in langs for c in _clauses(key, lg, severity_rows)),
        )
        for key in HEADINGS
    )
    preamble = tuple(
        b
        for lg in langs
        for b in (
            Paragraph(WORDS["party_a"][lg] + CLIENT[lg], lg),
            Paragraph(WORDS["party_b"][lg] + VENDOR[lg], lg),
            Paragraph(WORDS["recital"][lg], lg, style="recital"),
        )
    )
    roles, fields, note = SIGN[primary]
    closing = (
        SignatureBlock(
            (SignatureParty(roles[0], CLIENT[primary], fields), SignatureParty(roles[1], VENDOR[primary], fields)),
            primary,
            note,
        ),
    )
    title = {lg: WORDS["title"][lg] for lg in langs}
    return Document(
        kind="agreement",
        languages=langs,
        title=title,
        number=NUMBER,
        header_text=f"{title[primary]}  {NUMBER}",
        page_labels=LABELS[primary],
        metadata=DocumentMetadata(
            title=title[primary],
            subject=f"{CLIENT[primary]} / {VENDOR[primary]}",
            author=VENDOR[primary],
            keywords=(CLIENT[primary], VENDOR[primary], NUMBER),
            spec_hash="ab" * 32,
            created=date(2025, 3, 1),
            language=primary,
        ),
        preamble=preamble,
        sections=sections,
        closing=closing,
        attachments=(("spec.yaml", SPEC_SOURCE),),
    )


HOSTILE = [
    "<script>alert('x')</script>",
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
    "ctrl\x00chars\x0bhere\x1f",
    "rtl\u202eevil\u202c mark",
    "W" * 5000,
    "</style><style>body{display:none}</style>",
    '" onmouseover="alert(1)',
    "&amp; &lt; literal",
]


def hostile_document() -> Document:
    """An agreement whose every kind of string carries hostile text."""
    base = agreement("zh-Hans")
    evil = " | ".join(HOSTILE)
    table = Table(
        header=((Cell("<b>头</b>"), Cell("{{ x }}")),),
        rows=tuple((Cell(s), Cell(s[:40])) for s in HOSTILE),
        lang="zh-Hans",
        kind="rate-card",
        caption="<i>caption</i>\x00",
    )
    extra = Section(
        "hostile<x>",
        {"zh-Hans": "第七条<b>"},
        {"zh-Hans": "{{ 7*7 }}\u202e"},
        (Clause((Paragraph(evil, "zh-Hans", label="<1>"), table), None, "7.1", "<script>t</script>"),),
    )
    from dataclasses import replace

    return replace(
        base,
        title={"zh-Hans": "协议<script>alert(1)</script>\x00"},
        header_text="页眉 </style> \" ' \\ {{ 7*7 }}\x0b",
        page_labels=PageLabels('第 "', " 页\\ 共 ", " 页</style>"),
        metadata=replace(base.metadata, title="<t>\x00", author="A\x0bB", keywords=("k\x00", "<k>")),
        sections=(*base.sections, extra),
    )
