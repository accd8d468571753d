"""A DiffReport as text (coloured on a terminal), JSON, Markdown or HTML."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from termsmith.checklist.labels import t as checklist_word
from termsmith.diff.report import DiffReport, Entry, plain, word

_MARK = {"changed": "~", "added": "+", "removed": "-", "not stated": "?"}
_COLOUR = {"changed": "33", "added": "32", "removed": "31", "client": "36", "vendor": "35", "not stated": "90"}


def _evidence(entry: Entry, lang: str) -> str:
    """The document's sentence for the entry's document-side value: 'p. 3, para. 12: “…”'."""
    from termsmith.checklist.report import evidence_label

    return evidence_label(entry.evidence, lang) if entry.evidence is not None else ""


def _title(report: DiffReport) -> str:
    return "title.document" if report.document_side else "title"


def _favours(entry: Entry, lang: str) -> str:
    return word(f"favours.{entry.favours}", lang) if entry.favours else ""


def _line(entry: Entry, lang: str) -> str:
    """ "P0 response: 30 minutes (24×7) → 2 hours (24×7)"; an added or removed item names itself."""
    c = entry.change
    if c.keyed:
        what = entry.new_text if c.kind == "added" else entry.old_text
        return f"{entry.term} {word(c.kind, lang)}: {what}"
    return f"{entry.term}: {entry.old_text} → {entry.new_text}"


def to_text(report: DiffReport, colour: bool = False) -> str:
    def paint(text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if colour else text

    lang = report.lang
    out = [f"{word(_title(report), lang)}: {report.old_file} → {report.new_file}", ""]
    for entry in report.entries:
        kind = entry.change.kind
        favour = f"  [{paint(_favours(entry, lang), _COLOUR[entry.favours])}]" if entry.favours else ""
        out.append(f"{paint(_MARK[kind], _COLOUR[kind])} {_line(entry, lang)}{favour}")
        if entry.evidence is not None:
            out.append(f"    {_evidence(entry, lang)}")
    for term in report.not_stated:
        out.append(f"{paint(_MARK['not stated'], _COLOUR['not stated'])} {term}: {word('not stated', lang)}")
    if report.verdicts:
        out += ["", f"{word('verdicts', lang)} ({report.checklist}):"]
        for v in report.verdicts:
            old, new = checklist_word(v.old.value, lang), checklist_word(v.new.value, lang)
            out.append(f"  {v.id} [{v.level}] {v.title}: {old} → {new}")
    out += ["", report.summary()]
    return "\n".join(out) + "\n"


def to_json(report: DiffReport) -> str:
    data = {
        "version": 1,
        "old": report.old_file,
        "new": report.new_file,
        "lang": report.lang,
        "changes": [
            {
                "path": e.change.dotted,
                "kind": e.change.kind,
                "term": e.term,
                "old": plain(e.change.old),
                "new": plain(e.change.new),
                "old_text": e.old_text,
                "new_text": e.new_text,
                "favours": e.favours,
            }
            | ({"evidence": e.evidence.to_dict() if e.evidence is not None else None} if report.document_side else {})
            for e in report.entries
        ],
        "checklist": report.checklist,
        "verdicts": [
            {"id": v.id, "title": v.title, "level": v.level, "old": v.old.value, "new": v.new.value}
            for v in report.verdicts
        ],
        "summary": {
            "changes": len(report.entries),
            "favour_client": report.count("client"),
            "favour_vendor": report.count("vendor"),
        },
    }
    if report.document_side:  # a spec against a vendor's document (the spec-to-spec shape is unchanged)
        data["document"] = report.document_side
        data["not_stated"] = list(report.not_stated)
        data["summary"]["not_stated"] = len(report.not_stated)  # type: ignore[index]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: DiffReport) -> str:
    lang = report.lang
    out = [f"# {word(_title(report), lang)}", "", f"`{report.old_file}` → `{report.new_file}`", ""]
    if report.entries:
        keys = ("col.term", "col.old", "col.new", "col.favours") + (("col.evidence",) if report.document_side else ())
        cols = [word(k, lang) for k in keys]
        out += ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for e in report.entries:
            favour = word(e.favours, lang) if e.favours else ""
            said = f" {_md_cell(_evidence(e, lang))} |" if report.document_side else ""
            out.append(f"| {_md_cell(e.term)} | {_md_cell(e.old_text)} | {_md_cell(e.new_text)} | {favour} |{said}")
    if report.not_stated:
        out += ["", f"**{word('not stated', lang)}**", ""]
        out += [f"- {_md_cell(term)}" for term in report.not_stated]
    if report.verdicts:
        out += ["", f"## {word('verdicts', lang)} ({report.checklist})", ""]
        for v in report.verdicts:
            out.append(
                f"- **{v.id}** ({v.level}) {_md_cell(v.title)}: "
                f"{checklist_word(v.old.value, lang)} → {checklist_word(v.new.value, lang)}"
            )
    out += ["", report.summary(), ""]
    return "\n".join(out)


def to_html(report: DiffReport) -> str:
    lang = report.lang
    e_ = html.escape
    rows = "".join(
        f'<tr class="{e.change.kind}"><td>{e_(e.term)}</td><td><del>{e_(e.old_text)}</del></td>'
        f'<td><ins>{e_(e.new_text)}</ins></td><td class="{e.favours or ""}">{e_(word(e.favours, lang)) if e.favours else ""}</td>'
        + (f"<td>{e_(_evidence(e, lang))}</td>" if report.document_side else "")
        + "</tr>"
        for e in report.entries
    )
    keys = ("col.term", "col.old", "col.new", "col.favours") + (("col.evidence",) if report.document_side else ())
    head = "".join(f"<th>{e_(word(k, lang))}</th>" for k in keys)
    if report.not_stated:
        items = "".join(f"<li>{e_(term)}</li>" for term in report.not_stated)
        head_rows = f"<h2>{e_(word('not stated', lang))}</h2><ul>{items}</ul>"
    else:
        head_rows = ""
    verdicts = ""
    if report.verdicts:
        items = "".join(
            f"<li><b>{e_(v.id)}</b> ({e_(v.level)}) {e_(v.title)}: {e_(checklist_word(v.old.value, lang))} → "
            f"{e_(checklist_word(v.new.value, lang))}</li>"
            for v in report.verdicts
        )
        verdicts = f"<h2>{e_(word('verdicts', lang))} ({e_(report.checklist or '')})</h2><ul>{items}</ul>"
    style = (
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;"
        "padding:4px 8px;text-align:left}del{color:#a00}ins{color:#060;text-decoration:underline}"
        ".client{color:#066}.vendor{color:#606}"
    )
    return (
        f'<!DOCTYPE html><html lang="{e_(lang)}"><head><meta charset="utf-8"><title>{e_(word(_title(report), lang))}'
        f"</title><style>{style}</style></head><body><h1>{e_(word(_title(report), lang))}</h1>"
        f"<p><code>{e_(report.old_file)}</code> → <code>{e_(report.new_file)}</code></p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{head_rows}{verdicts}"
        f"<p>{e_(report.summary())}</p></body></html>\n"
    )


FORMATS: dict[str, Callable[[DiffReport], str]] = {"json": to_json, "md": to_markdown, "html": to_html}
