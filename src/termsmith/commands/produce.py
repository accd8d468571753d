"""What ``termsmith render`` and ``termsmith quote`` share: spec → checks → Document → files.

A spec with validation errors or error-level lint findings is refused with those
diagnostics; warnings are shown and do not block. Specs render in parallel with
``--jobs`` (one process per spec), with a progress line on a terminal. Every file
is written atomically: a failed run never leaves a half-written document.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from termsmith.api import FORMATS, LANG_CHOICES
from termsmith.commands.files import expand
from termsmith.diagnostics import Diagnostic
from termsmith.rendering import DEFAULT_PDF_ENGINE, PDF_ENGINES


@dataclass(slots=True)
class Outcome:
    spec: str
    written: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    failed: bool = False
    errors: list[str] = field(default_factory=list)  # the user's environment failed (disk, permissions)


class _EnvironmentProblem(Exception):
    """An output or input file operation failed for a reason outside termsmith."""


GATE_EPILOG = (
    "A spec is refused (exit 1, nothing written) while it has validation errors or error-level "
    "lint findings; vague language in a spec is an error (suppress one line with "
    "'# termsmith: ignore[CODE] reason'); warnings are shown and do not block. A language that a text "
    "of the spec lacks is refused, unless --convert converts it. Exit codes: 0 written, 1 refused, "
    "2 usage or internal error."
)


def add_common_arguments(parser: argparse.ArgumentParser, default_formats: str) -> None:
    parser.epilog = GATE_EPILOG
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="spec files or folders of specs")
    parser.add_argument("-o", "--output", default="out", metavar="DIR", help="folder for the documents (default: out/)")
    parser.add_argument(
        "--format",
        default=default_formats,
        metavar="LIST",
        help=f"comma-separated: {', '.join(FORMATS)} (default: {default_formats})",
    )
    parser.add_argument(
        "--lang", choices=LANG_CHOICES, default=None, help="output language (default: the spec's languages.output)"
    )
    parser.add_argument(
        "--library",
        action="append",
        default=[],
        metavar="DIR",
        help="a clause library that overrides or adds clauses by id (repeatable)",
    )
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="render N specs in parallel")
    parser.add_argument("--pdfa", action="store_true", help="PDF/A-3b with the spec embedded as an attachment")
    parser.add_argument(
        "--pdf-engine",
        choices=PDF_ENGINES,
        default=DEFAULT_PDF_ENGINE,
        help=f"what typesets the PDF (default {DEFAULT_PDF_ENGINE}): typst (fast) or weasyprint (the HTML "
        "theme's CSS); both print the same document",
    )
    parser.add_argument(
        "--convert",
        default=None,
        metavar="FROM→TO",
        help="render a Chinese script the spec does not provide by converting its texts with "
        "OpenCC, e.g. zh-Hans→zh-Hant (also zh-Hans->zh-Hant, zh-Hans:zh-Hant); each converted "
        "text is listed as a warning. Without it, a language some text lacks is refused",
    )


def parse_formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown format {', '.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return formats


def produce_one(
    spec_path: str,
    kind: str,
    formats: list[str],
    lang: str | None,
    libraries: list[str],
    out_dir: str,
    pdfa: bool,
    pdf_engine: str = DEFAULT_PDF_ENGINE,
    convert: str | None = None,
) -> Outcome:
    """Check, assemble and render one spec (termsmith.api.produce), then write its files
    atomically; never raises for bad input."""
    from termsmith import api

    produced = api.produce(
        spec_path,
        kind,
        formats,
        lang=lang,
        libraries=[Path(p) for p in libraries],
        pdfa=pdfa,
        engine=pdf_engine,
        convert=convert,
    )
    outcome = Outcome(
        spec_path,
        diagnostics=produced.diagnostics,
        sources=produced.sources,
        failed=produced.failed,
        errors=produced.errors,
    )
    if produced.failed:
        return outcome
    from termsmith.atomic import write_atomic
    from termsmith.os_errors import describe

    try:
        _make_folder(Path(out_dir))
        for name, data in produced.files.items():
            target = Path(out_dir) / name
            try:
                write_atomic(target, data)
            except OSError as exc:
                raise _EnvironmentProblem(describe(exc, "write", target)) from None
            outcome.written.append(str(target))
    except _EnvironmentProblem as exc:
        outcome.failed = True
        outcome.errors.append(str(exc))
    return outcome


def _make_folder(out_dir: Path) -> None:
    from termsmith.os_errors import describe

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _EnvironmentProblem(describe(exc, "create the output folder", out_dir)) from None


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
    from termsmith.os_errors import not_a_folder

    unusable = not_a_folder(args.output)
    if unusable:
        sys.stderr.write(f"termsmith: error: -o {args.output}: {unusable}; -o names the folder for the documents\n")
        return 2
    missing_libs = [d for d in args.library if not Path(d).is_dir()]
    if missing_libs:
        sys.stderr.write(f"termsmith: error: --library {missing_libs[0]} is not a folder\n")
        return 2
    outcomes = _run_all(specs, kind, formats, args, progress=sys.stderr.isatty())
    return _report(outcomes)


def _run_all(
    specs: list[str], kind: str, formats: list[str], args: argparse.Namespace, progress: bool
) -> list[Outcome]:
    params = (kind, formats, args.lang, args.library, args.output, args.pdfa, args.pdf_engine, args.convert)
    results: dict[str, Outcome] = {}
    if args.jobs == 1 or len(specs) == 1:
        if "pdf" in formats:
            from termsmith.rendering import DEFAULT_PDF_ENGINE, prepare_pdf

            # Typst reads the fonts and loads the faces of every language in a worker process,
            # on the other core, while this one imports, validates and assembles (~0.2 s of
            # native work; started here, before any spec is read, none of it is waited for)
            prepare_pdf(None, args.pdf_engine or DEFAULT_PDF_ENGINE, separate_process=True)
        try:
            for spec in specs:
                _progress(progress, len(results), len(specs), spec)
                results[spec] = produce_one(spec, *params)
        finally:
            if "pdf" in formats:
                from termsmith.rendering import finish_pdf

                finish_pdf()
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed  # only batches pay for them

        # Workers are started fresh ("spawn"), never forked: a process that has already typeset
        # with Typst holds native thread pools a forked child would inherit half-alive (and hang in).
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(args.jobs, len(specs)), mp_context=spawn) as pool:
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
        for error in o.errors:
            sys.stderr.write(f"termsmith: error: {o.spec}: {error}\n")
    failed = [o.spec for o in outcomes if o.failed]
    if failed:
        sys.stderr.write(f"termsmith: {len(failed)} of {len(outcomes)} spec(s) not rendered: {', '.join(failed)}\n")
        return 1
    return 0
