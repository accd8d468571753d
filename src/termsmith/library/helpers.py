"""What a clause template may call: localised formatting of spec values (from
``formatting``), cross references, tables and the signature block.

Each function localises to the template's language. Formatting functions are
plain (``money(m, lang)``); ``template_context`` binds them to one render (the
spec, the language, the article numbers, the table markers) under the names the
clause format documents: ``t``, ``party``, ``party_name``, ``money``, ``amount``,
``duration``, ``time_limit``, ``date``, ``percent``, ``label``, ``join``, ``ref``,
``calendar_text``, the table functions and ``signature_block``, and the named phrases of
``phrases`` (``free_period_start``, ``free_methods``, ``monitored_metrics`` as values;
``handover_after``, ``language_name`` as functions). ``reference`` documents every name from
the docstrings here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from termsmith.document.model import Block
from termsmith.library import phrases, tables
from termsmith.library.billing import acceptance_terms, recurring_terms
from termsmith.library.formatting import (  # re-exported: clauses, tables and reports format through here
    FILTERS as FILTERS,
    REF_CLOSE as REF_CLOSE,
    REF_MID as REF_MID,
    REF_OPEN as REF_OPEN,
    ZH as ZH,
    amount as amount,
    article_number as article_number,
    calendar_text as calendar_text,
    clock_short as clock_short,
    counted as counted,
    date as date,
    display as display,
    duration as duration,
    figures as figures,
    join as join,
    label as label,
    list_label as list_label,
    mark_ref as mark_ref,
    money as money,
    number_text as number_text,
    party as party,
    percent as percent,
    plural_noun as plural_noun,
    t as t,
    zone_name as zone_name,
)
from termsmith.library.sandbox import current_recorder


# ---------------------------------------------------------------- one render's bindings
@dataclass(slots=True)
class RenderContext:
    """What one clause render in one language may reach."""

    spec: Any  # termsmith.spec.Spec
    lang: str
    article_of: dict[str, int]  # clause id → article number in this document
    nonce: str
    metadata: Any = None
    quote: Any = None
    languages: tuple[str, ...] = ()
    markers: dict[str, Block] = field(default_factory=dict)
    ref_targets: dict[int, str] | None = None  # article number → its anchor; set: ref() marks its text

    def marker(self, block: Block) -> str:
        key = f"\u27e6termsmith:{self.nonce}:{len(self.markers)}\u27e7"
        self.markers[key] = block
        return key


class Phrase:
    """A named phrase printed as ``{{ name }}``: worded when the template prints it, so a clause
    that does not use it reads nothing, and what it reads is recorded where it is printed."""

    __slots__ = ("_make", "doc", "name")

    def __init__(self, name: str, make: Callable[[], str], doc: str | None) -> None:
        self.name = name
        self._make = make
        self.doc = doc

    def __str__(self) -> str:
        return self._make()

    def __repr__(self) -> str:
        return f"<phrase {self.name}>"


def _record(path: str, value: Any) -> None:
    rec = current_recorder()
    if rec is not None:
        rec.note(path, value)


def _path_of(obj: Any) -> str | None:
    rec = current_recorder()
    return rec.path_of(obj) if rec is not None else None


def template_context(rc: RenderContext) -> dict[str, Any]:
    """The names a clause template sees."""
    lang, spec = rc.lang, rc.spec

    def bind(fn: Callable[..., str]) -> Callable[..., str]:
        def bound(value: Any, *args: Any) -> str:
            if value is None:
                raise ValueError(f"{fn.__name__}() got an empty value (None); guard optional fields with {{% if … %}}")
            return fn(value, *args, lang)

        bound.__name__ = fn.__name__
        bound.__doc__ = fn.__doc__
        return bound

    def party_name(role: str) -> str:
        """The registered legal name of the party ``'client'`` or ``'vendor'``, in the clause's language."""
        role = getattr(role, "value", role)
        chosen = spec.party(role)
        _record(f"spec.{role}.legal_name", chosen.legal_name)
        return t(chosen.legal_name, lang)

    def ref(clause_id: str) -> str:
        """The number of the article that holds clause ``clause_id``: 第八条 / Article 8 (in Word, a
        cross-reference that follows renumbering)."""
        if clause_id not in rc.article_of:
            raise ValueError(f"ref('{clause_id}'): that clause is in no article of this document")
        number = rc.article_of[clause_id]
        text = article_number(number, lang)
        if rc.ref_targets is not None and number in rc.ref_targets:
            return mark_ref(text, rc.ref_targets[number])
        return text

    def time_limit(level: Any, name: str) -> str:
        """A severity level's time limit ``name`` (``response``, ``resolution``, ``recovery_plan``,
        ``progress_updates``, ``on_site``, ``incident_report``) with its clock: 30分钟（7×24小时）."""
        if isinstance(level, str):
            found = spec.level(level)
            if found is None:
                raise ValueError(f"time_limit(): no severity level {level!r}")
            level = found
        if name not in level.TIME_FIELDS:
            raise ValueError(f"time_limit(): {name!r} is not one of {', '.join(level.TIME_FIELDS)}")
        limit = getattr(level, name)
        if limit is None:
            raise ValueError(f"time_limit(): level {level.id} has no {name}; guard it with {{% if … %}}")
        base = _path_of(level) or f"spec.level({level.id!r})"
        _record(f"{base}.{name}", limit.within)
        clock = clock_short(level.clock_of(name), spec, lang)
        text = duration(limit.within, lang)
        return f"{text}（{clock}）" if lang in ZH else f"{text} ({clock})"

    def cal_text(clock: str) -> str:
        """A clock in full (``'24x7'`` or a calendar id): days, hours, time zone and holidays."""
        _record(f"spec.calendars[{clock}]", clock)
        return calendar_text(clock, spec, lang)

    def table(builder: Callable[..., Any], path: str) -> Callable[[], str]:
        def make() -> str:
            block = builder(rc)
            _record(path, f"table, {len(block.rows)} rows")
            return rc.marker(block)

        make.__name__ = builder.__name__
        make.__doc__ = builder.__doc__
        return make

    def count(n: Any, noun: str) -> str:
        """A number with its noun: "2 originals", "1 original" in English; in Chinese the noun is
        the measure word after the number: ``count(n, '份')`` → 2份."""
        if n is None:
            raise ValueError("count() got an empty value (None); guard optional fields with {% if … %}")
        return counted(n, noun, lang)

    def service_name(kind: Any) -> str:
        """The spec's own name of the included service of ``kind`` (so one item has one
        name everywhere); the kind's label when the scope lists no such service."""
        names = [item.name for item in spec.scope.included if item.kind == kind]
        return join(names, lang) if names else label(kind, lang)

    def recurring_billing() -> str:
        """The sentence saying when recurring fees are invoiced and paid (guard: ``spec.payment.recurring``)."""
        _record("spec.payment.recurring.billing", spec.payment.recurring.billing)
        _record("spec.payment.recurring.due_days", spec.payment.recurring.due_days)
        return recurring_terms(spec, lang)

    def acceptance_billing() -> str:
        """The sentence saying when rate-card work is invoiced and paid (guard: ``spec.payment.on_acceptance``)."""
        _record("spec.payment.on_acceptance.due_days", spec.payment.on_acceptance.due_days)
        return acceptance_terms(spec, lang)

    def signature_block() -> str:
        """The signature block of both parties (clause ``signature-block``)."""
        _record("spec.signatures", f"({len(spec.signatures.signatories)} signatories)")
        return rc.marker(tables.signature_block(rc))

    def free_period_start() -> str:
        fm = spec.free_maintenance
        _record("spec.free_maintenance.start_event", fm.start_event)
        known = {"acceptance": ("accepted_on", spec.project.accepted_on), "go-live": ("live_on", spec.project.live_on)}
        if fm.start_event == "date":
            _record("spec.free_maintenance.start_date", fm.start_date)
        elif fm.start_event in known:
            field_name, value = known[fm.start_event]
            _record(f"spec.project.{field_name}", value)
        return phrases.free_period_start(
            fm.start_event,
            lang,
            accepted_on=spec.project.accepted_on,
            live_on=spec.project.live_on,
            start_date=fm.start_date,
        )

    def free_methods() -> str:
        _record("spec.free_maintenance.methods", spec.free_maintenance.methods)
        return phrases.free_methods(spec.free_maintenance.methods, lang)

    def monitored_metrics() -> str:
        if spec.operations is None or spec.operations.monitoring is None:
            raise ValueError("monitored_metrics: the spec has no operations.monitoring; guard it with {% if … %}")
        _record("spec.operations.monitoring.metrics", spec.operations.monitoring.metrics)
        return phrases.monitored_metrics(spec.operations.monitoring.metrics, lang)

    def phrase(fn: Callable[[], str], source: Callable[..., str]) -> Phrase:
        return Phrase(source.__name__, fn, source.__doc__)

    return {
        "spec": spec,
        "metadata": rc.metadata,
        "lang": lang,
        "quote": rc.quote,
        "t": bind(t),
        "party": bind(party),
        "party_name": party_name,
        "money": bind(money),
        "amount": bind(amount),
        "duration": bind(duration),
        "time_limit": time_limit,
        "date": bind(date),
        "percent": bind(percent),
        "label": bind(label),
        "join": bind(join),
        "ref": ref,
        "calendar_text": cal_text,
        "count": count,
        "service_name": service_name,
        "severity_table": table(tables.severity_table, "spec.severity_levels"),
        "rate_card_table": table(tables.rate_card_table, "spec.fees.rate_card"),
        "recurring_fees_table": table(tables.recurring_fees_table, "spec.fees.recurring"),
        "payment_table": table(tables.payment_table, "spec.payment.milestones"),
        "channels_table": table(tables.channels_table, "spec.support_channels"),
        "quote_lines_table": table(tables.quote_lines_table, "quote.lines"),
        "quote_totals_table": table(tables.quote_totals_table, "quote.total"),
        "signature_block": signature_block,
        "recurring_billing": recurring_billing,
        "acceptance_billing": acceptance_billing,
        "free_period_start": phrase(free_period_start, phrases.free_period_start),
        "free_methods": phrase(free_methods, phrases.free_methods),
        "monitored_metrics": phrase(monitored_metrics, phrases.monitored_metrics),
        "handover_after": bind(phrases.handover_after),
        "how_often": bind(phrases.how_often),
        "language_name": bind(phrases.language_name),
    }


HELPER_NAMES = frozenset(
    {
        "t",
        "party",
        "party_name",
        "money",
        "amount",
        "duration",
        "time_limit",
        "date",
        "percent",
        "label",
        "join",
        "ref",
        "calendar_text",
        "count",
        "service_name",
        "severity_table",
        "rate_card_table",
        "recurring_fees_table",
        "payment_table",
        "channels_table",
        "quote_lines_table",
        "quote_totals_table",
        "signature_block",
        "recurring_billing",
        "acceptance_billing",
        "free_period_start",
        "free_methods",
        "monitored_metrics",
        "handover_after",
        "how_often",
        "language_name",
    }
)
CONTEXT_NAMES = frozenset({"spec", "metadata", "lang", "quote"}) | HELPER_NAMES
