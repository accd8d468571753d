"""Severity levels and response times."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, hours, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO


@structural(
    "TR001",
    "severity-order-inverted",
    E,
    "a more severe level has slower times than a less severe one",
    what="Flags a severity level whose response or resolution deadline is longer than that of a less "
    "severe level listed after it (levels are listed most severe first).",
    why="An inverted matrix lets the vendor take longer on a system-down emergency than on a layout glitch.",
    example="- {id: P0, response: 4h, ...}\n- {id: P1, response: 1h, ...}",
    instead="- {id: P0, response: 30m, ...}\n- {id: P1, response: 1h, ...}",
)
def inverted(spec: Any) -> Iterator[Flag]:
    levels = spec.severity_levels
    for i, hi in enumerate(levels):
        for lo in levels[i + 1 :]:
            if lo.id.lower().startswith("consult"):
                continue
            for name in ("response", "resolution"):
                a, b = getattr(hi, name).within, getattr(lo, name).within
                if hours(a) > hours(b):
                    yield Flag(
                        ("severity_levels", i, name),
                        message=f"{name} of {hi.id} ({a}) is slower than that of less severe {lo.id} ({b})",
                    )
                    break
            else:
                continue
            break


def _emergency(spec: Any) -> Any:
    return spec.severity_levels[0]


@structural(
    "TR002",
    "emergency-without-progress-updates",
    W,
    "the most severe level has no progress-update interval",
    what="Flags a most-severe level without `progress_updates`.",
    why="While a payment outage is open the client must know what is happening; without an update "
    "interval it may hear nothing until the fix (or the excuse).",
    example="- id: P0\n  response: 30m\n  resolution: 4h",
    instead="- id: P0\n  response: 30m\n  resolution: 4h\n  progress_updates: 1h",
)
def no_updates(spec: Any) -> Iterator[Flag]:
    if _emergency(spec).progress_updates is None:
        yield Flag(("severity_levels", 0, "id"), key=True, hint="add progress_updates: 6h (or shorter)")


@structural(
    "TR003",
    "emergency-without-incident-report",
    W,
    "the most severe level has no incident-report deadline",
    what="Flags a most-severe level without `incident_report`.",
    why="A written report (cause, fix, prevention) is how the client learns whether the outage will recur "
    "and the evidence it needs to claim credits.",
    example="- id: P0\n  resolution: 4h",
    instead="- id: P0\n  resolution: 4h\n  incident_report: 24h",
)
def no_report(spec: Any) -> Iterator[Flag]:
    if _emergency(spec).incident_report is None:
        yield Flag(("severity_levels", 0, "id"), key=True, hint="add incident_report: 24h")


@structural(
    "TR004",
    "slow-emergency-response",
    W,
    "emergency response is slower than 2 hours",
    what="Flags a most-severe level whose response deadline exceeds 2 hours.",
    why="Market practice for a system-down emergency is a response within 30 minutes to 2 hours; "
    "beyond that the client's business is down while it waits for a call back.",
    example="- id: P0\n  response: 8h",
    instead="- id: P0\n  response: 30m",
)
def slow_response(spec: Any) -> Iterator[Flag]:
    within = _emergency(spec).response.within
    if hours(within) > 2:
        yield Flag(
            ("severity_levels", 0, "response"),
            message=f"emergency response is {within}; market practice is 2 hours or less",
        )


@structural(
    "TR005",
    "emergency-on-business-hours",
    W,
    "the most severe level runs on business hours, not 7×24",
    what="Flags a most-severe level whose clock is a business-hours calendar.",
    why="A Friday-evening outage on a business-hours clock is answered on Monday morning.",
    example="- id: P0\n  clock: cn-business",
    instead="- id: P0\n  clock: 24x7",
)
def emergency_business_hours(spec: Any) -> Iterator[Flag]:
    lv = _emergency(spec)
    if lv.clock_of("response") != "24x7":
        yield Flag(("severity_levels", 0, "clock"), hint="set clock: 24x7 for the emergency level")


@structural(
    "TR006",
    "emergency-without-recovery-plan",
    INFO,
    "the most severe level has no recovery-plan deadline",
    what="Flags a most-severe level without `recovery_plan`.",
    why="An initial recovery plan within about 2 hours tells the client whether to switch to a fallback.",
    example="- id: P0\n  response: 30m",
    instead="- id: P0\n  response: 30m\n  recovery_plan: 2h",
)
def no_recovery_plan(spec: Any) -> Iterator[Flag]:
    if _emergency(spec).recovery_plan is None:
        yield Flag(("severity_levels", 0, "id"), key=True)


@structural(
    "TR007",
    "no-on-site-commitment",
    INFO,
    "no level commits to on-site support",
    what="Flags a spec in which no severity level has an `on_site` deadline.",
    why="When remote fixing fails (hardware, network, a locked-down intranet) the client needs to know "
    "how soon an engineer will arrive.",
    example="- id: P0\n  response: 30m",
    instead="- id: P0\n  response: 30m\n  on_site: 24h",
)
def no_on_site(spec: Any) -> Iterator[Flag]:
    if not any(lv.on_site for lv in spec.severity_levels):
        yield Flag(("severity_levels",), key=True)


@structural(
    "TR008",
    "single-severity-level",
    W,
    "only one severity level",
    what="Flags a spec with a single severity level.",
    why="One level means either every glitch is an emergency (the vendor will refuse) or every emergency "
    "waits like a glitch.",
    example="severity_levels:\n  - {id: P1, response: 4h, resolution: 48h}",
    instead="severity_levels: P0 (30m/4h), P1 (1h/24h), P2 (4h/72h)",
)
def single_level(spec: Any) -> Iterator[Flag]:
    if len(spec.severity_levels) < 2:
        yield Flag(("severity_levels",), key=True)


@structural(
    "TR009",
    "slow-emergency-resolution",
    W,
    "emergency resolution is slower than 24 hours",
    what="Flags a most-severe level whose resolution deadline exceeds 24 hours.",
    why='A system-down emergency resolved "within 3 days" is three days of lost business.',
    example="- id: P0\n  resolution: 72h",
    instead="- id: P0\n  resolution: 4h",
)
def slow_resolution(spec: Any) -> Iterator[Flag]:
    within = _emergency(spec).resolution.within
    if hours(within) > 24:
        yield Flag(
            ("severity_levels", 0, "resolution"),
            message=f"emergency resolution is {within}; market practice is 2 to 24 hours",
        )
