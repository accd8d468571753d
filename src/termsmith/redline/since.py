"""The "changes since" section of ``termsmith review SPEC --since OLD``: the terms that
changed (``termsmith diff``) and every clause whose text changed, with insertions and
deletions marked, so a lawyer reviewing a new version starts from what is new."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from termsmith.assembly.builder import Assembly
from termsmith.diff.formats import _line
from termsmith.diff.report import DiffReport, diff_specs, word
from termsmith.redline.tokens import Segment, segments


@dataclass(frozen=True, slots=True)
class ClauseChange:
    clause_id: str
    kind: str  # changed | added | removed
    versions: tuple[str, str]  # old and new clause versions ("" when absent)
    texts: dict[str, list[Segment]]  # per language


@dataclass(frozen=True, slots=True)
class ChangesSince:
    old_file: str
    terms: DiffReport
    clauses: tuple[ClauseChange, ...]

    def markdown(self) -> str:
        lang = self.terms.lang
        out = [f"## Changes since `{self.old_file}`", "", f"### {word('title', lang)}", ""]
        out += [
            f"- {_line(e, lang)}" + (f" ({word('favours.' + e.favours, lang)})" if e.favours else "")
            for e in self.terms.entries
        ] or [f"- {self.terms.summary()}"]
        out += ["", "### Clauses whose text changed", ""]
        for c in self.clauses:
            out += [f"#### `{c.clause_id}` {c.kind} ({c.versions[0] or '—'} → {c.versions[1] or '—'})", ""]
            for lang_, parts in c.texts.items():
                text = "".join(
                    t if op == "same" else f"~~{t}~~" if op == "del" else f"<ins>{t}</ins>" for op, t in parts
                )
                out += [f"**{lang_}**", ""] + ["> " + line if line else ">" for line in text.splitlines()] + [""]
        if not self.clauses:
            out += ["No clause text changed.", ""]
        return "\n".join(out) + "\n"

    def html(self) -> str:
        e = html.escape
        lang = self.terms.lang
        items = (
            "".join(
                f"<li>{e(_line(x, lang))}{' (' + e(word('favours.' + x.favours, lang)) + ')' if x.favours else ''}</li>"
                for x in self.terms.entries
            )
            or f"<li>{e(self.terms.summary())}</li>"
        )
        parts = [
            f"<h2>Changes since <code>{e(self.old_file)}</code></h2>",
            f"<h3>{e(word('title', lang))}</h3>",
            f"<ul>{items}</ul>",
            "<h3>Clauses whose text changed</h3>",
        ]
        for c in self.clauses:
            parts.append(
                f"<h4><code>{e(c.clause_id)}</code> {e(c.kind)} ({e(c.versions[0] or '—')} → "
                f"{e(c.versions[1] or '—')})</h4>"
            )
            for lang_, segs in c.texts.items():
                body = "".join(e(t) if op == "same" else f"<{op}>{e(t)}</{op}>" for op, t in segs)
                parts.append(f'<div class="text" lang="{e(lang_)}">{body}</div>')
        if not self.clauses:
            parts.append("<p>No clause text changed.</p>")
        return "\n".join(parts) + "\n"


def changes_since(old: Assembly, new: Assembly, old_spec: Any, new_spec: Any, old_file: str, lang: str) -> ChangesSince:
    """Term and clause changes from the ``old`` assembly (and spec) to the ``new`` one."""
    terms = diff_specs(old_spec, new_spec, lang, old_file=old_file)
    before = {c.clause.id: c for c in old.clauses}
    after = {c.clause.id: c for c in new.clauses}
    changes = []
    for cid in [*after, *(k for k in before if k not in after)]:
        a, b = before.get(cid), after.get(cid)
        either = b or a
        assert either is not None  # cid is a key of before or after
        langs = either.texts.keys()
        texts = {
            lang_: segments(a.texts.get(lang_, "") if a else "", b.texts.get(lang_, "") if b else "") for lang_ in langs
        }
        if a is not None and b is not None and all(op == "same" for parts in texts.values() for op, _ in parts):
            continue
        kind = "added" if a is None else "removed" if b is None else "changed"
        changes.append(ClauseChange(cid, kind, (a.clause.version if a else "", b.clause.version if b else ""), texts))
    return ChangesSince(old_file, terms, tuple(changes))
