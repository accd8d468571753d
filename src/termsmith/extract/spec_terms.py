"""A validated spec in the extraction's terms shape: what a perfect reader of the
agreement rendered from that spec would report (used by the self-consistency test
and the draft-spec round trip)."""

from __future__ import annotations

from typing import Any

from termsmith.extract.values import compact
from termsmith.spec.model import Spec
from termsmith.spec.service import CLOCK_24X7


def spec_terms(spec: Spec, lang: str) -> dict[str, Any]:
    terms: dict[str, Any] = {
        "parties": [{"role": p.role.value, "legal_name": p.legal_name.get(lang)} for p in spec.parties],
        "severity_levels": [_level(spec, lv) for lv in spec.severity_levels],
        "free_maintenance": {
            "length": compact(spec.free_maintenance.length),
            "start_event": spec.free_maintenance.start_event.value,
        },
        "term": {"length": compact(spec.term.length)},
        "support_channels": [{"kind": k} for k in dict.fromkeys(c.kind.value for c in spec.support_channels)],
        "intellectual_property": {"source_code_owner": spec.intellectual_property.source_code_owner.value},
        "disputes": {"governing_law": spec.disputes.governing_law.get(lang)},
        "payment": {
            "milestones": [{"percent": str(m.percent), "trigger": m.trigger.value} for m in spec.payment.milestones]
        },
    }
    fees: dict[str, Any] = {"currency": spec.fees.currency}
    if spec.fees.recurring:
        fees["recurring"] = [{"amount": str(f.amount), "period": f.period.value} for f in spec.fees.recurring]
    priced = [r for r in spec.fees.rate_card if r.price is not None]
    if priced:
        fees["rate_card"] = [{"unit": r.unit.value, "price": str(r.price)} for r in priced]
    terms["fees"] = fees
    if spec.disputes.court:
        terms["disputes"]["court"] = {"name": spec.disputes.court.name.get(lang)}
    if spec.disputes.arbitration:
        terms["disputes"]["arbitration"] = {"institution": spec.disputes.arbitration.institution.get(lang)}
    if spec.liability and spec.liability.cap is not None:
        terms["liability"] = {"cap": str(spec.liability.cap)}
    return terms


def _level(spec: Spec, lv: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"name": str(lv.name)}
    for kind in ("response", "resolution"):
        limit = getattr(lv, kind)
        clock = lv.clock_of(kind)
        out[kind] = {"within": compact(limit.within), "clock": "24x7" if clock == CLOCK_24X7 else "business"}
    return out
