"""The ``termsmith`` command line.

Each sub-command lives in ``termsmith.commands.<name>`` and exposes
``add_arguments(parser)`` and ``run(args) -> int``. Only the chosen command's
module is imported, so ``termsmith validate`` never pays for the renderers.

Exit codes: 0 clean, 1 findings or invalid input, 2 usage or internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from termsmith import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# name → (module, one-line help). Order is the order `termsmith --help` shows.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("termsmith.commands.validate", "check service specs against the spec model"),
    "lint": ("termsmith.commands.lint", "find vague terms and weak commitments in specs, prose and clause libraries"),
    "rules": ("termsmith.commands.rules", "list the lint rules"),
    "rule": ("termsmith.commands.rule", "print one lint rule's documentation"),
    "render": ("termsmith.commands.render", "render specs to DOCX / PDF / HTML agreements"),
    "quote": ("termsmith.commands.quote", "render specs to DOCX / PDF / HTML quotes (报价单)"),
    "extract": ("termsmith.commands.extract", "read a vendor's DOCX/PDF/text agreement into spec terms with evidence"),
    "check": ("termsmith.commands.check", "check a vendor's terms against a client checklist"),
    "diff": ("termsmith.commands.diff", "compare two specs term by term: what changed and whom it favours"),
    "redline": (
        "termsmith.commands.redline",
        "write the changes between two specs or libraries as a tracked-changes DOCX",
    ),
    "review": ("termsmith.commands.review", "write a clause-by-clause review report for lawyers"),
    "deadline": ("termsmith.commands.deadline", "when each time limit of a severity level falls due"),
    "report": ("termsmith.commands.report", "the monthly service report from a ticket log (CSV)"),
    "schema": ("termsmith.commands.schema", "write the JSON Schemas generated from the models"),
    "init": ("termsmith.commands.init", "start a deal from a standard offer (asks on a terminal)"),
    "serve": ("termsmith.commands.serve", "the browser UI: edit, preview, download and check deals in a workspace"),
}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a one-line hint instead of a usage dump on stderr."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"termsmith: error: {message}\n")
        sys.exit(EXIT_USAGE)


def _top_parser() -> _Parser:
    epilog = "commands:\n" + "\n".join(f"  {n:<10} {h}" for n, (_, h) in COMMANDS.items())
    parser = _Parser(
        prog="termsmith",
        description="Draft and check software after-sales service agreements.",
        epilog=epilog + "\n\nRun 'termsmith COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"termsmith {__version__}")
    parser.add_argument("command", nargs="?", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    top = _top_parser()
    if not argv or argv[0] in ("-h", "--help"):
        top.print_help()
        return EXIT_OK if argv else EXIT_USAGE
    if argv[0] == "--version":
        print(f"termsmith {__version__}")
        return EXIT_OK
    name = argv[0]
    if name not in COMMANDS:
        import difflib

        close = difflib.get_close_matches(name, COMMANDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        sys.stderr.write(f"termsmith: error: unknown command '{name}'{hint}; run 'termsmith --help'\n")
        return EXIT_USAGE
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = _Parser(prog=f"termsmith {name}", description=help_text)
    module.add_arguments(parser)
    args = parser.parse_args(argv[1:])
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        sys.stderr.write("termsmith: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the user's disk or permissions, not a termsmith bug
        from termsmith.os_errors import describe

        sys.stderr.write(f"termsmith: error: {describe(exc, 'use', exc.filename or 'a file')}\n")
        return EXIT_FINDINGS
    except Exception as exc:  # the last line of defence: never a traceback for a user
        import traceback

        if os.environ.get("TERMSMITH_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"termsmith: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in termsmith; rerun with TERMSMITH_DEBUG=1 for the traceback and report it.\n"
        )
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def run() -> NoReturn:
    """The console entry point: :func:`main`, then an exit that skips tearing the interpreter down.

    Every file termsmith writes is closed by then (atomic writes, context managers); unloading
    some 600 modules and their objects would cost each cold run 60–80 ms for nothing. Tests and
    other Python callers use :func:`main`, which returns.

    The cycle collector runs far less often than Python's default (a pass every 700 net
    allocations): a cold PDF render ran 165 passes (one of them full) over the objects its
    imports and the spec's models create, which stay alive to the end, and they cost
    ~35 ms of its ~0.45 s. Cycles are still collected, every 200,000 net allocations
    (mypy's setting, for the same reason), so a long ``serve`` or batch stays bounded."""
    gc.set_threshold(200_000, 30, 30)
    from termsmith import codegen_cache, marshal_store

    command = sys.argv[1] if len(sys.argv) > 1 else ""
    marshal_store.use_profile(command if command in COMMANDS else "")

    codegen_cache.install()  # before the modules that define dataclasses and models load
    try:
        code = main()
    except SystemExit as exc:  # argparse: --help, usage errors
        if isinstance(exc.code, str):
            sys.stderr.write(exc.code + "\n")
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    codegen_cache.save()  # what this run compiled, for the next (never an error)
    for cache in ("termsmith.regex_cache", "termsmith.validator_cache"):  # only those this run loaded
        if cache in sys.modules:
            sys.modules[cache].save()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (termsmith … | head): nothing to say
            stream.flush()
    os._exit(code)
