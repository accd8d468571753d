"""Files → positioned paragraphs, with bounded time and memory and clear refusals.

- PDF: pypdfium2 (exact CJK, where other readers return Kangxi radicals). Running
  headers and footers (a line repeated on most pages, "第 1 页 共 15 页", "Page 1 of
  15") are dropped; wrapped lines are rejoined into paragraphs, across page breaks.
- DOCX: python-docx opens the package; ``docx_text`` reads body paragraphs and table rows
  in document order with tracked changes accepted, through content controls (a row is one
  paragraph, its cells joined by " | "). The zip is inspected first (zip bombs). A paragraph
  in a heading style is a section heading even when Word numbering, not its text, prints
  "Article 4" / "第四条".
- .txt/.md/.html: UTF-8; each non-empty line (HTML: block) is a paragraph, except that a line continuing a
  sentence hard-wrapped at a fixed width (the line above runs on to a full line without closing punctuation,
  this one starts in lower case) joins it; an HTML table embedded in a text or Markdown file is read as pipe
  rows, one paragraph a row (`html_tables`); so is a table in an HTML file whose `<table>` opens a line.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from termsmith.extract.errors import ExtractError
from termsmith.extract.html_tables import TableBlock, table_blocks
from termsmith.extract.normalize import CJK_LOOKALIKES
from termsmith.extract.pdf_order import in_margin, line_boxes, page_lines, reading_order
from termsmith.extract.pdf_rules import ruled_rows
from termsmith.extract.pdf_tables import Line, place, rows_of
from termsmith.extract.source import Format, Paragraph, Piece, SourceDocument

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PAGES = 200
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_ZIP_ENTRIES = 5000
MAX_CHARS = 2_000_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES: dict[str, Format] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}

# A paragraph starts at a numbered heading or item (第三条, 5.2, （一）, 一、, (1), 1., Article 4, •).
_ITEM_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[条條章节節款]|\d+(?:\.\d+)+\s*|\d+[.、．)）]\s*|[（(][一二三四五六七八九十\d]+[）)]"
    r"|[一二三四五六七八九十]+[、.．]|(?:Article|Section|Clause|ARTICLE|SECTION)\s+\d|[•·▪●■◆\-–]\s)"
)
_PARAGRAPH_END = tuple("。；：！？.;:!?”」")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:第\s*\d+\s*[页頁]\s*(?:共\s*\d+\s*[页頁])?|\d+\s*/\s*\d+|Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+)\s*$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_DIGITS = re.compile(r"\d+")
_ROW_ENDS = ("|", "｜", "│")
# a document whose lines are nearly all this short (in display cells) is no wrapped prose but lines of their own: a
# pricing page's plan cards ("Basic", "$ 90 /month", "72 Hours Guaranteed First Response") printed to PDF ran
# together when the short lines were rejoined by width. Prose in the corpus wraps at 47 cells or more.
_SHORT_LINES = 40
# a block of prose wraps at 60 cells or more (en812's indented clauses wrap at 77); a run of card
# lines or list items tops out below
_PROSE_BLOCK = 60


def format_of(path: Path) -> Format:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        if path.suffix.lower() == ".doc":
            raise ExtractError("doc-file")
        raise ExtractError("unknown-suffix", suffix=path.suffix or "extensionless")
    return fmt


def read_document(path: Path, display: str | None = None) -> SourceDocument:
    """Read ``path`` into paragraphs; raise ExtractError with what to do when it cannot be read."""
    name = display or str(path)
    fmt = format_of(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExtractError("unreadable-path", reason=exc.strerror or exc) from None
    if size > MAX_FILE_BYTES:
        raise ExtractError("too-large", mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head == _OLE_MAGIC:
        if fmt == "docx":
            raise ExtractError("word-encrypted")
        raise ExtractError("word-97")
    if fmt == "pdf":
        return _read_pdf(path, name)
    if fmt == "docx":
        return _read_docx(path, name)
    return _read_text(path, name, fmt)


# ---------------------------------------------------------------- PDF
def _read_pdf(path: Path, name: str) -> SourceDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise ExtractError("pdf-encrypted") from None
        raise ExtractError("pdf-damaged") from None
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise ExtractError("pdf-pages", count=count, limit=MAX_PAGES)
        pages: list[list[Line]] = []
        for i in range(count):
            page = pdf[i]
            textpage = page.get_textpage()
            # PDFium marks a hyphen at a line break as U+FFFE
            lines, starts = page_lines(textpage.get_text_range().replace("\ufffe", "-"))
            boxes = line_boxes(textpage, lines, starts)
            height = page.get_size()[1]
            placed = place(lines, ruled_rows(page, textpage) or rows_of(textpage))
            for line in placed:
                line.text = line.text.translate(CJK_LOOKALIKES)  # one code point for one: columns hold
                line.margin = not line.row and in_margin(boxes[line.number - 1], height)
            pages.append(reading_order(placed, boxes, height))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if sum(len("".join(line.text.split())) for lines in pages for line in lines) < 10 * max(1, count):
        raise ExtractError("pdf-no-text")
    if sum(len(line.text) for lines in pages for line in lines) > MAX_CHARS:
        raise ExtractError("pdf-too-much-text", limit=MAX_CHARS)
    doc = SourceDocument(name, "pdf", pages=count)
    doc.paragraphs = _join_lines(_drop_running_lines(pages))
    _assign_headings(doc.paragraphs)
    return doc


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages' lines without blank lines, page numbers and running headers."""
    repeated: set[str] = set()
    if len(pages) >= 3:  # a running line repeats in the margin of many pages; one repeated on a single page, or in
        # the body (a table's "Response" cell, a party named again above the signatures), is content
        seen = Counter(key for lines in pages for key in {_running_key(line.text) for line in lines if line.margin})
        seen.pop("", None)
        repeated = {text for text, n in seen.items() if n >= max(3, len(pages) * 0.6)}
    return [
        [
            line
            for line in lines
            if line.row
            or (
                line.text.strip()
                and not (line.margin and _running_key(line.text) in repeated)
                and not _PAGE_NUMBER.match(line.text)
            )
        ]
        for lines in pages
    ]


def _running_key(text: str) -> str:
    """A margin line as it repeats from page to page: its page number counts as the same ("Service Agreement
    Page 2 of 5")."""
    return _DIGITS.sub("#", text.strip())


def _join_lines(pages: list[list[Line]]) -> list[Paragraph]:
    """Wrapped lines back into paragraphs; a table row (already one line) is a paragraph of its own."""
    paragraphs: list[Paragraph] = []
    widths = sorted(
        _cells(line.text.strip()) for lines in pages for line in lines if len(line.text.strip()) >= 10 and not line.row
    )
    widest = widths[int(len(widths) * 0.9)] if widths else 0
    current: Paragraph | None = None
    previous, previous_row, previous_limit = "", False, 0.0
    for page_no, lines in enumerate(pages, 1):
        page_widths = [0 if line.row else _cells(line.text.strip()) for line in lines]
        for index, source in enumerate(lines):
            if source.row:
                pieces = [Piece(offset, page_no, line_no, column) for offset, line_no, column in source.parts]
                current = Paragraph(source.text, len(paragraphs) + 1, pieces)
                paragraphs.append(current)
                previous, previous_row = source.text, True
                continue
            line = source.text.strip()
            starts_new = (
                current is None
                or previous_row
                or _ITEM_START.match(line) is not None
                or previous.endswith(_PARAGRAPH_END)
                or (_cells(previous) < previous_limit * 0.75 and not _runs_on(previous, line, previous_limit))
                or widest < _SHORT_LINES
                or _ends_row(previous, line)
                or _ends_table_line(previous, current.text if current else "", line)
            )
            if starts_new or current is None:
                current = Paragraph("", len(paragraphs) + 1, [])
                paragraphs.append(current)
            else:
                current.text += "" if _CJK.match(previous[-1]) or _CJK.match(line[0]) or previous.endswith("-") else " "
            base = len(current.text)
            current.pieces.extend(
                Piece(base + offset, page_no, number, column) for offset, number, column in source.parts
            )
            current.text += line
            previous, previous_row = line, False
            previous_limit = widest if _CJK.search(line) else _wrap_width(page_widths, index, widest)
    return paragraphs


def _runs_on(previous: str, line: str, limit: float) -> bool:
    """A sentence broken off mid-way: the line before ends in a word or a comma, more than half as wide as the lines
    around it, and this one goes on in lower case ("…a corporation organized and existing" / "under Philippine laws")."""
    return (
        line[:1].islower() and (previous[-1:].isalpha() or previous.endswith(",")) and _cells(previous) >= 0.5 * limit
    )


def _wrap_width(widths: list[int], index: int, widest: int) -> float:
    """The width the line at ``index`` wraps at: the document's, or a narrower block's around it (an indented clause
    wraps at 77 characters where the page's prose wraps at 95: its 62-character line "… ending November 10, 2014. The"
    runs on), never a list of short lines' (they stay lines of their own). Chinese lines keep the document's width:
    a table printed as lines is as narrow as an indented block."""
    local = max(widths[max(0, index - 3) : index + 4])
    return min(local, widest) if local >= max(0.6 * widest, _PROSE_BLOCK) else widest


def _ends_row(previous: str, line: str) -> bool:
    """Pipe-table text printed to PDF ("Priority 1 | 2 hours | 1 hour |"): a row ends at its closing mark and the
    next starts at its opening one; a long cell wrapped over lines (no mark at the line's end) runs on."""
    return previous.endswith(_ROW_ENDS) or line.startswith(_ROW_ENDS)


# A flattened table printed to PDF keeps one row a line, and a line as wide as the prose runs on into the next: the
# header of column labels ("Severity Level Response SLA Resolution SLA Non-Standard Standard*") into the first row,
# a row that ends in its time ("… for immediate response. Within 4 hours") into the next level's ("High Affects …").
# A line of capitalised labels standing alone, or a line ending in a time, ends its paragraph when the next line
# starts with a capital; wrapped prose goes on in lower case ("within 4 hours | of the call").
_TIME_AT_END = re.compile(
    r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|(?:working|business)\s+(?:days?|hours?))\W?$", re.IGNORECASE
)
_LABEL_SMALL = frozenset({"to", "of", "and", "or", "the", "for", "in", "per", "by", "a", "an", "&", "/", "-", "–"})


def _ends_table_line(previous: str, paragraph: str, line: str) -> bool:
    if not line[:1].isupper():
        return False
    if _TIME_AT_END.search(previous):
        return True
    return paragraph == previous and _label_line(previous)


def _label_line(text: str) -> bool:
    """Column labels: three or more capitalised words, no sentence mark, no figure of a time."""
    words = text.split()
    if len(words) < 3 or re.search(r"[.,;:!?。，；：]|\d", text):
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 3 and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _LABEL_SMALL for w in words)


def _cells(text: str) -> int:
    """Display width: CJK characters are two cells wide, so mixed lines compare fairly."""
    return len(text) + len(_CJK.findall(text))


# ---------------------------------------------------------------- DOCX
def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise ExtractError("docx-many-files", count=len(infos))
            total = sum(i.file_size for i in infos)
            bomb = any(
                i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos
            )
            if total > MAX_UNZIPPED_BYTES or bomb:
                raise ExtractError("docx-unpacks", mb=total // (1024 * 1024))
            if "word/document.xml" not in archive.namelist():
                raise ExtractError("docx-not-word")
    except zipfile.BadZipFile:
        raise ExtractError("docx-not-zip") from None


def _read_docx(path: Path, name: str) -> SourceDocument:
    _check_zip(path)
    import docx
    from docx.text.paragraph import Paragraph as DocxParagraph

    from termsmith.extract.docx_text import body_blocks

    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises many kinds on a broken package
        raise ExtractError("docx-damaged") from None
    texts: list[str] = []
    headings: set[int] = set()  # indexes into texts of paragraphs in a heading style
    for block in body_blocks(document.element.body):
        if block.cells is None and _is_heading_style(DocxParagraph(block.element, document)):
            headings.add(len(texts))
        texts.append(block.text)
    if sum(len(t) for t in texts) > MAX_CHARS:
        raise ExtractError("docx-too-much-text", limit=MAX_CHARS)
    doc = SourceDocument(name, "docx")
    marked: set[int] = set()
    for i, text in enumerate(texts):
        text = text.strip()
        if text:
            n = len(doc.paragraphs) + 1
            doc.paragraphs.append(Paragraph(text, n, [Piece(0, None, n, 1)]))
            if i in headings:
                marked.add(n)
    if not doc.paragraphs:
        raise ExtractError("docx-no-text")
    _assign_headings(doc.paragraphs, marked)
    return doc


def _is_heading_style(paragraph: Any) -> bool:
    """Word's "Heading N" styles (by name or id), whatever prints the heading's number."""
    try:
        style = paragraph.style
    except (KeyError, ValueError):  # a style id the package does not define
        return False
    names = (style.name or "", style.style_id or "") if style is not None else ()
    return any(re.fullmatch(r"heading\s*\d", n.strip(), re.I) for n in names)


# ---------------------------------------------------------------- text, Markdown, HTML
def _read_text(path: Path, name: str, fmt: Format) -> SourceDocument:
    from termsmith.text_encoding import decode_prose

    raw = path.read_bytes()
    try:
        decoded = decode_prose(raw)  # UTF-8, marked UTF-16, clean GB18030 or Big5
    except UnicodeDecodeError as exc:
        raise ExtractError("text-not-utf8", byte=f"{raw[exc.start]:02x}") from None
    text = decoded.text
    if len(text) > MAX_CHARS:
        raise ExtractError("text-too-long", n=len(text), limit=MAX_CHARS)
    raw_lines = text.split("\n")
    lines = _html_lines(text) if fmt == "html" else list(enumerate(raw_lines, 1))
    doc = SourceDocument(name, fmt, encoding=decoded.encoding)
    previous = -1  # the number of the last line read as prose, -1 after a gap
    for item in _with_tables(lines, table_blocks(raw_lines)):
        if isinstance(item, TableBlock):  # an HTML table (in an HTML, text or Markdown file): pipe rows
            for row in item.rows:
                doc.paragraphs.append(Paragraph(row.text, len(doc.paragraphs) + 1, row.pieces))
            previous = -1
            continue
        line_no, line = item
        stripped = line.rstrip("\r")
        body = stripped.lstrip()
        depth = 0
        if fmt == "md":
            depth = len(body) - len(body.lstrip("#"))
            body = body.lstrip("#>").lstrip()
        if not body.strip():
            previous = -1
            continue
        column = len(stripped) - len(body) + 1 if fmt != "html" else 1
        last = doc.paragraphs[-1] if doc.paragraphs else None
        if (
            fmt != "html"
            and last is not None
            and previous == line_no - 1
            and len(last.text) < _WRAPPED_MAX
            and _wraps_on(last.text[last.pieces[-1].offset :], body)
        ):  # a hard-wrapped sentence running on: one paragraph, a piece per line
            last.text += " "
            last.pieces.append(Piece(len(last.text), None, line_no, column))
            last.text += body.rstrip()
        else:
            piece = Piece(0, None, line_no, column)
            doc.paragraphs.append(Paragraph(body.rstrip(), len(doc.paragraphs) + 1, [piece], depth=depth))
        previous = line_no
    if not doc.paragraphs:  # read as "nothing stated", an empty file would look like a vendor promising nothing
        raise ExtractError("text-empty")
    _assign_headings(doc.paragraphs)
    return doc


def _with_tables(lines: list[tuple[int, str]], blocks: list[TableBlock]) -> list[tuple[int, str] | TableBlock]:
    """The file's lines (an HTML file: its blocks, by the line each starts on) in order, each HTML table's lines
    replaced by the table once."""
    out: list[tuple[int, str] | TableBlock] = []
    queue = list(blocks)
    for line_no, line in lines:
        while queue and line_no > queue[0].last:
            _once(out, queue.pop(0))
        if queue and line_no >= queue[0].first:
            _once(out, queue[0])
            continue
        out.append((line_no, line))
    for block in queue:
        _once(out, block)
    return out


def _once(out: list[tuple[int, str] | TableBlock], block: TableBlock) -> None:
    if not out or out[-1] is not block:
        out.append(block)


_WRAP_WIDTH = 40  # a line shorter than this ends where its writer ended it, not where the file wraps
_RUNS_ON = re.compile(r"[a-z]|[(（][a-z]")  # "minutes (enhanced), at any time"
# a number starts a line that runs on only after a word that wants it ("… replies within" / "5 business days.");
# after a label ("Priority 1 Response Time (within Support Hours)" / "1 day") it is the label's value
_WANTS_NUMBER = re.compile(r"\b(?:within|in|of|than|to|after|by|for|or|and|least|most)$", re.IGNORECASE)
_NUMBER_ON = re.compile(r"\d+(?:\.\d+)?\s+[a-z]")
_ROW_MARK = re.compile(r"[|｜│]")


# a wrapped sentence joins its lines up to this many characters; past it the lines run on as paragraphs of their
# own (a file of one endless wrapped sentence is read in pieces, not as one paragraph)
_WRAPPED_MAX = 2000


def _wraps_on(tail: str, line: str) -> bool:
    """A plain-text file wrapped at a fixed width: ``line`` continues the sentence whose last line is ``tail``
    (which runs on without closing punctuation to a full line) when it starts in lower case and is no item,
    heading or table row. Lines of a list or a table, short lines and CJK text stay lines of their own."""
    if len(tail) < _WRAP_WIDTH or tail.rstrip().endswith(_PARAGRAPH_END) or _ROW_MARK.search(tail + line):
        return False
    if _ITEM_START.match(line) is not None:
        return False
    return _RUNS_ON.match(line) is not None or (
        _NUMBER_ON.match(line) is not None and _WANTS_NUMBER.search(tail.rstrip()) is not None
    )


_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "section",
    "article",
    "table",
    "blockquote",
    "pre",
    "dt",
    "dd",
}


def _html_lines(text: str) -> list[tuple[int, str]]:
    from html.parser import HTMLParser

    out: list[tuple[int, str]] = []

    class _Blocks(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.buffer: list[str] = []
            self.line = 1
            self.skip = 0

        def flush(self) -> None:
            text = " ".join("".join(self.buffer).split())
            if text:
                out.append((self.line, text))
            self.buffer = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("script", "style"):
                self.skip += 1
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.line = self.getpos()[0]
            elif tag in ("td", "th") and self.buffer:
                self.buffer.append(" | ")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK_TAGS:
                self.flush()

        def handle_data(self, data: str) -> None:
            if not self.skip:
                if not self.buffer:
                    self.line = self.getpos()[0]
                self.buffer.append(data)

    parser = _Blocks()
    parser.feed(text)
    parser.close()
    parser.flush()
    return out


# ---------------------------------------------------------------- sections
_HEADING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[条條章]|[一二三四五六七八九十]+[、.．]|(?:Article|Section|ARTICLE|SECTION)\s+\d+"
    r"|\d+[.、．]\s*[^\d])"
)


def _assign_headings(paragraphs: list[Paragraph], marked: set[int] | frozenset[int] = frozenset()) -> None:
    """Each paragraph learns the heading of its section, for rules anchored on headings:
    a numbered line, or a paragraph the format marks as a heading (``marked`` numbers)."""
    heading = ""
    for p in paragraphs:
        if (p.number in marked or _HEADING.match(p.text)) and len(p.text) <= 60:
            heading = p.text
        p.heading = heading
