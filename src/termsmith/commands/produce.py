"""What ``termsmith render`` and ``termsmith quote`` share: spec → checks → Document → files.

A spec with validation errors or error-level lint findings is refused with those
diagnostics; warnings are shown and do not block. Specs render in parallel with
``--jobs`` (one process per spec), with a progress line on a terminal. Every file
is written atomically: a failed run never leaves a half-written document.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from termsmith.commands.files import expand
from termsmith.diagnostics import Diagnostic, Position, Severity

FORMATS = ("docx", "pdf", "html")
LANG_CHOICES = ("zh-Hans", "zh-Hant", "en", "bilingual")


@dataclass(slots=True)
class Outcome:
    spec: str
    written: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    failed: bool = False


GATE_EPILOG = ("A spec is refused (exit 1, nothing written) while it has validation errors or error-level "
               "lint findings; vague language in a spec is an error (suppress one line with "
               "'# termsmith: ignore[CODE] reason'); warnings are shown and do not block. A language that a text "
               "of the spec lacks is refused, unless --convert converts it. Exit codes: 0 written, 1 refused, "
               "2 usage or internal error.")


def add_common_arguments(parser: argparse.ArgumentParser, default_formats: str) -> None:
    parser.epilog = GATE_EPILOG
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="spec files or folders of specs")
    parser.add_argument("-o", "--output", default="out", metavar="DIR", help="folder for the documents (default: out/)")
    parser.add_argument("--format", default=default_formats, metavar="LIST",
                        help=f"comma-separated: {', '.join(FORMATS)} (default: {default_formats})")
    parser.add_argument("--lang", choices=LANG_CHOICES, default=None,
                        help="output language (default: the spec's languages.output)")
    parser.add_argument("--library", action="append", default=[], metavar="DIR",
                        help="a clause library that overrides or adds clauses by id (repeatable)")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="render N specs in parallel")
    parser.add_argument("--pdfa", action="store_true", help="PDF/A-3b with the spec embedded as an attachment")
    parser.add_argument("--convert", default=None, metavar="FROM→TO",
                        help="render a Chinese script the spec does not provide by converting its texts with "
                             "OpenCC, e.g. zh-Hans→zh-Hant (also zh-Hans->zh-Hant, zh-Hans:zh-Hant); each converted "
                             "text is listed as a warning. Without it, a language some text lacks is refused")


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown format {', '.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return formats


def resolve_languages(lang: str | None, output: list[str], prevailing: str | None) -> tuple[str, ...]:
    """--lang → the languages of the document, primary first."""
    if lang is None:
        ordered = list(output)
        if prevailing in ordered:
            ordered.remove(prevailing)
            ordered.insert(0, prevailing)
        return tuple(ordered)
    if lang != "bilingual":
        return (lang,)
    if len(output) == 2:
        return resolve_languages(None, output, prevailing)
    primary = output[0]
    return (primary, "en") if primary != "en" else ("en", "zh-Hans")


def output_name(spec_name: str, kind: str, languages: tuple[str, ...], fmt: str) -> str:
    return f"{spec_name}.{kind}.{'+'.join(languages)}.{fmt}"


def produce_one(spec_path: str, kind: str, formats: list[str], lang: str | None, libraries: list[str],
                out_dir: str, pdfa: bool, convert: str | None = None) -> Outcome:
    """Check, assemble and render one spec; never raises for bad input."""
    from termsmith.rendering.fonts import MissingFontsError

    outcome = Outcome(spec_path)
    try:
        _produce(outcome, Path(spec_path), kind, formats, lang, [Path(p) for p in libraries], Path(out_dir), pdfa,
                 convert)
    except MissingFontsError as exc:
        outcome.failed = True
        for problem in exc.problems:
            outcome.diagnostics.append(Diagnostic("X002", Severity.ERROR, problem.message, spec_path,
                                                  hint=f"install what is missing: {problem.fix}"))
    except Exception as exc:  # reported per spec so the others still render
        if os.environ.get("TERMSMITH_DEBUG"):
            import traceback

            traceback.print_exc()
        outcome.failed = True
        outcome.diagnostics.append(Diagnostic("X001", Severity.ERROR, f"could not render: {type(exc).__name__}: {exc}",
                                              spec_path, hint="rerun with TERMSMITH_DEBUG=1 and report the bug"))
    return outcome


def _produce(outcome: Outcome, path: Path, kind: str, formats: list[str], lang: str | None,
             libraries: list[Path], out_dir: Path, pdfa: bool, convert: str | None = None) -> None:
    from termsmith.gate import check_spec
    from termsmith.script_conversion import check_languages, parse_conversion

    gate = check_spec(path)
    outcome.diagnostics.extend(gate.diagnostics)
    outcome.sources.update(gate.sources)
    if gate.document is None or gate.blocked:
        outcome.failed = True
        return
    from termsmith.assembly import assemble
    from termsmith.library import LibraryError

    spec = gate.document.spec
    languages = resolve_languages(lang, list(spec.languages.output), spec.languages.prevailing)
    checked = check_languages(gate.loaded, gate.document, languages, parse_conversion(convert) if convert else None)
    outcome.diagnostics.extend(checked.diagnostics)
    if checked.document is None:
        outcome.failed = True
        return
    try:
        document = assemble(checked.document, kind=kind, languages=languages, library=libraries or None,
                            spec_source=path.read_bytes())
    except LibraryError as exc:
        outcome.diagnostics.extend(exc.diagnostics)
        outcome.failed = True
        return
    from termsmith import rendering
    from termsmith.rendering.atomic import write_atomic

    if "pdf" in formats:
        outcome.diagnostics.extend(_glyph_warnings(document, str(path), outcome.sources.get(str(path), [])))
    out_dir.mkdir(parents=True, exist_ok=True)
    for fmt in formats:
        if fmt == "docx":
            data = rendering.render_docx(document)
        elif fmt == "pdf":
            data = rendering.render_pdf(document, pdfa=pdfa)
        else:
            data = rendering.render_html(document).encode("utf-8")
        target = out_dir / output_name(gate.document.metadata.name, kind, languages, fmt)
        write_atomic(target, data)
        outcome.written.append(str(target))


def _first_occurrence(lines: list[str], chars: list[str]) -> Position:
    for number, line in enumerate(lines, 1):
        cols = [line.index(ch) for ch in chars if ch in line]
        if cols:
            return Position(number, min(cols) + 1)
    return Position(1, 1)


def _glyph_warnings(document: object, spec_file: str, lines: list[str]) -> list[Diagnostic]:
    """A warning, at the first such character in the spec, for characters the PDF fonts
    cannot draw (they would print as empty boxes)."""
    from termsmith.assembly.text import document_lines
    from termsmith.rendering.coverage import describe, uncovered_characters

    missing = uncovered_characters((line.text for line in document_lines(document)),  # type: ignore[arg-type]
                                   document.languages)  # type: ignore[attr-defined]
    if not missing:
        return []
    return [Diagnostic("X003", Severity.WARNING,
                       f"{len(missing)} character(s) have no glyph in the PDF fonts and will print as empty boxes: "
                       f"{describe(missing)}", spec_file, _first_occurrence(lines, missing),
                       hint="use a common form of the character, or install a font that covers it and name it "
                            "in rendering/theme.json")]


def run_produce(args: argparse.Namespace, kind: str) -> int:
    try:
        formats = parse_formats(args.format)
    except ValueError as exc:
        sys.stderr.write(f"termsmith: error: {exc}\n")
        return 2
    if args.jobs < 1:
        sys.stderr.write("termsmith: error: --jobs must be at least 1\n")
        return 2
    if args.convert is not None:
        from termsmith.script_conversion import parse_conversion

        try:
            parse_conversion(args.convert)
        except ValueError as exc:
            sys.stderr.write(f"termsmith: error: {exc}\n")
            return 2
    specs = [str(p) for p in expand(args.specs)]
    if not specs:
        sys.stderr.write("termsmith: error: no spec files found\n")
        return 2
    missing_libs = [d for d in args.library if not Path(d).is_dir()]
    if missing_libs:
        sys.stderr.write(f"termsmith: error: --library {missing_libs[0]} is not a folder\n")
        return 2
    outcomes = _run_all(specs, kind, formats, args, progress=sys.stderr.isatty())
    return _report(outcomes)


def _run_all(specs: list[str], kind: str, formats: list[str], args: argparse.Namespace,
             progress: bool) -> list[Outcome]:
    params = (kind, formats, args.lang, args.library, args.output, args.pdfa, args.convert)
    results: dict[str, Outcome] = {}
    if args.jobs == 1 or len(specs) == 1:
        for spec in specs:
            _progress(progress, len(results), len(specs), spec)
            results[spec] = produce_one(spec, *params)
    else:
        from concurrent.futures import as_completed

        with ProcessPoolExecutor(max_workers=min(args.jobs, len(specs))) as pool:
            futures = {pool.submit(produce_one, spec, *params): spec for spec in specs}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                _progress(progress, len(results), len(specs), futures[future])
    _progress(progress, len(specs), len(specs), "", finished=True)
    return [results[spec] for spec in specs]  # report in argument order, whatever finished first


def _progress(enabled: bool, done: int, total: int, current: str, finished: bool = False) -> None:
    """A one-line progress bar on a terminal; nothing when output is redirected."""
    if not enabled:
        return
    if finished:
        sys.stderr.write("\r\x1b[K")
    else:
        width = 24
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {Path(current).name}\x1b[K")
    sys.stderr.flush()


def _report(outcomes: list[Outcome]) -> int:
    from termsmith.reporting.text import write_text

    diagnostics = [d for o in outcomes for d in o.diagnostics]
    sources = {k: v for o in outcomes for k, v in o.sources.items()}
    if diagnostics:
        write_text(diagnostics, sources, sys.stderr, files=len(outcomes))
    for o in outcomes:
        for path in o.written:
            print(f"wrote {path}")
    failed = [o.spec for o in outcomes if o.failed]
    if failed:
        sys.stderr.write(f"termsmith: {len(failed)} of {len(outcomes)} spec(s) not rendered: {', '.join(failed)}\n")
        return 1
    return 0
