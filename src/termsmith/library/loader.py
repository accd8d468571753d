"""Reading clause files and agreement templates, with positioned diagnostics.

Folder layouts accepted for a library folder ``DIR``:

- ``DIR/clauses/*.yaml`` and ``DIR/agreements/*.yaml`` (a library root, like the bundled one);
- ``DIR`` named ``clauses`` with a sibling ``agreements`` folder (``--library clauses``);
- a flat folder: each file is a template when it has ``articles``, else a clause.

The lock file of a library is ``clauses.lock`` in its root (the flat folder itself).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Severity
from termsmith.library.model import STATUSES, AgreementTemplate, Article, ClauseFile, Library
from termsmith.sources import content_hash, display_name
from termsmith.spec.types import LANGS
from termsmith.yaml_loader import LoadedYaml, YamlLoadError, decode_source, load_yaml

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
APPLIES_RE = re.compile(r"^spec(?:\.[a-z_][a-z0-9_]*)+$")
CLAUSE_KEYS = ("id", "version", "status", "applies_when", "title", "text")
TEMPLATE_KEYS = ("id", "kind", "title", "preamble", "articles", "closing")


@dataclass(frozen=True, slots=True)
class LibraryLayout:
    root: Path
    clause_files: tuple[Path, ...]
    template_files: tuple[Path, ...]

    @property
    def lock_path(self) -> Path:
        return self.root / "clauses.lock"


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def layout_of(folder: Path) -> LibraryLayout:
    """Where a library folder keeps its clauses, templates and lock."""
    if (folder / "clauses").is_dir() or (folder / "agreements").is_dir():
        return LibraryLayout(folder, tuple(_yaml_files(folder / "clauses")), tuple(_yaml_files(folder / "agreements")))
    if folder.name == "clauses" and (folder.parent / "agreements").is_dir():
        return LibraryLayout(
            folder.parent, tuple(_yaml_files(folder)), tuple(_yaml_files(folder.parent / "agreements"))
        )
    clauses: list[Path] = []
    templates: list[Path] = []
    for path in _yaml_files(folder):
        (templates if _looks_like_template(path) else clauses).append(path)
    return LibraryLayout(folder, tuple(clauses), tuple(templates))


def _looks_like_template(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^articles\s*:", head, re.MULTILINE) is not None


# ---------------------------------------------------------------- diagnostics helpers
def _diag(
    code: str,
    message: str,
    loaded: LoadedYaml,
    path: tuple[str | int, ...] = (),
    *,
    key: bool = False,
    hint: str | None = None,
    expected: str | None = None,
) -> Diagnostic:
    from termsmith.diagnostics import format_path

    return Diagnostic(
        code,
        Severity.ERROR,
        message,
        loaded.file,
        loaded.position(path, key=key),
        path=format_path(path) or None,
        hint=hint,
        expected=expected,
        name=CODE_NAMES.get(code),
    )


CODE_NAMES = {
    "LB001": "library-folder",
    "LB002": "clause-metadata",
    "LB003": "clause-id-mismatch",
    "LB010": "template-syntax",
    "LB011": "unknown-spec-field",
    "LB012": "unknown-name",
    "LB013": "clause-render-failed",
    "LB014": "unsafe-template",
    "LB015": "clause-too-costly",
    "LB016": "logic-in-clause-text",
    "LB020": "unknown-clause",
    "LB021": "unused-clause",
    "LB022": "missing-language",
    "LB023": "duplicate-clause-use",
    "LB024": "draft-or-deprecated",
    "LB025": "missing-template",
    "LB030": "lock-version-not-bumped",
    "LB031": "lock-missing-entry",
    "LB032": "lock-version-backwards",
    "LB033": "lock-stale-entry",
    "LB034": "lock-out-of-date",
    "LB040": "sample-spec-invalid",
    "LB050": "literal-number",
}


def _load(path: Path) -> tuple[LoadedYaml | None, bytes, list[Diagnostic]]:
    name = display_name(path)
    try:
        raw = path.read_bytes()
        loaded = load_yaml(path, text=decode_source(raw, name), file=name)
    except OSError as exc:
        return None, b"", [Diagnostic("LB001", Severity.ERROR, f"cannot read file: {exc.strerror or exc}", name)]
    except YamlLoadError as exc:
        return None, b"", exc.diagnostics
    if not isinstance(loaded.data, dict):
        return None, raw, [_diag("LB002", "a clause library file is a YAML mapping", loaded)]
    return loaded, raw, []


def _unknown_keys(loaded: LoadedYaml, allowed: tuple[str, ...]) -> list[Diagnostic]:
    import difflib

    out = []
    for key in loaded.data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(allowed)}"
            out.append(_diag("LB002", f"unknown field '{key}'", loaded, (key,), key=True, hint=hint))
    return out


def _lang_map(loaded: LoadedYaml, key: str, problems: list[Diagnostic], *, required: bool = True) -> dict[str, str]:
    value = loaded.data.get(key)
    if value is None:
        if required:
            problems.append(
                _diag(
                    "LB002",
                    f"missing required field '{key}'",
                    loaded,
                    (key,),
                    hint=f"add '{key}:' with one entry per language (zh-Hans, zh-Hant, en)",
                )
            )
        return {}
    if not isinstance(value, dict) or not value:
        problems.append(
            _diag(
                "LB002",
                f"'{key}' maps each language to its text",
                loaded,
                (key,),
                expected="zh-Hans: …, zh-Hant: …, en: …",
            )
        )
        return {}
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LANGS:
            problems.append(
                _diag(
                    "LB002",
                    f"unknown language '{lang}'",
                    loaded,
                    (key, lang),
                    key=True,
                    expected="zh-Hans, zh-Hant or en",
                )
            )
        elif not isinstance(text, str) or not text.strip():
            problems.append(_diag("LB002", f"the {lang} {key} must be non-empty text", loaded, (key, lang)))
        else:
            out[lang] = text
    return out


# ---------------------------------------------------------------- clause files
def load_clause(path: Path) -> tuple[ClauseFile | None, list[Diagnostic]]:
    loaded, raw, problems = _load(path)
    if loaded is None:
        return None, problems
    data = loaded.data
    problems += _unknown_keys(loaded, CLAUSE_KEYS)
    cid = data.get("id")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        problems.append(
            _diag(
                "LB002",
                "missing or invalid clause id" if cid is None else f"clause id {cid!r} is not kebab-case",
                loaded,
                ("id",),
                expected="a kebab-case id equal to the file name, e.g. fees-and-payment",
            )
        )
    elif cid != path.stem:
        problems.append(
            _diag(
                "LB003",
                f"clause id '{cid}' differs from the file name '{path.stem}'",
                loaded,
                ("id",),
                hint=f"rename the file to {cid}{path.suffix} or set 'id: {path.stem}'",
            )
        )
    version = data.get("version")
    if not isinstance(version, str) or not SEMVER_RE.match(version):
        problems.append(
            _diag(
                "LB002",
                f"version '{version}' is not a semantic version"
                if version is not None
                else "missing required field 'version'",
                loaded,
                ("version",),
                expected="MAJOR.MINOR.PATCH, e.g. 1.0.0 (quote it if YAML reads it as a number)",
            )
        )
    status = data.get("status")
    if status not in STATUSES:
        problems.append(
            _diag(
                "LB002",
                f"status {status!r} is not allowed" if status is not None else "missing required field 'status'",
                loaded,
                ("status",),
                expected="draft, approved or deprecated",
            )
        )
    applies = data.get("applies_when")
    if applies is not None and (not isinstance(applies, str) or not APPLIES_RE.match(applies)):
        problems.append(
            _diag(
                "LB002",
                f"applies_when {applies!r} is not a dotted spec path",
                loaded,
                ("applies_when",),
                expected="a path such as spec.service_credits",
            )
        )
    title = _lang_map(loaded, "title", problems)
    text = _lang_map(loaded, "text", problems)
    if problems:
        return None, problems
    clause = ClauseFile(
        id=cid,
        version=version,
        status=status,
        applies_when=applies,
        title=title,
        text=text,
        file=loaded.file,
        sha256=content_hash(raw),
        loaded=loaded,
    )
    return clause, []


# ---------------------------------------------------------------- agreement templates
def _id_list(
    loaded: LoadedYaml, path: tuple[str | int, ...], value: Any, problems: list[Diagnostic]
) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(_diag("LB002", f"'{path[-1]}' is a list of clause ids", loaded, path))
        return ()
    return tuple(value)


def load_template(path: Path) -> tuple[AgreementTemplate | None, list[Diagnostic]]:
    loaded, _raw, problems = _load(path)
    if loaded is None:
        return None, problems
    data = loaded.data
    problems += _unknown_keys(loaded, TEMPLATE_KEYS)
    tid = data.get("id")
    if not isinstance(tid, str) or not ID_RE.match(tid):
        problems.append(
            _diag("LB002", "missing or invalid template id", loaded, ("id",), expected="e.g. service-agreement")
        )
    elif tid != path.stem:
        problems.append(
            _diag("LB003", f"template id '{tid}' differs from the file name '{path.stem}'", loaded, ("id",))
        )
    kind = data.get("kind")
    if kind not in ("agreement", "quote"):
        problems.append(
            _diag("LB002", f"kind {kind!r} is not allowed", loaded, ("kind",), expected="agreement or quote")
        )
    title = _lang_map(loaded, "title", problems)
    preamble = _id_list(loaded, ("preamble",), data.get("preamble"), problems)
    closing = _id_list(loaded, ("closing",), data.get("closing"), problems)
    articles: list[Article] = []
    raw_articles = data.get("articles")
    if not isinstance(raw_articles, list) or not raw_articles:
        problems.append(_diag("LB002", "'articles' is a non-empty list of {heading, clauses}", loaded, ("articles",)))
        raw_articles = []
    for i, art in enumerate(raw_articles):
        if not isinstance(art, dict) or set(art) - {"heading", "clauses"} or "clauses" not in art:
            problems.append(
                _diag("LB002", "an article has 'heading' (per language) and 'clauses' (ids)", loaded, ("articles", i))
            )
            continue
        heading = art.get("heading")
        if not isinstance(heading, dict) or any(k not in LANGS or not isinstance(v, str) for k, v in heading.items()):
            problems.append(
                _diag("LB002", "an article heading maps each language to its text", loaded, ("articles", i, "heading"))
            )
            continue
        ids = _id_list(loaded, ("articles", i, "clauses"), art.get("clauses"), problems)
        articles.append(Article(dict(heading), ids, i))
    if problems:
        return None, problems
    return AgreementTemplate(tid, kind, title, preamble, tuple(articles), closing, loaded.file, loaded), []


# ---------------------------------------------------------------- the overlay
def bundled_folder() -> Path:
    from termsmith.resources import bundled_root

    return bundled_root()


def load_library(folders: list[Path] | None = None, *, include_bundled: bool = True) -> Library:
    """The bundled library (unless excluded) with ``folders`` laid over it, in order."""
    chain: list[Path] = ([bundled_folder()] if include_bundled else []) + list(folders or [])
    library = Library(folders=chain)
    seen: set[Path] = set()
    for folder in chain:
        if not folder.is_dir():
            library.diagnostics.append(
                Diagnostic(
                    "LB001",
                    Severity.ERROR,
                    "library folder not found",
                    str(folder),
                    hint="--library takes a folder with clauses/ and agreements/",
                )
            )
            continue
        layout = layout_of(folder)
        for path in layout.clause_files:
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
            clause, problems = load_clause(path)
            library.diagnostics += problems
            if clause is not None:
                library.clauses[clause.id] = clause
        for path in layout.template_files:
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
            template, problems = load_template(path)
            library.diagnostics += problems
            if template is not None:
                library.agreements[template.id] = template
    return library


def library_fingerprint(folders: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and mtimes of every library file: a cache key that changes with any edit."""
    out = []
    for folder in folders:
        if not folder.is_dir():
            continue
        layout = layout_of(folder)
        for path in (*layout.clause_files, *layout.template_files):
            st = os.stat(path)
            out.append((str(path.resolve()), st.st_size, st.st_mtime_ns))
    return tuple(out)
