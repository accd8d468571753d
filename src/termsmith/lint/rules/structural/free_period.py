"""The free maintenance period (免费维护期)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, months, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO
FM = "free_maintenance"


@structural(
    "TF001",
    "defect-fixes-not-free",
    E,
    "defect fixes are not free during the free maintenance period",
    what="Flags a free maintenance period whose `covers` does not include `defect-fixes`.",
    why='The most common after-sales dispute: "1 year free maintenance" was promised, then bug fixes '
    "were billed as paid work. Defects of the delivered program must be fixed free during the period.",
    example="free_maintenance:\n  covers: [server-upkeep]",
    instead="free_maintenance:\n  covers: [defect-fixes, compatibility-updates, security-patches, server-upkeep]",
)
def defects_not_free(spec: Any) -> Iterator[Flag]:
    if not any(k.value == "defect-fixes" for k in spec.free_maintenance.covers):
        yield Flag((FM, "covers"), hint="add defect-fixes to free_maintenance.covers")


@structural(
    "TF002",
    "short-free-period",
    W,
    "the free maintenance period is shorter than 6 months",
    what="Flags a free maintenance period under 6 months.",
    why="The market norm is 6 to 12 months (1 year is common); defects of a new system surface over the "
    "first seasons of real use.",
    example="free_maintenance:\n  length: 3 months",
    instead="free_maintenance:\n  length: 12 months",
)
def short_period(spec: Any) -> Iterator[Flag]:
    length = spec.free_maintenance.length
    if months(length) < 6:
        yield Flag((FM, "length"), message=f"the free period is {length}; the norm is 6 to 12 months")


@structural(
    "TF003",
    "free-period-starts-at-signing",
    W,
    "the free period starts at signing, not at go-live or acceptance",
    what="Flags `free_maintenance.start_event: signing`.",
    why="Counting from signing burns the free period while the software is still being delivered; "
    "count from go-live (上线) or acceptance (验收).",
    example="free_maintenance:\n  start_event: signing",
    instead="free_maintenance:\n  start_event: acceptance",
)
def starts_at_signing(spec: Any) -> Iterator[Flag]:
    if spec.free_maintenance.start_event.value == "signing":
        yield Flag((FM, "start_event"))


@structural(
    "TF004",
    "free-period-without-compatibility-updates",
    W,
    "compatibility updates are not free during the free period",
    what="Flags a free period whose `covers` lacks `compatibility-updates`.",
    why="Browsers, iOS/Android and the WeChat base library change several times a year; a mini-program "
    "that breaks after a WeChat update is, to the client, a defect.",
    example="free_maintenance:\n  covers: [defect-fixes]",
    instead="free_maintenance:\n  covers: [defect-fixes, compatibility-updates]",
)
def no_compat(spec: Any) -> Iterator[Flag]:
    if not any(k.value == "compatibility-updates" for k in spec.free_maintenance.covers):
        yield Flag((FM, "covers"))


@structural(
    "TF005",
    "no-free-training",
    INFO,
    "the free period includes no training session",
    what="Flags `free_maintenance.free_trainings: 0` (or absent).",
    why="One or two free remote training sessions are customary and cut the number of how-to tickets.",
    example="free_maintenance:\n  free_trainings: 0",
    instead="free_maintenance:\n  free_trainings: 2",
)
def no_training(spec: Any) -> Iterator[Flag]:
    if spec.free_maintenance.free_trainings == 0:
        yield Flag((FM,), key=True)
