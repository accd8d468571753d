"""The library check for CI (``termsmith lint --library DIR``).

Proves, for the clause files and templates in the given folders:

1. every file is well-formed YAML with valid metadata (loader);
2. every variable a clause reads exists in the spec model — statically, from the
   template's syntax tree, before anything renders (``static``);
3. every clause renders in every language the library claims, against every
   sample spec plus a minimal and a maximal spec, monolingual and bilingual;
4. every agreement template names existing clauses; no clause is unused; no
   clause or heading misses a language the library claims;
5. clause text has no vague terms (the lint language rules), writes no
   commitment number itself (LB050, ``literals``) and keeps its logic short (LB016,
   ``clause_logic``: no dictionary literals, no long ``{% if %}`` chains), with positions
   inside the clause file;
6. ``clauses.lock`` proves that no clause changed without a version bump.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.library.loader import CODE_NAMES, layout_of, load_library
from termsmith.library.model import ClauseFile, Library, LibraryError
from termsmith.library.positions import line_offset, offset_position
from termsmith.sources import display_name

SPECS_DIR = Path(__file__).resolve().parent / "specs"
BUILTIN_SPECS = (SPECS_DIR / "minimal.yaml", SPECS_DIR / "maximal.yaml")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def _own_files(dirs: list[Path]) -> set[str]:
    out: set[str] = set()
    for folder in dirs:
        layout = layout_of(folder)
        out |= {display_name(p) for p in (*layout.clause_files, *layout.template_files)}
    return out


def _diag(
    code: str,
    message: str,
    file: str,
    pos: Position,
    *,
    severity: Severity = Severity.ERROR,
    hint: str | None = None,
    path: str | None = None,
) -> Diagnostic:
    return Diagnostic(code, severity, message, file, pos, hint=hint, path=path, name=CODE_NAMES.get(code))


# ---------------------------------------------------------------- languages, templates, use
def _language_checks(lib: Library, own: set[str]) -> list[Diagnostic]:
    claimed = lib.languages()
    out: list[Diagnostic] = []
    for clause in lib.clauses.values():
        if clause.file not in own:
            continue
        for key, table in (("text", clause.text), ("title", clause.title)):
            for lang in claimed:
                if lang not in table:
                    out.append(
                        _diag(
                            "LB022",
                            f"clause '{clause.id}' has no {lang} {key}; the library is written in {', '.join(claimed)}",
                            clause.file,
                            clause.position(key),
                            path=key,
                            hint=f"add '{lang}:' under '{key}:'",
                        )
                    )
    for template in lib.agreements.values():
        if template.file not in own:
            continue
        for lang in claimed:
            if lang not in template.title:
                out.append(
                    _diag(
                        "LB022",
                        f"template '{template.id}' has no {lang} title",
                        template.file,
                        template.loaded.position(("title",)),
                        path="title",
                    )
                )
            for article in template.articles:
                if lang not in article.heading:
                    out.append(
                        _diag(
                            "LB022",
                            f"article {article.index + 1} of '{template.id}' has no {lang} heading",
                            template.file,
                            template.loaded.position(("articles", article.index, "heading")),
                            path=f"articles[{article.index}].heading",
                        )
                    )
    return out


def _template_checks(lib: Library, own: set[str]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    used: set[str] = set()
    for template in lib.agreements.values():
        for cid, path in template.clause_refs():
            used.add(cid)
            if template.file not in own:
                continue
            clause = lib.clauses.get(cid)
            pos = template.loaded.position(path)
            if clause is None:
                out.append(
                    _diag(
                        "LB020",
                        f"template '{template.id}' names unknown clause '{cid}'",
                        template.file,
                        pos,
                        hint=f"add clauses/{cid}.yaml or remove the id",
                    )
                )
            elif clause.status != "approved":
                out.append(
                    _diag(
                        "LB024",
                        f"template '{template.id}' uses {clause.status} clause '{cid}' (version {clause.version})",
                        template.file,
                        pos,
                        severity=Severity.WARNING,
                        hint="have the clause approved, or replace it",
                    )
                )
    for clause in lib.clauses.values():
        if clause.file in own and clause.id not in used:
            out.append(
                _diag(
                    "LB021",
                    f"clause '{clause.id}' is used by no agreement template",
                    clause.file,
                    clause.position("id"),
                    hint="add it to an agreement template or delete the file",
                )
            )
    return out


# ---------------------------------------------------------------- static checks and vague terms
def _static_checks(lib: Library, own: set[str]) -> list[Diagnostic]:
    from termsmith.library.render import compile_clause, parse_clause
    from termsmith.library.static import check_template, resolve_path

    out: list[Diagnostic] = []
    for clause in lib.clauses.values():
        if clause.file not in own:
            continue
        if clause.applies_when and (missing := resolve_path(clause.applies_when)) is not None:
            out.append(
                _diag(
                    "LB011",
                    f"applies_when: '{clause.applies_when}' is not a field of the spec model (no '{missing}')",
                    clause.file,
                    clause.position("applies_when"),
                    path="applies_when",
                )
            )
        for lang in clause.text:
            compiled = compile_clause(clause, lang)
            out += compiled.problems
            if compiled.template is not None:
                out += check_template(clause, lang, parse_clause(clause, lang))
    return out


# an expression that prints a duration (``{{ duration(spec.…) }}``, ``{{ x|duration }}``)
_PRINTS_DURATION = re.compile(r"\{\{-?\s*(?:duration\s*\(|[^}]*\|\s*duration\b)")


def blank_template(source: str, lang: str | None = None) -> str:
    """Template tags replaced by spaces (newlines kept), so prose keeps its offsets.

    With ``lang``, an expression that prints a duration becomes a blank duration ("__天",
    "__ days") of the same length: "应至少提前{{ duration(…) }}书面通知" states a notice
    period, and the language rules must see that, not a bare "提前". The blank holds no
    digit, so the literal-number check (LB050) still counts only numbers the clause writes."""

    def blank(m: re.Match[str]) -> str:
        spaces = re.sub(r"[^\n]", " ", m.group())
        if lang is None or not _PRINTS_DURATION.match(m.group()):
            return spaces
        word = "__ days" if lang == "en" else "__天"  # a blank the lint bounds read as a duration
        return word + spaces[len(word) :] if len(word) <= len(spaces) and "\n" not in spaces[: len(word)] else spaces

    return _JINJA.sub(blank, source)


def _lint_text() -> Callable[..., list[Diagnostic]] | None:
    try:
        from termsmith.lint import lint_text
    except ImportError:  # pragma: no cover - the lint engine ships with termsmith
        return None
    return lint_text


def vague_terms(clause: ClauseFile) -> list[Diagnostic]:
    """Language-rule findings in the clause's titles and texts, at their place in the clause file."""
    from dataclasses import replace

    lint_text = _lint_text()
    if lint_text is None:
        return []
    out: list[Diagnostic] = []
    for key, table in (("title", clause.title), ("text", clause.text)):
        for lang, source in table.items():
            prose = blank_template(source, lang)
            for d in lint_text(prose, clause.file, lang_hint=lang):
                start = offset_position(clause, lang, line_offset(prose, d.line) + d.col - 1, key)
                end = None
                if d.end is not None:
                    last = offset_position(clause, lang, line_offset(prose, d.end.line) + d.end.col - 2, key)
                    end = Position(last.line, last.col + 1)
                out.append(
                    replace(
                        d,
                        start=start,
                        end=end,
                        path=f"{key}.{lang}",
                        extra={**d.extra, "clause": clause.id, "lang": lang},
                    )
                )
    return out


# ---------------------------------------------------------------- rendering against specs
def _render_checks(dirs: list[Path], specs: list[Path], lib: Library, include_bundled: bool) -> list[Diagnostic]:
    from termsmith.assembly.builder import build
    from termsmith.validation import validate_path

    out: list[Diagnostic] = []
    claimed = lib.languages()
    runs: list[tuple[str, ...]] = [(lang,) for lang in claimed]
    runs += [(claimed[0], other) for other in claimed[1:]]
    for spec_path in [*specs, *BUILTIN_SPECS]:
        result = validate_path(spec_path, expect_kind="ServiceSpec", display=display_name(spec_path))
        if not result.ok:
            out.append(
                _diag(
                    "LB040",
                    f"sample spec {result.file} is not valid; the library is not rendered against it",
                    result.file,
                    result.diagnostics[0].start if result.diagnostics else Position(1, 1),
                    hint="run termsmith validate on it",
                )
            )
            continue
        for kind in ("agreement", "quote"):
            if lib.template_for(kind) is None:
                continue
            for langs in runs:
                try:
                    build(
                        result.document,
                        kind=kind,
                        languages=langs,
                        library=dirs,
                        include_bundled=include_bundled,
                        spec_file=result.file,
                    )
                except LibraryError as exc:
                    out += exc.diagnostics
                except ValueError as exc:  # pricing refuses the spec: say so, do not crash
                    out.append(
                        _diag("LB040", f"cannot price {result.file} for a quote: {exc}", result.file, Position(1, 1))
                    )
    return out


def _dedupe(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, str, int, int]] = set()
    out = []
    for d in diags:
        key = (d.code, d.file, d.line, d.col)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return sorted(out, key=Diagnostic.sort_key)


def check_library(
    dirs: list[Path], specs: list[Path], *, include_bundled: bool = True, check_lock: bool = True
) -> list[Diagnostic]:
    """Every problem of the clause libraries in ``dirs`` (laid over the bundled one unless
    ``include_bundled`` is False), rendering against ``specs`` plus a minimal and a maximal spec."""
    from termsmith.library import lock

    dirs = [Path(d) for d in dirs]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        return [_diag("LB001", "library folder not found", str(d), Position(1, 1)) for d in missing]
    lib = load_library(dirs, include_bundled=include_bundled)
    own = _own_files(dirs)
    diags = list(lib.diagnostics)
    diags += _language_checks(lib, own)
    diags += _template_checks(lib, own)
    static = _static_checks(lib, own)
    diags += static
    from termsmith.library.clause_logic import clause_logic
    from termsmith.library.literals import literal_numbers

    for clause in lib.clauses.values():
        if clause.file in own:
            diags += vague_terms(clause)
            diags += literal_numbers(clause)
            diags += clause_logic(clause)
    if not lib.errors:
        broken = {d.file for d in static if d.severity is Severity.ERROR}
        rendered = _render_checks(dirs, [Path(s) for s in specs], lib, include_bundled)
        diags += [d for d in rendered if d.file not in broken]  # a static finding says it first, and better
    if check_lock:
        from termsmith.library.loader import load_clause

        for folder in dirs:
            layout = layout_of(folder)
            clauses = [c for c in (load_clause(p)[0] for p in layout.clause_files) if c is not None]
            diags += lock.check_lock(layout.lock_path, clauses)
    return _dedupe(diags)


def update_locks(dirs: list[Path]) -> list[Path]:
    """Rewrite ``clauses.lock`` of each folder from its clause files; returns the lock paths."""
    from termsmith.library import lock
    from termsmith.library.loader import load_clause

    written = []
    for folder in dirs:
        layout = layout_of(Path(folder))
        clauses = [c for c in (load_clause(p)[0] for p in layout.clause_files) if c is not None]
        lock.write_lock(layout.lock_path, clauses)
        written.append(layout.lock_path)
    return written


def library_lint(
    dirs: list[Path], specs: list[Path], *, update_lock: bool = False
) -> tuple[list[Diagnostic], dict[str, list[str]], int]:
    """What ``termsmith lint --library`` reports: diagnostics, source lines for carets, file count."""
    import sys

    from termsmith.commands.files import expand
    from termsmith.resources import bundled

    if update_lock:
        for path in update_locks(dirs):
            sys.stderr.write(f"termsmith: wrote {display_name(path)}\n")
    sample_specs = expand([str(s) for s in specs]) if specs else expand([str(bundled("samples"))])
    diags = check_library(dirs, sample_specs)
    sources: dict[str, list[str]] = {}
    for d in diags:
        if d.file not in sources:
            try:
                sources[d.file] = Path(d.file).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                sources[d.file] = []
    count = sum(len(layout_of(d).clause_files) + len(layout_of(d).template_files) for d in dirs if d.is_dir())
    return diags, sources, count
