"""Two Documents → one DOCX with tracked changes (``w:ins`` / ``w:del``) Word and LibreOffice review.

The body is written by the agreement's own ``BodyWriter`` (same styles, fonts, tables,
numbering), with two additions: every run written while a change is open goes inside
``w:ins`` or ``w:del`` (``w:delText``), and a paired item is written from the new
document with each run's text replaced by its diff against the old run. Whole items
of one version only get their paragraph marks and table rows marked too, so accepting
every change gives the new document and rejecting every change the old one.

Article, sub-clause and list numbers are Word numbering (counted per version), so an
inserted article renumbers the rest without a single tracked character. A cross
reference the change leaves alone stays a REF field to the new version's article; one
whose number changes, or inside inserted or deleted text, is tracked as text.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from typing import Any

from lxml import etree

from termsmith.document.model import Document, ListBlock, Paragraph, Table
from termsmith.redline.align import Pair, pair_up
from termsmith.redline.tokens import Segment, segments
from termsmith.rendering.determinism import document_timestamp, source_date_epoch, w3c_datetime
from termsmith.rendering.docx_numbering import FIRST_LIST_NUM_ID, article_label, list_label
from termsmith.rendering.docx_renderer import (
    BodyWriter,
    W,
    _el,
    article_bookmarks,
    finish_package,
    second_language_articles,
)
from termsmith.rendering.layout import Heading, Item, column_count, column_fractions
from termsmith.rendering.theme import Theme, load_theme

AUTHOR = "termsmith"


def redline_moment(new: Document) -> datetime:
    """The revisions' date: SOURCE_DATE_EPOCH, else the newer version's signing (creation) date."""
    return source_date_epoch() or document_timestamp(new)


class RedlineWriter(BodyWriter):
    def __init__(self, theme: Theme, languages: tuple[Any, ...], date: str, targets: dict[str, str]) -> None:
        super().__init__(theme, languages, targets)  # the new version's articles carry the bookmarks
        self.date = date
        self.mark: str | None = None  # "ins" / "del": every run written now is that change
        self.queue: list[list[Segment]] = []  # diffs that replace the texts of the next runs, in order
        self.captured: list[str] | None = None  # when set, runs only record their texts
        self.revisions = 0
        self.counters = {"old": (0, 0, 0, False), "new": (0, 0, 0, False)}

    # -- runs -----------------------------------------------------------------
    def revision(self, kind: str) -> etree._Element:
        self.revisions += 1
        el = etree.Element(W + kind)
        el.set(W + "id", str(10000 + self.revisions))
        el.set(W + "author", AUTHOR)
        el.set(W + "date", self.date)
        return el

    def run(self, p: etree._Element, text: str, lang: Any, **kwargs: Any) -> None:
        if self.captured is not None:
            self.captured.append(text)
            return
        if self.queue and self.mark is None:
            for op, part in self.queue.pop(0):
                self._tracked(p, part, lang, None if op == "same" else op, kwargs)
            return
        self._tracked(p, text, lang, self.mark, kwargs)

    def _tracked(self, p: etree._Element, text: str, lang: Any, kind: str | None, kwargs: dict[str, Any]) -> None:
        if kind is None:
            super().run(p, text, lang, **kwargs)
            return
        wrapper = self.revision(kind)
        p.append(wrapper)
        super().run(wrapper, text, lang, **kwargs)
        if kind == "del":
            for t in wrapper.iter(W + "t"):
                t.tag = W + "delText"

    def text_with_refs(self, p: etree._Element, para: Paragraph) -> None:
        """The text as one diffed unit; a reference the change leaves untouched stays a REF field."""
        if self.captured is not None:
            self.captured.append(para.text)
            return
        parts = self.queue.pop(0) if self.queue and self.mark is None else [(self.mark or "same", para.text)]
        refs = {r.start: r for r in self.field_refs(para)} if self.mark is None else {}
        position = 0  # in the new text
        for op, text in parts:
            if op == "del":
                self._tracked(p, text, para.lang, "del", {})
                continue
            end = position + len(text)
            while position < end:
                ref = refs.get(position)
                if op == "same" and ref is not None and ref.end <= end:
                    self.ref_field(p, para, ref)
                    position = ref.end
                    continue
                stop = min([end, *(s for s in refs if position < s < end)])
                self._tracked(p, para.text[position:stop], para.lang, None if op == "same" else op, {})
                position = stop

    def cell_runs(self, p: etree._Element, text: str, lang: Any, *, heading: bool, bold: bool) -> None:
        """A cell as one diffed unit: the renderer may split it into several runs (Latin tokens in
        Chinese), which must not each take a queued diff meant for the next cell."""
        if self.captured is not None:
            self.captured.append(text)
            return
        parts = self.queue.pop(0) if self.queue and self.mark is None else [(self.mark or "same", text)]
        queue, mark = self.queue, self.mark
        self.queue = []
        try:
            for op, part in parts:
                self.mark = None if op == "same" else op
                super().cell_runs(p, part, lang, heading=heading, bold=bold)
        finally:
            self.queue, self.mark = queue, mark

    def _article_numbered(self, item: Heading) -> bool:
        return bool(item.numbers) and item.numbers[0] == article_label(self.article + 1, self.primary)

    # -- one version's item ---------------------------------------------------
    def on_side(
        self, side: str, write: Callable[[], list[etree._Element]], *, keep: bool = True
    ) -> list[etree._Element]:
        """Write with ``side``'s article/sub-clause counters (Word counts each version's paragraphs)."""
        self.article, self.clause, self.second_clause, self.second_native = self.counters[side]
        lists = list(self.lists)
        try:
            return write()
        finally:
            if keep:
                self.counters[side] = (self.article, self.clause, self.second_clause, self.second_native)
            if self.captured is not None:
                self.lists = lists  # a capture writes nothing, so it numbers no list

    def texts(self, item: Item, side: str, keep: bool) -> list[str]:
        """The texts ``item`` writes as runs, in order (counters advance when ``keep``)."""
        self.captured = []
        try:
            self.on_side(side, lambda: self.items(item), keep=keep)
            return self.captured
        finally:
            self.captured = None

    def whole(self, item: Item, kind: str) -> list[etree._Element]:
        """An item only one version has: every run, paragraph mark and table row marked."""
        self.mark = kind
        try:
            out = self.on_side("new" if kind == "ins" else "old", lambda: self.items(item))
        finally:
            self.mark = None
        for element in out:
            if element.tag == W + "p":
                mark_paragraph(element, self.revision(kind))
            for tr in element.iter(W + "tr"):  # a table goes row by row
                tr.find(W + "trPr").append(self.revision(kind))
        return out

    # -- pairs ----------------------------------------------------------------
    def pair(self, pair: Pair) -> list[etree._Element]:
        old, new = pair.old, pair.new
        if old is None:
            assert new is not None  # a pair holds at least one side
            return self.whole(new, "ins")
        if new is None:
            return self.whole(old, "del")
        if isinstance(old, Table) and isinstance(new, Table):
            return self.table_pair(old, new)
        if (
            isinstance(old, ListBlock)
            and isinstance(new, ListBlock)
            and self._native(old, "old")
            and self._native(new, "new")
        ):
            return self.list_pair(old, new)
        before = self.texts(old, "old", keep=False)
        after = self.texts(new, "new", keep=False)
        if type(old) is not type(new) or len(before) != len(after):
            return self.whole(old, "del") + self.whole(new, "ins")
        self.texts(old, "old", keep=True)
        self.queue = [segments(a, b) for a, b in zip(before, after, strict=True)]
        try:
            return self.on_side("new", lambda: self.items(new))
        finally:
            self.queue = []

    def _native(self, block: ListBlock, side: str) -> bool:
        return all(p.lang == self.primary for p in block.items) and [p.label for p in block.items] == [
            list_label(i + 1, self.primary) for i in range(len(block.items))
        ]

    def list_pair(self, old: ListBlock, new: ListBlock) -> list[etree._Element]:
        num_id = FIRST_LIST_NUM_ID + len(self.lists)
        self.lists.append(num_id)
        out = []
        for a, b in pair_up(
            old.items, new.items, key=lambda p: p.text, same_kind=lambda p, q: True, text=lambda p: p.text
        ):
            if a is not None and b is not None:
                self.queue = [segments(a.text, b.text)]
                out.append(self.text_paragraph(b, "ListItem", num_id=num_id))
                self.queue = []
                continue
            self.mark = "ins" if a is None else "del"
            item = b or a
            assert item is not None  # pair_up yields at least one side of every pair
            p = self.text_paragraph(item, "ListItem", num_id=num_id)
            mark_paragraph(p, self.revision(self.mark))
            self.mark = None
            out.append(p)
        return out

    def table_pair(self, old: Table, new: Table) -> list[etree._Element]:
        if column_count(old) != column_count(new):
            return self.whole(old, "del") + self.whole(new, "ins")
        out = []
        if old.caption or new.caption:
            caption = self.paragraph("Caption")
            self.queue = [segments(old.caption or "", new.caption or "")]
            self.run(caption, new.caption or "", new.lang, heading=True)
            if not new.caption:
                mark_paragraph(caption, self.revision("del"))
            elif not old.caption:
                mark_paragraph(caption, self.revision("ins"))
            out.append(caption)
        widths = [round(share * self.width) for share in column_fractions(new)]
        tbl = self._table_shell("TermsTable", widths)
        for header, rows_a, rows_b in ((True, old.header, new.header), (False, old.rows, new.rows)):
            for a, b in pair_up(
                rows_a,
                rows_b,
                key=lambda r: tuple(c.text for c in r),
                same_kind=lambda r, s: True,
                text=lambda r: " | ".join(c.text for c in r),
            ):
                row = b if b is not None else a
                assert row is not None  # pair_up yields at least one side of every pair
                if a is not None and b is not None:
                    self.queue = [
                        segments(x.text, y.text) for x, y in zip(_padded(a, widths), _padded(b, widths), strict=True)
                    ]
                else:
                    self.mark = "ins" if a is None else "del"
                self._row(tbl, row, widths, new.lang, header=header)
                if self.mark:
                    tbl[-1].find(W + "trPr").append(self.revision(self.mark))
                self.mark, self.queue = None, []
        if column_count(new) == 0:  # as ``BodyWriter.table``: no columns, no table
            return out
        out.append(tbl)
        out.append(self.paragraph("AfterTable"))  # the spacer the renderer puts after every table
        return out


def _padded(row: tuple[Any, ...], widths: list[int]) -> list[Any]:
    from termsmith.document.model import Cell

    return list(row) + [Cell("")] * (len(widths) - len(row))


def mark_paragraph(p: etree._Element, revision: etree._Element) -> None:
    """Mark the paragraph mark itself as inserted or deleted (``w:pPr/w:rPr/w:ins|w:del``)."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        p.insert(0, ppr)
    rpr = ppr.find(W + "rPr")
    if rpr is None:
        rpr = _el(ppr, "rPr")
    rpr.insert(0, revision)


def render_redline_docx(old: Document, new: Document) -> bytes:
    """One DOCX showing ``old`` → ``new`` as tracked changes; byte-identical for the same inputs."""
    import docx

    from termsmith.redline.align import align
    from termsmith.rendering.docx_base import base_docx

    if old.languages != new.languages:
        raise ValueError(
            f"the two versions are in different languages ({'+'.join(old.languages)} and "
            f"{'+'.join(new.languages)}); render both with the same --lang"
        )
    theme = load_theme()
    word = docx.Document(io.BytesIO(base_docx(new.languages)))
    writer = RedlineWriter(theme, new.languages, w3c_datetime(redline_moment(new)), article_bookmarks(new))
    writer.second_targets = second_language_articles(new, writer.targets)
    sect_pr = word.element.body[-1]
    for pair in align(old, new):
        for element in writer.pair(pair):
            sect_pr.addprevious(element)
    return finish_package(word, new, writer)
