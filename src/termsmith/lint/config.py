"""Lint configuration: which rules run, at which severity, for which files.

Read from ``[tool.termsmith.lint]`` in ``pyproject.toml`` or ``[lint]`` in
``termsmith.toml`` — the nearest one found upward from the linted file, or the
file given with ``--config``. Keys (kebab or snake case)::

    select = ["V", "S"]            # codes or prefixes; default ["ALL"]
    ignore = ["VQ001"]
    [tool.termsmith.lint.severity] # severity overrides by code or prefix
    VQ = "info"
    [tool.termsmith.lint.per-file-ignores]
    "drafts/*.md" = ["VS"]

As in ruff, the most specific selector wins, and ``ignore`` wins a tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Position, Severity

KNOWN_KEYS = {"select", "ignore", "extend-select", "severity", "per-file-ignores"}


class ConfigError(Exception):
    """An unreadable configuration, carried as a diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    root: Path | None = None  # folder the per-file patterns are relative to
    source: str | None = None  # the file it came from

    def with_cli(self, select: list[str] | None, ignore: list[str] | None) -> LintConfig:
        """CLI ``--select`` replaces the configured selection; ``--ignore`` adds to it."""
        return replace(
            self,
            select=tuple(s.upper() for s in select) if select else self.select,
            ignore=self.ignore + tuple(s.upper() for s in ignore or ()),
        )

    def ignores_for(self, file: str) -> tuple[str, ...]:
        rel = _relative(file, self.root)
        name = Path(file).name
        import fnmatch

        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(name, pattern):
                out.extend(codes)
        return tuple(out)

    def enabled(self, code: str, file: str | None = None) -> bool:
        ignore = self.ignore + (self.ignores_for(file) if file else ())
        return _specificity(code, self.select) > _specificity(code, ignore)

    def selector(self, file: str | None = None) -> Callable[[str], bool]:
        """``enabled`` for one file, memoised by code (per-file patterns matched once)."""
        ignore = self.ignore + (self.ignores_for(file) if file else ())
        memo: dict[str, bool] = {}

        def enabled(code: str) -> bool:
            if code not in memo:
                memo[code] = _specificity(code, self.select) > _specificity(code, ignore)
            return memo[code]

        return enabled

    def keeps_everything(self, file: str | None = None) -> bool:
        """Every rule runs at its default severity for ``file`` (selection and
        overrides change nothing), so the per-finding passes can be skipped."""
        return (
            "ALL" in self.select
            and not self.ignore
            and not self.severity
            and not (file and self.per_file_ignores and self.ignores_for(file))
        )

    def severity_for(self, code: str, default: Severity) -> Severity:
        best = max((k for k in self.severity if _matches(code, k)), key=len, default=None)
        return self.severity[best] if best is not None else default


def _relative(file: str, root: Path | None) -> str:
    path = Path(file)
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _matches(code: str, selector: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def _specificity(code: str, selectors: tuple[str, ...]) -> int:
    """Length of the longest selector that matches ``code`` (ALL = 0, none = -1)."""
    return max((0 if s == "ALL" else len(s) for s in selectors if _matches(code, s)), default=-1)


# ---------------------------------------------------------------- discovery


def find_config_file(start: Path) -> Path | None:
    """The nearest ``termsmith.toml``, or ``pyproject.toml`` with a termsmith lint table."""
    folder = start if start.is_dir() else start.parent
    for d in (folder.resolve(), *folder.resolve().parents):
        own = d / "termsmith.toml"
        if own.is_file():
            return own
        pyproject = d / "pyproject.toml"
        if pyproject.is_file() and "[tool.termsmith" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


@cache
def config_for(file: Path) -> LintConfig:
    """The configuration that applies to ``file`` (default when none is found)."""
    found = find_config_file(file)
    return load_config(found) if found else LintConfig()


@cache
def load_config(path: Path) -> LintConfig:
    """Read one config file; raises :class:`ConfigError` with a positioned diagnostic."""
    import tomllib  # only when a config file exists: a cold 'termsmith lint' without one skips it

    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(path, text, f"TOML syntax error: {exc}", _toml_position(str(exc))) from None
    table = (
        data.get("tool", {}).get("termsmith", {}).get("lint", {})
        if path.name == "pyproject.toml"
        else data.get("lint", {})
    )
    if not isinstance(table, dict):
        raise _error(path, text, "the lint configuration must be a table")
    return _parse_table(table, path, text)


def _parse_table(table: dict[str, Any], path: Path, text: str) -> LintConfig:
    from termsmith.lint.registry import is_known_selector

    norm = {k.replace("_", "-"): v for k, v in table.items()}
    for key in norm:
        if key not in KNOWN_KEYS:
            raise _error(path, text, f"unknown key {key!r} (expected one of {', '.join(sorted(KNOWN_KEYS))})", key=key)

    def codes(key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _error(path, text, f"{key} must be a list of rule codes or prefixes", key=key)
        for v in value:
            if not is_known_selector(v):
                raise _error(path, text, f"{key}: unknown rule selector {v!r}", key=v)
        return tuple(v.upper() for v in value)

    select = codes("select", norm.get("select", ["ALL"])) + codes("extend-select", norm.get("extend-select", []))
    ignore = codes("ignore", norm.get("ignore", []))
    severity: dict[str, Severity] = {}
    for sel, value in _table(norm, "severity", path, text).items():
        codes("severity", [sel])
        if value not in {s.value for s in Severity}:
            raise _error(path, text, f"severity for {sel!r} must be error, warning or info, not {value!r}", key=sel)
        severity[sel.upper()] = Severity(value)
    per_file = {
        pat: codes(f"per-file-ignores[{pat!r}]", v) for pat, v in _table(norm, "per-file-ignores", path, text).items()
    }
    return LintConfig(select, ignore, severity, per_file, root=path.parent, source=str(path))


def _table(norm: dict[str, Any], key: str, path: Path, text: str) -> dict[str, Any]:
    value = norm.get(key, {})
    if not isinstance(value, dict):
        raise _error(path, text, f"{key} must be a table", key=key)
    return value


def _toml_position(message: str) -> Position:
    m = re.search(r"line (\d+), column (\d+)", message)
    return Position(int(m.group(1)), int(m.group(2))) if m else Position(1, 1)


def _error(path: Path, text: str, message: str, at: Position | None = None, key: str | None = None) -> ConfigError:
    from termsmith.lint.rules.meta import M004

    if at is None and key is not None:
        at = _find_key(text, key)
    return ConfigError(M004.diagnostic(str(path), at or Position(1, 1), message=message))


def _find_key(text: str, key: str) -> Position | None:
    for n, line in enumerate(text.splitlines(), 1):
        col = line.find(key)
        if col >= 0 and not line.lstrip().startswith("#"):
            return Position(n, col + 1)
    return None


def apply_config(
    diagnostics: list[Diagnostic], config: LintConfig, file: str, defaults: dict[str, Severity]
) -> list[Diagnostic]:
    """Drop disabled rules' findings and apply severity overrides. ``defaults`` maps
    each rule code to its default severity; an override replaces that default only
    (a finding already lowered to info, e.g. a bounded vague term, stays info).
    Codes that are not lint rules (loader and validation errors) pass unchanged."""
    out: list[Diagnostic] = []
    enabled = config.selector(file)
    overrides: dict[str, Severity] = {}
    for d in diagnostics:
        default = defaults.get(d.code)
        if default is None:
            out.append(d)
        elif enabled(d.code):
            if d.code not in overrides:
                overrides[d.code] = config.severity_for(d.code, default)
            sev = overrides[d.code] if d.severity is default else d.severity
            out.append(d if sev is d.severity else d.with_severity(sev))
    return out
