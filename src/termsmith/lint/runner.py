"""Run the lint rules over files: prose (.txt, .md) and service specs (.yaml).

``lint_text`` is the entry point for any prose (a vendor's draft, clause text,
an assembled document); ``lint_file`` decides by extension; ``lint_paths`` adds
config discovery. Order per file: rules → selection (config, CLI, per-file) →
inline suppressions → severity overrides.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from termsmith.diagnostics import Diagnostic, Position, Severity, format_path
from termsmith.lint.config import LintConfig, apply_config, config_for, load_config
from termsmith.lint.construct import new_diagnostic
from termsmith.lint.matcher import Term
from termsmith.lint.positions import LineIndex, scalar_mapper
from termsmith.lint.registry import all_rules, get_rule, is_known_selector
from termsmith.lint.rules.language import (
    RULES_BY_FAMILY,
    Finding,
    bounded_spans,
    language_findings,
    message_for,
    message_parts,
)
from termsmith.lint.suppression import Suppression, apply_suppressions, blank_out, find_suppressions

if TYPE_CHECKING:
    from termsmith.validation import ValidationResult
    from termsmith.yaml_loader import LoadedYaml

MAX_PROSE_BYTES = 20 * 1024 * 1024  # a contract draft is kilobytes; 20 MB is a wrong file, not prose
PROSE_SUFFIXES = {".txt", ".md", ".markdown"}
YAML_SUFFIXES = {".yaml", ".yml"}
# scalar keys that hold identifiers, enum values or contact data, never prose
_NOT_PROSE = {
    "id",
    "kind",
    "apiVersion",
    "email",
    "phone",
    "credit_code",
    "registration_number",
    "clock",
    "time_zone",
    "hours",
    "unit",
    "trigger",
    "party",
    "level",
    "breach",
    "currency",
    "item",
    "when",
    "role",
    "number",
    "delivery_contract",
    "name",
    "short_name",
    "legal_name",
    "representative",
}


@dataclass(slots=True)
class FileReport:
    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: list[str] | None = None
    # the lines of the other files a deal's findings point into (its offers)
    other_sources: dict[str, list[str]] = field(default_factory=dict)

    def sources(self) -> dict[str, list[str]]:
        own = {self.file: self.lines} if self.lines is not None else {}
        return {**self.other_sources, **own}


@cache
def _defaults() -> dict[str, Severity]:
    return {code: rule.severity for code, rule in all_rules().items()}


def _commitment_defaults() -> dict[str, Severity]:
    """Rule severities in a service spec: a vague-language finding (V… rules) is an error there,
    because the spec is the one place that makes commitments; it blocks render and quote
    unless suppressed on its line with a reason, or re-graded in the lint config."""
    return {
        code: Severity.ERROR if code.startswith("V") and sev is Severity.WARNING else sev
        for code, sev in _defaults().items()
    }


def _finish(
    diags: list[Diagnostic],
    suppressions: list[Suppression],
    file: str,
    config: LintConfig,
    presorted: bool = False,
    unused_reported: bool = True,
    commitments: bool = False,
) -> list[Diagnostic]:
    """Selection, then suppression (and its own findings), then severity overrides.
    ``presorted``: ``diags`` are already in ``Diagnostic.sort_key`` order.
    ``unused_reported``: report suppression comments that suppress nothing (M002). ``commitments``:
    the text is a service spec, where vague language is an error (see ``_commitment_defaults``)."""
    defaults = _commitment_defaults() if commitments else None
    if defaults is not None:
        rule_defaults = _defaults()
        diags = [
            d.with_severity(defaults[d.code])
            if d.code in defaults and d.severity is rule_defaults[d.code] and defaults[d.code] is not d.severity
            else d
            for d in diags
        ]
    if not suppressions and config.keeps_everything(file):
        return diags if presorted else sorted(diags, key=Diagnostic.sort_key)
    defaults = defaults or _defaults()
    enabled = config.selector(file)
    selected = [d for d in diags if d.code not in defaults or enabled(d.code)]
    kept = apply_suppressions(
        selected,
        suppressions,
        file,
        known_code=lambda c: is_known_selector(c) and c != "ALL",
        enabled=lambda c: unused_reported and any(enabled(code) for code in defaults if code.startswith(c)),
    )
    return sorted(apply_config(kept, config, file, defaults), key=Diagnostic.sort_key)


def _finding_diagnostic(f: Finding, file: str, start: Position, end: Position, lang_hint: str | None) -> Diagnostic:
    message, hint, severity = message_for(f)
    extra = _extra(f.hit.text, f.hit.term, f.hant, f.bound, lang_hint)
    return Diagnostic(
        f.rule.code, severity or f.rule.severity, message, file, start, end, hint=hint, name=f.rule.name, extra=extra
    )


def _extra(found: str, term: Term, hant: bool, bound: str | None, lang_hint: str | None) -> dict[str, str]:
    """The machine-readable part of a language finding (JSON and SARIF ``extra``): the term as written, the
    replacement in the script of the text (Traditional input gets the Traditional wording, as the hint does),
    the rule family, and the language and bound when there are any."""
    extra = {"term": found, "replacement": term.replacement_hant if hant else term.replacement, "family": term.family}
    if lang_hint:
        extra["lang"] = lang_hint
    if bound:
        extra["bound"] = bound
    return extra


def lint_text(
    text: str,
    file: str,
    lang_hint: str | None = None,
    *,
    config: LintConfig | None = None,
    defined: frozenset[str] = frozenset(),
    first_line: int = 1,
) -> list[Diagnostic]:
    """Language rules over prose, with inline suppressions honoured.

    ``text`` is linted as one piece: positions are its own lines and code-point
    columns (``first_line`` shifts them, for text cut out of a larger file).
    Both scripts are always scanned; ``lang_hint`` (``zh-Hans``, ``zh-Hant``,
    ``en``) is recorded in each finding's ``extra["lang"]``.
    """
    with _collector_paused():
        suppressions = find_suppressions(text, html=True)
        scan = blank_out(text, suppressions, html=True) if suppressions else text
        diags = _prose_diagnostics(scan, file, lang_hint, defined, first_line - 1)
        if first_line != 1:
            suppressions = [_shift(s, first_line - 1) for s in suppressions]
        # in text order, one file, never two terms at one place: already sorted
        return _finish(diags, suppressions, file, config or LintConfig(), presorted=True)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the findings of one text are built.

    A long text yields tens of thousands of findings (each a Diagnostic, two Positions
    and a dict), and every 700 new container objects the collector walks the young
    ones again; none of them forms a cycle, so those passes free nothing and cost
    about 6 % of a 4 MB lint. Reference counting still frees everything at once; the
    collector is switched back on afterwards (only if it was on: a caller that turned
    it off keeps it off) and runs at its next threshold as usual."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _prose_diagnostics(
    text: str, file: str, lang_hint: str | None, defined: frozenset[str], shift: int
) -> list[Diagnostic]:
    """One diagnostic per vague term, in text order. Lines come from bisecting the
    line starts (a term never spans lines in prose); message and hint are built
    once per spelling and bound, not once per finding; each finding is built through its
    slots (:mod:`termsmith.lint.construct`), not the frozen dataclass's ``__init__``."""
    starts = LineIndex(text).starts
    rules = RULES_BY_FAMILY
    # keyed by everything message_parts reads: the bound's text and its type (a bound stated elsewhere in the text is
    # worded "elsewhere in the text", one in the clause "in the same clause"; the two may have the same text)
    messages: dict[tuple[str, str | None, type | None, int, bool], tuple[str, str, Severity | None]] = {}
    diags: list[Diagnostic] = []
    append = diags.append
    for begin, stop, found, term, bound, hant in bounded_spans(text, defined):
        rule = rules[term.family]
        key = (found, bound, None if bound is None else type(bound), id(term), hant)
        parts = messages.get(key)
        if parts is None:
            parts = messages[key] = message_parts(rule, term, found, bound, hant)
        message, hint, severity = parts
        line = bisect_right(starts, begin)
        col = begin - starts[line - 1] + 1
        line += shift
        extra = _extra(found, term, hant, bound, lang_hint)
        append(
            new_diagnostic(
                rule.code,
                severity or rule.severity,
                message,
                file,
                line,
                col,
                col + stop - begin,
                hint,
                rule.name,
                extra,
            )
        )
    return diags


def _shift(s: Suppression, shift: int) -> Suppression:
    s.line += shift
    s.start = Position(s.start.line + shift, s.start.col)
    s.end = Position(s.end.line + shift, s.end.col)
    return s


# ---------------------------------------------------------------- specs


def _is_prose(path: tuple[str | int, ...]) -> bool:
    keys = [p for p in path if isinstance(p, str)]
    if not keys or (keys[0] == "metadata" and ("labels" in keys or "offers" in keys)):
        return False  # labels and the offers an effective spec records (name, version, sha256, source)
    last = keys[-1]
    if last in ("zh-Hans", "zh-Hant", "en") and len(keys) > 1:
        last = keys[-2]
    return last not in _NOT_PROSE or (last == "name" and "scope" in keys)


def spec_language_diagnostics(loaded: LoadedYaml) -> list[Diagnostic]:
    """Language rules over every prose string of a spec, at exact source positions
    (in a deal, a string inherited from the offer is found in the offer's file)."""
    indexes: dict[str, LineIndex] = {}
    out: list[Diagnostic] = []
    for s in loaded.strings:
        if not _is_prose(s.path):
            continue
        findings = language_findings(s.value)
        if not findings:
            continue
        file = s.file or loaded.file
        index = indexes.get(file)
        if index is None:
            index = indexes[file] = LineIndex(loaded.part(file).text)
        mapping = scalar_mapper(index, s.value, s.style, s.start, s.end)
        for f in findings:
            start = index.position(mapping[f.hit.start])
            end = index.position(mapping[f.hit.end - 1] + 1)
            d = _finding_diagnostic(f, file, start, end, _lang_of(s.path))
            out.append(_with_path(d, s.path))
    return out


def _lang_of(path: tuple[str | int, ...]) -> str | None:
    return path[-1] if path and path[-1] in ("zh-Hans", "zh-Hant", "en") else None


def _with_path(d: Diagnostic, path: tuple[str | int, ...]) -> Diagnostic:
    from dataclasses import replace

    return replace(d, path=format_path(path))


def lint_validation_result(result: ValidationResult, config: LintConfig) -> FileReport:
    """Validation diagnostics, language rules over the strings, and — when the spec
    is valid — the structural rules."""
    loaded = result.loaded
    report = FileReport(result.file, list(result.diagnostics), loaded.lines if loaded else None)
    if loaded is None:
        return report
    report.other_sources = {f: lines for f, lines in loaded.sources().items() if f != result.file}
    diags = spec_language_diagnostics(loaded)
    if result.document is not None and getattr(result.document, "KIND", None) == "ServiceSpec":
        from termsmith.lint.rules.structural import structural_diagnostics

        diags += structural_diagnostics(result.document, loaded)
    is_spec = isinstance(loaded.data, dict) and loaded.data.get("kind") == "ServiceSpec"
    by_file: dict[str, list[Diagnostic]] = {result.file: []}
    for d in diags:
        by_file.setdefault(d.file, []).append(d)
    for file, found in by_file.items():
        # an offer's suppressions apply to its own lines; whether one is still needed is
        # judged when the offer itself is linted (a deal may override the value it covered)
        own = file == result.file
        suppressions = find_suppressions(loaded.part(file).text)
        report.diagnostics += _finish(found, suppressions, file, config, unused_reported=own, commitments=is_spec)
    report.diagnostics.sort(key=Diagnostic.sort_key)
    return report


def _is_service_spec(loaded: LoadedYaml) -> bool:
    return isinstance(loaded.data, dict) and loaded.data.get("kind") == "ServiceSpec"


# ---------------------------------------------------------------- files


def lint_file(path: Path, config: LintConfig, display: str | None = None) -> FileReport:
    name = display or str(path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        from termsmith.validation import validate_path

        return lint_validation_result(validate_path(path, display=name), config)
    from termsmith.input_files import InputFileError, input_problem, read_input

    if suffix in (".docx", ".pdf", ".html", ".htm", ".doc"):
        problem = input_problem(path)  # a FIFO or a device is refused before any reader opens it
        if problem is not None:
            return FileReport(name, [_read_error(name, str(problem))])
        from termsmith.extract.lint_document import lint_document

        found, lines = lint_document(path, config, name)
        return FileReport(name, found, lines)
    from termsmith.text_encoding import decode_prose, encoding_note

    try:
        decoded = decode_prose(read_input(path, MAX_PROSE_BYTES))  # UTF-8, marked UTF-16, clean GB18030 or Big5
    except UnicodeDecodeError as exc:
        return FileReport(name, [_read_error(name, f"file is not UTF-8 (byte 0x{exc.object[exc.start]:02x})")])
    except InputFileError as exc:
        return FileReport(name, [_read_error(name, str(exc))])
    text = decoded.text
    note = encoding_note(name, decoded.encoding)
    found = lint_text(text, name, config=config)
    return FileReport(name, [note, *found] if note else found, text.splitlines())


def _read_error(file: str, message: str) -> Diagnostic:
    return Diagnostic(
        "L001",
        Severity.ERROR,
        message,
        file,
        hint="lint reads .yaml and .yml files in UTF-8, .md and .txt in UTF-8, UTF-16, GB18030 (GBK) or Big5",
    )


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked for termsmith .yaml/.yml and .md/.txt files (see input_files.walk)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            from termsmith.input_files import walk

            out += walk(p, YAML_SUFFIXES | PROSE_SUFFIXES)
        else:
            out.append(p)
    return out


def lint_paths(
    paths: Sequence[Path],
    *,
    config_path: Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> list[FileReport]:
    """Lint every file; config found upward from each file unless ``config_path`` is given.
    Raises :class:`termsmith.lint.config.ConfigError` for an unreadable config."""
    reports: list[FileReport] = []
    explicit = load_config(config_path.resolve()) if config_path else None
    from termsmith.input_files import input_problem

    for path in expand_paths(paths):
        problem = input_problem(path)
        if problem is not None:
            message = "no such file" if problem.missing else str(problem)
            reports.append(FileReport(str(path), [_read_error(str(path), message)]))
            continue
        config = (explicit or config_for(path.resolve())).with_cli(select, ignore)
        reports.append(lint_file(path, config))
    return reports


__all__ = ["FileReport", "get_rule", "lint_file", "lint_paths", "lint_text", "lint_validation_result"]
