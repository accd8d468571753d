"""From a place in a clause's template text to a line and column of its clause file.

A clause's text is a YAML scalar (usually a ``|`` block): the template's line 1
is the line after the ``|``, with the block's indentation removed. Jinja reports
template lines; the lint rules report offsets in the text; both map back here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from termsmith.diagnostics import Position
from termsmith.library.model import ClauseFile
from termsmith.yaml_loader import ScalarString

if TYPE_CHECKING:
    from termsmith.lint.positions import LineIndex


def _scalar(clause: ClauseFile, key: str, lang: str) -> ScalarString | None:
    return next((s for s in clause.loaded.strings if s.path == (key, lang)), None)


def _mapper(clause: ClauseFile, key: str, lang: str) -> tuple[list[int], LineIndex] | None:
    from termsmith.lint.positions import LineIndex, scalar_mapper

    scalar = _scalar(clause, key, lang)
    if scalar is None:
        return None
    index = LineIndex(clause.loaded.text)
    return scalar_mapper(index, scalar.value, scalar.style, scalar.start, scalar.end), index


def offset_position(clause: ClauseFile, lang: str, offset: int, key: str = "text") -> Position:
    """Where the character at ``offset`` of the clause's ``key`` text (title or text) is in the file."""
    found = _mapper(clause, key, lang)
    if found is None:
        return clause.loaded.position((key, lang))
    mapping, index = found
    if not mapping:
        return clause.loaded.position((key, lang))
    return index.position(mapping[max(0, min(offset, len(mapping) - 1))])


def line_offset(text: str, line: int) -> int:
    """Offset of the start of 1-based ``line`` in ``text``."""
    offset = 0
    for _ in range(max(0, line - 1)):
        nxt = text.find("\n", offset)
        if nxt == -1:
            return len(text)
        offset = nxt + 1
    return offset


def template_position(clause: ClauseFile, lang: str, line: int | None, needle: str | None = None) -> Position:
    """The file position of template ``line``; with ``needle``, of its first occurrence on that line
    (``needle`` may be a regular expression)."""
    source = clause.text.get(lang, "")
    if line is None:
        return clause.loaded.position(("text", lang))
    start = line_offset(source, line)
    end = source.find("\n", start)
    text_line = source[start : end if end != -1 else len(source)]
    col = len(text_line) - len(text_line.lstrip())
    if needle:
        match = re.search(needle, text_line)
        if match:
            col = match.start()
    return offset_position(clause, lang, start + col)
