"""Document → DOCX on termsmith's own base package (see ``docx_base``).

The body is written as WordprocessingML with lxml (python-docx opens, packages
and saves). Every run carries its language's fonts — ``w:eastAsia`` included —
and ``w:lang``; tables repeat their header rows (``w:tblHeader``); the footer
holds real PAGE / NUMPAGES fields. The zip is normalised so the same Document
always gives the same bytes.

Article and sub-clause numbers are Word numbering (``docx_numbering``) wherever Word's
number equals the Document's; a bilingual article heading becomes one line per language,
each numbered in its language's list.
"""

from __future__ import annotations

import copy
import io
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from lxml import etree

from termsmith.document.model import (
    Cell,
    Document,
    Figure,
    Lang,
    ListBlock,
    Paragraph,
    Ref,
    SignatureBlock,
    SignatureParty,
    Table,
)
from termsmith.rendering.determinism import document_timestamp, normalize_zip
from termsmith.rendering.docx_base import base_docx, east_asian_language
from termsmith.rendering.docx_numbering import (
    ARTICLE_SECOND_STYLE,
    CLAUSE_SECOND_STYLE,
    CLAUSE_STYLE,
    FIRST_LIST_NUM_ID,
    article_label,
    clause_label,
    list_instance_xml,
    list_label,
)
from termsmith.rendering.docx_styles import W_NS, lang_xml, rfonts_xml, usable_width_twips
from termsmith.rendering.layout import Heading, Item, column_count, column_fractions, flow, page_label_parts
from termsmith.rendering.text_clean import clean_text
from termsmith.rendering.theme import Theme, load_theme

if TYPE_CHECKING:  # python-docx loads when a DOCX is rendered
    from docx.document import Document as WordDocument
    from docx.parts.story import StoryPart

W = "{" + W_NS + "}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PARAGRAPH_STYLES = {"body": None, "recital": "Recital", "note": "Note", "small": "Small", "centered": "Centered"}
HEADING_STYLES = {0: "Title", 1: "Heading1", 2: "Heading2"}
# a Latin token in Chinese cell text: 9:00–18:00, 7×24, +86 591 8765 4321, ¥6,000.00, consult
_LATIN_TOKEN = re.compile("[0-9A-Za-z+¥$][\x21-\x7e\u2060\u2005\u2013\u00d7]*[0-9A-Za-z%)]|[0-9]")


_LEFT_WHEN_RAGGED = (None, "Recital", "Note", "Small", "ListItem", CLAUSE_STYLE, CLAUSE_SECOND_STYLE)


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, W + tag)
    for key, value in attrs.items():
        element.set(W + key, value)
    return element


@cache
def _run_properties(
    lang: Lang, east_asian_lang: str, heading: bool, bold: bool, underline: bool, latin: bool = False
) -> etree._Element:
    """A ``w:rPr`` template (deep-copied per run): fonts, bold, underline, language — schema order.

    ``latin``: a Latin token (``9:00–18:00``, ``7×24``) inside Chinese text, tagged ``w:val="en-US"``
    with the document's East-Asian language, so Word and LibreOffice break it by Latin rules (their
    Chinese rules break after ``:`` and ``–`` and ignore word joiners)."""
    theme = load_theme()
    parts = [rfonts_xml(theme.fontset(lang), heading=heading)]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if underline:
        parts.append('<w:u w:val="single"/>')
    parts.append(
        lang_xml("en", theme, theme.fontset(lang).word_lang) if latin else lang_xml(lang, theme, east_asian_lang)
    )
    return etree.fromstring(f'<w:rPr xmlns:w="{W_NS}">{"".join(parts)}</w:rPr>')


class BodyWriter:
    """Appends WordprocessingML for layout items before a container's last child (``w:sectPr``) or at its end."""

    def __init__(
        self,
        theme: Theme,
        languages: tuple[Lang, ...],
        targets: dict[str, str] | None = None,
        part: StoryPart | None = None,
    ) -> None:
        self.part = part  # the document part, which owns the relationships of pictures
        self.theme = theme
        self.east = east_asian_language(languages)
        self.width = usable_width_twips(theme)
        self.primary = languages[0]
        self.targets = targets or {}  # article anchor → bookmark name, for articles Word numbers itself
        self.article = 0  # the article (level-0) counter as Word will count it
        self.clause = 0  # the sub-clause (level-1) counter within the current article
        self.lists: list[int] = []  # numIds of the list instances this document needs
        self.bookmarks = 0
        # bilingual: the second language's article line and sub-clauses are Word-numbered too
        self.second: Lang | None = languages[1] if len(languages) > 1 else None
        self.number_second = self.second is not None
        self.second_native = False  # the current article's second-language line is Word-numbered
        self.second_clause = 0  # the second language's sub-clause counter within the article
        self.second_targets: set[str] = set()  # anchors of articles whose second-language line Word numbers

    # -- runs and paragraphs -------------------------------------------------
    def run(
        self,
        p: etree._Element,
        text: str,
        lang: Lang,
        *,
        heading: bool = False,
        bold: bool = False,
        underline: bool = False,
        latin: bool = False,
    ) -> None:
        r = _el(p, "r")
        r.append(copy.deepcopy(_run_properties(lang, self.east, heading, bold, underline, latin)))
        for index, line in enumerate(text.split("\n")):
            if index:
                _el(r, "br")
            for tab_index, chunk in enumerate(line.split("\t")):
                if tab_index:
                    _el(r, "tab")
                if chunk:
                    t = _el(r, "t")
                    t.text = chunk
                    t.set(XML_SPACE, "preserve")

    def paragraph(self, style: str | None, *, align: str | None = None, keep_next: bool = False) -> etree._Element:
        p = etree.Element(W + "p")
        if style or align or keep_next:
            ppr = _el(p, "pPr")
            if style:
                _el(ppr, "pStyle", val=style)
            if keep_next:
                _el(ppr, "keepNext")
            if align:
                _el(ppr, "jc", val=align)
        return p

    # -- items ---------------------------------------------------------------
    def items(self, item: Item) -> list[etree._Element]:
        if isinstance(item, Heading):
            return self.heading(item)
        if isinstance(item, Paragraph):
            style = self._body_style(item)
            if style == CLAUSE_STYLE and item.lang != self.primary:  # the second language's own list
                style = CLAUSE_SECOND_STYLE
            return [self.text_paragraph(item, style)]
        if isinstance(item, ListBlock):
            return self.list_block(item)
        if isinstance(item, Table):
            return self.table(item)
        if isinstance(item, SignatureBlock):
            return self.signature(item)
        if isinstance(item, Figure):
            return self.figure(item)
        raise TypeError(f"cannot lay out {type(item).__name__}")

    def figure(self, figure: Figure) -> list[etree._Element]:
        """The chart's PNG inline in a centred paragraph, then its caption."""
        from docx.shared import Mm

        if self.part is None:
            raise TypeError("a Figure needs the document part to hold its picture")
        inline = self.part.new_pic_inline(io.BytesIO(figure.png), Mm(figure.width_mm), None)
        p = self.paragraph(None, align="center", keep_next=True)
        drawing = _el(_el(p, "r"), "drawing")
        drawing.append(inline)
        caption = self.paragraph("Small", align="center")
        self.run(caption, figure.caption, figure.lang)
        return [p, caption]

    def heading(self, item: Heading) -> list[etree._Element]:
        if item.level == 0:
            out = []
            for index, span in enumerate(item.spans):
                p = self.paragraph("Title" if index == 0 else "Subtitle")
                self.run(p, span.text, span.lang, heading=True)
                out.append(p)
            return out
        p = self.paragraph(HEADING_STYLES[item.level])
        spans = [(span.text, span.lang) for span in item.spans]
        native = item.level == 1 and self._article_numbered(item)
        bookmark = self.targets.get(item.anchor or "") if native else None
        second = None
        if native:
            self.article += 1
            self.clause = 0
            self.second_clause = 0
            spans[0] = (spans[0][0][len(item.numbers[0]) :].lstrip(" "), spans[0][1])  # Word prints the number
            second = self._second_article(item, spans)
            self.second_native = second is not None
            if second is not None:
                spans = spans[:1]
        elif item.level == 1:
            self.second_native = False
        if bookmark is not None:
            self.bookmarks += 1
            _el(p, "bookmarkStart", id=str(self.bookmarks), name=bookmark)
        elif item.level == 1 and not native:
            _el(_el(p.find(W + "pPr"), "numPr"), "numId", val="0")  # a number Word would not print: keep it literal
        for index, (text, lang) in enumerate(spans):
            if index:
                self.run(p, " / ", lang, heading=True)
            self.run(p, text, lang, heading=True)
        if bookmark is not None:
            _el(p, "bookmarkEnd", id=str(self.bookmarks))
        return [p] if second is None else [p, second]

    def _second_article(self, item: Heading, spans: list[tuple[str, Lang]]) -> etree._Element | None:
        """Bilingual: the article's second-language line as its own paragraph, numbered at level 3
        (level 0 of the second language's list: "Article 7" under "第七条"), with its bookmark for the second language's references; None
        when Word's number would not be the Document's."""
        if not self.number_second or self.second is None or (item.anchor or "") not in self.second_targets:
            return None
        if len(spans) != 2 or item.numbers[1] != article_label(self.article, self.second):
            return None
        p = self.paragraph(ARTICLE_SECOND_STYLE)  # the style numbers it
        bookmark = self.targets.get(item.anchor or "")
        if bookmark is not None:
            self.bookmarks += 1
            _el(p, "bookmarkStart", id=str(self.bookmarks), name=second_bookmark(bookmark))
        self.run(p, spans[1][0][len(item.numbers[1]) :].lstrip(" "), spans[1][1], heading=True)
        if bookmark is not None:
            _el(p, "bookmarkEnd", id=str(self.bookmarks))
        return p

    def _article_numbered(self, item: Heading) -> bool:
        """Whether Word numbers this article heading (its number is the one the numbering prints)."""
        return (item.anchor or "") in self.targets

    def _body_style(self, para: Paragraph) -> str | None:
        style = PARAGRAPH_STYLES[para.style]
        if style == "Recital" and not self.theme.fontset(para.lang).recital_indent:
            return None
        if style is None and self._numbered_clause(para):
            return CLAUSE_STYLE
        return style

    def _numbered_clause(self, para: Paragraph) -> bool:
        """Whether Word's sub-clause number prints exactly ``para.label`` (then Word numbers it)."""
        if not self.article or not para.label:
            return False
        if para.lang == self.second and self.second_native:
            if para.label != clause_label(self.article, self.second_clause + 1):
                return False
            self.second_clause += 1
            return True
        if para.lang != self.primary or para.label != clause_label(self.article, self.clause + 1):
            return False
        self.clause += 1
        return True

    def list_block(self, block: ListBlock) -> list[etree._Element]:
        labels = [p.label for p in block.items]
        native = (
            bool(block.items)
            and all(p.lang == self.primary for p in block.items)
            and labels == [list_label(i + 1, self.primary) for i in range(len(block.items))]
        )
        if not native:
            return [self.text_paragraph(p, "ListItem") for p in block.items]
        num_id = FIRST_LIST_NUM_ID + len(self.lists)
        self.lists.append(num_id)
        return [self.text_paragraph(p, "ListItem", num_id=num_id) for p in block.items]

    def text_paragraph(self, para: Paragraph, style: str | None, *, num_id: int | None = None) -> etree._Element:
        settings = self.theme.fontset(para.lang)
        align = "left" if not settings.justify and style in _LEFT_WHEN_RAGGED else None
        p = self.paragraph(style, align=align)
        if num_id is not None:
            num_pr = etree.Element(W + "numPr")
            _el(num_pr, "ilvl", val="0")
            _el(num_pr, "numId", val=str(num_id))
            p.find(W + "pPr").find(W + "pStyle").addnext(num_pr)
        if para.label and style not in (CLAUSE_STYLE, CLAUSE_SECOND_STYLE) and num_id is None:
            self.run(p, para.label + " ", para.lang)
        self.text_with_refs(p, para)
        return p

    def text_with_refs(self, p: etree._Element, para: Paragraph) -> None:
        """The paragraph's text; each cross reference to a Word-numbered article as a ``REF`` field."""
        last = 0
        for ref in self.field_refs(para):
            if ref.start > last:
                self.run(p, para.text[last : ref.start], para.lang)
            self.ref_field(p, para, ref)
            last = ref.end
        if last < len(para.text) or not para.text:
            self.run(p, para.text[last:], para.lang)

    def field_refs(self, para: Paragraph) -> list[Ref]:
        """The references written as REF fields: to a Word-numbered article, in the primary language,
        and in the second one when its article lines are numbered too (else its literal number stays)."""
        if para.lang == self.primary:
            return [r for r in para.refs if r.target in self.targets]
        if para.lang == self.second and self.number_second:
            return [r for r in para.refs if r.target in self.second_targets]
        return []

    def ref_field(self, p: etree._Element, para: Paragraph, ref: Ref) -> None:
        bookmark = self.targets[ref.target]
        if para.lang != self.primary:
            bookmark = second_bookmark(bookmark)
        self.field(p, f"REF {bookmark} \\r \\h", para.lang, result=para.text[ref.start : ref.end])

    def table(self, table: Table) -> list[etree._Element]:
        out = []
        if table.caption:
            caption = self.paragraph("Caption")
            self.run(caption, table.caption, table.lang, heading=True)
            out.append(caption)
        count = column_count(table)
        widths = [round(share * self.width) for share in column_fractions(table)]
        tbl = self._table_shell("TermsTable", widths)
        for row in table.header:
            self._row(tbl, row, widths, table.lang, header=True)
        for row in table.rows:
            self._row(tbl, row, widths, table.lang, header=False)
        out.append(tbl)
        if count == 0:
            return out[:-1]
        out.append(self.paragraph("AfterTable"))
        return out

    def _table_shell(self, style: str, widths: list[int]) -> etree._Element:
        tbl = etree.Element(W + "tbl")
        pr = _el(tbl, "tblPr")
        _el(pr, "tblStyle", val=style)
        _el(pr, "tblW", w=str(sum(widths)), type="dxa")
        _el(pr, "tblLayout", type="fixed")
        _el(
            pr,
            "tblLook",
            val="0420",
            firstRow="1",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
        grid = _el(tbl, "tblGrid")
        for width in widths:
            _el(grid, "gridCol", w=str(width))
        return tbl

    def _row(self, tbl: etree._Element, row: tuple[Cell, ...], widths: list[int], lang: Lang, *, header: bool) -> None:
        tr = _el(tbl, "tr")
        trpr = _el(tr, "trPr")
        _el(trpr, "cantSplit")
        if header:
            _el(trpr, "tblHeader")
        cells = list(row) + [Cell("")] * (len(widths) - len(row))
        for cell, width in zip(cells, widths, strict=False):
            tc = self._cell(tr, width, shaded=header)
            p = self.paragraph("TableHeading" if header else "TableText", align=_jc(cell.align))
            self.cell_runs(p, cell.text, lang, heading=header, bold=cell.bold and not header)
            tc.append(p)

    def cell_runs(self, p: etree._Element, text: str, lang: Lang, *, heading: bool, bold: bool) -> None:
        """A cell's text; in Chinese, Latin tokens are runs of their own tagged as Latin."""
        if lang == "en":
            self.run(p, text, lang, heading=heading, bold=bold)
            return
        pos = 0
        for m in _LATIN_TOKEN.finditer(text):
            if m.start() > pos:
                self.run(p, text[pos : m.start()], lang, heading=heading, bold=bold)
            self.run(p, m.group(), lang, heading=heading, bold=bold, latin=True)
            pos = m.end()
        if pos < len(text) or not text:
            self.run(p, text[pos:], lang, heading=heading, bold=bold)

    def _cell(self, tr: etree._Element, width: int, *, shaded: bool = False) -> etree._Element:
        tc = _el(tr, "tc")
        tcpr = _el(tc, "tcPr")
        _el(tcpr, "tcW", w=str(width), type="dxa")
        if shaded:
            _el(tcpr, "shd", val="clear", color="auto", fill="ECECEC")
        return tc

    def signature(self, block: SignatureBlock) -> list[etree._Element]:
        out = []
        if block.note:
            note = self.paragraph("SignatureNote")
            self.run(note, block.note, block.lang)
            out.append(note)
        if not block.parties:
            return out
        count = len(block.parties)
        widths = [self.width // count] * count
        tbl = self._table_shell("SignatureTable", widths)
        tr = _el(tbl, "tr")
        _el(_el(tr, "trPr"), "cantSplit")
        for party, width in zip(block.parties, widths, strict=True):
            tc = self._cell(tr, width)
            for p in self._party(party, block.lang):
                tc.append(p)
        out.append(tbl)
        return out

    def _party(self, party: SignatureParty, lang: Lang) -> list[etree._Element]:
        role = self.paragraph("SignatureRole", align="left")
        self.run(role, party.role_label, lang, bold=True)
        name = self.paragraph(None, align="left")
        self.run(name, party.legal_name, lang)
        out = [role, name]
        for label, value in party.fields:
            p = self.paragraph(None, align="left")
            self.run(p, label, lang)
            self.run(p, value if value else "\u3000" * 10, lang, underline=not value)
            out.append(p)
        return out

    # -- header and footer ---------------------------------------------------
    def field(self, p: etree._Element, instruction: str, lang: Lang, *, result: str = "1") -> None:
        """A complex field (``PAGE``, ``NUMPAGES``, ``REF``) Word and LibreOffice update when laying out;
        ``result`` is the cached text shown until then."""
        for kind, text in (
            ("begin", None),
            ("instr", f" {instruction} "),
            ("separate", None),
            ("result", result),
            ("end", None),
        ):
            r = _el(p, "r")
            r.append(copy.deepcopy(_run_properties(lang, self.east, False, False, False)))
            if kind == "instr":
                instr = _el(r, "instrText")
                instr.text = text
                instr.set(XML_SPACE, "preserve")
            elif kind == "result":
                t = _el(r, "t")
                t.text = text
                t.set(XML_SPACE, "preserve")
            else:
                _el(r, "fldChar", fldCharType=kind)


def _jc(align: str) -> str | None:
    return {"left": None, "right": "right", "center": "center"}[align]


def render_docx(doc: Document) -> bytes:
    """The document as .docx bytes; byte-identical for the same Document."""
    import docx

    theme = load_theme()
    word = docx.Document(io.BytesIO(base_docx(doc.languages)))
    writer = BodyWriter(theme, doc.languages, article_bookmarks(doc), word.part)
    writer.second_targets = second_language_articles(doc, writer.targets)
    body = word.element.body
    sect_pr = body[-1]
    for item in flow(doc):
        for element in writer.items(item):
            sect_pr.addprevious(element)
    return finish_package(word, doc, writer)


def finish_package(word: Any, doc: Document, writer: BodyWriter) -> bytes:
    """The list instances the body used, header and footer, core properties: the package as
    deterministic bytes (shared with the redline writer)."""
    numbering = word.part.numbering_part.element
    for num_id in writer.lists:
        numbering.append(etree.fromstring(list_instance_xml(W_NS, num_id)))
    _header_footer(word, doc, writer)
    _core_properties(word, doc)
    out = io.BytesIO()
    word.save(out)
    return normalize_zip(out.getvalue(), document_timestamp(doc))


def article_bookmarks(doc: Document) -> dict[str, str]:
    """Anchor → bookmark name for each article whose literal number is the one Word's numbering prints
    (the n-th such article must read ``article_label(n)``); references to them become REF fields."""
    primary = doc.primary_language
    out: dict[str, str] = {}
    for section in doc.sections:
        number = clean_text(section.number.get(primary, ""))
        if number and number == article_label(len(out) + 1, primary):
            slug = re.sub(r"[^A-Za-z0-9]", "_", section.anchor)
            out[section.anchor] = f"_Ref{len(out) + 1:03d}_{slug}"[:40]
    return out


def second_language_articles(doc: Document, targets: dict[str, str]) -> set[str]:
    """Bilingual: the Word-numbered articles whose second-language number is the one level 3 prints
    (the n-th numbered article reads ``article_label(n)`` in the second language too)."""
    if len(doc.languages) < 2:
        return set()
    second = doc.languages[1]
    out: set[str] = set()
    numbered = [s for s in doc.sections if s.anchor in targets]
    for n, section in enumerate(numbered, 1):
        if clean_text(section.number.get(second, "")) == article_label(n, second):
            out.add(section.anchor)
    return out


def second_bookmark(bookmark: str) -> str:
    """The bookmark of an article's second-language line (bilingual), beside ``bookmark``."""
    return "_Sec" + bookmark[4:]


def _header_footer(word: WordDocument, doc: Document, writer: BodyWriter) -> None:
    lang = doc.primary_language
    labels = page_label_parts(doc)
    section = word.sections[0]
    writer.run(section.header.paragraphs[0]._p, labels.header, lang)
    footer = section.footer.paragraphs[0]._p
    writer.run(footer, labels.before, lang)
    writer.field(footer, "PAGE", lang)
    writer.run(footer, labels.middle, lang)
    writer.field(footer, "NUMPAGES", lang)
    if labels.after:
        writer.run(footer, labels.after, lang)


_PROPERTY_LIMIT = 255  # python-docx (and Word's core.xml) refuse longer text properties


def _property(text: str) -> str:
    """A cleaned core-property value, cut to 255 characters with an ellipsis (long party names)."""
    text = clean_text(text)
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def _core_properties(word: WordDocument, doc: Document) -> None:
    meta = doc.metadata
    stamp = document_timestamp(doc).replace(tzinfo=None)
    props = word.core_properties
    props.title = _property(meta.title)
    props.subject = _property(meta.subject)
    props.author = _property(meta.author)
    props.last_modified_by = _property(meta.author)
    props.keywords = _property("; ".join(meta.keywords))
    props.identifier = f"sha256:{meta.spec_hash}"
    props.language = meta.language
    props.category = doc.kind
    props.created = stamp
    props.modified = stamp
