"""A spec against a vendor's document: ``termsmith diff spec.yaml vendor.pdf`` (either order).

The document is extracted (termsmith.extract) and read as a *partial* spec, then the two
go through the same term-by-term walk as two specs (termsmith.diff.compare), so changes are
worded, and favour whom, exactly as in a spec diff. Three things differ:

- **Identity.** A document names its levels and prices in its own words; each extracted
  level, rate and fee first takes the id of the spec item it corresponds to (same id, else
  the same tier, unit or period, else the same name), so "P0 response" compares with P0.
- **Scope.** A document only states what the extractor reads (the terms of ``extract``'s
  JSON); other spec fields are not compared. A term the document does not state is listed
  as *not stated in the document*, not as removed.
- **Evidence.** Every document-side value quotes the sentence it was read from, with its
  page and paragraph.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from termsmith.diff.compare import Change, Clocked, compare
from termsmith.diff.report import DiffReport, Entry, text_of, verdict_changes
from termsmith.diff.terms import favours, matches, name
from termsmith.spec.service import CLOCK_24X7
from termsmith.spec.types import Text

# What a document can state (the extraction's vocabulary), as diff patterns.
COMPARED: tuple[str, ...] = (
    "parties.*.legal_name",
    "severity_levels.*",
    "severity_levels.*.response",
    "severity_levels.*.resolution",
    "free_maintenance.length",
    "free_maintenance.start_event",
    "term.length",
    "term.start",
    "fees.recurring.*",
    "fees.recurring.*.amount",
    "fees.recurring.*.period",
    "fees.rate_card.*",
    "fees.rate_card.*.price",
    "fees.one_off.*",
    "fees.one_off.*.amount",
    "support_channels.*",
    "intellectual_property.source_code_owner",
    "intellectual_property.handover.*",
    "disputes.governing_law",
    "disputes.court.name",
    "disputes.arbitration.institution",
    "liability",
    "liability.cap",
    "liability.cap_amount",
    "payment.milestones.*.percent",
)
_WHOLE = ("liability",)
_COMPARED_PATHS = tuple(dict.fromkeys(p.replace(".*", "") for p in COMPARED))


def _compared(where: str | None) -> bool:
    """A checklist requirement on a term a document can state (others would only say "not stated")."""
    path = re.sub(r"\[[^\]]*\]", "", where or "")
    return bool(path) and any(path == p or p.startswith(path + ".") for p in _COMPARED_PATHS)


# Lists whose items the evidence addresses by index, with the field that keys them in a diff path.
_LISTS = {
    "parties": "role",
    "severity_levels": "id",
    "fees.recurring": "id",
    "fees.rate_card": "id",
    "fees.one_off": "id",
    "support_channels": "kind",
    "intellectual_property.handover": "item",
}
# The essential terms of an extraction, named in the diff's vocabulary where it has no entry.
_NOT_STATED_NAMES: dict[str, tuple[str, str, str]] = {
    "parties": ("双方名称", "雙方名稱", "parties"),
    "severity_levels": ("故障等级与时限", "故障等級與時限", "severity levels and deadlines"),
    "fees": ("费用", "費用", "fees"),
    "support_channels": ("支持渠道", "支援管道", "support channels"),
    "disputes.governing_law": ("适用法律", "適用法律", "governing law"),
    "disputes.forum": ("争议解决机构", "爭議解決機構", "court or arbitration"),
    "payment.milestones": ("付款节点", "付款節點", "payment milestones"),
}


def diff_with_document(
    spec_doc: Any,
    document: Path,
    lang: str,
    *,
    document_is_new: bool = True,
    spec_file: str,
    document_file: str,
    checklist: Any = None,
    checklist_name: str | None = None,
) -> DiffReport:
    """Compare a validated ServiceSpecDocument with a vendor's document (raises ExtractError
    when the document cannot be read)."""
    from termsmith.extract.api import extract_file
    from termsmith.extract.formats import evidence_for
    from termsmith.extract.partial import partial_spec

    _, extraction = extract_file(document, document_file)
    spec = spec_doc.spec
    terms = align(extraction.terms, spec, lang)
    doc_spec = partial_spec(terms)
    old, new = (spec, doc_spec) if document_is_new else (doc_spec, spec)
    entries: list[Entry] = []
    not_stated: dict[str, None] = {}
    for change in compare(old, new):
        if not any(matches(change.pattern, p) for p in COMPARED) or _same_text(change, lang) or _same_limit(change):
            continue
        doc_value = change.new if document_is_new else change.old
        if doc_value is None:
            if change.pattern not in _WHOLE:  # a whole section: its terms are in the extraction's list below
                not_stated[name(change, lang)] = None
            continue
        evidence = evidence_for(extraction, evidence_path(change.path, terms))
        entries.append(
            Entry(
                change,
                name(change, lang),
                text_of(change.old, lang, old),
                text_of(change.new, lang, new),
                favours(change),
                evidence,
            )
        )
    for path in extraction.not_stated:
        not_stated[_not_stated_name(path, lang)] = None
    verdicts = verdict_changes(checklist, old, new, lang, keep=_compared) if checklist is not None else []
    old_file, new_file = (spec_file, document_file) if document_is_new else (document_file, spec_file)
    return DiffReport(
        old_file,
        new_file,
        lang,
        tuple(entries),
        checklist_name,
        tuple(verdicts),
        not_stated=tuple(not_stated),
        document_side="new" if document_is_new else "old",
    )


def _plain(text: str) -> str:
    """Text as the extractor reads it (numerals as digits, NFKC), without spaces and punctuation."""
    from termsmith.extract.normalize import normalise

    return re.sub(r"[\s()（）、,，.。:：\"'“”]", "", normalise(text)).lower()


def _same_text(change: Change, lang: str) -> bool:
    """Names and laws match when one contains the other in the report language (a spec's
    multilingual name against the one language a document writes it in)."""
    a, b = change.old, change.new
    if not (isinstance(a, Text) and isinstance(b, Text)):
        return False
    x, y = _plain(a.get(lang)), _plain(b.get(lang))
    return bool(x and y) and (x in y or y in x)


def _same_limit(change: Change) -> bool:
    """The same deadline on the same clock (a document's limit carries no notes), also when a
    document says "business hours" (its hours are in its text, not a calendar) where the spec
    names its business-hours calendar."""
    a, b = change.old, change.new
    if not (isinstance(a, Clocked) and isinstance(b, Clocked)) or a.limit.within != b.limit.within:
        return False
    clocks = {a.clock, b.clock}
    return len(clocks) == 1 or ("business" in clocks and CLOCK_24X7 not in clocks and None not in clocks)


def _only_one_with(key: str, items: Any) -> Any:
    """A document row matches the spec's item with the same ``key`` value when only one item has it."""

    def matches(d: dict[str, Any], s: Any) -> bool:
        value = getattr(s, key).value
        return bool(d.get(key) == value and sum(1 for r in items if getattr(r, key).value == value) == 1)

    return matches


def _not_stated_name(path: str, lang: str) -> str:
    from termsmith.diff.names import NAMES
    from termsmith.library.labels import in_lang

    entry = _NOT_STATED_NAMES.get(path) or NAMES.get(path)
    return in_lang(entry, lang) if entry else path


# ---------------------------------------------------------------- identity
def align(terms: dict[str, Any], spec: Any, lang: str) -> dict[str, Any]:
    """A copy of the extracted terms whose levels, rates and fees carry the ids of the spec
    items they correspond to (unmatched items keep an id of their own)."""
    out = copy.deepcopy(terms)
    levels = out.get("severity_levels", [])
    _match(
        levels,
        list(spec.severity_levels),
        [
            lambda d, s: str(d.get("id", "")).lower() == s.id.lower(),
            lambda d, s: d.get("tier") is not None and d.get("tier") == getattr(s.tier, "value", s.tier),
            lambda d, s: _plain(d.get("name", "")) == _plain(s.name.get(lang)),
        ],
        lambda d, i: str(d.get("id") or d.get("name") or f"L{i + 1}"),
    )
    fees = out.get("fees", {})
    named = {
        "rate_card": ("unit", lambda d, i: f"{d.get('unit', 'rate')}-{i + 1}"),
        "recurring": ("period", lambda d, i: f"recurring-{i + 1}"),
    }
    same_name = lambda d, s: _plain(d.get("name", "")) == _plain(s.name.get(lang))  # noqa: E731
    for field, (key, id_of) in named.items():
        items = list(getattr(spec.fees, field))
        _match(fees.get(field, []), items, [_only_one_with(key, items), same_name], id_of)
    _match(
        fees.get("one_off", []),
        list(spec.fees.one_off),
        [lambda d, s: _plain(d.get("name", "")) == _plain(s.name.get(lang))],
        lambda d, i: f"one-off-{i + 1}",
    )
    return out


def _match(items: list[dict[str, Any]], spec_items: list[Any], tests: list[Any], own: Any) -> None:
    taken: set[str] = set()
    for item in items:
        hit = next(
            (s for test in tests for s in spec_items if s.id not in taken and test(item, s)),
            None,
        )
        if hit is not None:
            item["id"] = hit.id
            taken.add(hit.id)
    for i, item in enumerate(items):
        if "id" not in item or item["id"] not in taken:
            ident = own(item, i)
            while ident in taken:
                ident += "'"
            item["id"] = ident
            taken.add(ident)


def evidence_path(path: tuple[str, ...], terms: dict[str, Any]) -> str:
    """A diff path (list items by their key) as the extraction's evidence path (by index):
    ("severity_levels", "P0", "response") → "severity_levels[0].response"."""
    out: list[str] = []
    i = 0
    while i < len(path):
        out.append(path[i])
        dotted = ".".join(out)
        field = _LISTS.get(dotted)
        if (field is not None or dotted == "payment.milestones") and i + 1 < len(path):
            items = _at(terms, dotted)
            key = path[i + 1]
            if dotted == "payment.milestones":
                index = int(key) - 1 if key.isdigit() else None
            else:
                index = next((n for n, item in enumerate(items) if str(item.get(field or "")) == key), None)
            if index is not None:
                out[-1] += f"[{index}]"
                i += 1
        i += 1
    return ".".join(out)


def _at(terms: dict[str, Any], dotted: str) -> list[dict[str, Any]]:
    node: Any = terms
    for part in dotted.split("."):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, list) else []
