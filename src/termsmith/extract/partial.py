"""Extracted terms as a *partial* spec: the spec's own model objects, built without
validation, with every field the document does not state set to None, so the
checklist evaluator reads a document exactly as it reads a spec and answers
"not stated" for what is missing (never a model default such as a 24x7 clock)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, TypeVar, get_args

from pydantic import BaseModel

from termsmith.spec.commercial import Fees, Milestone, OneOffItem, Payment, RateItem, RecurringFee, Tax
from termsmith.spec.legal import Arbitration, Court, Disputes, HandoverItem, IntellectualProperty, Liability
from termsmith.spec.model import Spec
from termsmith.spec.parties import Party
from termsmith.spec.service import (
    FreeMaintenance,
    Renewal,
    RenewalMode,
    SeverityLevel,
    SeverityTier,
    SupportChannel,
    Term,
    TimeLimit,
)
from termsmith.spec.types import Duration, Money, Percent, Share, Text

_M = TypeVar("_M", bound=BaseModel)


def _make(cls: type[_M], **values: Any) -> _M:
    """``cls`` with ``values`` and None for every other field (no defaults, no validation).
    A choice given as its text ("on-site") becomes the field's enum member, as validation would
    make it, so a report words it in the reader's language (现场) wherever it shows."""
    fields: dict[str, Any] = {name: None for name in cls.model_fields}
    for name, value in values.items():
        if value is not None:
            fields[name] = _as_enum(cls.model_fields[name].annotation, value)
    return cls.model_construct(**fields)


def _as_enum(annotation: Any, value: Any) -> Any:
    choices = [a for a in (annotation, *get_args(annotation)) if isinstance(a, type) and issubclass(a, Enum)]
    if not isinstance(value, str) or isinstance(value, Enum) or not choices:
        return value
    try:
        return choices[0](value)
    except ValueError:
        return value  # not one of the spec's choices: shown as the document wrote it


def _limit(value: dict[str, Any] | None) -> TimeLimit | None:
    if not value or not value.get("within"):
        return None
    return _make(TimeLimit, within=Duration.parse(value["within"]), clock=value.get("clock"))


def _level(i: int, lv: dict[str, Any]) -> SeverityLevel:
    response, resolution = _limit(lv.get("response")), _limit(lv.get("resolution"))
    clocks = {t.clock for t in (response, resolution) if t is not None}
    clock = clocks.pop() if len(clocks) == 1 else None
    tier = SeverityTier(lv["tier"]) if lv.get("tier") else None
    return _make(
        SeverityLevel,
        id=str(lv.get("id") or f"L{i + 1}"),
        tier=tier,
        name=Text.parse(lv["name"]),
        clock=clock,
        response=response,
        resolution=resolution,
    )


def partial_spec(terms: dict[str, Any]) -> Spec:
    v: dict[str, Any] = {"calendars": []}
    if terms.get("parties"):
        v["parties"] = [_make(Party, role=p["role"], legal_name=Text.parse(p["legal_name"])) for p in terms["parties"]]
    if terms.get("severity_levels"):
        v["severity_levels"] = [_level(i, lv) for i, lv in enumerate(terms["severity_levels"])]
    if terms.get("support_channels"):
        v["support_channels"] = [
            _make(SupportChannel, kind=c["kind"], address=c.get("address"), clock=c.get("clock"))
            for c in terms["support_channels"]
        ]
    fm = terms.get("free_maintenance")
    if fm:
        v["free_maintenance"] = _make(
            FreeMaintenance,
            start_event=fm.get("start_event"),
            length=Duration.parse(fm["length"]) if fm.get("length") else None,
        )
    if terms.get("term"):
        t = terms["term"]
        start = date.fromisoformat(t["start"]) if t.get("start") else None  # the JSON shape writes dates as text
        v["term"] = _make(
            Term,
            start=start,
            length=Duration.parse(t["length"]) if t.get("length") else None,
            renewal=_renewal(t["renewal"]) if t.get("renewal") else None,
        )
    if terms.get("fees"):
        v["fees"] = _fees(terms["fees"])
    ip = terms.get("intellectual_property")
    if ip:
        v["intellectual_property"] = _make(
            IntellectualProperty,
            source_code_owner=ip.get("source_code_owner"),
            handover=[_make(HandoverItem, item=h["item"]) for h in ip.get("handover", [])] or None,
        )
    d = terms.get("disputes")
    if d:
        v["disputes"] = _make(
            Disputes,
            governing_law=Text.parse(d["governing_law"]) if d.get("governing_law") else None,
            court=_make(Court, name=Text.parse(d["court"]["name"])) if d.get("court") else None,
            arbitration=_make(Arbitration, institution=Text.parse(d["arbitration"]["institution"]))
            if d.get("arbitration")
            else None,
        )
    li = terms.get("liability")
    if li:
        v["liability"] = _make(
            Liability,
            cap=_share(li.get("cap")),
            cap_amount=Money.parse(li["cap_amount"]) if li.get("cap_amount") else None,
        )
    pay = terms.get("payment")
    if pay:
        v["payment"] = _make(
            Payment,
            milestones=[
                _make(Milestone, percent=Percent.parse(m["percent"]), trigger=m.get("trigger"))
                for m in pay["milestones"]
            ],
        )
    return _make(Spec, **v)


def _renewal(r: dict[str, Any]) -> Renewal:
    return _make(Renewal, mode=RenewalMode(r["mode"]), notice=Duration.parse(r["notice"]) if r.get("notice") else None)


def _fees(f: dict[str, Any]) -> Fees:
    stated_tax = f.get("tax")
    return _make(
        Fees,
        currency=f.get("currency"),
        tax=_make(
            Tax,
            rate=Percent.parse(stated_tax["rate"]) if stated_tax.get("rate") else None,
            included=stated_tax["included"],
        )
        if stated_tax
        else None,
        recurring=[
            _make(
                RecurringFee,
                id=r.get("id"),
                name=Text.parse(r.get("name") or "-"),
                amount=Money.parse(r["amount"]),
                period=r.get("period"),
            )
            for r in f.get("recurring", [])
        ]
        or None,
        rate_card=[
            _make(
                RateItem,
                id=r.get("id"),
                name=Text.parse(r.get("name") or "-"),
                unit=r.get("unit"),
                price=Money.parse(r["price"]),
            )
            for r in f.get("rate_card", [])
        ]
        or None,
        one_off=[
            _make(OneOffItem, id=r.get("id"), name=Text.parse(r.get("name") or "-"), amount=Money.parse(r["amount"]))
            for r in f.get("one_off", [])
        ]
        or None,
    )


def _share(text: Any) -> Share | None:
    """A cap as a share of the fees, a multiple of them included ("合同金额的两倍" is 200%); one the
    spec cannot hold (over ten times the fees) is left out rather than read wrong."""
    if not text:
        return None
    try:
        return Share.parse(text)
    except ValueError:
        return None
