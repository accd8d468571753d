"""Positioned text: a document as paragraphs, each character traceable to its page,
paragraph, line and column.

A PDF paragraph is rejoined from wrapped lines (possibly across a page break), so
one paragraph holds several *pieces*: the offset where each source line starts in
the paragraph's text and that line's page, line number and first column. DOCX and
text paragraphs are one piece each (DOCX: ``line`` is the paragraph's line in the
extracted text, which is its paragraph number).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

Format = Literal["docx", "pdf", "txt", "md", "html"]


@dataclass(frozen=True, slots=True)
class Piece:
    offset: int  # where this source line starts in the paragraph text
    page: int | None
    line: int
    column: int  # 1-based code-point column of the piece's first character in its source line


@dataclass(frozen=True, slots=True)
class Location:
    page: int | None
    paragraph: int
    line: int
    column: int

    def label(self) -> str:
        """'p. 3, ¶ 12, line 7:5' style location for people."""
        where = f"page {self.page}, " if self.page is not None else ""
        return f"{where}paragraph {self.paragraph}, line {self.line}:{self.column}"


@dataclass(slots=True)
class Paragraph:
    text: str
    number: int  # 1-based paragraph number in the document
    pieces: list[Piece]
    heading: str = ""  # the heading of the section this paragraph is in ("" before the first)
    depth: int = 0  # a Markdown heading's level, its '#'s stripped from the text ("## Plans" → 2); 0 otherwise

    def locate(self, offset: int) -> Location:
        starts = [p.offset for p in self.pieces]
        i = max(bisect_right(starts, offset) - 1, 0)
        piece = self.pieces[i]
        # an offset before the first piece (a framed row's opening "| ") points at that piece's first character
        return Location(piece.page, self.number, piece.line, piece.column + max(offset - piece.offset, 0))


@dataclass(slots=True)
class SourceDocument:
    file: str
    format: Format
    paragraphs: list[Paragraph] = field(default_factory=list)
    pages: int | None = None
    encoding: str = "utf-8"  # a text file's: "gb18030" or "big5" when it was not UTF-8 (termsmith.text_encoding)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)
