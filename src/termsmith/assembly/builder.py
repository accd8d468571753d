"""Spec + clause library → one ``Document``, with each clause's provenance.

Order of work: load the library (bundled + ``--library`` folders), pick the
template of the document kind, decide which clauses apply (``applies_when``),
number the articles that keep at least one clause, then render every clause in
every output language and turn its text into numbered blocks. Every problem of
the library is collected and raised once as a ``LibraryError`` with positions.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from termsmith.assembly.markup import MarkupError, RawBlock, block_starts, split_blocks, strip_refs, to_blocks
from termsmith.diagnostics import Diagnostic, Severity, format_path
from termsmith.document.model import (
    Block,
    Clause,
    Document,
    DocumentMetadata,
    PageLabels,
    Paragraph,
    Provenance,
    Section,
    SignatureBlock,
    Table,
)
from termsmith.library import get_library
from termsmith.library.helpers import RenderContext, article_number, list_label
from termsmith.library.loader import CODE_NAMES
from termsmith.library.model import AgreementTemplate, ClauseFile, Library, LibraryError
from termsmith.library.render import ClauseRenderError, render_clause
from termsmith.punctuation import release
from termsmith.spec.types import LANGS

PAGE_LABELS = {
    "zh-Hans": PageLabels("第 ", " 页 共 ", " 页"),
    "zh-Hant": PageLabels("第 ", " 頁 共 ", " 頁"),
    "en": PageLabels("Page ", " of ", ""),
}


@dataclass(frozen=True, slots=True)
class AssembledClause:
    """One clause as it went into the document, for the review report."""

    clause: ClauseFile
    part: str  # "preamble" | "article" | "closing"
    article: int | None
    heading: dict[str, str] | None
    texts: dict[str, str]  # rendered text per language; tables shown as [caption]
    blocks: tuple[Block, ...]
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Assembly:
    document: Document
    clauses: tuple[AssembledClause, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (clause id, applies_when) left out for this spec


@dataclass(slots=True)
class _Run:
    library: Library
    template: AgreementTemplate
    spec: Any
    langs: tuple[str, ...]
    quote: Any
    metadata: Any
    spec_file: str
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    problems: list[Diagnostic] = field(default_factory=list)
    article_of: dict[str, int] = field(default_factory=dict)
    anchors: dict[int, str] = field(default_factory=dict)  # article number → its Section.anchor


def _template_diag(
    template: AgreementTemplate, code: str, message: str, path: tuple[str | int, ...], hint: str | None = None
) -> Diagnostic:
    return Diagnostic(
        code,
        Severity.ERROR,
        message,
        template.file,
        template.loaded.position(path),
        path=format_path(path),
        hint=hint,
        name=CODE_NAMES.get(code),
    )


def effective_languages(spec: Any, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    langs = tuple(languages) if languages else tuple(spec.languages.output)
    if not 1 <= len(langs) <= 2 or len(set(langs)) != len(langs) or any(lang not in LANGS for lang in langs):
        raise ValueError(f"languages must be one or two of {', '.join(LANGS)}, not {', '.join(langs) or 'none'}")
    return langs


def _with_languages(spec: Any, langs: tuple[str, ...]) -> Any:
    from termsmith.spec.service import Languages

    prevailing = None
    if len(langs) == 2:
        prevailing = spec.languages.prevailing if spec.languages.prevailing in langs else langs[0]
    return spec.model_copy(update={"languages": Languages(output=list(langs), prevailing=prevailing)})


def applies(clause: ClauseFile, spec: Any) -> bool:
    """Whether ``applies_when`` holds: the value exists and is non-empty / true."""
    if clause.applies_when is None:
        return True
    value: Any = spec
    for part in clause.applies_when.split(".")[1:]:
        if value is None:
            return False
        if not hasattr(value, part) or part.startswith("_"):
            raise LibraryError(
                [
                    Diagnostic(
                        "LB011",
                        Severity.ERROR,
                        f"applies_when: '{clause.applies_when}' is not a field of the spec model",
                        clause.file,
                        clause.position("applies_when"),
                        path="applies_when",
                        name=CODE_NAMES["LB011"],
                    )
                ]
            )
        value = getattr(value, part)
    if isinstance(value, (list, tuple, dict, str)):
        return len(value) > 0
    return value is not None and value is not False


# ---------------------------------------------------------------- planning
def _plan(run: _Run) -> tuple[list[str], list[tuple[int, int, list[str]]], list[str], list[tuple[str, str]]]:
    """Included preamble ids, articles (number, template index, ids), closing ids, skipped clauses."""
    skipped: list[tuple[str, str]] = []

    def keep(cid: str, path: tuple[str | int, ...]) -> bool:
        clause = run.library.clauses.get(cid)
        if clause is None:
            run.problems.append(
                _template_diag(
                    run.template,
                    "LB020",
                    f"agreement template names unknown clause '{cid}'",
                    path,
                    hint=f"add clauses/{cid}.yaml or remove the id",
                )
            )
            return False
        try:
            if applies(clause, run.spec):
                return True
        except LibraryError as exc:
            run.problems += exc.diagnostics
            return False
        skipped.append((cid, clause.applies_when or ""))
        return False

    preamble = [c for i, c in enumerate(run.template.preamble) if keep(c, ("preamble", i))]
    articles: list[tuple[int, int, list[str]]] = []
    for article in run.template.articles:
        ids = [c for j, c in enumerate(article.clauses) if keep(c, ("articles", article.index, "clauses", j))]
        if ids:
            number = len(articles) + 1
            articles.append((number, article.index, ids))
            run.anchors[number] = ids[0]
            for cid in ids:
                run.article_of.setdefault(cid, number)
    closing = [c for i, c in enumerate(run.template.closing) if keep(c, ("closing", i))]
    return preamble, articles, closing, skipped


# ---------------------------------------------------------------- rendering one clause
@dataclass(slots=True)
class _Rendered:
    raw: list[RawBlock]
    markers: dict[str, Block]
    shown: str
    reads: dict[str, str]
    block_of: dict[str, set[int]] = field(default_factory=dict)  # path → index of the raw block that first read it


def _render(run: _Run, clause: ClauseFile, lang: str) -> _Rendered:
    if lang not in clause.text:
        run.problems.append(
            Diagnostic(
                "LB022",
                Severity.ERROR,
                f"clause '{clause.id}' has no {lang} text",
                clause.file,
                clause.position("text"),
                path="text",
                name=CODE_NAMES["LB022"],
                hint=f"add 'text: {lang}: …' (and 'title: {lang}: …')",
            )
        )
        return _Rendered([], {}, "", {})
    rc = RenderContext(
        run.spec, lang, run.article_of, run.nonce, run.metadata, run.quote, run.langs, ref_targets=run.anchors
    )
    try:
        text, recorder = render_clause(clause, lang, rc, run.spec_file)
        raw = split_blocks(text, set(rc.markers))
    except ClauseRenderError as exc:
        run.problems.append(exc.diagnostic)
        return _Rendered([], {}, "", {})
    except MarkupError as exc:
        run.problems.append(
            Diagnostic(
                "LB013",
                Severity.ERROR,
                f"clause '{clause.id}' ({lang}): {exc}",
                clause.file,
                clause.position("text", lang),
                name=CODE_NAMES["LB013"],
            )
        )
        return _Rendered([], {}, "", {})
    shown = release(strip_refs(text))  # the clause as a reviewer reads it: values' marks unprotected
    for key, block in rc.markers.items():
        caption = block.caption if isinstance(block, Table) and block.caption else type(block).__name__
        shown = shown.replace(key, f"[{caption}]")
    shown = re.sub(r"\n[ \t]*(?:\n[ \t]*)+\n", "\n\n", re.sub(r"[ \t]+\n", "\n", shown))
    reads = dict(recorder.values())
    starts = block_starts(text)
    # a value belongs where it is first read: the table that states it, not a later loop over it
    block_of = {
        path: {max(0, bisect.bisect_right(starts, min(recorder.at[path])) - 1)}
        for path in reads
        if recorder.at.get(path)
    }
    return _Rendered(raw, rc.markers, shown.strip(), reads, block_of)


def _by_number(
    rendered: _Rendered, numbers: list[str], applies_when: str | None
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each read's sub-clause: the numbered paragraph it printed in, or for a list, table or
    note the paragraph before it (after it when none comes before). The clause's
    ``applies_when`` belongs to its first sub-clause."""
    if not numbers:
        return ()
    owner: list[str] = []
    it = iter(numbers)
    current: str | None = None
    for block in rendered.raw:
        if block.kind == "paragraph":
            current = next(it, current)
        owner.append(current or numbers[0])
    paths: dict[str, list[str]] = {n: [] for n in numbers}
    if applies_when:
        paths[numbers[0]].append(applies_when)
    for path, indexes in rendered.block_of.items():
        for index in sorted(indexes):
            if index < len(owner):
                paths[owner[index]].append(path)
    return tuple((n, tuple(sorted(set(p)))) for n, p in paths.items() if p)


def _provenance(
    clause: ClauseFile, reads: dict[str, str], by_number: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> Provenance:
    return Provenance(clause.id, clause.version, clause.status, clause.sha256, tuple(sorted(reads.items())), by_number)


def _clause_blocks(
    run: _Run, clause: ClauseFile, counters: dict[str, int] | None, article: int | None, part: str
) -> tuple[list[Block], dict[str, str], Provenance]:
    blocks: list[Block] = []
    texts: dict[str, str] = {}
    reads: dict[str, str] = {}
    by_number: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if clause.applies_when:
        reads[clause.applies_when] = "(applies)"
    for i, lang in enumerate(run.langs):
        rendered = _render(run, clause, lang)
        texts[lang] = rendered.shown
        for path, value in rendered.reads.items():
            reads.setdefault(path, value)  # the primary language's wording wins
        numbers = None
        if counters is not None and article is not None:
            count = sum(1 for r in rendered.raw if r.kind == "paragraph")
            numbers = [f"{article}.{counters[lang] + k + 1}" for k in range(count)]
            counters[lang] += count
            if i == 0:
                by_number = _by_number(rendered, list(numbers), clause.applies_when)
        lang_blocks = to_blocks(rendered.raw, lang, rendered.markers, numbers, list_label)
        if i > 0 and part == "closing":
            lang_blocks = [b for b in lang_blocks if not isinstance(b, SignatureBlock)]
        blocks += lang_blocks
    return blocks, texts, _provenance(clause, reads, by_number)


# ---------------------------------------------------------------- the document
def _title(run: _Run) -> dict[str, str]:
    own = run.spec.agreement.title if run.template.kind == "agreement" else None
    out = {}
    for lang in run.langs:
        if own is not None:
            out[lang] = own.get(lang)
        elif lang in run.template.title:
            out[lang] = run.template.title[lang]
        else:
            run.problems.append(_template_diag(run.template, "LB022", f"template has no {lang} title", ("title",)))
            out[lang] = ""
    return out


def created_date(spec: Any) -> date:
    """The signing date; else SOURCE_DATE_EPOCH; else the term start — never today."""
    signing: date | None = spec.agreement.signing_date
    if signing is not None:
        return signing
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    start: date = spec.term.start
    return start


def spec_hash(doc: Any, spec_source: bytes) -> str:
    data = spec_source or doc.model_dump_json(by_alias=True).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _metadata(run: _Run, doc: Any, title: dict[str, str], spec_source: bytes) -> DocumentMetadata:
    primary = run.langs[0]
    client = run.spec.client.legal_name.get(primary)
    vendor = run.spec.vendor.legal_name.get(primary)
    number = run.spec.agreement.number
    offers = offer_labels(doc)
    return DocumentMetadata(
        title=title[primary],
        subject=f"{client} / {vendor}",
        author=vendor,
        keywords=(client, vendor, number, *offers),
        spec_hash=spec_hash(doc, spec_source),
        created=created_date(run.spec),
        language=primary,  # type: ignore[arg-type]  # a str checked against LANGS on load; the model wants Lang
        offers=offers,
    )


def offer_labels(doc: Any) -> tuple[str, ...]:
    """Which standard offer (name, version, hash) a deal came from, for the document's metadata."""
    return tuple(f"offer {o.name} {o.version} sha256:{o.sha256}" for o in doc.metadata.offers)


def build(
    doc: Any,
    *,
    kind: str = "agreement",
    languages: tuple[str, ...] | None = None,
    library: list[Path] | None = None,
    spec_source: bytes = b"",
    include_bundled: bool = True,
    spec_file: str | None = None,
) -> Assembly:
    """Assemble ``doc`` (a ServiceSpecDocument); raises LibraryError for a broken library."""
    if kind not in ("agreement", "quote"):
        raise ValueError(f"kind must be 'agreement' or 'quote', not {kind!r}")
    lib = get_library(library, include_bundled=include_bundled)
    if lib.errors:
        raise LibraryError(lib.errors)
    template = lib.template_for(kind)
    if template is None:
        wanted = "service-agreement" if kind == "agreement" else "quote"
        raise LibraryError(
            [
                Diagnostic(
                    "LB025",
                    Severity.ERROR,
                    f"no agreement template '{wanted}' in the library",
                    str(lib.folders[-1]) if lib.folders else "<library>",
                    hint=f"add agreements/{wanted}.yaml",
                    name=CODE_NAMES["LB025"],
                )
            ]
        )
    langs = effective_languages(doc.spec, languages)
    spec = _with_languages(doc.spec, langs)
    quote = None
    if kind == "quote":
        from termsmith.pricing import price_quote

        quote = price_quote(spec)
    run = _Run(lib, template, spec, langs, quote, doc.metadata, spec_file or f"spec '{doc.metadata.name}'")
    return _assemble(run, doc, spec_source)


def _assemble(run: _Run, doc: Any, spec_source: bytes) -> Assembly:
    preamble_ids, articles, closing_ids, skipped = _plan(run)
    record: list[AssembledClause] = []

    def unnumbered(ids: list[str], part: str) -> list[Block]:
        out: list[Block] = []
        for cid in ids:
            clause = run.library.clauses[cid]
            blocks, texts, prov = _clause_blocks(run, clause, None, None, part)
            out += blocks
            record.append(AssembledClause(clause, part, None, None, texts, tuple(blocks), prov))
        return out

    preamble = unnumbered(preamble_ids, "preamble")
    sections: list[Section] = []
    for number, index, ids in articles:
        article = run.template.articles[index]
        heading = {}
        for lang in run.langs:
            if lang not in article.heading:
                run.problems.append(
                    _template_diag(
                        run.template, "LB022", f"article heading has no {lang} text", ("articles", index, "heading")
                    )
                )
            heading[lang] = article.heading.get(lang, "")
        counters = dict.fromkeys(run.langs, 0)
        clauses: list[Clause] = []
        for cid in ids:
            clause = run.library.clauses[cid]
            blocks, texts, prov = _clause_blocks(run, clause, counters, number, "article")
            first = next((b.label for b in blocks if isinstance(b, Paragraph) and b.label), None)
            clauses.append(Clause(tuple(blocks), prov, first))
            record.append(AssembledClause(clause, "article", number, heading, texts, tuple(blocks), prov))
        numbers = {lang: article_number(number, lang) for lang in run.langs}
        sections.append(Section(ids[0], numbers, heading, tuple(clauses)))
    closing = unnumbered(closing_ids, "closing")
    title = _title(run)
    if run.problems:
        raise LibraryError(_dedupe(run.problems))
    primary = run.langs[0]
    number = run.spec.agreement.number
    name = getattr(doc.metadata, "name", "spec")
    document = Document(
        kind=run.template.kind,
        languages=run.langs,  # type: ignore[arg-type]  # str checked against LANGS on load; the model wants Lang
        title=title,
        number=number,
        header_text=f"{title[primary]}  {number}",
        page_labels=PAGE_LABELS[primary],
        metadata=_metadata(run, doc, title, spec_source),
        preamble=tuple(preamble),
        sections=tuple(sections),
        closing=tuple(closing),
        attachments=((f"{name}.yaml", spec_source),) if spec_source else (),
    )
    return Assembly(document, tuple(record), tuple(skipped))


def _dedupe(problems: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, str, int, int, str]] = set()
    out = []
    for d in problems:
        key = (d.code, d.file, d.line, d.col, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out
