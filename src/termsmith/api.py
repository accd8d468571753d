"""The one Python API under every front end (the CLI commands and ``termsmith serve``).

Everything returns values — ``Diagnostic`` lists, ``Document`` objects, bytes —
and never prints or writes files, except :func:`save_text`, which writes a spec
atomically. Bad input is reported as diagnostics, never raised.

    check_spec(path, text=None)       validate + lint (the render gate) → GateResult
    languages_for(spec, lang)         --lang → the document's languages, primary first
    assemble(gate, kind, lang, ...)   a valid spec → one Document
    render(document, fmt)             Document → bytes (docx, pdf, html)
    produce(path, kind, formats, ...) all of the above for one spec → Produced
    extract(path)                     a vendor's DOCX/PDF/text → its terms with evidence
    load_checklist / check_report     a checklist against specs (and documents) → CheckReport
    format_report(report, fmt)        the report as text, json, md or html

What is expensive and safe to keep lives in caches below this module: the
clause library (compiled templates, reloaded when a file changes), the lint
lexicon and config, the fonts and stylesheets. A warm process therefore answers
the editor's validate+lint round trip in milliseconds (bench/bench_serve.py).

Importing this module imports no renderer; ``render`` imports them on first use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.gate import GateResult

if TYPE_CHECKING:
    from termsmith.checklist.report import CheckReport
    from termsmith.document.model import Document
    from termsmith.validation import ValidationResult

FORMATS = ("docx", "pdf", "html")
KINDS = ("agreement", "quote")
LANG_CHOICES = ("zh-Hans", "zh-Hant", "en", "bilingual")
REPORT_FORMATS = ("text", "json", "md", "html")
REPORT_LANGUAGES = ("zh-Hans", "zh-Hant", "en")

__all__ = [
    "FORMATS",
    "KINDS",
    "LANG_CHOICES",
    "REPORT_FORMATS",
    "REPORT_LANGUAGES",
    "ChecklistBroken",
    "GateResult",
    "Produced",
    "assemble",
    "check_report",
    "check_spec",
    "extract",
    "format_report",
    "glyph_warnings",
    "languages_for",
    "load_checklist",
    "output_name",
    "produce",
    "render",
    "report_language",
    "save_text",
    "validate",
]


# ----------------------------------------------------------------------------- validate and lint
def validate(
    path: Path | str, text: str | None = None, expect_kind: str | None = None, root: Path | None = None
) -> ValidationResult:
    """Load and validate one file (or ``text`` as if it were that file); a deal is merged
    over its offer, whose path may not leave ``root`` (default: the deal's project folder)."""
    from termsmith.validation import validate_path, validate_text

    if text is None:
        return validate_path(path, expect_kind=expect_kind, root=root)
    return validate_text(text, file=str(path), expect_kind=expect_kind, path=Path(path), root=root)


def check_spec(path: Path | str, text: str | None = None, root: Path | None = None) -> GateResult:
    """Validate and lint one spec with the lint config found upward from ``path``.

    ``text`` replaces the file's content (the editor's unsaved buffer); the file
    name in every diagnostic is still ``path``. ``root`` as for :func:`validate`.
    """
    from termsmith.lint.config import ConfigError, config_for
    from termsmith.lint.runner import lint_validation_result

    path = Path(path)
    result = validate(path, text, root=root)
    sources = result.loaded.sources() if result.loaded else {}  # a deal's offer file too
    if result.loaded is None and text is not None:
        sources = {result.file: text.splitlines()}
    if result.loaded is None:  # not loadable (unreadable, not YAML): nothing to lint, no config to look for
        return GateResult(None, result.diagnostics, sources)
    try:
        config = config_for(path.resolve())
    except ConfigError as exc:
        return GateResult(None, [exc.diagnostic], sources)
    report = lint_validation_result(result, config)
    return GateResult(result.document if result.ok else None, report.diagnostics, sources, result.loaded)


# ----------------------------------------------------------------------------- assemble and render
def languages_for(spec: Any, lang: str | None) -> tuple[str, ...]:
    """``--lang`` (None, a language, or "bilingual") → the languages of the document, primary first."""
    output, prevailing = list(spec.languages.output), spec.languages.prevailing
    if lang is None:
        ordered = list(output)
        if prevailing in ordered:
            ordered.remove(prevailing)
            ordered.insert(0, prevailing)
        return tuple(ordered)
    if lang != "bilingual":
        return (lang,)
    if len(output) == 2:
        return languages_for(spec, None)
    primary = output[0]
    return (primary, "en") if primary != "en" else ("en", "zh-Hans")


def output_name(spec_name: str, kind: str, languages: tuple[str, ...], fmt: str) -> str:
    return f"{spec_name}.{kind}.{'+'.join(languages)}.{fmt}"


def assemble(
    gate: GateResult,
    *,
    kind: str = "agreement",
    lang: str | None = None,
    libraries: list[Path] | None = None,
    spec_source: bytes = b"",
) -> Document:
    """The Document of ``kind`` for a spec that passed the gate.

    Raises ``termsmith.library.LibraryError`` (positioned diagnostics) for a broken library.
    """
    from termsmith.assembly import assemble as _assemble

    if gate.document is None:
        raise ValueError("assemble needs a valid spec; check gate.blocked first")
    spec = gate.document.spec
    return _assemble(
        gate.document,
        kind=kind,
        languages=languages_for(spec, lang),
        library=libraries or None,
        spec_source=spec_source,
    )


def render(document: Document, fmt: str, *, pdfa: bool = False, engine: str | None = None) -> bytes:
    """One format of ``document`` as bytes (HTML as UTF-8); ``engine`` typesets the PDF (None: the default)."""
    from termsmith import rendering

    if fmt == "docx":
        return rendering.render_docx(document)
    if fmt == "pdf":
        return rendering.render_pdf(document, pdfa=pdfa, engine=engine or rendering.DEFAULT_PDF_ENGINE)
    if fmt == "html":
        return rendering.render_html(document).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


@dataclass(slots=True)
class Produced:
    """What :func:`produce` made of one spec: file name → bytes, and every diagnostic."""

    spec: str
    files: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    failed: bool = False
    errors: list[str] = field(default_factory=list)  # the user's environment failed (disk, permissions)


def produce(
    path: Path | str,
    kind: str,
    formats: list[str],
    *,
    lang: str | None = None,
    libraries: list[Path] | None = None,
    pdfa: bool = False,
    text: str | None = None,
    root: Path | None = None,
    engine: str | None = None,
    convert: str | None = None,
) -> Produced:
    """Check, assemble and render one spec; never raises for bad input or a failing renderer."""
    from termsmith.rendering.fonts import MissingFontsError

    out = Produced(str(path))
    try:
        _produce(out, Path(path), kind, formats, lang, libraries or [], pdfa, text, root, engine, convert)
    except OSError as exc:  # reading the spec again, a symlink loop, a vanished file: not a termsmith bug
        from termsmith.os_errors import describe

        out.failed = True
        out.errors.append(describe(exc, "read", exc.filename or str(path)))
    except MissingFontsError as exc:
        out.failed = True
        for problem in exc.problems:
            out.diagnostics.append(
                Diagnostic(
                    "X002", Severity.ERROR, problem.message, str(path), hint=f"install what is missing: {problem.fix}"
                )
            )
    except Exception as exc:  # reported per spec so the others still render
        if os.environ.get("TERMSMITH_DEBUG"):
            import traceback

            traceback.print_exc()
        out.failed = True
        out.diagnostics.append(
            Diagnostic(
                "X001",
                Severity.ERROR,
                f"could not render: {type(exc).__name__}: {exc}",
                str(path),
                hint="rerun with TERMSMITH_DEBUG=1 and report the bug",
            )
        )
    return out


def _produce(
    out: Produced,
    path: Path,
    kind: str,
    formats: list[str],
    lang: str | None,
    libraries: list[Path],
    pdfa: bool,
    text: str | None,
    root: Path | None,
    engine: str | None,
    convert: str | None = None,
) -> None:
    from termsmith.script_conversion import check_languages, parse_conversion

    gate = check_spec(path, text, root)
    out.diagnostics.extend(gate.diagnostics)
    out.sources.update(gate.sources)
    if gate.document is None or gate.blocked:
        out.failed = True
        return
    # a document in language L holds only text written in L: refuse, or convert when asked (--convert)
    languages = languages_for(gate.document.spec, lang)
    checked = check_languages(gate.loaded, gate.document, languages, parse_conversion(convert) if convert else None)
    out.diagnostics.extend(checked.diagnostics)
    if checked.document is None:
        out.failed = True
        return
    gate = GateResult(checked.document, gate.diagnostics, gate.sources, gate.loaded)
    if "pdf" in formats:
        from termsmith.rendering import DEFAULT_PDF_ENGINE, prepare_pdf

        prepare_pdf(
            languages, engine or DEFAULT_PDF_ENGINE
        )  # Typst loads its fonts on the other core while the clauses are assembled
    from termsmith.library import LibraryError

    source = text.encode("utf-8") if text is not None else path.read_bytes()
    try:
        document = assemble(gate, kind=kind, lang=lang, libraries=libraries, spec_source=source)
    except LibraryError as exc:
        out.diagnostics.extend(exc.diagnostics)
        out.failed = True
        return
    if "pdf" in formats:
        out.diagnostics.extend(glyph_warnings(document, str(path), gate.sources))
    pdf = None
    if "pdf" in formats and len(formats) > 1:  # typeset the PDF while the other formats render
        from termsmith.rendering import DEFAULT_PDF_ENGINE, render_pdf_alongside

        pdf = render_pdf_alongside(document, pdfa=pdfa, engine=engine or DEFAULT_PDF_ENGINE)
    for fmt in formats:
        name = output_name(gate.document.metadata.name, kind, document.languages, fmt)
        out.files[name] = pdf() if fmt == "pdf" and pdf else render(document, fmt, pdfa=pdfa, engine=engine)


def _first_occurrence(lines: list[str], chars: list[str]) -> Position | None:
    for number, line in enumerate(lines, 1):
        cols = [line.index(ch) for ch in chars if ch in line]
        if cols:
            return Position(number, min(cols) + 1)
    return None


def _where(spec_file: str, sources: dict[str, list[str]], chars: list[str]) -> tuple[str, Position]:
    """The file and place of the first of ``chars``: the spec's own file first, then its offers."""
    for file in (spec_file, *(f for f in sources if f != spec_file)):
        found = _first_occurrence(sources.get(file, []), chars)
        if found is not None:
            return file, found
    return spec_file, Position(1, 1)


def glyph_warnings(document: Any, spec_file: str, sources: dict[str, list[str]]) -> list[Diagnostic]:
    """A warning, at the first such character in the spec (or, for a deal, in the offer that
    holds it), for characters the PDF fonts cannot draw (they would print as empty boxes)."""
    from termsmith.assembly.text import document_lines
    from termsmith.rendering.coverage import describe, uncovered_characters

    missing = uncovered_characters((line.text for line in document_lines(document)), document.languages)
    if not missing:
        return []
    return [
        Diagnostic(
            "X003",
            Severity.WARNING,
            f"{len(missing)} character(s) have no glyph in the PDF fonts and will print as empty boxes: "
            f"{describe(missing)}",
            *_where(spec_file, sources, missing),
            hint="use a common form of the character, or install a font that covers it and name it "
            "in rendering/theme.json",
        )
    ]


# ----------------------------------------------------------------------------- checklists
class ChecklistBroken(ValueError):
    """The checklist does not validate; ``diagnostics`` and ``sources`` say why."""

    def __init__(self, file: str, diagnostics: list[Diagnostic], sources: dict[str, list[str]]) -> None:
        super().__init__(f"the checklist {file} is broken")
        self.file, self.diagnostics, self.sources = file, diagnostics, sources


def extract(path: Path | str, display: str | None = None) -> Any:
    """A vendor's agreement (.docx, .pdf, .txt, .md, .html) read into the spec's terms, each with the
    sentence, page and paragraph it rests on (an ``Extraction``). A file that cannot be read raises
    ``termsmith.extract.ExtractError`` with what to do (export with text, OCR first, …)."""
    from termsmith.extract.api import extract_file

    return extract_file(Path(path), display)[1]


def load_checklist(name_or_file: str) -> tuple[Any, str]:
    """A validated checklist document and its file. Raises ``UnknownChecklist`` for a
    name that is neither a file nor bundled, :class:`ChecklistBroken` for an invalid one."""
    from termsmith.checklist.load import load_checklist as _load

    loaded = _load(name_or_file)
    if not loaded.ok:
        sources = {loaded.file: loaded.loaded.lines} if loaded.loaded is not None else {}
        raise ChecklistBroken(loaded.file, loaded.diagnostics, sources)
    return loaded.document, loaded.file


def check_report(
    specs: list[Path], checklist: str, lang: str, *, locate: bool = True, root: Path | None = None
) -> CheckReport:
    """The checklist (a file or bundled name) evaluated against every spec (``root`` as for
    :func:`validate`)."""
    from termsmith.checklist.report import run_check

    document, file = load_checklist(checklist)
    return run_check(specs, document, file, lang, locate=locate, root=root)


def _document_lang(path: Path) -> str | None:
    """The language of a vendor's document (its text only, no rules), None when unreadable."""
    from termsmith.extract.api import language_of
    from termsmith.extract.errors import ExtractError
    from termsmith.extract.readers import read_document

    try:
        return language_of(read_document(path).text)
    except ExtractError:
        return None


def report_language(specs: list[Path], fallback: str = "en") -> str:
    """The language a check or diff report takes when none is asked for: each spec's primary
    output language (the first of ``spec.languages.output``) and each vendor document's own
    language, when all that can be read agree, else ``fallback`` (the command line: English;
    the browser: the page's language). What cannot be read does not vote."""
    from termsmith.checklist.report import DOCUMENT_SUFFIXES
    from termsmith.offers.resolve import OfferError
    from termsmith.validation import effective
    from termsmith.yaml_loader import YamlLoadError, load_yaml

    primaries: set[str] = set()
    for path in specs:
        if path.suffix.lower() in DOCUMENT_SUFFIXES:
            lang = _document_lang(path)
            if lang:
                primaries.add(lang)
            continue
        try:
            data = effective(load_yaml(path), path).data  # a deal's languages may come from its offer
            lang = data["spec"]["languages"]["output"][0]
        except (YamlLoadError, OfferError, KeyError, IndexError, TypeError, OSError):
            continue
        if lang in REPORT_LANGUAGES:
            primaries.add(str(lang))
    return primaries.pop() if len(primaries) == 1 else fallback


def format_report(report: CheckReport, fmt: str, width: int | None = None) -> str:
    """The check report as text (wrapped to ``width`` cells when given), json, md or html."""
    if fmt == "text":
        from termsmith.checklist.formats.text import to_text

        return to_text(report, width)
    from termsmith.checklist.formats import formatter

    return formatter(fmt)(report)


# ----------------------------------------------------------------------------- saving
def save_text(path: Path | str, text: str) -> None:
    """Write a spec's text atomically (temp file, fsync, rename); the old file survives any failure."""
    from termsmith.rendering.atomic import write_atomic

    write_atomic(path, text.encode("utf-8"))
