"""The clause library in memory: clause files, agreement templates, and their overlay.

A clause file (``clauses/<id>.yaml``) holds one clause: metadata, a title and a
Jinja2 text per language. An agreement template (``agreements/<id>.yaml``) lists
the clauses of one document kind in order. A ``Library`` is the bundled library
with any user folders laid over it: a later folder's clause or template replaces
an earlier one with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.yaml_loader import LoadedYaml

Status = Literal["draft", "approved", "deprecated"]
STATUSES: tuple[Status, ...] = ("draft", "approved", "deprecated")
DOCUMENT_KINDS = {"agreement": "service-agreement", "quote": "quote"}


@dataclass(frozen=True, slots=True)
class ClauseFile:
    """One clause as read from its file (not yet rendered)."""

    id: str
    version: str
    status: Status
    applies_when: str | None
    title: dict[str, str]
    text: dict[str, str]
    file: str  # the name used in diagnostics
    sha256: str  # of the file's bytes
    loaded: LoadedYaml = field(compare=False, repr=False)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.text)

    def position(self, *path: str | int) -> Position:
        return self.loaded.position(tuple(path))


@dataclass(frozen=True, slots=True)
class Article:
    heading: dict[str, str]
    clauses: tuple[str, ...]
    index: int  # position in the template's ``articles`` list, for diagnostics


@dataclass(frozen=True, slots=True)
class AgreementTemplate:
    id: str
    kind: Literal["agreement", "quote"]
    title: dict[str, str]
    preamble: tuple[str, ...]
    articles: tuple[Article, ...]
    closing: tuple[str, ...]
    file: str
    loaded: LoadedYaml = field(compare=False, repr=False)

    def clause_refs(self) -> list[tuple[str, tuple[str | int, ...]]]:
        """Every clause id the template names, with its YAML path."""
        refs: list[tuple[str, tuple[str | int, ...]]] = []
        refs += [(cid, ("preamble", i)) for i, cid in enumerate(self.preamble)]
        for article in self.articles:
            refs += [(cid, ("articles", article.index, "clauses", j)) for j, cid in enumerate(article.clauses)]
        refs += [(cid, ("closing", i)) for i, cid in enumerate(self.closing)]
        return refs


@dataclass(slots=True)
class Library:
    clauses: dict[str, ClauseFile] = field(default_factory=dict)
    agreements: dict[str, AgreementTemplate] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def template_for(self, kind: str) -> AgreementTemplate | None:
        wanted = DOCUMENT_KINDS.get(kind, kind)
        return self.agreements.get(wanted)

    def languages(self) -> tuple[str, ...]:
        """Every language some clause of the library has: what the library claims."""
        from termsmith.spec.types import LANGS

        found = {lang for c in self.clauses.values() for lang in c.text}
        return tuple(lang for lang in LANGS if lang in found)


class LibraryError(Exception):
    """A clause library that cannot produce a document; ``diagnostics`` say where and why."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        first = diagnostics[0] if diagnostics else None
        where = f"{first.file}:{first.line}:{first.col}: " if first else ""
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        super().__init__(f"{where}{first.message if first else 'broken clause library'}{more}")
