"""Assembly: a validated spec and the clause library → one renderer-neutral ``Document``.

``assemble(doc, kind=..., languages=..., library=..., spec_source=...)`` is what
``render``, ``quote`` and ``review`` call; ``assemble_with_record`` also returns
each clause as it went in (for the review report); ``lint_document`` runs the
language rules over the assembled text, so vague words that came in through
spec values are caught too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from termsmith.assembly.builder import AssembledClause, Assembly, build
from termsmith.assembly.text import document_lines, lint_document

if TYPE_CHECKING:
    from termsmith.document.model import Document
    from termsmith.spec.model import ServiceSpecDocument

__all__ = ["AssembledClause", "Assembly", "assemble", "assemble_with_record", "document_lines", "lint_document"]


def assemble(
    doc: ServiceSpecDocument,
    *,
    kind: str = "agreement",
    languages: tuple[str, ...] | None = None,
    library: list[Path] | None = None,
    spec_source: bytes = b"",
) -> Document:
    """The Document of ``kind`` ("agreement" or "quote") for ``doc``.

    ``languages`` None means the spec's ``languages.output``; ``library`` folders
    override or add clauses by id on top of the bundled library. Raises
    ``termsmith.library.LibraryError`` (positioned diagnostics) for a broken library.
    """
    return build(doc, kind=kind, languages=languages, library=library, spec_source=spec_source).document


def assemble_with_record(
    doc: ServiceSpecDocument,
    *,
    kind: str = "agreement",
    languages: tuple[str, ...] | None = None,
    library: list[Path] | None = None,
    spec_source: bytes = b"",
    include_bundled: bool = True,
    spec_file: str | None = None,
) -> Assembly:
    return build(
        doc,
        kind=kind,
        languages=languages,
        library=library,
        spec_source=spec_source,
        include_bundled=include_bundled,
        spec_file=spec_file,
    )
