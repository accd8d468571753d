"""Document → Markdown (GitHub-flavoured): headings, paragraphs, lists and tables; a chart by its caption."""

from __future__ import annotations

from termsmith.document.model import Document, Figure, ListBlock, Paragraph, SignatureBlock, Table
from termsmith.rendering.layout import Heading, flow

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|"})


def _escape(text: str) -> str:
    return text.translate(_SPECIAL).replace("\n", "<br>")


def render_markdown(doc: Document) -> str:
    out: list[str] = []
    for item in flow(doc):
        if isinstance(item, Heading):
            out.append("#" * (item.level + 1) + " " + " / ".join(_escape(s.text) for s in item.spans))
        elif isinstance(item, Paragraph):
            label = f"{_escape(item.label)} " if item.label else ""
            out.append(label + _escape(item.text))
        elif isinstance(item, ListBlock):
            out.append("\n".join(f"- {_escape(p.text)}" for p in item.items))
        elif isinstance(item, Table):
            rows = [*item.header, *item.rows]
            width = max(len(r) for r in rows)
            lines = ["| " + " | ".join(_escape(c.text) for c in row) + " |" for row in rows]
            align = [
                "---:" if item.rows and i < len(item.rows[0]) and item.rows[0][i].align == "right" else "---"
                for i in range(width)
            ]
            caption = [f"**{_escape(item.caption)}**", ""] if item.caption else []
            out.append("\n".join([*caption, lines[0], "| " + " | ".join(align) + " |", *lines[1:]]))
        elif isinstance(item, Figure):
            out.append(f"*{_escape(item.caption)}*")
        elif isinstance(item, SignatureBlock):
            out.append("\n\n".join(f"{_escape(p.role_label)}: {_escape(p.legal_name)}" for p in item.parties))
    return "\n\n".join(out) + "\n"
