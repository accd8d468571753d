"""The text of a Word body as a reader sees it: paragraphs and table rows in document order.

python-docx's ``Paragraph.text`` and ``Table`` see only runs and rows that are direct
children of their parents, so whatever Word wraps in another element is lost: tracked
insertions (``w:ins``), content controls (``w:sdt``, which templates put around every
blank and often around whole sections), smart tags, custom XML, simple fields, and tables
nested in a cell. Vendors send agreements with tracked changes and template controls, so
this walks the XML instead, reading the document as it stands with every change accepted:

- inserted and moved-in text counts; deleted and moved-out text (``w:delText``,
  ``w:moveFrom``) does not;
- a text box (``w:txbxContent``, stored twice by Word: drawing and VML fallback) is not
  part of the paragraph that anchors it;
- ``w:tab`` is a tab, ``w:br``/``w:cr`` a line break, ``w:noBreakHyphen`` a hyphen.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T, _TAB, _BR, _CR, _HYPHEN = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
_TC_PR, _GRID_SPAN, _V_MERGE, _VAL = qn("w:tcPr"), qn("w:gridSpan"), qn("w:vMerge"), qn("w:val")
_SKIPPED = frozenset({qn("w:moveFrom"), qn("w:del"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr")})
# wrappers whose children are read as if they stood in the wrapper's place
_WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins"), qn("w:moveTo")})


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph (``cells`` is None) or one table row (its non-empty cells' texts)."""

    text: str
    element: etree._Element  # the w:p, for its style; the w:tr of a row
    cells: tuple[str, ...] | None = None


def body_blocks(body: etree._Element) -> Iterator[Block]:
    """Paragraphs and table rows of a ``w:body`` (or any block container), in reading order."""
    for child in body.iterchildren():
        tag = child.tag
        if tag == _P:
            yield Block(paragraph_text(child), child)
        elif tag == _TBL:
            yield from _rows(child)
        elif tag in _WRAPPERS:
            yield from body_blocks(child)


def paragraph_text(p: etree._Element) -> str:
    """The visible text of one ``w:p`` with every tracked change accepted."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _collect(element: etree._Element, out: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue  # comments and processing instructions have a non-string tag
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _HYPHEN:
            out.append("-")
        else:
            _collect(child, out)


def _rows(table: etree._Element) -> Iterator[Block]:
    """Each row's cells; a cell merged down from the row above (``w:vMerge``) repeats that
    cell's text, so a row still names its level when the level's cell spans several rows."""
    above: dict[int, str] = {}  # grid column → text of the cell there in the row above
    for row in _children(table, _TR):
        cells: list[str] = []
        here: dict[int, str] = {}
        column = 0
        for cell in _children(row, _TC):
            span, continued = _merge(cell)
            text = above.get(column, "") if continued else _cell_text(cell)
            here[column] = text
            column += span
            if text:
                cells.append(text)
        above = here
        yield Block(" | ".join(cells), row, tuple(cells))


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs (and any table nested in it) as one line."""
    return " ".join(" ".join(block.text for block in body_blocks(cell)).split())


def _merge(cell: etree._Element) -> tuple[int, bool]:
    """The grid columns ``cell`` spans, and whether it continues a vertical merge."""
    props = cell.find(_TC_PR)
    if props is None:
        return 1, False
    span = props.find(_GRID_SPAN)
    vmerge = props.find(_V_MERGE)
    columns = int(span.get(_VAL, "1")) if span is not None and span.get(_VAL, "1").isdigit() else 1
    return max(1, columns), vmerge is not None and vmerge.get(_VAL, "continue") != "restart"


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """``element``'s children named ``tag``, looking through content controls and custom XML."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)
