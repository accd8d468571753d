"""The report as plain tables (header + rows of cell text), shared by text and Markdown.

One spec: a row per requirement with its verdict, the vendor's value, the required
value and the clause. Several specs: a matrix with one column per vendor and a
summary row.
"""

from __future__ import annotations

from dataclasses import dataclass

from termsmith.checklist import display
from termsmith.checklist.labels import t
from termsmith.checklist.report import CheckReport, Row, SpecResult


@dataclass(frozen=True, slots=True)
class PlainTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def verdict(row: Row, lang: str) -> str:
    return t(row.outcome.verdict.value, lang)


def single(report: CheckReport, result: SpecResult) -> PlainTable:
    lang = report.lang
    header = tuple(
        t(k, lang)
        for k in ("col.id", "col.level", "col.requirement", "col.verdict", "col.vendor", "col.required", "col.clause")
    )
    rows = tuple(
        (
            r.outcome.requirement.id,
            t(r.outcome.level.value, lang),
            r.outcome.requirement.title.get(lang),
            verdict(r, lang),
            r.vendor_with_note,
            r.required,
            r.clause,
        )
        for r in result.rows
    )
    return PlainTable(header, rows)


def matrix_cell(result: SpecResult, index: int, lang: str) -> str:
    if not result.valid:
        return t("invalid", lang)
    row = result.rows[index]
    if not row.brief:
        return verdict(row, lang)
    return f"{verdict(row, lang)}: {row.brief}" if lang == "en" else f"{verdict(row, lang)}：{row.brief}"


def matrix(report: CheckReport) -> PlainTable:
    lang = report.lang
    header = (
        t("col.id", lang),
        t("col.level", lang),
        t("col.requirement", lang),
        t("col.required", lang),
        *report.columns(),
    )
    rows = [
        (
            req.id,
            t(req.level.value, lang),
            req.title.get(lang),
            display.requirement(req, lang),
            *(matrix_cell(result, i, lang) for result in report.results),
        )
        for i, req in enumerate(report.requirements)
    ]
    rows.append(("", "", t("col.summary", lang), "", *(r.summary(lang) for r in report.results)))
    return PlainTable(header, tuple(rows))
