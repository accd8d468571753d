"""Layout decisions both back ends share, made once from the Document.

``flow(doc)`` flattens a Document into the sequence a reader sees — title,
article headings, clause headings, blocks — with every string cleaned
(``text_clean``). The DOCX and HTML renderers only map these items to their
format; neither computes wording, numbering, column widths or page labels itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from termsmith.document.model import (
    Block,
    Cell,
    Clause,
    Document,
    Figure,
    Lang,
    ListBlock,
    Paragraph,
    Ref,
    Section,
    SignatureBlock,
    SignatureParty,
    Table,
)
from termsmith.rendering.nobreak import keep_spaced_numbers, keep_together
from termsmith.rendering.text_clean import clean_text


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    lang: Lang


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line; bilingual headings carry one span per language."""

    level: int  # 0 document title, 1 article, 2 clause
    spans: tuple[Span, ...]
    anchor: str | None = None
    numbers: tuple[str, ...] = ()  # per span, the article number its text starts with ("第一条"), or ""

    @property
    def lang(self) -> Lang:
        return self.spans[0].lang


Item = Heading | Block


@dataclass(frozen=True, slots=True)
class PageLabelParts:
    """The footer around the page numbers, and the running header text (cleaned)."""

    before: str
    middle: str
    after: str
    header: str


def page_label_parts(doc: Document) -> PageLabelParts:
    labels = doc.page_labels
    return PageLabelParts(
        clean_text(labels.before), clean_text(labels.middle), clean_text(labels.after), clean_text(doc.header_text)
    )


def flow(doc: Document) -> Iterator[Item]:
    """Every item of ``doc`` in reading order, cleaned and ready to lay out."""
    for _, items in grouped_flow(doc):
        yield from items


def grouped_flow(doc: Document) -> Iterator[tuple[str, list[Item]]]:
    """``flow`` in groups with stable keys — ``title``, ``preamble``, ``article:<anchor>`` (the heading),
    ``clause:<id>``, ``closing`` — so two versions of a document can be aligned by what they say."""
    yield "title", [title_heading(doc)]
    yield "preamble", [clean_block(b) for b in doc.preamble]
    for section in doc.sections:
        heading = list(_heading_items(section, doc.languages))
        if heading:
            yield f"article:{section.anchor}", heading
        for index, clause in enumerate(section.clauses):
            key = clause.provenance.clause_id if clause.provenance else f"{section.anchor}#{index}"
            yield f"clause:{key}", list(_clause_items(clause, doc.languages[0]))
    yield "closing", [clean_block(b) for b in doc.closing]


def title_heading(doc: Document) -> Heading:
    spans = tuple(Span(clean_text(doc.title[lang]), lang) for lang in doc.languages if doc.title.get(lang))
    return Heading(0, spans, "title")


def _heading_items(section: Section, languages: tuple[Lang, ...]) -> Iterator[Item]:
    spans, numbers = [], []
    for lang in languages:
        number = clean_text(section.number.get(lang, ""))
        text = " ".join(p for p in (number, clean_text(section.heading.get(lang, ""))) if p)
        if text:
            spans.append(Span(text, lang))
            numbers.append(number)
    if spans:
        yield Heading(1, tuple(spans), section.anchor, tuple(numbers))


def _clause_items(clause: Clause, fallback: Lang) -> Iterator[Item]:
    blocks = [clean_block(b) for b in clause.blocks]
    if clause.title:
        text = " ".join(p for p in (clause.number, clause.title) if p)
        yield Heading(2, (Span(clean_text(text), _first_lang(blocks, fallback)),))
    elif clause.number and blocks and isinstance(blocks[0], Paragraph) and not blocks[0].label:
        blocks[0] = dataclasses.replace(blocks[0], label=clean_text(clause.number))
    yield from blocks


def _first_lang(blocks: list[Block], fallback: Lang) -> Lang:
    for block in blocks:
        lang: Lang | None = getattr(block, "lang", None)
        if lang:
            return lang
    return fallback


def _text(text: str) -> str:
    """Running text, cleaned, with the spaces inside numbers glued (``nobreak``)."""
    return keep_spaced_numbers(clean_text(text))


def _cell_text(text: str) -> str:
    """A narrow cell's text, cleaned, with every token a reader must see whole glued (``nobreak``)."""
    return keep_together(clean_text(text))


def _clean_paragraph(block: Paragraph) -> Paragraph:
    label = clean_text(block.label) if block.label else block.label
    text, refs = _clean_with_refs(block.text, block.refs)
    return dataclasses.replace(block, text=text, label=label, refs=refs)


def clean_block(block: Block) -> Block:
    """A copy of ``block`` with every string passed through ``clean_text`` (and running text and
    cells through ``keep_together``)."""
    if isinstance(block, Paragraph):
        return _clean_paragraph(block)
    if isinstance(block, ListBlock):
        return dataclasses.replace(block, items=tuple(_clean_paragraph(i) for i in block.items))
    if isinstance(block, Table):
        return dataclasses.replace(
            block,
            header=tuple(_clean_row(r) for r in block.header),
            rows=tuple(_clean_row(r) for r in block.rows),
            caption=clean_text(block.caption) if block.caption else block.caption,
        )
    if isinstance(block, SignatureBlock):
        return dataclasses.replace(
            block,
            parties=tuple(_clean_party(p) for p in block.parties),
            note=clean_text(block.note) if block.note else block.note,
        )
    if isinstance(block, Figure):
        return dataclasses.replace(block, caption=clean_text(block.caption))
    raise TypeError(f"unknown block type {type(block).__name__}")


def _clean_with_refs(text: str, refs: tuple[Ref, ...]) -> tuple[str, tuple[Ref, ...]]:
    """Running text cleaned (``_text``) piece by piece, so each reference still covers its own words."""
    if not refs:
        return _text(text), refs
    out, moved, last = "", [], 0
    for ref in refs:
        out += _text(text[last : ref.start])
        start = len(out)
        out += _text(text[ref.start : ref.end])
        moved.append(Ref(start, len(out), ref.target))
        last = ref.end
    return out + _text(text[last:]), tuple(moved)


def _clean_row(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    return tuple(dataclasses.replace(c, text=_cell_text(c.text)) for c in row)


def _clean_party(party: SignatureParty) -> SignatureParty:
    return SignatureParty(
        clean_text(party.role_label),
        clean_text(party.legal_name),
        tuple((clean_text(k), _cell_text(v)) for k, v in party.fields),
    )


def column_count(table: Table) -> int:
    return max((len(r) for r in (*table.header, *table.rows)), default=0)


def column_fractions(table: Table) -> tuple[float, ...]:
    """Each column's share of the table width (sums to 1).

    The table's own ``widths`` win; otherwise a column's weight is the length of
    its longest cell, clamped so no column is starved or hogs the page.
    """
    count = column_count(table)
    if count == 0:
        return ()
    if table.widths and len(table.widths) == count and all(w > 0 for w in table.widths):
        weights = [float(w) for w in table.widths]
    else:
        weights = [float(min(max(_longest(table, i), 4), 40)) for i in range(count)]
    total = sum(weights)
    return tuple(round(w / total, 4) for w in weights)


def _longest(table: Table, index: int) -> int:
    lengths = [_display_width(row[index].text) for row in (*table.header, *table.rows) if index < len(row)]
    return max(lengths, default=0)


def _display_width(text: str) -> int:
    """Rough width in Latin-letter units: a Han character is about two letters wide."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)
