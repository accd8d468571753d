"""Compiling and rendering one clause in one language, with errors as diagnostics.

Syntax errors, unknown names, sandbox refusals and failures of a helper never
escape as Jinja tracebacks: each becomes a ``Diagnostic`` at the line and column
of the clause file the problem comes from.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from jinja2 import Template, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError, UndefinedError

from termsmith.diagnostics import Diagnostic, Severity
from termsmith.library.budget import BudgetExceeded, WorkBudget, budgeted
from termsmith.library.helpers import RenderContext, template_context
from termsmith.library.loader import CODE_NAMES
from termsmith.library.model import ClauseFile
from termsmith.library.positions import template_position
from termsmith.library.sandbox import ReadRecorder, environment, recording, template_lineno
from termsmith.library.template_cache import bytecode_cache


@dataclass(frozen=True, slots=True)
class Compiled:
    template: Template | None
    problems: tuple[Diagnostic, ...]


_CACHE: dict[tuple[str, str, str], Compiled] = {}


def template_name(clause: ClauseFile, lang: str) -> str:
    return f"{clause.file}#text.{lang}"


def _diag(
    code: str,
    message: str,
    clause: ClauseFile,
    lang: str,
    line: int | None,
    needle: str | None = None,
    hint: str | None = None,
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    pos = template_position(clause, lang, line, needle)
    return Diagnostic(
        code,
        severity,
        message,
        clause.file,
        pos,
        hint=hint,
        name=CODE_NAMES.get(code),
        extra={"clause": clause.id, "lang": lang},
    )


def compile_clause(clause: ClauseFile, lang: str) -> Compiled:
    """The clause's ``lang`` text compiled (kept per process, and on disk between runs)."""
    key = (clause.sha256, clause.file, lang)
    if key in _CACHE:
        return _CACHE[key]
    env = _env(lang)
    name = template_name(clause, lang)
    source = clause.text[lang]
    disk = bytecode_cache()
    bucket = disk.get_bucket(env, name, clause.file, source) if disk is not None else None
    try:
        code = bucket.code if bucket is not None else None
        if code is None:
            code = env.compile(parse_clause(clause, lang), name=name, filename=name)
            if bucket is not None and disk is not None:
                bucket.code = code
                disk.set_bucket(bucket)
        template = env.template_class.from_code(env, code, env.make_globals(None), None)
        compiled = Compiled(template, ())
    except TemplateSyntaxError as exc:
        problem = _diag(
            "LB010",
            f"template syntax error: {exc.message}",
            clause,
            lang,
            exc.lineno,
            hint="see the Jinja2 template syntax; every {% if %} needs its {% endif %}",
        )
        compiled = Compiled(None, (problem,))
    _CACHE[key] = compiled
    return compiled


def parse_clause(clause: ClauseFile, lang: str) -> nodes.Template:
    """The clause's ``lang`` text as Jinja parsed it (what the static checks walk)."""
    name = template_name(clause, lang)
    tree: nodes.Template = _env(lang).parse(clause.text[lang], name=name, filename=name)
    return tree


def _env(lang: str) -> Any:
    return environment(lang)


class ClauseRenderError(Exception):
    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def render_clause(
    clause: ClauseFile, lang: str, rc: RenderContext, spec_file: str = "the spec"
) -> tuple[str, ReadRecorder]:
    """The rendered text and what it read; raises ClauseRenderError with a positioned diagnostic."""
    compiled = compile_clause(clause, lang)
    if compiled.template is None:
        raise ClauseRenderError(compiled.problems[0])
    context = template_context(rc)
    from termsmith.library.formatting import display

    recorder = ReadRecorder({"spec": rc.spec, "quote": rc.quote, "metadata": rc.metadata}, lambda v: display(v, lang))
    name = template_name(clause, lang)
    try:
        with recording(recorder), budgeted() as work:
            text = _render_metered(compiled.template, context, work, recorder)
    except Exception as exc:  # every failure becomes a positioned diagnostic
        code, message, hint = _failure(exc, spec_file)
        raise ClauseRenderError(_diag(code, message, clause, lang, template_lineno(exc, name), hint=hint)) from None
    return text, recorder


def _failure(exc: Exception, spec_file: str) -> tuple[str, str, str | None]:
    """The code, message and hint for a clause that failed to render (LB015 too much work,
    LB014 refused by the sandbox, LB013 does not render against the spec)."""
    if isinstance(exc, BudgetExceeded):
        return (
            "LB015",
            f"clause does too much work: {exc}",
            "a clause formats spec values: no large loops, repeated or padded text, or deep recursion",
        )
    if isinstance(exc, RecursionError):
        return (
            "LB015",
            "clause does too much work: its macros or loops recurse too deeply",
            "a clause formats spec values: no deep recursion",
        )
    if isinstance(exc, MemoryError):
        return (
            "LB015",
            "clause does too much work: it ran out of memory",
            "a clause formats spec values: no huge values",
        )
    if isinstance(exc, SecurityError):
        return "LB014", f"refused by the sandbox: {exc}", "clauses read spec fields and call helpers; nothing else"
    if isinstance(exc, UndefinedError):
        return (
            "LB013",
            f"does not render against {spec_file}: {exc.message}",
            "guard optional spec sections with {% if spec.section %}",
        )
    # helpers raise ValueError/KeyError/TypeError with a message for people
    message = str(exc.args[0]) if exc.args else type(exc).__name__
    return "LB013", f"does not render against {spec_file}: {message}", None


def _render_metered(template: Template, context: dict[str, Any], work: WorkBudget, recorder: ReadRecorder) -> str:
    """``template.render(context)``, counting the characters as they are produced; past the
    output budget the error carries the template line that was printing. Reads are placed
    at the offset they print at (``recorder.offset``)."""
    parts: list[str] = []
    chunks = template.generate(context)
    for chunk in chunks:
        try:
            work.emit(len(chunk))
        except BudgetExceeded as exc:
            exc.lineno = _printing_line(template, chunks)
            if isinstance(chunks, Generator):  # Jinja's generate() is a generator: stop it
                chunks.close()
            raise
        parts.append(chunk)
        recorder.offset += len(chunk)
    return "".join(parts)


def _printing_line(template: Template, chunks: Any) -> int | None:
    """The template line the (suspended) render generator last printed from."""
    gen = chunks
    while getattr(gen, "gi_yieldfrom", None) is not None:
        gen = gen.gi_yieldfrom
    frame = getattr(gen, "gi_frame", None)
    return template.get_corresponding_lineno(frame.f_lineno) if frame is not None else None
