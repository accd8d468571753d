"""Where a term sits in the agreement: spec path → article (and clause) number.

Assembly records, for every clause, the spec values its template read
(``Provenance.values_read``: dotted path → rendered value). A requirement's
concrete spec path (``severity_levels[0].response``) is matched against those
paths; the best match names the clause. When assembly fails, the locator is
empty, reports fall back to the spec path, and ``ClauseLocator.problem`` holds an
LB041 warning that says why (the check command prints it and exits 2): a Clause
column that empties silently would hide a bug.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termsmith.diagnostics import Diagnostic, Severity
from termsmith.document.model import Document

_INDEX = re.compile(r"\[([^\]]*)\]")


def normalise(path: str) -> tuple[str, ...]:
    """``spec.severity_levels[0].response`` → ``("severity_levels", "[0]", "response")``."""
    text = _INDEX.sub(r".[\1]", path.strip())
    parts = tuple(p for p in text.split(".") if p)
    return parts[1:] if parts[:1] == ("spec",) else parts


def _generic(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for p in parts if not p.startswith("["))


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):  # a common prefix: the paths differ in length
        if x != y:
            break
        n += 1
    return n


def _tier(want: tuple[str, ...], have: tuple[str, ...]) -> int:
    """How well a clause's read path ``have`` places the requirement's path ``want``."""
    if not want or not have:
        return 0
    if have == want:
        return 5
    if have[: len(want)] == want:
        return 4  # the clause reads a field inside the requirement's value
    if want[: len(have)] == have:
        return 3  # the clause reads the whole section the value belongs to
    gw, gh = _generic(want), _generic(have)
    if gh == gw or gh[: len(gw)] == gw:
        return 2  # same field of another element (another severity level)
    if gw[:1] == gh[:1]:
        return 1  # the same top-level section
    return 0


@dataclass(frozen=True, slots=True)
class Location:
    label: str  # "第四条 4.2" / "Article 4, 4.2"
    anchor: str
    heading: str


class ClauseLocator:
    """Maps spec paths to article numbers of one assembled agreement.

    ``entries`` holds each clause's location and the spec paths it read. The best
    clause for a path has the closest read (exact, inside, around, same field of
    another element), then the longest shared prefix, then the most reads under
    that prefix (the clause that describes the element, not one that names it);
    ties go to the earlier clause.
    """

    def __init__(self, entries: list[tuple[Location, list[tuple[str, ...]]]], problem: Diagnostic | None = None):
        self.entries = entries
        self.problem = problem  # why the clauses could not be located (LB041), when they could not

    def __bool__(self) -> bool:
        return bool(self.entries)

    def locate(self, path: str | None) -> Location | None:
        if not path or not self.entries:
            return None
        want = normalise(path)
        best: tuple[tuple[int, int, int], Location | None] = ((0, 0, 0), None)
        for location, reads in self.entries:
            score = max(((_tier(want, have), _common(want, have)) for have in reads), default=(0, 0))
            if score[0] == 0:
                continue
            count = sum(1 for have in reads if _common(want, have) >= score[1])
            key = (score[0], score[1], count)
            if key > best[0]:
                best = (key, location)
        return best[1]


def from_document(doc: Document, lang: str) -> ClauseLocator:
    entries: list[tuple[Location, list[tuple[str, ...]]]] = []
    for section in doc.sections:
        number = section.number.get(lang) or next(iter(section.number.values()), "")
        heading = section.heading.get(lang) or next(iter(section.heading.values()), "")
        for clause in section.clauses:
            if clause.provenance is None:
                continue
            prov = clause.provenance
            if prov.by_number:  # each sub-clause with the reads it printed
                for sub, paths in prov.by_number:
                    entries.append(
                        (_location(number, sub, lang, section.anchor, heading), [normalise(p) for p in paths])
                    )
                continue
            entries.append(
                (
                    _location(number, clause.number, lang, section.anchor, heading),
                    [normalise(read_path) for read_path, _ in prov.values_read],
                )
            )
    return ClauseLocator(entries)


def _location(article: str, sub: str | None, lang: str, anchor: str, heading: str) -> Location:
    label = article
    if sub:
        label = f"{article} {sub}" if lang != "en" else f"{article}, {sub}"
    return Location(label.strip(), anchor, heading)


def for_spec(document: Any, lang: str, source: Path | None = None) -> ClauseLocator:
    """Assemble the spec's agreement and index it. When that fails in the report language and in the
    spec's first output language, an empty locator whose ``problem`` says why."""
    from termsmith.assembly import assemble

    spec_langs = list(document.spec.languages.output)
    error: Exception | None = None
    for languages in ((lang,), tuple(spec_langs[:1])):
        try:
            source_bytes = source.read_bytes() if source is not None else b""
            doc = assemble(document, kind="agreement", languages=languages, spec_source=source_bytes)
        except Exception as exc:  # reported below as LB041, never dropped
            if os.environ.get("TERMSMITH_DEBUG"):
                import traceback

                traceback.print_exc()
            error = exc
            continue
        return from_document(doc, lang if lang in languages else languages[0])
    return ClauseLocator([], _not_located(error, str(source) if source is not None else "<spec>"))


def _not_located(error: Exception | None, file: str) -> Diagnostic:
    reason = f"{type(error).__name__}: {error}" if error is not None else "no language to assemble in"
    return Diagnostic(
        "LB041",
        Severity.WARNING,
        f"cannot name the clauses: assembling the agreement failed ({reason})",
        file,
        hint="the Clause column shows spec paths instead; run with TERMSMITH_DEBUG=1 for the "
        "traceback, or --no-clauses to skip clause lookup",
    )
