"""The spec's vocabulary for a diff: what a changed field is called, and whom a change favours.

Names are keyed by the field's pattern (list keys as ``*``; ``{key}`` is the item's
id). A field without an entry is named after the field itself, so new spec fields
still read sensibly. Favour rules say which direction helps whom; a change with no
rule, or whose values cannot be ordered (a business-day deadline against an hour
deadline), favours nobody determinably.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from fnmatch import fnmatchcase
from typing import Any, Literal

from termsmith.diff.compare import Change, Clocked
from termsmith.library.labels import in_lang
from termsmith.spec.types import Duration, Money, Percent

Side = Literal["client", "vendor"]

# pattern → (zh-Hans, zh-Hant, en)
NAMES: dict[str, tuple[str, str, str]] = {
    "term.length": ("服务期限", "服務期限", "term"),
    "term.start": ("服务期起始日", "服務期起始日", "term start"),
    "term.renewal.mode": ("续期方式", "續期方式", "renewal"),
    "scope.included.*": ("约定服务 {key}", "約定服務 {key}", "included service {key}"),
    "scope.excluded.*": ("除外服务 {key}", "除外服務 {key}", "excluded service {key}"),
    "severity_levels.*": ("故障等级 {key}", "故障等級 {key}", "severity level {key}"),
    "severity_levels.*.response": ("{key} 响应时限", "{key} 回應時限", "{key} response"),
    "severity_levels.*.resolution": ("{key} 解决时限", "{key} 解決時限", "{key} resolution"),
    "severity_levels.*.recovery_plan": ("{key} 恢复方案时限", "{key} 復原方案時限", "{key} recovery plan"),
    "severity_levels.*.progress_updates": ("{key} 进展通报间隔", "{key} 進度通報間隔", "{key} progress updates"),
    "severity_levels.*.on_site": ("{key} 到场时限", "{key} 到場時限", "{key} on site"),
    "severity_levels.*.incident_report": ("{key} 故障报告时限", "{key} 事故報告時限", "{key} incident report"),
    "severity_levels.*.clock": ("{key} 计时方式", "{key} 計時方式", "{key} clock"),
    "support_channels.*": ("支持渠道 {key}", "支援管道 {key}", "support channel {key}"),
    "free_maintenance.length": ("免费维护期", "免費維護期", "free period"),
    "free_maintenance.start_event": ("免费维护期起算", "免費維護期起算", "free period starts at"),
    "free_maintenance.covers": ("免费维护范围", "免費維護範圍", "free period covers"),
    "free_maintenance.methods": ("免费维护方式", "免費維護方式", "free period methods"),
    "free_maintenance.free_trainings": ("免费培训次数", "免費教育訓練次數", "free trainings"),
    "fees.recurring.*": ("周期费用 {key}", "週期費用 {key}", "recurring fee {key}"),
    "fees.recurring.*.amount": ("{key} 金额", "{key} 金額", "{key}"),
    "fees.rate_card.*": ("收费标准 {key}", "收費標準 {key}", "rate {key}"),
    "fees.rate_card.*.price": ("{key} 单价", "{key} 單價", "{key} price"),
    "fees.one_off.*": ("一次性费用 {key}", "一次性費用 {key}", "one-off fee {key}"),
    "fees.one_off.*.amount": ("{key} 金额", "{key} 金額", "{key} amount"),
    "fees.tax.rate": ("税率", "稅率", "tax rate"),
    "payment.milestones.*.percent": ("第 {key} 期付款比例", "第 {key} 期付款比例", "instalment {key} share"),
    "payment.milestones.*.due_days": (
        "第 {key} 期付款期限（日）",
        "第 {key} 期付款期限（日）",
        "instalment {key} due days",
    ),
    "intellectual_property.source_code_owner": ("源代码归属", "原始碼歸屬", "source code owner"),
    "intellectual_property.documents_owner": ("文档归属", "文件歸屬", "documents owner"),
    "intellectual_property.deliverables_owner": ("交付物归属", "交付物歸屬", "deliverables owner"),
    "intellectual_property.handover.*": ("交接 {key}", "交接 {key}", "handover of {key}"),
    "intellectual_property.handover.*.within": ("{key} 交接时限", "{key} 交接時限", "{key} handover within"),
    "service_credits.rules.*.credit": ("{key} 服务费抵扣", "{key} 服務費抵扣", "{key} service credit"),
    "service_credits.monthly_cap": ("服务费抵扣月上限", "服務費抵扣月上限", "monthly service-credit cap"),
    "penalties.cap": ("违约金上限", "違約金上限", "penalty cap"),
    "liability.cap": ("赔偿责任上限", "賠償責任上限", "liability cap"),
    "liability.cap_amount": ("赔偿责任上限金额", "賠償責任上限金額", "liability cap amount"),
    "termination.convenience_notice": ("任意解除通知期", "任意解除通知期", "termination notice"),
    "termination.handover_within": ("解除后交接时限", "解除後交接時限", "handover after termination"),
    "termination.transition_support": ("过渡支持期", "過渡支援期", "transition support"),
    "confidentiality.survives": ("保密义务存续期", "保密義務存續期", "confidentiality survives"),
    "data_protection.backups.rpo": ("恢复点目标", "復原點目標", "RPO"),
    "data_protection.backups.rto": ("恢复时间目标", "復原時間目標", "RTO"),
}

# pattern → rule. more-vendor: a larger value favours the vendor; more-client: the client;
# owner: the party named is favoured; true-client: switching on favours the client;
# added-client / added-vendor: a keyed item added (removed: the other side); frequent-client.
RULES: tuple[tuple[str, str], ...] = (
    ("severity_levels.*", "added-client"),
    ("severity_levels.*.*", "more-vendor"),
    ("scope.included.*", "added-client"),
    ("scope.excluded.*", "added-vendor"),
    ("free_maintenance.length", "more-client"),
    ("free_maintenance.free_trainings", "more-client"),
    ("free_maintenance.covers", "added-client"),
    ("fees.recurring.*.amount", "more-vendor"),
    ("fees.rate_card.*.price", "more-vendor"),
    ("fees.one_off.*.amount", "more-vendor"),
    ("fees.recurring.*", "added-vendor"),
    ("fees.one_off.*", "added-vendor"),
    ("payment.milestones.*.due_days", "more-client"),
    ("change_control.*_within", "more-vendor"),
    ("change_control.upfront", "more-vendor"),
    ("change_control.*", "true-client"),
    ("intellectual_property.*_owner", "owner"),
    ("intellectual_property.accounts.*", "owner"),
    ("intellectual_property.handover.*", "added-client"),
    ("intellectual_property.handover.*.within", "more-vendor"),
    ("intellectual_property.open_source_disclosure", "true-client"),
    ("intellectual_property.no_lock_in", "true-client"),
    ("service_credits.rules.*", "added-client"),
    ("service_credits.rules.*.credit", "more-client"),
    ("service_credits.monthly_cap", "more-client"),
    ("penalties.cap", "more-client"),
    ("penalties.items.*.percent", "more-client"),
    ("penalties.items.*.amount", "more-client"),
    ("liability.cap", "more-client"),
    ("liability.cap_amount", "more-client"),
    ("liability.excludes_indirect", "true-vendor"),
    ("liability.carve_outs", "added-client"),
    ("termination.handover_within", "more-vendor"),
    ("termination.transition_support", "more-client"),
    ("termination.cure_period", "more-vendor"),
    ("data_protection.backups.rpo", "more-vendor"),
    ("data_protection.backups.rto", "more-vendor"),
    ("data_protection.backups.versions_kept", "more-client"),
    ("data_protection.backups.incremental", "frequent-client"),
    ("data_protection.backups.full", "frequent-client"),
    ("data_protection.backups.restore_test", "frequent-client"),
    ("data_protection.*_within", "more-vendor"),
    ("data_protection.personal_information.return_or_delete_within", "more-vendor"),
    ("data_protection.dr_drills_per_year", "more-client"),
    ("data_protection.*", "true-client"),
    ("security.*_within", "more-vendor"),
    ("security.vulnerability_scans", "frequent-client"),
    ("security.penetration_tests", "frequent-client"),
    ("security.*", "true-client"),
    ("upgrades.rollback_within", "more-vendor"),
    ("upgrades.effect_report_within", "more-vendor"),
    ("upgrades.*", "true-client"),
    ("operations.monitoring.alert_analysis_within", "more-vendor"),
    ("training.qa_response_within", "more-vendor"),
    ("training.sessions.*.sessions", "more-client"),
    ("reporting.complaint_response_within", "more-vendor"),
    ("reporting.cadence", "frequent-client"),
)

_FREQUENCY = ("continuous", "daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly", "never")
_OTHER: dict[str, Side] = {"client": "vendor", "vendor": "client"}


def name(change: Change, lang: str) -> str:
    """The term in the spec's vocabulary: "P0 response", "free period", "rate feature-work price"."""
    key = _key(change)
    entry = NAMES.get(change.pattern)
    if entry is not None:
        text = in_lang(entry, lang)
        return text.replace("{key}", key or "").strip()
    if change.keyed:  # an item added or removed: its list and its id
        return f"{change.pattern.split('.')[-2].replace('_', ' ')} {key}"
    field = change.path[-1].replace("_", " ")
    return f"{key} {field}" if key else field


def _key(change: Change) -> str | None:
    """The innermost list key in the path (the id of the item the change is in)."""
    parts = change.pattern.split(".")
    keys = [change.path[i] for i, p in enumerate(parts) if p == "*"]
    return keys[-1] if keys else None


def favours(change: Change) -> Side | None:
    """Whom the change favours, when the spec's terms make that determinate."""
    rule = next((r for pattern, r in RULES if matches(change.pattern, pattern)), None)
    if rule is None:
        return None
    if rule.startswith("added-"):
        side: Side = rule.removeprefix("added-")  # type: ignore[assignment]  # RULES: added-client or added-vendor
        if change.keyed or change.kind != "changed":
            return side if (change.kind == "added") else _OTHER[side]
        if isinstance(change.old, list) and isinstance(change.new, list):
            gained = [i for i in change.new if i not in change.old]
            lost = [i for i in change.old if i not in change.new]
            if gained and not lost:
                return side
            if lost and not gained:
                return _OTHER[side]
        return None
    if change.kind != "changed":
        return None
    if rule == "owner":
        new = getattr(change.new, "value", change.new)
        return new if new in ("client", "vendor") else None
    if rule.startswith("true-"):
        if isinstance(change.new, bool) and isinstance(change.old, bool):
            side = rule.removeprefix("true-")  # type: ignore[assignment]  # RULES: true-client or true-vendor
            return side if change.new else _OTHER[side]
        return None
    if rule == "frequent-client":
        order = _order(change.old, change.new, _frequency)
        return None if order is None else ("client" if order < 0 else "vendor")
    if isinstance(change.old, Clocked) and isinstance(change.new, Clocked) and change.old.clock != change.new.clock:
        return None  # 4 business hours against 2 hours round the clock: not determinate
    order = _order(change.old, change.new, _magnitude)
    if order is None:
        return None
    larger: Side = "vendor" if rule == "more-vendor" else "client"
    return larger if order > 0 else _OTHER[larger]


def matches(path: str, pattern: str) -> bool:
    """Segment by segment: ``*`` stands within one segment (``severity_levels.*`` is the level, not its fields)."""
    parts, wanted = path.split("."), pattern.split(".")
    return len(parts) == len(wanted) and all(fnmatchcase(p, w) for p, w in zip(parts, wanted, strict=True))


def _order(old: Any, new: Any, measure: Any) -> int | None:
    """-1 when new < old, 1 when new > old, None when they cannot be ordered."""
    a, b = measure(old), measure(new)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return None
    return 1 if b[1] > a[1] else -1


def _magnitude(v: Any) -> tuple[str, Decimal] | None:
    """A value as (what it is measured in, how much), comparable only with the same first part."""
    if isinstance(v, Clocked):
        v = v.limit.within  # the clock is part of the term; a clock change is reported separately
    if isinstance(v, Duration):
        kind = "fixed" if v.minutes is not None else "calendar" if v.unit.is_calendar else f"unit:{v.unit.value}"
        return (kind, v.sort_value())
    if isinstance(v, Money):
        return (f"money:{v.currency}", v.amount)
    if isinstance(v, Percent):
        return ("percent", v.value)
    if isinstance(v, (int, Decimal)) and not isinstance(v, bool):
        return ("number", Decimal(v))
    return None


def _frequency(v: Any) -> tuple[str, Decimal] | None:
    value = v.value if isinstance(v, Enum) else v
    return ("cadence", Decimal(_FREQUENCY.index(value))) if value in _FREQUENCY else None
