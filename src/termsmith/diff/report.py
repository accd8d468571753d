"""A diff of two specs as a report: each changed term worded as the agreements word it,
whom it favours, and which checklist requirements change verdict."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from termsmith.checklist import display
from termsmith.checklist.evaluate import Verdict, evaluate
from termsmith.checklist.labels import t as checklist_word
from termsmith.diff.compare import Change, Clocked, compare
from termsmith.diff.terms import Side, favours, name
from termsmith.library import formatting
from termsmith.library.labels import worded
from termsmith.spec.types import Duration, Money, Percent, Text

WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("规格变更对比", "規格變更對比", "Changes between two specs"),
    "title.document": ("规格与供应商文件对比", "規格與供應商文件對比", "A spec against a vendor's document"),
    "favours.client": ("有利于甲方", "有利於甲方", "favours the client"),
    "favours.vendor": ("有利于乙方", "有利於乙方", "favours the vendor"),
    "added": ("新增", "新增", "added"),
    "removed": ("删除", "刪除", "removed"),
    "none": ("两份规格的条款相同", "兩份規格的條款相同", "no change in terms"),
    "verdicts": ("核查结论变化", "核查結論變化", "Checklist verdicts that change"),
    "col.term": ("条款", "條款", "Term"),
    "col.old": ("原约定", "原約定", "Old"),
    "col.new": ("新约定", "新約定", "New"),
    "col.favours": ("有利于", "有利於", "Favours"),
    "col.evidence": ("文件原文", "文件原文", "Document says"),
    "not stated": ("文件未约定", "文件未約定", "not stated in the document"),
    "client": ("甲方", "甲方", "client"),
    "vendor": ("乙方", "乙方", "vendor"),
    "summary": (
        "共 {n} 处变更（有利于甲方 {c}，有利于乙方 {v}）",
        "共 {n} 處變更（有利於甲方 {c}，有利於乙方 {v}）",
        "{changes} ({c} {fc} the client, {v} {fv} the vendor)",
    ),
}


def word(key: str, lang: str, **values: object) -> str:
    return worded(WORDS, key, lang, **values)


@dataclass(frozen=True, slots=True)
class Entry:
    change: Change
    term: str
    old_text: str
    new_text: str
    favours: Side | None
    evidence: Any = None  # a document-side value: the sentence it was read from (termsmith.extract.result.Evidence)


@dataclass(frozen=True, slots=True)
class VerdictChange:
    id: str
    title: str
    level: str
    old: Verdict
    new: Verdict


@dataclass(frozen=True, slots=True)
class DiffReport:
    old_file: str
    new_file: str
    lang: str
    entries: tuple[Entry, ...]
    checklist: str | None = None
    verdicts: tuple[VerdictChange, ...] = ()
    not_stated: tuple[str, ...] = ()  # against a document: the terms it does not state
    document_side: str | None = None  # "old" or "new" when that side is a vendor's document

    @property
    def changed(self) -> bool:
        return bool(self.entries or self.not_stated)

    def count(self, side: Side) -> int:
        return sum(1 for e in self.entries if e.favours == side)

    def summary(self) -> str:
        if not self.entries and not self.not_stated:
            return word("none", self.lang)
        n, c, v = len(self.entries), self.count("client"), self.count("vendor")
        changes = formatting.counted(n, "change", "en")  # "1 change", "3 changes"; Chinese uses n
        fc, fv = ("favours" if k == 1 else "favour" for k in (c, v))
        text = word("summary", self.lang, n=n, c=c, v=v, changes=changes, fc=fc, fv=fv)
        if self.not_stated:
            sep = "; " if self.lang == "en" else "；"
            text += f"{sep}{word('not stated', self.lang)}: {len(self.not_stated)}"
        return text


def text_of(v: Any, lang: str, spec: Any) -> str:
    """A spec value as the agreements word it (the library's helpers via the checklist's display)."""
    if v is None:
        return display.DASH
    if isinstance(v, Clocked):
        if v.clock == "business":  # a document's business hours (no calendar)
            clock = checklist_word("business", lang)
        elif v.clock is not None and (spec.calendar(v.clock) or v.clock == "24x7"):
            clock = formatting.clock_short(v.clock, spec, lang)
        else:
            clock = v.clock
        return display.paren(formatting.duration(v.limit.within, lang), clock, lang)
    if isinstance(v, Percent):
        return formatting.percent(v, lang)
    if isinstance(v, _dt.date):
        return formatting.date(v, lang)
    name = getattr(v, "name", None)
    if isinstance(v, BaseModel) and isinstance(name, Text):
        return name.get(lang)
    if isinstance(v, Enum):  # as the two versions of the agreement word it: 甲方/乙方 included
        return display.library_word(v, lang)
    return display.value(v, lang)


def plain(v: Any) -> Any:
    """A JSON-ready form of a spec value (durations and money as the spec writes them)."""
    if isinstance(v, Clocked):
        return {"within": str(v.limit.within), "clock": v.clock}
    if isinstance(v, (Duration, Money, Percent, Decimal)):
        return str(v)
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, BaseModel):
        return v.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(v, (list, tuple)):
        return [plain(i) for i in v]
    return v


def diff_specs(
    old: Any,
    new: Any,
    lang: str,
    *,
    old_file: str = "OLD",
    new_file: str = "NEW",
    checklist: Any = None,
    checklist_name: str | None = None,
) -> DiffReport:
    """Compare two validated ServiceSpecDocuments (``old.spec`` against ``new.spec``)."""
    entries = []
    for change in compare(old.spec, new.spec):
        entries.append(
            Entry(
                change,
                name(change, lang),
                text_of(change.old, lang, old.spec),
                text_of(change.new, lang, new.spec),
                favours(change),
            )
        )
    verdicts = verdict_changes(checklist, old.spec, new.spec, lang) if checklist is not None else []
    return DiffReport(old_file, new_file, lang, tuple(entries), checklist_name, tuple(verdicts))


def verdict_changes(checklist: Any, old: Any, new: Any, lang: str, keep: Any = None) -> list[VerdictChange]:
    """The checklist requirements whose verdict differs between two specs (or partial specs);
    ``keep(where)`` may limit them to requirements on some spec paths."""
    verdicts: list[VerdictChange] = []
    before = {o.requirement.id: o for o in evaluate(checklist.spec, old)}
    for outcome in evaluate(checklist.spec, new):
        req = outcome.requirement
        was = before.get(req.id)
        if keep is not None and not keep(outcome.where or (was and was.where)):
            continue
        if was is not None and was.verdict is not outcome.verdict:
            verdicts.append(
                VerdictChange(
                    req.id, req.title.get(lang), checklist_word(req.level.value, lang), was.verdict, outcome.verdict
                )
            )
    return verdicts
