"""Scope and support channels."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO


@structural(
    "TC001",
    "no-excluded-services",
    W,
    "the scope lists no excluded services",
    what="Flags a spec whose `scope.excluded` is empty.",
    why="Listing what is not included (new features, new hardware integration, content entry) is what "
    'prevents the "I thought that was included" dispute.',
    example="scope:\n  included: [...]\n  excluded: []",
    instead="scope:\n  excluded:\n    - {id: new-features, kind: new-features, name: 新功能开发, description: 按费用标准另行报价}",
)
def no_excluded(spec: Any) -> Iterator[Flag]:
    if not spec.scope.excluded:
        yield Flag(
            ("scope",), key=True, hint="add scope.excluded: new features, new hardware integration, content entry"
        )


@structural(
    "TC002",
    "too-few-support-channels",
    W,
    "fewer than 3 support channels",
    what="Flags a spec with fewer than three support channels (phone, email, ticket, chat group, remote).",
    why="With one channel, a busy phone line or an unread mailbox is a missed deadline nobody can prove.",
    example="support_channels:\n  - {kind: email, address: support@vendor.example}",
    instead="support_channels:\n  - {kind: phone, address: 400-800-1234, clock: 24x7}\n"
    "  - {kind: ticket, address: https://support.example}\n  - {kind: email, address: support@vendor.example}",
)
def few_channels(spec: Any) -> Iterator[Flag]:
    n = len(spec.support_channels)
    if n < 3:
        yield Flag(
            ("support_channels",),
            message=f"{n} support channel{'s' if n != 1 else ''}; good practice is at least 3",
            key=True,
            hint="add phone, ticket system and email (or a chat group)",
        )


@structural(
    "TC003",
    "no-round-the-clock-channel",
    W,
    "no support channel is staffed 7×24",
    what="Flags a spec in which no support channel runs on the 24x7 clock.",
    why="Emergencies (payment down, data loss) happen at night and on holidays; a 7×24 response time "
    "is worthless if the only channels close at 18:00.",
    example="support_channels:\n  - {kind: phone, address: 400-800-1234, clock: cn-business}",
    instead="support_channels:\n  - {kind: phone, address: 400-800-1234, clock: 24x7}",
)
def no_24x7_channel(spec: Any) -> Iterator[Flag]:
    if spec.support_channels and not any(ch.clock == "24x7" for ch in spec.support_channels):
        yield Flag(
            ("support_channels",), key=True, hint="staff at least the phone or ticket channel 24x7 for emergencies"
        )


@structural(
    "TC004",
    "defect-fixes-not-in-scope",
    W,
    "defect fixes are not in the included scope",
    what="Flags a scope whose included items have no `defect-fixes` item.",
    why="Fixing defects of the delivered program is the core of after-sales service; without it the "
    "agreement sells monitoring while every bug fix is billed.",
    example="scope:\n  included:\n    - {id: server, kind: server-upkeep, ...}",
    instead="scope:\n  included:\n    - {id: defects, kind: defect-fixes, name: 程序缺陷修复, description: ...}",
)
def no_defect_scope(spec: Any) -> Iterator[Flag]:
    if not any(item.kind.value == "defect-fixes" for item in spec.scope.included):
        yield Flag(("scope", "included"), key=True)


@structural(
    "TC005",
    "service-included-and-excluded",
    E,
    "the same kind of service is both included and excluded",
    what="Flags a service kind (other than `other`) that appears in both `scope.included` and `scope.excluded`.",
    why="A contradiction in scope is read against the drafter and guarantees a dispute.",
    example="included: [{kind: new-features, ...}]\nexcluded: [{kind: new-features, ...}]",
    instead="Keep each kind on one side; describe a partial inclusion in the included item's description.",
)
def included_and_excluded(spec: Any) -> Iterator[Flag]:
    included = {item.kind for item in spec.scope.included if item.kind.value != "other"}
    for i, item in enumerate(spec.scope.excluded):
        if item.kind in included:
            yield Flag(("scope", "excluded", i, "kind"), message=f"{item.kind.value!r} is both included and excluded")
