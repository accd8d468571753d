"""Intellectual property, handover and the accounts the software lives on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO
IP = "intellectual_property"


@structural(
    "TI001",
    "source-code-owned-by-vendor",
    W,
    "the vendor owns the source code",
    what="Flags `intellectual_property.source_code_owner: vendor`.",
    why="Under China's Copyright Law a commissioned work belongs to the developer unless the contract says "
    "otherwise; a client who does not own its code cannot switch vendors or develop in-house.",
    example="intellectual_property:\n  source_code_owner: vendor",
    instead="intellectual_property:\n  source_code_owner: client",
)
def vendor_owns(spec: Any) -> Iterator[Flag]:
    if spec.intellectual_property.source_code_owner.value == "vendor":
        yield Flag(
            (IP, "source_code_owner"),
            hint="make the client the owner, or at least grant a perpetual licence with a source-code handover",
        )


def _handed_over(spec: Any) -> set[str]:
    return {h.item.value for h in spec.intellectual_property.handover}


@structural(
    "TI002",
    "no-source-code-handover",
    W,
    "the source code is never handed over",
    what="Flags a spec whose `intellectual_property.handover` has no `source-code` item.",
    why="Encrypted or withheld source code is the classic lock-in: the client cannot change vendors.",
    example="handover:\n  - {item: admin-manual, when: on-acceptance}",
    instead="handover:\n  - {item: source-code, when: on-final-payment, within: 10 business days}",
)
def no_source(spec: Any) -> Iterator[Flag]:
    if "source-code" not in _handed_over(spec):
        yield Flag((IP, "handover"), key=True)


@structural(
    "TI003",
    "no-technical-docs-handover",
    W,
    "database-structure or interface documents are not handed over",
    what="Flags a handover list without `database-schema` or without `interface-docs`.",
    why="Source code without the database structure and interface documents is months of reverse "
    "engineering for the next vendor.",
    example="handover:\n  - {item: source-code, when: on-final-payment}",
    instead="handover:\n  - {item: source-code, ...}\n  - {item: database-schema, ...}\n  - {item: interface-docs, ...}",
)
def no_docs(spec: Any) -> Iterator[Flag]:
    missing = [k for k in ("database-schema", "interface-docs") if k not in _handed_over(spec)]
    if missing:
        yield Flag((IP, "handover"), key=True, message=f"not handed over: {', '.join(missing)}")


@structural(
    "TI004",
    "account-held-by-vendor",
    W,
    "an account the software lives on is held by the vendor",
    what="Flags a mini-program AppID, domain, ICP filing, cloud account or payment merchant account held "
    "by the vendor.",
    why="Whoever holds the AppID, the domain and the ICP filing holds the product: a vendor change then "
    "needs the old vendor's cooperation, or a new AppID and the loss of every user.",
    example="accounts:\n  mini_program_appid: vendor",
    instead="accounts:\n  mini_program_appid: client",
)
def vendor_accounts(spec: Any) -> Iterator[Flag]:
    accounts = spec.intellectual_property.accounts
    for name in ("mini_program_appid", "domain", "icp_filing", "cloud_accounts", "payment_merchant"):
        if getattr(accounts, name).value == "vendor":
            yield Flag((IP, "accounts", name), message=f"{name.replace('_', ' ')} is held by the vendor")


@structural(
    "TI005",
    "no-lock-in-promise-missing",
    W,
    "no promise against technical lock-in",
    what="Flags `intellectual_property.no_lock_in` not true.",
    why="Encrypted code, obfuscated builds or refused interfaces keep a client captive even when it owns "
    "the code on paper.",
    example="intellectual_property:\n  no_lock_in: false",
    instead="intellectual_property:\n  no_lock_in: true",
)
def lock_in(spec: Any) -> Iterator[Flag]:
    if not spec.intellectual_property.no_lock_in:
        yield Flag((IP,), key=True)


@structural(
    "TI006",
    "appid-holder-unstated",
    INFO,
    "a mini-program's AppID holder is not stated",
    what="Flags a `mini-program` project whose `accounts.mini_program_appid` is `n/a`.",
    why="The AppID is the mini-program; the agreement should say who holds it.",
    example="project: {kind: mini-program}\naccounts: {}",
    instead="accounts:\n  mini_program_appid: client",
)
def appid_unstated(spec: Any) -> Iterator[Flag]:
    if (
        spec.project.kind.value == "mini-program"
        and spec.intellectual_property.accounts.mini_program_appid.value == "n/a"
    ):
        yield Flag((IP,), key=True)
