"""The month's measures as a ``Document``: the same renderers make its HTML, PDF and DOCX."""

from __future__ import annotations

import calendar as _calendar
import hashlib
from datetime import date
from typing import Any

from termsmith.document.model import (
    Block,
    Cell,
    Clause,
    Document,
    DocumentMetadata,
    Figure,
    PageLabels,
    Paragraph,
    Section,
    Table,
)
from termsmith.library.formatting import duration, money
from termsmith.service_report.charts import attainment_chart, breaches_chart
from termsmith.service_report.measure import MonthReport
from termsmith.service_report.words import minutes_text, words
from termsmith.spec.service import CLOCK_24X7

_PAGE_LABELS = {
    "zh-Hans": PageLabels("第 ", " 页 共 ", " 页"),
    "zh-Hant": PageLabels("第 ", " 頁 共 ", " 頁"),
    "en": PageLabels("Page ", " of ", ""),
}
_ORDINALS = ("一", "二", "三", "四", "五")


def _section(i: int, heading: str, lang: Any, *blocks: Block) -> Section:
    text = f"{i + 1}. {heading}" if lang == "en" else f"{_ORDINALS[i]}、{heading}"
    return Section(f"report-{i + 1}", {lang: ""}, {lang: text}, (Clause(tuple(blocks)),))


def _row(*cells: str, right_from: int = 99) -> tuple[Cell, ...]:
    return tuple(Cell(text, align="right" if i >= right_from else "left") for i, text in enumerate(cells))


def _limit(within: Any, lang: Any, business: bool) -> str:
    """The limit as the agreement words it (``3个工作日``), with the clock when it is business time."""
    text = duration(within, lang)
    if not business:
        return text
    clock = words(lang)["business"]
    return f"{text} ({clock})" if lang == "en" else f"{text}（{clock}）"


def _level(report: MonthReport, level_id: str) -> Any:
    return next(s.level for s in report.levels if s.level.id == level_id)


def _level_table(report: MonthReport, measure: str, lang: Any) -> Table:
    """One measure (response or resolution) per level: limit, median, 90th percentile, share met."""
    w = words(lang)
    rows = []
    for s in report.levels:
        name = s.level.name.get(lang)
        business = s.clocks[measure] != CLOCK_24X7
        rows.append(
            _row(
                f"{name} ({s.level.id})" if lang == "en" else f"{name}（{s.level.id}）",
                str(s.count),
                _limit(getattr(s.level, measure).within, lang, business),
                minutes_text(s.median(measure), lang),
                minutes_text(s.p90(measure), lang),
                _percent(s.attainment(measure)),
                right_from=1,
            )
        )
    return Table(
        header=(_row(w["level"], w["count"], w["limit"], w["median"], w["p90"], w["attainment"]),),
        rows=tuple(rows),
        lang=lang,
        kind="report-levels",
        caption=w[f"{measure}_times"],
        widths=(2.2, 0.8, 2.2, 1.6, 1.6, 1),
    )


def _percent(value: Any) -> str:
    return "—" if value is None else f"{value}%"


def _pair(table: list[tuple[str, str]], lang: Any, kind: str) -> Table:
    w = words(lang)
    return Table(
        header=(_row(w["item"], w["value"]),),
        rows=tuple(_row(k, v, right_from=1) for k, v in table),
        lang=lang,
        kind=kind,
        widths=(3, 2),
    )


def report_document(spec: Any, report: MonthReport, lang: Any, created: date, source: bytes) -> Document:
    w = words(lang)
    year, month = (int(p) for p in report.month.split("-"))
    title = f"{w['title']} {report.month}" if lang == "en" else f"{year}年{month}月{w['title']}"
    client, vendor = spec.client.legal_name.get(lang), spec.vendor.legal_name.get(lang)
    number = spec.agreement.number
    colon = ": " if lang == "en" else "："
    sep = "; " if lang == "en" else "；"
    head = (
        Paragraph(w["parties"].format(client=client, vendor=vendor), lang),
        Paragraph(f"{w['agreement']}{colon}{number}{sep}{w['month']}{colon}{report.month}", lang),
    )
    summary = _pair(
        [
            (w["requests"], str(report.requests)),
            (w["responded"], str(report.responded)),
            (w["average_response"], minutes_text(report.average_response, lang)),
            (w["resolved"], str(report.resolved)),
            (w["resolution_rate"], _percent(report.resolution_rate)),
            (w["breach_count"], str(len(report.breaches))),
            (w["credits_owed"], money(report.credits, lang)),
        ],
        lang,
        "report-summary",
    )
    level_tables = [_level_table(report, measure, lang) for measure in ("response", "resolution")]
    chart1 = attainment_chart(report, w, lang)
    chart2 = breaches_chart(report, w, lang, _calendar.monthrange(year, month)[1])
    breach_blocks: list[Block] = [Figure(chart2.svg, chart2.png, w["chart_breaches"], lang, chart2.width_mm)]
    rows = tuple(
        _row(
            b.ticket,
            b.level,
            w[b.measure],
            w["open"] if b.took is None else minutes_text(b.took, lang, b.clock != CLOCK_24X7),
            _limit(getattr(_level(report, b.level), b.measure).within, lang, b.clock != CLOCK_24X7),
            money(b.credit, lang) if b.credit else "—",
            right_from=3,
        )
        for b in sorted(report.breaches, key=lambda b: (b.day, b.line))
    )
    if rows:
        breach_blocks.append(
            Table(
                header=(_row(w["ticket"], w["level"], w["measure"], w["took"], w["limit"], w["credit"]),),
                rows=rows,
                lang=lang,
                kind="report-breaches",
                widths=(1.4, 0.9, 1.5, 1.8, 1.8, 1.3),
            )
        )
    else:
        breach_blocks.append(Paragraph(w["none"], lang))
    credit_blocks: list[Block]
    if report.credit_cap is None:
        credit_blocks = [Paragraph(w["no_credits"], lang)]
    else:
        credit_blocks = [
            _pair(
                [
                    (w["monthly_fee"], money(report.monthly_fee, lang)),
                    (w["credits_sum"], money(report.credits_uncapped, lang)),
                    (w["credit_cap"], money(report.credit_cap, lang)),
                    (w["credits_owed"], money(report.credits, lang)),
                ],
                lang,
                "report-credits",
            )
        ]
    notes = [Paragraph(w[k], lang, style="note") for k in ("note_clock", "note_open", "note_stats", "note_credits")]
    sections = (
        _section(0, w["summary"], lang, summary),
        _section(
            1,
            w["per_level"],
            lang,
            *level_tables,
            Figure(chart1.svg, chart1.png, w["chart_levels"], lang, chart1.width_mm),
        ),
        _section(2, w["breaches_section"], lang, *breach_blocks),
        _section(3, w["credits_section"], lang, *credit_blocks),
        _section(4, w["notes"], lang, *notes),
    )
    metadata = DocumentMetadata(
        title=title,
        subject=f"{client} / {vendor}",
        author=vendor,
        keywords=(client, vendor, number, report.month),
        spec_hash="sha256:" + hashlib.sha256(source).hexdigest(),
        created=created,
        language=lang,
    )
    return Document(
        kind="report",
        languages=(lang,),
        title={lang: title},
        number=number,
        header_text=f"{title}  {number}",
        page_labels=_PAGE_LABELS[lang],
        metadata=metadata,
        preamble=head,
        sections=sections,
    )
