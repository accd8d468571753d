"""Data protection: backups, recovery, encryption, personal information (PIPL)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from termsmith.diagnostics import Severity
from termsmith.lint.rules.structural.base import Flag, hours, structural

W, E, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO
DP = "data_protection"
PIPL_FIELDS = ("purpose", "period", "method", "categories", "protection_measures", "return_or_delete_within")


def _backups(spec: Any) -> Any:
    return spec.data_protection.backups if spec.data_protection else None


@structural(
    "TD001",
    "no-backup-terms",
    W,
    "no backup terms",
    what="Flags a spec without `data_protection.backups`.",
    why="Data loss is an emergency no response time can undo; backups must be a stated commitment.",
    example="data_protection:\n  encryption_in_transit: true",
    instead="data_protection:\n  backups: {incremental: daily, full: weekly, versions_kept: 7, off_site: true, "
    "restore_test: monthly, rpo: 24h, rto: 4h}",
)
def no_backups(spec: Any) -> Iterator[Flag]:
    if _backups(spec) is None:
        yield Flag((DP,) if spec.data_protection else (), key=True)


@structural(
    "TD002",
    "too-few-backup-versions",
    W,
    "fewer than 3 backup versions kept",
    what="Flags `backups.versions_kept` below 3.",
    why="With one or two versions, a corruption noticed late has already been backed up over.",
    example="backups:\n  versions_kept: 1",
    instead="backups:\n  versions_kept: 7",
)
def few_versions(spec: Any) -> Iterator[Flag]:
    b = _backups(spec)
    if b is not None and b.versions_kept < 3:
        yield Flag(
            (DP, "backups", "versions_kept"), message=f"{b.versions_kept} backup version(s) kept; keep at least 3"
        )


@structural(
    "TD003",
    "no-restore-test",
    W,
    "backups are restore-tested less than monthly",
    what="Flags `backups.restore_test` rarer than monthly (or never).",
    why="An untested backup is a hope; restore tests at least monthly prove the 4-hour recovery is real.",
    example="backups:\n  restore_test: never",
    instead="backups:\n  restore_test: monthly",
)
def no_restore_test(spec: Any) -> Iterator[Flag]:
    b = _backups(spec)
    if b is not None and b.restore_test.per_year < 12:
        yield Flag(
            (DP, "backups", "restore_test"), message=f"restore tests are {b.restore_test.value}; test at least monthly"
        )


@structural(
    "TD004",
    "slow-recovery",
    W,
    "recovery time objective is over 4 hours",
    what="Flags `backups.rto` longer than 4 hours.",
    why="Practice is recovery within 4 hours; a payment system down for a day loses a day of revenue.",
    example="backups:\n  rto: 48h",
    instead="backups:\n  rto: 4h",
)
def slow_recovery(spec: Any) -> Iterator[Flag]:
    b = _backups(spec)
    if b is not None and hours(b.rto) > 4:
        yield Flag((DP, "backups", "rto"), message=f"recovery time is {b.rto}; practice is 4 hours or less")


@structural(
    "TD005",
    "no-off-site-backup",
    W,
    "no off-site backup copy",
    what="Flags `backups.off_site: false`.",
    why="A backup in the same data centre burns, floods or gets encrypted by ransomware with the original.",
    example="backups:\n  off_site: false",
    instead="backups:\n  off_site: true",
)
def no_off_site(spec: Any) -> Iterator[Flag]:
    b = _backups(spec)
    if b is not None and not b.off_site:
        yield Flag((DP, "backups", "off_site"))


@structural(
    "TD006",
    "pipl-entrustment-incomplete",
    E,
    "personal information is processed without the terms PIPL art. 21 requires",
    what="Flags `personal_information.processed: true` with any of purpose, period, method, categories, "
    "protection measures or return/deletion deadline missing.",
    why="PIPL art. 21 requires an entrusted-processing agreement to state the purpose, period, method, "
    "categories of personal information, protection measures, and both sides' rights and duties "
    "(including return or deletion at the end).",
    example="personal_information:\n  processed: true\n  purpose: 会员管理",
    instead="personal_information:\n  processed: true\n  purpose: ...\n  period: 12 months\n  method: ...\n"
    "  categories: [手机号码]\n  protection_measures: [传输加密]\n  return_or_delete_within: 15 days",
)
def pipl(spec: Any) -> Iterator[Flag]:
    pi = spec.data_protection.personal_information if spec.data_protection else None
    if pi is None or not pi.processed:
        return
    missing = [f for f in PIPL_FIELDS if not getattr(pi, f)]
    if missing:
        yield Flag(
            (DP, "personal_information", "processed"), message=f"PIPL art. 21 terms missing: {', '.join(missing)}"
        )


@structural(
    "TD007",
    "no-encryption-in-transit",
    W,
    "no encryption in transit",
    what="Flags a spec whose `data_protection.encryption_in_transit` is not true.",
    why="TLS for every connection is the floor of the Cybersecurity Law's protection duties and of any "
    "payment integration.",
    example="data_protection:\n  encryption_in_transit: false",
    instead="data_protection:\n  encryption_in_transit: true",
)
def no_tls(spec: Any) -> Iterator[Flag]:
    dp = spec.data_protection
    if dp is None or not dp.encryption_in_transit:
        yield Flag((DP, "encryption_in_transit") if dp else (), key=dp is None)
