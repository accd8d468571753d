"""The report as plain tables (header + rows of cell text), shared by text and Markdown.

One spec: a row per requirement with its verdict, the vendor's value, the required
value and the clause. Several specs: a matrix with one column per vendor and a
summary row; a vendor *document*'s cell ends with a reference like ``[3]`` to a note
under the table that quotes the sentence the verdict rests on, with its page and
paragraph (a clause column per vendor would not fit a terminal).
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
    # printed under the table: per vendor document, its label and its (reference like "[3]", evidence) notes
    notes: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


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
        return t(result.invalid_label, lang)
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
    notes = EvidenceNotes(report)
    rows = [
        (
            req.id,
            t(req.level.value, lang),
            req.title.get(lang),
            display.requirement(req, lang),
            *(notes.cell(matrix_cell(result, i, lang), result, i) for result in report.results),
        )
        for i, req in enumerate(report.requirements)
    ]
    rows.append(("", "", t("col.summary", lang), "", *(r.summary(lang) for r in report.results)))
    return PlainTable(header, tuple(rows), notes.groups)


class EvidenceNotes:
    """Numbered references from document cells to the evidence they rest on: one number per
    distinct sentence of a document, numbered vendor by vendor (column by column, top to
    bottom), so each vendor's notes read as one group under the table."""

    def __init__(self, report: CheckReport) -> None:
        self._numbers: dict[tuple[str, str], str] = {}
        groups: list[tuple[str, tuple[tuple[str, str], ...]]] = []
        for label, result in zip(report.columns(), report.results, strict=True):
            items: list[tuple[str, str]] = []
            for row in result.rows if result.valid else []:
                key = (result.file, row.clause)
                if row.evidence is not None and key not in self._numbers:
                    self._numbers[key] = f"[{len(self._numbers) + 1}]"
                    items.append((self._numbers[key], row.clause))
            if items:
                groups.append((label, tuple(items)))
        self.groups = tuple(groups)

    def ref(self, result: SpecResult, index: int) -> str | None:
        """The reference ("[3]") of a document's cell, None for a spec's or an unreadable one."""
        if not result.valid or result.rows[index].evidence is None:
            return None
        return self._numbers[(result.file, result.rows[index].clause)]

    def cell(self, text: str, result: SpecResult, index: int) -> str:
        ref = self.ref(result, index)
        return f"{text} {ref}" if ref else text
