"""The ``Document``: what an agreement or a quote says, with no notion of format.

Assembly (clauses + spec) builds one ``Document``; the DOCX renderer and the
HTML/PDF renderer both walk it, so the two formats carry the same words. All
text here is final, already localised and numbered: renderers never compute
wording, they only lay it out.

Language: every text-bearing node carries a BCP 47 tag (``zh-Hans``,
``zh-Hant``, ``en``). A bilingual document interleaves the two languages:
each clause's primary-language blocks are followed by its secondary-language
blocks, and headings carry both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Lang = Literal["zh-Hans", "zh-Hant", "en"]


@dataclass(frozen=True, slots=True)
class Ref:
    """A cross reference inside a paragraph: ``text[start:end]`` ("第七条", "Article 7") names
    the article whose ``Section.anchor`` is ``target``. DOCX writes it as a REF field."""

    start: int
    end: int
    target: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text. ``style`` picks the look, not the words."""

    text: str
    lang: Lang
    style: Literal["body", "recital", "note", "centered", "small"] = "body"
    label: str | None = None  # a sub-clause number shown before the text: "1.1", "（一）"
    refs: tuple[Ref, ...] = ()  # cross references within ``text``, in order


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A list whose item labels are already computed ("1." / "（一）" / "•")."""

    items: tuple[Paragraph, ...]
    ordered: bool = True


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    align: Literal["left", "right", "center"] = "left"
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table with one or more header rows that repeat on every page it spans.

    ``widths`` are relative column weights (they need not sum to anything).
    ``kind`` names what the table is (``severity-matrix``, ``rate-card``,
    ``payment-schedule``, ``quote-lines``, ``quote-totals``) so a theme can style it.
    """

    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    lang: Lang
    kind: str = "generic"
    caption: str | None = None
    widths: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class SignatureParty:
    """One party's signature block: role label, legal name, and labelled blank lines."""

    role_label: str  # "甲方（盖章）" / "Client (seal)"
    legal_name: str
    fields: tuple[tuple[str, str], ...]  # (label, value); an empty value is a line to sign on


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    parties: tuple[SignatureParty, ...]
    lang: Lang
    note: str | None = None  # "（以下无正文）" / "(No further text below)"


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart: the same drawing as SVG (HTML and PDF) and PNG (DOCX), with its caption.

    The SVG is made by termsmith (``service_report.charts``), never taken from a spec."""

    svg: str
    png: bytes
    caption: str
    lang: Lang
    width_mm: float = 160


Block = Paragraph | ListBlock | Table | SignatureBlock | Figure


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a clause's words came from: the clause file, its version and content hash,
    and the spec values the template read (dotted path → rendered value).

    ``by_number`` places each read in the sub-clause whose text printed it
    (sub-clause number → dotted paths), so ``check`` can cite 7.5, not 7.1."""

    clause_id: str
    version: str
    status: Literal["draft", "approved", "deprecated"]
    content_hash: str
    values_read: tuple[tuple[str, str], ...] = ()
    by_number: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Clause:
    """A numbered clause inside an article, with its provenance."""

    blocks: tuple[Block, ...]
    provenance: Provenance | None = None
    number: str | None = None  # "1.1" / "（一）"; None for an unnumbered clause
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """An article: "第一条 定义" / "Article 1 Definitions".

    ``number`` and ``heading`` map a language to its text; a bilingual document
    has both languages in each.
    """

    anchor: str  # stable id for cross references: the clause or article id
    number: dict[str, str]
    heading: dict[str, str]
    clauses: tuple[Clause, ...]


@dataclass(frozen=True, slots=True)
class PageLabels:
    """Footer page label around the two numbers: before + PAGE + middle + NUMPAGES + after.

    zh: ("第 ", " 页 共 ", " 页"); en: ("Page ", " of ", "").
    """

    before: str
    middle: str
    after: str


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    """Core properties written into DOCX and PDF metadata."""

    title: str
    subject: str
    author: str  # the vendor's legal name
    keywords: tuple[str, ...]  # party names, agreement number, the offers a deal was built on
    spec_hash: str  # sha256 of the spec source bytes
    created: date  # from the spec (signing date) or SOURCE_DATE_EPOCH; never "now"
    language: Lang
    offers: tuple[str, ...] = ()  # a deal's offers: "offer standard 1.0.0 sha256:<hex>", nearest first


@dataclass(frozen=True, slots=True)
class Document:
    """A whole agreement or quote, ready to lay out."""

    kind: Literal["agreement", "quote", "report"]
    languages: tuple[Lang, ...]  # one, or two for bilingual (primary first)
    title: dict[str, str]
    number: str  # the agreement / quote number shown in the header
    header_text: str  # running header: title and number
    page_labels: PageLabels
    metadata: DocumentMetadata
    preamble: tuple[Block, ...] = ()  # parties box, recitals
    sections: tuple[Section, ...] = ()
    closing: tuple[Block, ...] = ()  # signature block and anything after the articles
    attachments: tuple[tuple[str, bytes], ...] = field(default=())  # (filename, bytes), e.g. the spec for PDF/A

    @property
    def primary_language(self) -> Lang:
        return self.languages[0]
