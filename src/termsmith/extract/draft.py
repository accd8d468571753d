"""A draft spec from an extraction: found values filled in, each under a comment
quoting its evidence; every essential value the document does not state is an
explicit ``TODO`` marker, which ``termsmith validate`` reports (S300) until filled in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from termsmith.extract.formats import evidence_for
from termsmith.extract.report_words import cited, report_language, say
from termsmith.extract.result import Extraction
from termsmith.extract.rules.level_ranks import tier_by_rank

TODO = "TODO"


class _Writer:
    def __init__(self, extraction: Extraction, lang: str) -> None:
        self.e = extraction
        self.lang = lang
        self.lines: list[str] = []
        self.last_evidence = ""

    def comment(self, indent: int, text: str) -> None:
        self.lines.append(" " * indent + "# " + text)

    def evidence(self, indent: int, path: str) -> None:
        ev = (
            evidence_for(self.e, path)
            if path in self.e.evidence or any(p.startswith(path) for p in self.e.evidence)
            else None
        )
        if ev is None:
            return
        text = _one_line(ev.quote) + cited(ev.location, self.lang)
        if text != self.last_evidence:  # one comment for consecutive values read from one sentence
            self.comment(indent, text)
        self.last_evidence = text

    def field(
        self, indent: int, key: str, value: Any, path: str | None = None, todo: str | None = None, item: bool = False
    ) -> None:
        """``todo`` is a key of report_words (``todo.…``): what to write where the document states nothing."""
        lead = " " * indent + ("- " if item else "")
        if value is None:
            note = f"  # TODO: {say(todo or 'todo.not-stated', self.lang)}"
            self.lines.append(f"{lead}{key}: {TODO}{note}")
            return
        if path:
            self.evidence(indent, path)
        self.lines.append(f"{lead}{key}: {_scalar(value)}")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if re.fullmatch(r"[\w\u3000-\u9fff\uff00-\uffef%. -]+", text) and not re.fullmatch(
        r"(?i)true|false|null|yes|no|on|off|~|[-+]?\d[\d_]*(\.\d+)?|\d{4}-\d\d-\d\d", text
    ):
        return text if text == text.strip() else json.dumps(text, ensure_ascii=False)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _slug(file: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", Path(file).stem.lower()).strip("-") or "vendor"
    return f"{stem[:50]}-draft".strip("-")


def draft_spec(e: Extraction, lang: str | None = None) -> str:
    """The draft, its comments in ``lang``, else in the document's own language (and script)."""
    w = _Writer(e, report_language(e.language, lang))
    t = e.terms
    w.lines += [
        "# " + say("draft.1", w.lang, file=Path(e.file).name, language=e.language),
        "# " + say("draft.2", w.lang),
        "# " + say("draft.3", w.lang),
        "# " + say("draft.4", w.lang),
        "apiVersion: termsmith/v1",
        "kind: ServiceSpec",
        "metadata:",
        f"  name: {_slug(e.file)}",
        "spec:",
        "  agreement:",
    ]
    w.field(4, "number", None, todo="todo.number")
    _parties(w, t.get("parties", []))
    w.lines.append("  project:")
    w.field(4, "name", None, todo="todo.project")
    w.field(4, "kind", None, todo="todo.kind")
    w.lines += ["  languages:", f"    output: [{e.language}]"]
    term = t.get("term", {})
    w.lines.append("  term:")
    w.field(4, "start", term.get("start"), "term.start", todo="todo.term-start")
    w.field(4, "length", term.get("length"), "term.length")
    if term.get("renewal"):  # stated; else the spec's default (no renewal) applies
        w.lines.append("    renewal:")
        w.field(6, "mode", term["renewal"]["mode"], "term.renewal.mode")
        if term["renewal"].get("notice"):
            w.field(6, "notice", term["renewal"]["notice"], "term.renewal.mode")
    w.lines += ["  scope:", "    included:"]
    w.field(6, "id", None, todo="todo.scope", item=True)
    levels = t.get("severity_levels", [])
    channels = t.get("support_channels", [])
    if any(_clock(lv, k) == "business" for lv in levels for k in ("response", "resolution")) or any(
        ch.get("clock") == "business" for ch in channels
    ):
        w.lines += ["  calendars:", "    - id: business"]
        w.field(6, "working_days", None, todo="todo.working-days")
        w.field(6, "hours", None, todo="todo.hours")
    if channels:
        w.lines.append("  support_channels:")
        for i, ch in enumerate(channels):
            w.field(4, "kind", ch["kind"], f"support_channels[{i}].kind", item=True)
            w.field(6, "address", ch.get("address"), f"support_channels[{i}].kind", todo="todo.address")
            w.field(6, "clock", ch.get("clock"), f"support_channels[{i}].kind", todo="todo.channel-clock")
    _levels(w, levels)
    _free(w, t.get("free_maintenance", {}))
    _fees(w, t.get("fees", {}))
    _payment(w, t.get("payment", {}))
    _ip(w, t.get("intellectual_property", {}))
    if t.get("liability"):
        w.lines.append("  liability:")
        for key, value in t["liability"].items():
            w.field(4, key, value, f"liability.{key}")
    _disputes(w, t.get("disputes", {}))
    _unread(w, e)
    return "\n".join(w.lines) + "\n"


def _unread(w: _Writer, e: Extraction) -> None:
    """A closing comment block: the places holding figures no value above was read from, so whoever completes the
    draft looks there before writing TODO off as "not stated"."""
    from termsmith.extract.unread import heading

    if not e.unread_figures:
        return
    w.lines += ["", f"# {heading(w.lang)}:"]
    for u in e.unread_figures:  # the block is headed in the draft's language, so its places are too
        place = u.place(w.lang)
        w.comment(0, f"- {_one_line(u.quote)} " + (f"({place})" if w.lang == "en" else f"（{place}）"))


def _one_line(quote: str) -> str:
    """'“…”': a quote on one line, cut at 110 characters."""
    quote = " ".join(quote.split())
    return "“" + (quote if len(quote) <= 110 else quote[:107] + "…") + "”"


def _clock(level: dict[str, Any], kind: str) -> str | None:
    value = level.get(kind)
    return value.get("clock") if isinstance(value, dict) else None


def _parties(w: _Writer, parties: list[dict[str, Any]]) -> None:
    w.lines.append("  parties:")
    have = {p["role"]: (i, p) for i, p in enumerate(parties)}
    for role in ("client", "vendor"):
        if role in have:
            i, p = have[role]
            w.evidence(4, f"parties[{i}].legal_name")
            w.lines.append(f"    - role: {role}")
            w.lines.append(f"      legal_name: {_scalar(p['legal_name'])}")
        else:
            w.lines.append(f"    - role: {role}")
            w.field(6, "legal_name", None, todo=f"todo.{role}")


def _levels(w: _Writer, levels: list[dict[str, Any]]) -> None:
    w.lines.append("  severity_levels:")
    if not levels:
        w.field(4, "id", None, todo="todo.no-levels", item=True)
        return
    for i, lv in enumerate(levels):
        ident = lv.get("id") if lv.get("id") and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", str(lv["id"])) else f"L{i + 1}"
        w.lines.append(f"    - id: {_scalar(ident)}")
        if tier_by_rank(lv):
            w.lines.append(f"      tier: {lv['tier']}  # TODO: {say('todo.tier-rank', w.lang)}")
        else:
            w.field(6, "tier", lv.get("tier"), todo="todo.tier")
        w.field(6, "name", lv.get("name"), f"severity_levels[{i}].name")
        w.field(6, "definition", None, todo="todo.definition")
        for kind in ("response", "resolution"):
            value = lv.get(kind)
            if not value:
                w.field(6, kind, None)
                continue
            w.evidence(6, f"severity_levels[{i}].{kind}")
            w.lines.append(f"      {kind}:")
            w.lines.append(f"        within: {_scalar(value['within'])}")
            if value.get("clock") == "24x7":
                w.lines.append("        clock: 24x7")
            elif value.get("clock") == "business":
                w.evidence(8, f"severity_levels[{i}].{kind}.clock")
                w.lines.append("        clock: business")
            else:
                w.lines.append(f"        clock: 24x7  # TODO: {say('todo.clock', w.lang)}")


def _free(w: _Writer, fm: dict[str, Any]) -> None:
    w.lines.append("  free_maintenance:")
    w.field(
        4,
        "start_event",
        fm.get("start_event"),
        "free_maintenance.start_event",
        todo="todo.free-start",
    )
    w.field(4, "length", fm.get("length"), "free_maintenance.length")
    w.field(4, "covers", None, todo="todo.covers")


def _fees(w: _Writer, fees: dict[str, Any]) -> None:
    w.lines.append("  fees:")
    w.field(4, "currency", fees.get("currency"), "fees")
    stated_tax = fees.get("tax", {})
    w.lines.append("    tax:")
    w.field(6, "rate", stated_tax.get("rate"), "fees.tax.rate", todo="todo.tax-rate")
    w.field(6, "included", stated_tax.get("included"), "fees.tax.included", todo="todo.tax-included")
    for key, label in (("recurring", "amount"), ("rate_card", "price"), ("one_off", "amount")):
        items = fees.get(key, [])
        if not items:
            continue
        w.lines.append(f"    {key}:")
        for i, item in enumerate(items):
            w.evidence(6, f"fees.{key}[{i}].{label}")
            w.lines.append(f"      - id: {key.replace('_', '-')}-{i + 1}")
            w.field(8, "name", item.get("name"), None, todo="todo.fee-name")
            if key == "recurring":
                w.field(8, "amount", item["amount"])
                w.field(8, "period", item.get("period"))
            elif key == "rate_card":
                w.field(8, "unit", item.get("unit"))
                w.field(8, "price", item.get("price"))
            else:
                w.field(8, "amount", item["amount"])
    if not any(fees.get(k) for k in ("recurring", "rate_card", "one_off")):
        w.lines.append("    recurring:")
        w.field(6, "id", None, todo="todo.no-fees", item=True)


def _payment(w: _Writer, payment: dict[str, Any]) -> None:
    w.lines += ["  payment:", "    milestones:"]
    milestones = payment.get("milestones", [])
    if not milestones:
        w.field(6, "name", None, todo="todo.no-milestones", item=True)
        return
    for i, m in enumerate(milestones):
        w.evidence(6, f"payment.milestones[{i}].percent")
        w.field(6, "percent", m["percent"], item=True)
        w.field(8, "name", None, todo="todo.milestone-name")
        w.field(8, "trigger", m.get("trigger"), todo="todo.trigger")
        w.field(8, "due_days", None, todo="todo.due-days")


def _ip(w: _Writer, ip: dict[str, Any]) -> None:
    w.lines.append("  intellectual_property:")
    w.field(
        4,
        "source_code_owner",
        ip.get("source_code_owner"),
        "intellectual_property.source_code_owner",
        todo="todo.owner",
    )
    if ip.get("handover"):
        w.lines.append("    handover:")
        for i, h in enumerate(ip["handover"]):
            w.evidence(6, f"intellectual_property.handover[{i}].item")
            w.field(6, "item", h["item"], item=True)
            w.field(8, "when", None, todo="todo.handover-when")


def _disputes(w: _Writer, disputes: dict[str, Any]) -> None:
    w.lines.append("  disputes:")
    w.field(4, "governing_law", disputes.get("governing_law"), "disputes.governing_law")
    if disputes.get("arbitration"):
        w.lines.append("    arbitration:")
        w.field(6, "institution", disputes["arbitration"]["institution"], "disputes.arbitration.institution")
        w.field(6, "seat", None, todo="todo.seat")
    elif disputes.get("court"):
        w.lines.append("    court:")
        w.field(6, "name", disputes["court"]["name"], "disputes.court.name")
    else:
        w.lines.append("    court:")
        w.field(6, "name", None, todo="todo.court")
