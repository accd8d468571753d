"""The text of a Word body as a reader sees it: paragraphs and table rows in document order.

python-docx's ``Paragraph.text`` and ``Table`` see only runs and rows that are direct
children of their parents, so whatever Word wraps in another element is lost: tracked
insertions (``w:ins``), content controls (``w:sdt``, which templates put around every
blank and often around whole sections), smart tags, custom XML, simple fields, and tables
nested in a cell. Vendors send agreements with tracked changes and template controls, so
this walks the XML instead, reading the document as it stands with every change accepted:

- inserted and moved-in text counts; deleted and moved-out text (``w:delText``,
  ``w:moveFrom``) does not;
- a text box (``w:txbxContent``) is not part of the paragraph that anchors it: its
  paragraphs are read after the anchor, once (Word stores a box twice, as a drawing and
  as a VML fallback for old readers; the fallback is read only where there is no drawing);
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
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset({qn("w:moveFrom"), qn("w:del"), _TXBX, qn("w:pPr"), qn("w:rPr")})
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
            for box in _text_boxes(child):
                yield from body_blocks(box)
        elif tag == _TBL:
            yield from _rows(child)
        elif tag in _WRAPPERS:
            yield from body_blocks(child)


def paragraph_text(p: etree._Element) -> str:
    """The visible text of one ``w:p`` with every tracked change accepted."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in ``p`` (not those inside another box: that box reads
    them), each once: the drawing's copy, or the VML fallback where it is the only copy."""
    boxes: list[etree._Element] = []
    for box in p.iter(_TXBX):
        between = _ancestors_below(box, p)
        if any(a.tag == _TXBX for a in between):
            continue
        fallback = next((a for a in between if a.tag == _FALLBACK), None)
        if fallback is not None and _beside_a_choice(fallback):
            continue
        boxes.append(box)
    return boxes


def _ancestors_below(element: etree._Element, top: etree._Element) -> list[etree._Element]:
    out = []
    for ancestor in element.iterancestors():
        if ancestor is top:
            break
        out.append(ancestor)
    return out


def _beside_a_choice(fallback: etree._Element) -> bool:
    """Whether the ``mc:AlternateContent`` holding this fallback also holds a drawing copy."""
    alternate = fallback.getparent()
    return alternate is not None and any(child.tag != _FALLBACK for child in alternate)


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
    cell's text, so a row still names its level when the level's cell spans several rows.
    A table with an empty grid column in any row (an empty cell, or the columns a cell
    spanning several (``w:gridSpan``) leaves after its text) is written with its rows framed
    by bars and every column in its place ("| Priority | Response Time | | Resolution Time |"),
    as an HTML table is, so the cells after a gap stay in their columns; a table with a cell
    in every column keeps its rows as "a | b | c"."""
    above: dict[int, str] = {}  # grid column → text of the cell there in the row above
    grids: list[tuple[etree._Element, list[str]]] = []
    for row in _children(table, _TR):
        grid: list[str] = []
        here: dict[int, str] = {}
        column = 0
        for cell in _children(row, _TC):
            span, continued = _merge(cell)
            text = above.get(column, "") if continued else _cell_text(cell)
            here[column] = text
            column += span
            grid += [text] + [""] * (span - 1)
        above = here
        grids.append((row, grid))
    framed = any(any(grid) and not all(grid) for _, grid in grids)
    for row, grid in grids:
        cells = tuple(text for text in grid if text)
        if framed and cells:
            yield Block("| " + " | ".join(grid) + " |", row, cells)
        else:
            yield Block(" | ".join(cells), row, cells)


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
