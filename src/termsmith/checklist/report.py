"""A check run: one checklist against one or more specs, ready for any output format.

The report holds what every format shows, already worded in the report's
language: per spec its outcomes, the clause where each term sits, and its
validation diagnostics when the spec is invalid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termsmith.checklist import display
from termsmith.checklist.assertions import Contains
from termsmith.checklist.evaluate import Count, Outcome, Verdict, evaluate
from termsmith.checklist.labels import t
from termsmith.checklist.locate import ClauseLocator, Location, for_spec
from termsmith.checklist.model import ChecklistDocument, Level, Requirement
from termsmith.diagnostics import Diagnostic
from termsmith.extract.report_words import place

if TYPE_CHECKING:
    from termsmith.extract.unread import UnreadFigure


@dataclass(frozen=True, slots=True)
class Row:
    """One outcome as the report shows it."""

    outcome: Outcome
    vendor: str
    required: str
    note: str | None
    location: Location | None

    @property
    def clause(self) -> str:
        """The article where the term sits (for a document, the sentence quoted), else the spec
        path (assembly unavailable); a document with nothing to quote says so, since a client
        never sees the spec path."""
        if self.location is not None:
            return self.location.label
        if self.in_document:
            return t("not-in-document", self.lang)
        return f"spec.{self.outcome.where}" if self.outcome.where else ""

    short_note: str | None = None
    lang: str = "en"
    evidence: Any = None  # for a document: the sentence the verdict rests on (termsmith.extract.result.Evidence)
    in_document: bool = False  # the row reads a vendor's agreement, not a spec

    @property
    def _sep(self) -> str:
        return "; " if self.lang == "en" else "；"

    @property
    def vendor_with_note(self) -> str:
        return f"{self.vendor}{self._sep}{self.note}" if self.note else self.vendor

    @property
    def brief(self) -> str:
        """A short cell for a matrix: counts and lists collapse, notes shorten."""
        vendor = self.outcome.vendor
        if self.outcome.verdict is Verdict.NOT_STATED:
            text = ""
        elif isinstance(vendor, Count):
            text = str(vendor.n)
        elif isinstance(self.outcome.requirement.assertion, Contains):
            text = ""
        else:
            text = self.vendor
        return self._sep.join(x for x in (text, self.short_note) if x)


@dataclass(slots=True)
class SpecResult:
    file: str
    name: str  # metadata.name, or the file stem when the spec is invalid
    vendor: str  # the vendor's short (or legal) name in the report language
    rows: list[Row] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    located: bool = False  # whether the agreement could be assembled to find clauses
    warnings: list[Diagnostic] = field(default_factory=list)  # e.g. LB041: clauses could not be located
    document: bool = False  # a vendor's agreement (DOCX, PDF, …) read by extraction, not a spec
    vendor_named: bool = True  # False: a document that names no vendor (``vendor`` is then its file's stem)
    # a document's places holding figures extraction did not read
    unread: list[UnreadFigure] = field(default_factory=list)

    def unread_line(self, lang: str) -> str | None:
        """One line under the table: how many places of the document hold figures termsmith did not read, and
        where, so a "not stated" verdict is not taken on trust there; None when there are none."""
        if not self.unread:
            return None
        from termsmith.extract.unread import places_summary

        return t("unread-figures", lang, n=len(self.unread), places=places_summary(self.unread, lang))

    def unread_line_named(self, lang: str, label: str) -> str | None:
        """``unread_line`` led by the vendor's column label, for a report of several vendors."""
        line = self.unread_line(lang)
        return t("unread-figures.vendor", lang, vendor=label, line=line) if line else None

    def vendor_shown(self, lang: str) -> str:
        """The vendor as the report's header names it: never a file name passed off as a company."""
        return self.vendor if self.vendor_named else t("vendor.unnamed", lang)

    @property
    def invalid_label(self) -> str:
        """The label key for a column that could not be evaluated: an invalid spec, an unreadable document."""
        return "unreadable" if self.document else "invalid"

    @property
    def file_label(self) -> str:
        """The label key naming what ``file`` is: a spec or a vendor's agreement."""
        return "document" if self.document else "spec"

    @property
    def valid(self) -> bool:
        return not self.diagnostics and bool(self.rows)

    @property
    def passed(self) -> bool:
        return self.valid and not any(r.outcome.blocking for r in self.rows)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for level in Level:
            of_level = [r for r in self.rows if r.outcome.level is level]
            out[level.value] = len(of_level)
            out[f"{level.value}_pass"] = sum(1 for r in of_level if r.outcome.verdict is Verdict.PASS)
        return out

    def summary(self, lang: str) -> str:
        if not self.valid:
            return t("unreadable.detail" if self.document else "invalid.detail", lang, n=len(self.diagnostics))
        result = t("result.ok" if self.passed else "result.blocked", lang)
        return (
            f"{t('summary.counts', lang, **self.counts())}; {result}"
            if lang == "en"
            else (f"{t('summary.counts', lang, **self.counts())}；{result}")
        )


@dataclass(slots=True)
class CheckReport:
    checklist: ChecklistDocument
    checklist_file: str
    lang: str
    results: list[SpecResult]

    @property
    def requirements(self) -> list[Requirement]:
        return list(self.checklist.spec.requirements)

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.passed for r in self.results)

    def unread_lines(self) -> list[str]:
        """Per vendor document with figures termsmith did not read, its line (led by its column in a matrix)."""
        if len(self.results) == 1:
            line = self.results[0].unread_line(self.lang)
            return [line] if line else []
        named = (r.unread_line_named(self.lang, c) for c, r in zip(self.columns(), self.results, strict=True))
        return [line for line in named if line]

    def columns(self) -> list[str]:
        """One label per spec: the vendor's name, made unique with the spec's name, else its file."""
        names = [r.vendor for r in self.results]
        labels = [f"{n} ({r.name})" if names.count(n) > 1 else n for n, r in zip(names, self.results, strict=True)]
        return [
            f"{label[:-1]}, {Path(r.file).name})" if labels.count(label) > 1 else label
            for label, r in zip(labels, self.results, strict=True)
        ]

    def title(self) -> str:
        return self.checklist.spec.title.get(self.lang)


def spec_result(
    path: Path, checklist: ChecklistDocument, lang: str, locate: bool = True, root: Path | None = None
) -> SpecResult:
    """Validate one spec and evaluate the checklist against it."""
    from termsmith.validation import validate_path

    validation = validate_path(path, root=root)  # root: the folder a deal's offer path may not leave
    sources = validation.loaded.sources() if validation.loaded is not None else {}
    if not validation.ok:
        diagnostics = validation.diagnostics or []
        return SpecResult(validation.file, path.stem, path.stem, diagnostics=diagnostics, sources=sources)
    document: Any = validation.document
    spec = document.spec
    vendor = spec.vendor.short_name or spec.vendor.legal_name
    locator = for_spec(document, lang, path) if locate else ClauseLocator([])
    rows = [
        Row(
            o,
            display.vendor(o, lang, spec),
            display.required(o, lang),
            display.note(o, lang),
            locator.locate(o.where),
            display.note(o, lang, short=True),
            lang,
        )
        for o in evaluate(checklist.spec, spec)
    ]
    return SpecResult(
        validation.file,
        document.metadata.name,
        vendor.get(lang),
        rows,
        sources=sources,
        located=bool(locator),
        warnings=[locator.problem] if locator.problem else [],
    )


DOCUMENT_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".doc")


def document_result(path: Path, checklist: ChecklistDocument, lang: str) -> SpecResult:
    """Extract a vendor's document, then evaluate the checklist on what it states. Each row
    quotes the sentence its value rests on (page, paragraph); a term the document does not
    state is "not stated"."""
    from termsmith.diagnostics import Diagnostic, Severity
    from termsmith.extract.api import extract_file
    from termsmith.extract.errors import ExtractError
    from termsmith.extract.formats import evidence_for
    from termsmith.extract.partial import partial_spec

    name = str(path)
    try:
        _, extraction = extract_file(path, name)
    except ExtractError as exc:
        message, hint = exc.in_lang(lang)  # the report's language, as every other word of it
        return SpecResult(
            name,
            path.stem,
            path.stem,
            diagnostics=[Diagnostic(exc.code, Severity.ERROR, message, name, hint=hint)],
            document=True,
        )
    spec: Any = partial_spec(extraction.terms)
    vendor = next((p["legal_name"] for p in extraction.terms.get("parties", []) if p["role"] == "vendor"), None)
    rows = []
    for o in evaluate(checklist.spec, spec):
        ev = evidence_for(extraction, o.where) if o.where and o.verdict is not Verdict.NOT_STATED else None
        location = Location(evidence_label(ev, lang), "", "") if ev else None
        ranked = _level_by_rank(o, extraction.terms, lang)
        rows.append(
            Row(
                o,
                display.vendor(o, lang, spec),
                display.required(o, lang),
                _joined(display.note(o, lang), ranked[0] if ranked else None, lang),
                location,
                _joined(display.note(o, lang, short=True), ranked[1] if ranked else None, lang),
                lang,
                ev,
                in_document=True,
            )
        )
    return SpecResult(
        name,
        path.stem,
        vendor or path.stem,
        rows,
        located=True,
        document=True,
        vendor_named=bool(vendor),
        unread=list(extraction.unread_figures),
    )


_LEVEL_AT = re.compile(r"^severity_levels\[(\d+)\]")


def _level_by_rank(o: Outcome, terms: dict[str, Any], lang: str) -> tuple[str, str] | None:
    """The long and short note for a row that selected a vendor's level by a tier its rank gave
    (Priority 1 checked as the emergency level): the client sees which level was taken and why."""
    from termsmith.extract.rules.level_ranks import tier_by_rank
    from termsmith.spec.service import SeverityTier

    m = _LEVEL_AT.match(o.where or "")
    if m is None or o.verdict is Verdict.NOT_STATED or getattr(o.requirement.assertion, "select", None) is None:
        return None
    level = terms.get("severity_levels", [])[int(m[1])]
    if not tier_by_rank(level):
        return None
    tier = display.word(SeverityTier(level["tier"]), lang)
    return t("note.tier-by-rank", lang, name=level["name"], tier=tier), t("note.tier-by-rank.short", lang)


def _joined(first: str | None, second: str | None, lang: str) -> str | None:
    return ("; " if lang == "en" else "；").join(n for n in (first, second) if n) or None


def evidence_label(ev: Any, lang: str) -> str:
    """'p. 3, para. 12: “quote”' (第3页第12段：“…”, 第3頁第12段：「…」) for a document's evidence."""
    loc = ev.location
    quote = " ".join(ev.quote.split())
    quote = quote if len(quote) <= 120 else quote[:119] + "…"
    if lang == "en":
        where = (f"p. {loc.page}, " if loc.page is not None else "") + f"para. {loc.paragraph}"
        return f"{where}: “{quote}”"
    if lang == "zh-Hant":  # Traditional text quotes in corner brackets, as the rank notes do
        return f"{place(loc, lang)}：「{quote}」"
    return f"{place(loc, lang)}：“{quote}”"


def run_check(
    paths: list[Path],
    checklist: ChecklistDocument,
    checklist_file: str,
    lang: str,
    locate: bool = True,
    root: Path | None = None,
) -> CheckReport:
    results = [
        document_result(p, checklist, lang)
        if p.suffix.lower() in DOCUMENT_SUFFIXES
        else spec_result(p, checklist, lang, locate, root)
        for p in paths
    ]
    return CheckReport(checklist, checklist_file, lang, results)
