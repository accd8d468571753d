"""The extraction report as JSON (stable, version 1), Markdown or HTML; the last two in the reader's language
(``--lang``), else each document's own (report_words)."""

from __future__ import annotations

import html
import json
from typing import Any

from termsmith.extract import report_words, unread
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
    """The evidence recorded at ``path``, else at the nearest path enclosing it (a level's time for its clock), else
    at the first path inside it (a level's name for the level)."""
    if path in extraction.evidence:
        return extraction.evidence[path]
    enclosing = [p for p in extraction.evidence if path.startswith((p + ".", p + "["))]
    if enclosing:
        return extraction.evidence[max(enclosing, key=len)]
    inside = [p for p in extraction.evidence if p.startswith((path + ".", path + "["))]
    if inside:
        return extraction.evidence[min(inside, key=len)]
    parent = path.rsplit(".", 1)[0] if "." in path else None
    return evidence_for(extraction, parent) if parent and parent != path else None


def _where(ev: Evidence | UnreadFigure, lang: str) -> str:
    return report_words.where(ev.location, lang)


def _rows(e: Extraction, lang: str) -> list[tuple[str, str, str, str]]:
    """One row per value; a quote repeated for the next value of the same sentence is shown once."""
    rows = []
    previous: Evidence | None = None
    for path, value in flatten(e.terms):
        ev = evidence_for(e, path)
        same = ev is not None and ev == previous
        quote, where = ("〃", "") if same else (ev.quote if ev else "", _where(ev, lang) if ev else "")
        shown = "—" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        rows.append((path, shown, quote, where))
        previous = ev
    return rows


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _lang(e: Extraction | None, lang: str | None) -> str:
    return report_words.report_language(e.language if e is not None else None, lang)


def to_markdown(
    extractions: list[Extraction], failures: list[dict[str, Any]] | None = None, lang: str | None = None
) -> str:
    out: list[str] = []
    for e in extractions:
        w = _lang(e, lang)
        out += [
            f"## {e.file}",
            "",
            report_words.say("format", w, format=e.format, language=e.language),
            "",
            "| " + " | ".join(report_words.say(f"col.{c}", w) for c in ("term", "value", "evidence", "where")) + " |",
            "|---|---|---|---|",
        ]
        out += [f"| {_md_cell(p)} | {_md_cell(v)} | {_md_cell(q)} | {wh} |" for p, v, q, wh in _rows(e, w)]
        missing = ", ".join(f"`{p}`" for p in e.not_stated) or report_words.say("nothing-essential", w)
        out += ["", f"**{report_words.say('not-stated', w)}** {missing}", ""]
        if e.unread_figures:
            columns = f"| {report_words.say('col.where', w)} | {report_words.say('col.text', w)} |"
            out += [f"### {unread.heading(w)}", "", columns, "|---|---|"]
            out += [f"| {_where(u, w)} | {_md_cell(u.quote)} |" for u in e.unread_figures]
            out.append("")
        for d in e.diagnostics:
            out.append(f"- {d.code} {d.severity.value}: {d.message}")
        out.append("")
    for f in failures or []:
        out += [
            f"## {f['file']}",
            "",
            f"**{report_words.say('cannot-read', _lang(None, lang))}** {f['diagnostics'][0]['message']} — "
            f"{f['diagnostics'][0]['hint']}",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def to_html(
    extractions: list[Extraction], failures: list[dict[str, Any]] | None = None, lang: str | None = None
) -> str:
    esc = html.escape
    body: list[str] = []
    for e in extractions:
        w = _lang(e, lang)
        said = report_words.say("format", w, format=e.format, language=e.language)
        body.append(f'<section lang="{esc(w)}"><h2>{esc(e.file)}</h2><p>{esc(said)}</p>')
        heads = "".join(
            f"<th>{esc(report_words.say(f'col.{c}', w))}</th>" for c in ("term", "value", "evidence", "where")
        )
        body.append(f"<table><thead><tr>{heads}</tr></thead><tbody>")
        body += [
            f"<tr><td><code>{esc(p)}</code></td><td>{esc(v)}</td><td>{esc(q)}</td><td>{esc(wh)}</td></tr>"
            for p, v, q, wh in _rows(e, w)
        ]
        body.append("</tbody></table>")
        missing = ", ".join(f"<code>{esc(p)}</code>" for p in e.not_stated) or esc(
            report_words.say("nothing-essential", w)
        )
        body.append(f"<p><strong>{esc(report_words.say('not-stated', w))}</strong> {missing}</p>")
        if e.unread_figures:
            body.append(f'<h3 class="unread">{esc(unread.heading(w))}</h3><table class="unread"><tbody>')
            body += [f"<tr><td>{esc(_where(u, w))}</td><td>{esc(u.quote)}</td></tr>" for u in e.unread_figures]
            body.append("</tbody></table>")
        body += [f"<p>{esc(d.code)} {esc(d.severity.value)}: {esc(d.message)}</p>" for d in e.diagnostics]
        body.append("</section>")
    for f in failures or []:
        d = f["diagnostics"][0]
        body.append(
            f"<section><h2>{esc(f['file'])}</h2><p><strong>{esc(report_words.say('cannot-read', _lang(None, lang)))}"
            f"</strong> {esc(d['message'])} — {esc(d['hint'] or '')}</p></section>"
        )
    style = (
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
    )
    shared = {_lang(e, lang) for e in extractions}
    page_lang = shared.pop() if len(shared) == 1 else _lang(None, lang)
    title = esc(report_words.say("title", page_lang))
    return (
        f'<!DOCTYPE html><html lang="{esc(page_lang)}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{style}</style></head><body><h1>{title}</h1>{''.join(body)}</body></html>\n"
    )
