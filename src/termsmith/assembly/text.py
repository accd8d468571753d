"""The assembled document as plain text lines, and the language rules run over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from termsmith.diagnostics import Diagnostic
from termsmith.document.model import Block, Document, ListBlock, Paragraph, SignatureBlock, Table


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    lang: str
    anchor: str  # "preamble", "closing" or the clause id the line comes from
    mixed: bool = False  # a signature block: one block for every language of a bilingual document


def _lines(block: Block, anchor: str) -> list[TextLine]:
    mixed = isinstance(block, SignatureBlock)
    return [TextLine(t, lang, anchor, mixed) for t, lang in _block_lines(block)]


def _block_lines(block: Block) -> Iterator[tuple[str, str]]:
    if isinstance(block, Paragraph):
        yield (f"{block.label} {block.text}" if block.label else block.text), block.lang
    elif isinstance(block, ListBlock):
        for item in block.items:
            yield (f"{item.label} {item.text}" if item.label else item.text), item.lang
    elif isinstance(block, Table):
        if block.caption:
            yield block.caption, block.lang
        for row in (*block.header, *block.rows):
            yield " | ".join(c.text for c in row), block.lang
    elif isinstance(block, SignatureBlock):
        if block.note:
            yield block.note, block.lang
        for party in block.parties:
            yield f"{party.role_label} {party.legal_name}", block.lang
            for label, value in party.fields:
                yield f"{label}{value}", block.lang


def document_lines(document: Document) -> list[TextLine]:
    """Every line of text a reader sees, with the clause it comes from."""
    lines: list[TextLine] = []
    for block in document.preamble:
        lines += _lines(block, "preamble")
    for section in document.sections:
        for lang in document.languages:
            lines.append(
                TextLine(
                    f"{section.number.get(lang, '')} {section.heading.get(lang, '')}".strip(), lang, section.anchor
                )
            )
        for clause in section.clauses:
            anchor = clause.provenance.clause_id if clause.provenance else section.anchor
            for block in clause.blocks:
                lines += _lines(block, anchor)
    for block in document.closing:
        lines += _lines(block, "closing")
    return lines


def lint_document(document: Document, file: str = "<assembled document>") -> list[Diagnostic]:
    """Language rules over the assembled text, one language at a time.

    Positions are lines of the assembled text of that language (one line per
    paragraph, list item or table row); ``extra`` names the clause and language.
    """
    from termsmith.lint import lint_text

    found: list[Diagnostic] = []
    for lang in document.languages:
        lines = [line for line in document_lines(document) if line.lang == lang]
        text = "\n".join(line.text for line in lines)
        for d in lint_text(text, file, lang_hint=lang):
            anchor = lines[d.line - 1].anchor if 0 < d.line <= len(lines) else ""
            found.append(
                replace(
                    d,
                    extra={
                        **d.extra,
                        "clause": anchor,
                        "lang": lang,
                        "line_text": lines[d.line - 1].text if 0 < d.line <= len(lines) else "",
                    },
                )
            )
    return found
