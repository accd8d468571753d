"""The redline for readers without Word: one HTML page (and PDF through WeasyPrint) with
insertions underlined and deletions struck through, from the same alignment as the DOCX."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from termsmith.document.model import Cell, Document, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.redline.align import Pair, align, item_text, pair_up
from termsmith.redline.tokens import Op, Segment, segments
from termsmith.rendering.html_renderer import stylesheet
from termsmith.rendering.layout import Heading, Item

Diff = Callable[[str, str], list[Segment]]  # old text, new text → segments

REDLINE_CSS = """
ins { color: #0b5d1e; text-decoration: underline; background: #e6f4ea; }
del { color: #a50e0e; text-decoration: line-through; background: #fce8e6; }
.whole-ins { border-left: 3px solid #0b5d1e; padding-left: 4px; }
.whole-del { border-left: 3px solid #a50e0e; padding-left: 4px; }
.redline-legend { font-size: 9pt; color: #444; }
"""


def _segs(parts: list[Segment]) -> str:
    out = []
    for op, text in parts:
        text = escape(text).replace("\n", "<br>")
        out.append(text if op == "same" else f"<{op}>{text}</{op}>")
    return "".join(out)


def _whole(item: Item, op: Op) -> str:
    return f'<div class="whole-{op}">{_item(item, item, lambda a, b: [(op, b if op == "ins" else a)])}</div>'


def _label(p: Paragraph) -> str:
    return f"{p.label} {p.text}" if p.label else p.text


def _item(old: Item, new: Item, diff: Diff) -> str:
    lang = escape(getattr(new, "lang", "") or "")
    if isinstance(new, Heading) and isinstance(old, Heading):
        tag = f"h{new.level + 1}"
        return f'<{tag} lang="{escape(new.lang)}">{_segs(diff(item_text(old), item_text(new)))}</{tag}>'
    if isinstance(new, Paragraph) and isinstance(old, Paragraph):
        return f'<p lang="{lang}">{_segs(diff(_label(old), _label(new)))}</p>'
    if isinstance(new, ListBlock) and isinstance(old, ListBlock):
        rows = []
        for a, b in pair_up(old.items, new.items, key=_label, same_kind=lambda x, y: True, text=_label):
            if b is None:
                assert a is not None  # pair_up yields at least one side of every pair
                rows.append(f'<p lang="{lang}">{_segs([("del", _label(a))])}</p>')
            elif a is None:
                rows.append(f'<p lang="{lang}">{_segs([("ins", _label(b))])}</p>')
            else:
                rows.append(f'<p lang="{lang}">{_segs(diff(_label(a), _label(b)))}</p>')
        return "".join(rows)
    if isinstance(new, Table) and isinstance(old, Table):
        return _table(old, new, diff)
    if isinstance(new, SignatureBlock) and isinstance(old, SignatureBlock):
        return f'<p lang="{lang}">{_segs(diff(item_text(old), item_text(new)))}</p>'
    return _whole(old, "del") + _whole(new, "ins")


def _table(old: Table, new: Table, diff: Diff) -> str:
    out = [f'<table lang="{escape(new.lang)}">']
    if old.caption or new.caption:
        out.append(f"<caption>{_segs(diff(old.caption or '', new.caption or ''))}</caption>")
    for tag, rows_a, rows_b in (("th", old.header, new.header), ("td", old.rows, new.rows)):
        for a, b in pair_up(
            rows_a,
            rows_b,
            key=lambda r: tuple(c.text for c in r),
            same_kind=lambda r, s: True,
            text=lambda r: " | ".join(c.text for c in r),
        ):
            width = max(len(a or ()), len(b or ()))
            cells_a = list(a or ()) + [Cell("")] * (width - len(a or ()))
            cells_b = list(b or ()) + [Cell("")] * (width - len(b or ()))
            row = []
            for x, y in zip(cells_a, cells_b, strict=True):
                parts: list[Segment] = (
                    [("ins", y.text)] if a is None else [("del", x.text)] if b is None else diff(x.text, y.text)
                )
                row.append(f"<{tag}>{_segs(parts)}</{tag}>")
            out.append(f"<tr>{''.join(row)}</tr>")
    out.append("</table>")
    return "".join(out)


def _pair(pair: Pair) -> str:
    if pair.old is None:
        assert pair.new is not None  # a pair holds at least one side
        return _whole(pair.new, "ins")
    if pair.new is None:
        return _whole(pair.old, "del")
    return _item(pair.old, pair.new, segments)


def render_redline_html(old: Document, new: Document, *, legend: str = "") -> str:
    body = "".join(_pair(p) for p in align(old, new))
    title = escape(new.metadata.title)
    return (
        f'<!DOCTYPE html><html lang="{escape(new.primary_language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{stylesheet()}{REDLINE_CSS}</style></head><body>"
        f'<p class="redline-legend">{escape(legend)}</p>{body}</body></html>\n'
    )


def render_redline_pdf(old: Document, new: Document, *, legend: str = "") -> bytes:
    from termsmith.rendering.fonts import require_fonts
    from termsmith.rendering.pdf_renderer import html_to_pdf

    require_fonts(new.languages)
    return html_to_pdf(render_redline_html(old, new, legend=legend), new)
