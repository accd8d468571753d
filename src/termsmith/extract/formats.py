"""The extraction report as JSON (stable, version 1), Markdown or HTML."""

from __future__ import annotations

import html
import json
from typing import Any

from termsmith.extract import unread
from termsmith.extract.result import Evidence, Extraction
from termsmith.extract.unread import UnreadFigure

JSON_VERSION = 1


def to_json(extractions: list[Extraction], failures: list[dict[str, Any]] | None = None) -> str:
    documents = [e.to_dict() for e in extractions] + list(failures or [])
    return json.dumps({"version": JSON_VERSION, "documents": documents}, ensure_ascii=False, indent=2) + "\n"


def flatten(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(dotted path, scalar) pairs in document order: severity_levels[0].response.within → 30m."""
    if isinstance(value, dict):
        out: list[tuple[str, Any]] = []
        for key, item in value.items():
            out += flatten(item, f"{prefix}.{key}" if prefix else key)
        return out
    if isinstance(value, list):
        out = []
        for i, item in enumerate(value):
            out += flatten(item, f"{prefix}[{i}]")
        return out
    return [(prefix, value)]


def evidence_for(extraction: Extraction, path: str) -> Evidence | None:
    """The evidence recorded at ``path`` or at the nearest enclosing path."""
    candidates = [
        p
        for p in extraction.evidence
        if path == p or path.startswith((p + ".", p + "[")) or p.startswith((path + ".", path + "["))
    ]
    if not candidates:
        parent = path.rsplit(".", 1)[0] if "." in path else None
        return evidence_for(extraction, parent) if parent and parent != path else None
    return extraction.evidence[min(candidates, key=len)]


def _where(ev: Evidence | UnreadFigure) -> str:
    loc = ev.location
    parts = [f"p. {loc.page}"] if loc.page is not None else []
    parts.append(f"¶ {loc.paragraph}")
    parts.append(f"line {loc.line}:{loc.column}")
    return ", ".join(parts)


def _rows(e: Extraction) -> list[tuple[str, str, str, str]]:
    """One row per value; a quote repeated for the next value of the same sentence is shown once."""
    rows = []
    previous: Evidence | None = None
    for path, value in flatten(e.terms):
        ev = evidence_for(e, path)
        same = ev is not None and ev == previous
        quote, where = ("〃", "") if same else (ev.quote if ev else "", _where(ev) if ev else "")
        shown = "—" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        rows.append((path, shown, quote, where))
        previous = ev
    return rows


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(extractions: list[Extraction], failures: list[dict[str, Any]] | None = None) -> str:
    out: list[str] = []
    for e in extractions:
        out += [
            f"## {e.file}",
            "",
            f"Format: {e.format} · language: {e.language}",
            "",
            "| term | value | evidence | where |",
            "|---|---|---|---|",
        ]
        out += [f"| {_md_cell(p)} | {_md_cell(v)} | {_md_cell(q)} | {w} |" for p, v, q, w in _rows(e)]
        out += ["", "**Not stated:** " + (", ".join(f"`{p}`" for p in e.not_stated) or "nothing essential"), ""]
        if e.unread_figures:
            out += [f"### {unread.heading(e.language)}", "", "| where | text |", "|---|---|"]
            out += [f"| {_where(u)} | {_md_cell(u.quote)} |" for u in e.unread_figures]
            out.append("")
        for d in e.diagnostics:
            out.append(f"- {d.code} {d.severity.value}: {d.message}")
        out.append("")
    for f in failures or []:
        out += [
            f"## {f['file']}",
            "",
            f"**Cannot read:** {f['diagnostics'][0]['message']} — {f['diagnostics'][0]['hint']}",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def to_html(extractions: list[Extraction], failures: list[dict[str, Any]] | None = None) -> str:
    esc = html.escape
    body: list[str] = []
    for e in extractions:
        body.append(f"<section><h2>{esc(e.file)}</h2><p>Format: {esc(e.format)} · language: {esc(e.language)}</p>")
        body.append("<table><thead><tr><th>term</th><th>value</th><th>evidence</th><th>where</th></tr></thead><tbody>")
        body += [
            f"<tr><td><code>{esc(p)}</code></td><td>{esc(v)}</td><td>{esc(q)}</td><td>{esc(w)}</td></tr>"
            for p, v, q, w in _rows(e)
        ]
        body.append("</tbody></table>")
        missing = ", ".join(f"<code>{esc(p)}</code>" for p in e.not_stated) or "nothing essential"
        body.append(f"<p><strong>Not stated:</strong> {missing}</p>")
        if e.unread_figures:
            body.append(f'<h3 class="unread">{esc(unread.heading(e.language))}</h3><table class="unread"><tbody>')
            body += [f"<tr><td>{esc(_where(u))}</td><td>{esc(u.quote)}</td></tr>" for u in e.unread_figures]
            body.append("</tbody></table>")
        body += [f"<p>{esc(d.code)} {esc(d.severity.value)}: {esc(d.message)}</p>" for d in e.diagnostics]
        body.append("</section>")
    for f in failures or []:
        d = f["diagnostics"][0]
        body.append(
            f"<section><h2>{esc(f['file'])}</h2><p><strong>Cannot read:</strong> {esc(d['message'])} — "
            f"{esc(d['hint'] or '')}</p></section>"
        )
    style = (
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>termsmith extract</title>'
        f"<style>{style}</style></head><body><h1>termsmith extract</h1>{''.join(body)}</body></html>\n"
    )
