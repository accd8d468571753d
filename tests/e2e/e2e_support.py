"""Shared helpers for the end-to-end tests: read rendered files back and list the
facts of a spec an agreement or a quote must state.

Expected phrases are computed with the clause library's own helpers
(``duration``, ``time_limit``, ``money``, ``amount``, ``percent``, ``party``,
capital numerals), so a test fails when a renderer drops or mangles a fact, not
when a clause is reworded.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))
LANG_OPTIONS = ("zh-Hans", "zh-Hant", "en", "bilingual")
_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """``text`` without whitespace and invisible format marks (Cf: LRM, RLM, ZWJ…).

    PDF extraction breaks long CJK runs and table cells with line breaks, and a
    mark that has no glyph leaves no text in a PDF; neither is a lost fact.
    """
    return "".join(ch for ch in _SPACE.sub("", text) if unicodedata.category(ch) != "Cf")


# ---------------------------------------------------------------- loading and languages
def load_sample(path: Path) -> Any:
    """The validated ServiceSpecDocument of ``path`` (asserts it is valid)."""
    from termsmith.validation import validate_path

    result = validate_path(path)
    assert result.ok, [f"{d.line}:{d.col} {d.message}" for d in result.diagnostics]
    return result.document


def languages_for(document: Any, lang: str) -> tuple[str, ...]:
    """What ``--lang lang`` means for this spec, exactly as the CLI resolves it."""
    from termsmith.api import languages_for as resolve

    return resolve(document.spec, lang)


# ---------------------------------------------------------------- reading back
def _docx_paragraph_texts(container: Any) -> Iterator[str]:
    """Paragraphs and (nested) table cells of a python-docx container, in order."""
    for paragraph in container.paragraphs:
        yield paragraph.text
    for table in container.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from _docx_paragraph_texts(cell)


def docx_text(data: bytes) -> str:
    """All text of a .docx: body paragraphs, table cells, headers and footers."""
    import docx

    word = docx.Document(io.BytesIO(data))
    parts = list(_docx_paragraph_texts(word))
    for section in word.sections:
        for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            if not part.is_linked_to_previous:
                parts.extend(_docx_paragraph_texts(part))
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    """The extracted text of every page of a PDF, read as a reader reads it: a sentence that a page
    break splits continues on the next page, so each page's running header and footer (the lines
    that open or close most pages alike, page numbers aside) are taken out of the flow and
    read once, after the body."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    tops, bottoms = _running_lines(pages)
    body: list[str] = []
    running: dict[str, None] = {}  # in order, once each
    for lines in pages:
        start, end = 0, len(lines)
        while start < end and start < 2 and _page_key(lines[start]) in tops:
            running[lines[start]] = None
            start += 1
        while end > start and len(lines) - end < 2 and _page_key(lines[end - 1]) in bottoms:
            running[lines[end - 1]] = None
            end -= 1
        body += lines[start:end]
    return "\n".join(body + list(running))


def _page_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def _running_lines(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """The (digit-blind) lines that open, and that close, more than half of the pages (two at least)."""
    from collections import Counter

    need = max(2, len(pages) // 2 + 1)
    tops = Counter(_page_key(line) for lines in pages for line in set(lines[:2]))
    bottoms = Counter(_page_key(line) for lines in pages for line in set(lines[-2:]))
    return ({k for k, n in tops.items() if n >= need and k}, {k for k, n in bottoms.items() if n >= need and k})


def present(facts: dict[str, str], text: str) -> set[str]:
    """The keys of ``facts`` whose phrase occurs in ``text``, whitespace ignored."""
    flat = squash(text)
    return {key for key, phrase in facts.items() if squash(phrase) in flat}


def missing(facts: dict[str, str], text: str) -> dict[str, str]:
    found = present(facts, text)
    return {k: v for k, v in facts.items() if k not in found}


# ---------------------------------------------------------------- expected facts
def _render_context(spec: Any, lang: str, quote: Any = None) -> Any:
    from termsmith.library.helpers import RenderContext

    return RenderContext(spec, lang, {}, "e2e", None, quote, (lang,))


def _helpers(spec: Any, lang: str, quote: Any = None) -> dict[str, Any]:
    from termsmith.library.helpers import template_context

    return template_context(_render_context(spec, lang, quote))


_IP_OWNER = {  # the source-code sentence of clauses/intellectual-property.yaml, per owner
    "zh-Hans": ("源代码", "归{}所有", {"joint": "甲乙双方共同"}),
    "zh-Hant": ("原始碼", "歸{}所有", {"joint": "甲乙雙方共同"}),
    "en": ("source code", "belong to {}", {"joint": "the Client and the Vendor jointly"}),
}


def ip_owner_pattern(spec: Any, lang: str) -> re.Pattern[str]:
    """Source code … owned by <owner> within one sentence, on whitespace-free text."""
    from termsmith.library.helpers import party

    word, phrase, special = _IP_OWNER[lang]
    owner_role = spec.intellectual_property.source_code_owner.value
    owner = special.get(owner_role) or party(owner_role, lang)
    stop = "。" if lang != "en" else "."
    return re.compile(re.escape(squash(word)) + f"[^{stop}]*?" + re.escape(squash(phrase.format(owner))))


def agreement_facts(spec: Any, langs: Iterable[str]) -> dict[str, str]:
    """Label → phrase for every fact an agreement must state, in each of ``langs``."""
    facts: dict[str, str] = {}
    for lang in langs:
        h = _helpers(spec, lang)
        for role in ("client", "vendor"):
            facts[f"{lang}: {role} legal name"] = h["t"](spec.party(role).legal_name)
        for level in spec.severity_levels:
            for name in ("response", "resolution"):
                facts[f"{lang}: {level.id} {name}"] = h["time_limit"](level, name)
        facts[f"{lang}: free period"] = h["duration"](spec.free_maintenance.length)
        for fee in spec.fees.recurring:
            facts[f"{lang}: recurring {fee.id}"] = h["money"](fee.amount)
        for item in spec.fees.rate_card:
            if item.price is not None:
                facts[f"{lang}: rate {item.id}"] = h["money"](item.price)
        for i, milestone in enumerate(spec.payment.milestones):
            facts[f"{lang}: milestone {i} percent"] = h["percent"](milestone.percent)
            facts[f"{lang}: milestone {i} name"] = h["t"](milestone.name)
        disputes = spec.disputes
        forum = disputes.court.name if disputes.court is not None else disputes.arbitration.institution
        facts[f"{lang}: forum"] = h["t"](forum)
    return facts


def quote_facts(spec: Any, quote: Any, langs: Iterable[str]) -> dict[str, str]:
    """Label → phrase for every amount a quote must state, in each of ``langs``."""
    from termsmith.library.numerals import capital_amount

    facts: dict[str, str] = {}
    for lang in langs:
        h = _helpers(spec, lang, quote)
        for role in ("client", "vendor"):
            facts[f"{lang}: {role} legal name"] = h["t"](spec.party(role).legal_name)
        for line in quote.lines:
            facts[f"{lang}: line {line.id}"] = h["money"](line.amount)
            facts[f"{lang}: unit price {line.id}"] = h["money"](line.unit_price)
        facts[f"{lang}: subtotal"] = h["money"](quote.subtotal)
        facts[f"{lang}: net"] = h["money"](quote.net)
        facts[f"{lang}: tax"] = h["money"](quote.tax)
        facts[f"{lang}: total"] = h["money"](quote.total)
        if lang.startswith("zh"):
            facts[f"{lang}: total in capitals"] = capital_amount(quote.total.amount, lang, quote.currency)
        for i, (_, due) in enumerate(quote.milestones):
            facts[f"{lang}: milestone {i} amount"] = h["money"](due)
    return facts


def assembled(document: Any, kind: str, langs: tuple[str, ...], source: bytes = b"") -> Any:
    from termsmith.assembly import assemble

    return assemble(document, kind=kind, languages=langs, spec_source=source)


def render_texts(spec_path: str, lang: str, kind: str) -> tuple[tuple[str, ...], str, str]:
    """Assemble ``spec_path`` as the CLI would for ``--lang lang`` and read DOCX and PDF back.

    Returns (languages, DOCX text, PDF text). Module-level so a process pool can run it.
    """
    from termsmith.rendering import render_docx, render_pdf

    path = Path(spec_path)
    document = load_sample(path)
    langs = languages_for(document, lang)
    doc = assembled(document, kind, langs, path.read_bytes())
    return langs, docx_text(render_docx(doc)), pdf_text(render_pdf(doc))
