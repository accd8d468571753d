"""Rendered clause text → Document blocks.

Blocks are separated by blank lines. A block whose lines all start with ``- `` is
a list (items labelled （一）（二） in Chinese, (a) (b) in English); a block that is
exactly one marker (a table or the signature block) becomes that block; a block
starting with ``> `` is an unnumbered note; every other block is a paragraph that
gets the next sub-clause number when the clause is numbered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from termsmith.document.model import Block, Cell, ListBlock, Paragraph, Ref, Table
from termsmith.library.formatting import REF_CLOSE, REF_MID, REF_OPEN
from termsmith.punctuation import normalise

_BLANK = re.compile(r"\n[ \t]*\n")
MARKER = re.compile("\u27e6termsmith:[0-9a-f]+:[0-9]+\u27e7")
_REF = re.compile(f"{REF_OPEN}([^{REF_MID}]*){REF_MID}([^{REF_CLOSE}]*){REF_CLOSE}")


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A parsed block before numbering: kind is paragraph, note, list or marker."""

    kind: str
    lines: tuple[str, ...]


class MarkupError(ValueError):
    pass


def split_blocks(text: str, known: frozenset[str] | set[str] = frozenset()) -> list[RawBlock]:
    """``known`` are the markers this render made; any other marker-like text is plain text."""
    out: list[RawBlock] = []
    for chunk in _BLANK.split(text.replace("\r\n", "\n")):
        lines = tuple(line.strip() for line in chunk.strip().split("\n") if line.strip())
        if not lines:
            continue
        joined = " ".join(lines)
        if joined in known:
            out.append(RawBlock("marker", (joined,)))
        elif any(m.group() in known for m in MARKER.finditer(joined)):
            raise MarkupError("a table or signature block must stand alone in its paragraph (blank lines around it)")
        elif all(line.startswith("- ") for line in lines):
            out.append(RawBlock("list", tuple(line[2:].strip() for line in lines)))
        elif lines[0].startswith("> "):
            out.append(RawBlock("note", tuple(line.removeprefix("> ").removeprefix(">").strip() for line in lines)))
        else:
            out.append(RawBlock("paragraph", lines))
    return out


def block_starts(text: str) -> list[int]:
    """Where each block of ``split_blocks(text)`` starts in ``text`` (same order, same count)."""
    starts, pos = [], 0
    for sep in [*_BLANK.finditer(text), None]:
        end = sep.start() if sep is not None else len(text)
        if text[pos:end].strip():
            starts.append(pos)
        pos = sep.end() if sep is not None else len(text)
    return starts


def join_lines(lines: tuple[str, ...], lang: str) -> str:
    """Lines of one paragraph as one text: no space between Chinese lines, one in English;
    where spec text and clause text meet, one sentence mark (``punctuation.normalise``)."""
    return normalise(_joined(lines, lang), lang)


def _joined(lines: tuple[str, ...], lang: str) -> str:
    if lang == "en":
        return " ".join(lines)
    out = ""
    for line in lines:
        if out and (out[-1].isascii() and out[-1].isalnum()) and (line[0].isascii() and line[0].isalnum()):
            out += " "
        out += line
    return out


def strip_refs(text: str) -> str:
    """``text`` with cross-reference tags removed (the referenced words kept)."""
    return _REF.sub(lambda m: m.group(2), text)


def extract_refs(text: str) -> tuple[str, tuple[Ref, ...]]:
    """``text`` without cross-reference tags, and where each reference now sits."""
    out: list[str] = []
    refs: list[Ref] = []
    length = last = 0
    for m in _REF.finditer(text):
        plain = text[last : m.start()]
        out.append(plain)
        length += len(plain)
        refs.append(Ref(length, length + len(m.group(2)), m.group(1)))
        out.append(m.group(2))
        length += len(m.group(2))
        last = m.end()
    out.append(text[last:])
    return "".join(out), tuple(refs)


def _paragraph(text: str, lang: str, **kwargs: object) -> Paragraph:
    plain, refs = extract_refs(text)
    return Paragraph(plain, lang, refs=refs, **kwargs)  # type: ignore[arg-type]  # lang: a str checked against LANGS on load; the model wants the Lang literal; kwargs: label/style


def to_blocks(
    raw: list[RawBlock],
    lang: str,
    markers: dict[str, Block],
    numbers: list[str] | None,
    list_label: Callable[[int, str], str],
) -> list[Block]:
    """Blocks of one clause in one language; ``numbers`` is consumed, one per paragraph
    (None: an unnumbered part such as the preamble)."""
    blocks: list[Block] = []
    for block in raw:
        if block.kind == "marker":
            blocks.append(_normalised(markers[block.lines[0]], lang))
        elif block.kind == "list":
            texts = _closed([normalise(text, lang) for text in block.lines], lang)
            items = tuple(_paragraph(text, lang, label=list_label(i, lang)) for i, text in enumerate(texts))
            blocks.append(ListBlock(items, ordered=True))
        elif block.kind == "note":
            blocks.append(_paragraph(join_lines(block.lines, lang), lang, style="note"))
        else:
            label = numbers.pop(0) if numbers else None
            blocks.append(_paragraph(join_lines(block.lines, lang), lang, label=label))
    return blocks


def _closed(items: list[str], lang: str) -> list[str]:
    """The last item of a list ends the sentence: "；" / ";" becomes "。" / "." (a clause whose
    items are conditional cannot know which one comes last)."""
    if items:
        semi, stop = (";", ".") if lang == "en" else ("；", "。")
        if items[-1].endswith(semi):
            items[-1] = items[-1][: -len(semi)] + stop
    return items


def _normalised(block: Block, lang: str) -> Block:
    """A table from a helper gets the same punctuation rule as running text."""
    if not isinstance(block, Table):
        return block

    def rows(rs: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], ...]:
        return tuple(tuple(replace(c, text=normalise(c.text, lang)) for c in r) for r in rs)

    return replace(block, header=rows(block.header), rows=rows(block.rows))
