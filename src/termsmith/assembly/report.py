"""The review report for lawyers: every clause of an assembled document with its
provenance, its rendered text and the lint findings on it, as HTML or Markdown.

HTML is one self-contained file (inline CSS, no scripts, every string escaped).
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from termsmith.assembly.builder import AssembledClause, Assembly
from termsmith.diagnostics import Diagnostic

FLAGGED = ("draft", "deprecated")


@dataclass(frozen=True, slots=True)
class ReviewData:
    assembly: Assembly
    findings: tuple[Diagnostic, ...]
    spec_file: str
    library: tuple[str, ...]
    since: Any = None  # termsmith.redline.since.ChangesSince for ``review --since OLD``
    document: Any = None  # the ServiceSpecDocument, to mark values that are declared defaults

    @property
    def audit(self) -> list[Diagnostic]:
        """The read-back audit's findings (AU codes, ``termsmith rule AU003`` explains each)."""
        return [d for d in self.findings if d.code.startswith("AU")]

    def shown(self, path: str, value: str) -> str:
        """A value as the report shows it: "(default)" when the spec did not write it."""
        from termsmith.spec.defaults import is_default

        if self.document is None or value == "(absent)" or not is_default(self.document, path):
            return value
        return f"{value} (default)"

    @property
    def flagged(self) -> list[AssembledClause]:
        return [c for c in self.assembly.clauses if c.clause.status in FLAGGED]

    def findings_by_clause(self) -> dict[str, list[Diagnostic]]:
        out: dict[str, list[Diagnostic]] = defaultdict(list)
        for d in self.findings:
            out[d.extra.get("clause", "")].append(d)
        return out


def _where(c: AssembledClause) -> str:
    if c.part == "article" and c.article is not None:
        return f"Article {c.article}"
    return c.part.capitalize()


def _title(c: AssembledClause, langs: tuple[str, ...]) -> str:
    return " / ".join(dict.fromkeys(c.clause.title.get(lang, c.clause.id) for lang in langs))


# ---------------------------------------------------------------- Markdown
def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(data: ReviewData) -> str:
    doc = data.assembly.document
    langs = doc.languages
    by_clause = data.findings_by_clause()
    out = [f"# Review: {doc.title[langs[0]]} ({doc.number})", ""]
    out += [
        f"- Spec: `{data.spec_file}` (sha256 `{doc.metadata.spec_hash}`)",
        *(f"- Built on {o}" for o in doc.metadata.offers),
        f"- Document: {doc.kind}, languages {', '.join(langs)}",
        f"- Library: {', '.join(data.library) or 'bundled'}",
        f"- Clauses: {len(data.assembly.clauses)}; draft or deprecated: {len(data.flagged)}; "
        f"lint findings: {len(data.findings) - len(data.audit)}; audit findings: {len(data.audit)}",
        "",
    ]
    if data.since is not None:
        out.append(data.since.markdown())
    out += _md_audit(data)
    if data.flagged:
        out += ["## Draft or deprecated clauses", ""]
        out += [
            f"- **{c.clause.status.upper()}** `{c.clause.id}` {c.clause.version} ({_where(c)})" for c in data.flagged
        ]
        out.append("")
    if data.assembly.skipped:
        out += ["## Clauses left out for this spec", ""]
        out += [f"- `{cid}` (applies when `{cond}`)" for cid, cond in data.assembly.skipped]
        out.append("")
    out += ["## Clauses", ""]
    for c in data.assembly.clauses:
        flag = f" **{c.clause.status.upper()}**" if c.clause.status in FLAGGED else ""
        out += [
            f"### {_where(c)} · `{c.clause.id}` — {_md_escape(_title(c, langs))}{flag}",
            "",
            f"- Version {c.clause.version}, status {c.clause.status}",
            f"- sha256 `{c.clause.sha256}`",
            f"- File `{c.clause.file}`",
            "",
        ]
        if c.provenance.values_read:
            out += ["| spec value | as printed |", "|---|---|"]
            out += [f"| `{p}` | {_md_escape(data.shown(p, v))} |" for p, v in c.provenance.values_read]
            out.append("")
        for lang in langs:
            out += [f"**{lang}**", ""]
            out += ["> " + line if line else ">" for line in c.texts.get(lang, "").splitlines()]
            out.append("")
        for d in by_clause.get(c.clause.id, []):
            out.append(f"- ⚠ {d.severity.value}[{d.code}] {d.message} — “{_md_escape(d.extra.get('line_text', ''))}”")
        out.append("")
    rest = [d for key, ds in by_clause.items() if key not in {c.clause.id for c in data.assembly.clauses} for d in ds]
    if rest:
        out += ["## Other findings", ""]
        out += [f"- {d.severity.value}[{d.code}] {d.message} ({d.extra.get('clause', '')})" for d in rest]
    return "\n".join(out).rstrip() + "\n"


def _where_text(d: Diagnostic) -> str:
    return f"{d.extra.get('clause', '')} · line {d.line}, col {d.col} · {d.extra.get('lang', '')}"


def _md_audit(data: ReviewData) -> list[str]:
    out = ["## Read-back audit", ""]
    if not data.audit:
        return [
            *out,
            "No findings: one language per paragraph, no doubled or mismatched punctuation, brackets "
            "balanced, no template leftovers.",
            "",
        ]
    out += ["| code | where | finding | text |", "|---|---|---|---|"]
    out += [
        f"| {d.code} {d.name} | {_md_escape(_where_text(d))} | {_md_escape(d.message)} | "
        f"{_md_escape(d.extra.get('line_text', ''))} |"
        for d in data.audit
    ]
    return [*out, "", "`termsmith rule CODE` explains each code.", ""]


# ---------------------------------------------------------------- HTML
_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem auto;max-width:60rem;
line-height:1.55;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin-bottom:.2rem}
.meta{color:#555;font-size:.9rem}.flag{background:#b00020;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.8rem}
table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}td,th{border:1px solid #ccc;padding:.15rem .4rem;
text-align:left;vertical-align:top}code{font-size:.85em}.text{white-space:pre-wrap;background:#f7f7f7;padding:.5rem;
border-left:3px solid #999}.finding{color:#8a4b00}section{margin-bottom:1.6rem}
ins{color:#0b5d1e;text-decoration:underline;background:#e6f4ea}del{color:#a50e0e;background:#fce8e6}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_audit(data: ReviewData) -> list[str]:
    parts = ['<h2 id="audit">Read-back audit</h2>']
    if not data.audit:
        return [
            *parts,
            "<p>No findings: one language per paragraph, no doubled or mismatched punctuation, "
            "brackets balanced, no template leftovers.</p>",
        ]
    parts.append("<table><tr><th>code</th><th>where</th><th>finding</th><th>text</th></tr>")
    parts += [
        f"<tr><td><code>{_e(d.code)}</code> {_e(d.name)}</td><td>{_e(_where_text(d))}</td>"
        f"<td>{_e(d.message)}</td><td>{_e(d.extra.get('line_text', ''))}</td></tr>"
        for d in data.audit
    ]
    parts.append("</table><p><code>termsmith rule CODE</code> explains each code.</p>")
    return parts


def to_html(data: ReviewData) -> str:
    doc = data.assembly.document
    langs = doc.languages
    by_clause = data.findings_by_clause()
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(langs[0])}"><head><meta charset="utf-8">',
        f"<title>Review: {_e(doc.title[langs[0]])}</title><style>{_CSS}</style></head><body>",
        f"<h1>Review: {_e(doc.title[langs[0]])} ({_e(doc.number)})</h1>",
        '<p class="meta">',
        f"Spec <code>{_e(data.spec_file)}</code> · sha256 <code>{_e(doc.metadata.spec_hash)}</code><br>",
        *(f"Built on <code>{_e(o)}</code><br>" for o in doc.metadata.offers),
        f"{_e(doc.kind)} in {_e(', '.join(langs))} · library {_e(', '.join(data.library) or 'bundled')}<br>",
        f"{len(data.assembly.clauses)} clauses · {len(data.flagged)} draft or deprecated · "
        f"{len(data.findings) - len(data.audit)} lint findings · {len(data.audit)} audit findings</p>",
    ]
    if data.since is not None:
        parts.append(data.since.html())
    parts += _html_audit(data)
    if data.flagged:
        parts.append("<h2>Draft or deprecated clauses</h2><ul>")
        parts += [
            f'<li><span class="flag">{_e(c.clause.status.upper())}</span> <code>{_e(c.clause.id)}</code> '
            f"{_e(c.clause.version)} ({_e(_where(c))})</li>"
            for c in data.flagged
        ]
        parts.append("</ul>")
    if data.assembly.skipped:
        parts.append("<h2>Clauses left out for this spec</h2><ul>")
        parts += [
            f"<li><code>{_e(cid)}</code> applies when <code>{_e(cond)}</code></li>"
            for cid, cond in data.assembly.skipped
        ]
        parts.append("</ul>")
    parts.append("<h2>Clauses</h2>")
    for c in data.assembly.clauses:
        flag = f' <span class="flag">{_e(c.clause.status.upper())}</span>' if c.clause.status in FLAGGED else ""
        parts.append(
            f'<section id="{_e(c.clause.id)}"><h3>{_e(_where(c))} · <code>{_e(c.clause.id)}</code> — '
            f"{_e(_title(c, langs))}{flag}</h3>"
        )
        parts.append(
            f'<p class="meta">version {_e(c.clause.version)} · status {_e(c.clause.status)} · sha256 '
            f"<code>{_e(c.clause.sha256)}</code> · <code>{_e(c.clause.file)}</code></p>"
        )
        if c.provenance.values_read:
            parts.append("<table><tr><th>spec value</th><th>as printed</th></tr>")
            parts += [
                f"<tr><td><code>{_e(p)}</code></td><td>{_e(data.shown(p, v))}</td></tr>"
                for p, v in c.provenance.values_read
            ]
            parts.append("</table>")
        for lang in langs:
            parts.append(f'<div class="text" lang="{_e(lang)}">{_e(c.texts.get(lang, ""))}</div>')
        for d in by_clause.get(c.clause.id, []):
            parts.append(
                f'<p class="finding">{_e(d.severity.value)}[{_e(d.code)}] {_e(d.message)} — '
                f"“{_e(d.extra.get('line_text', ''))}”</p>"
            )
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
