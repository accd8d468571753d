"""The spec's vocabulary for a diff: what a changed field is called, and whom a change favours.

Names (:mod:`termsmith.diff.names`) are keyed by the field's pattern (list keys as ``*``;
``{key}`` is the item's id); rules (:mod:`termsmith.diff.rules`) say which direction helps
whom. ``tests/diff`` proves every term of the spec model has both, so a field without an
entry (named after the field itself) can only be a field added since. A change whose rule
is ``none: …``, or whose values cannot be ordered (a business-day deadline against an hour
deadline), favours nobody determinably.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from fnmatch import fnmatchcase
from typing import Any, Literal

from termsmith.diff.compare import Change, Clocked
from termsmith.diff.names import NAMES
from termsmith.diff.rules import RULES
from termsmith.library.labels import in_lang
from termsmith.spec.types import Cadence, Duration, Money, Percent

Side = Literal["client", "vendor"]

_FREQUENCY = tuple(c.value for c in Cadence)  # most to least frequent
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
    if rule is None or rule.startswith("none"):
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
    if rule.startswith("rank-client:"):
        ranks = rule.removeprefix("rank-client:").split(",")
        order = _order(change.old, change.new, lambda v: _rank(v, ranks))
        return None if order is None else ("client" if order > 0 else "vendor")
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


def _rank(v: Any, ranks: list[str]) -> tuple[str, Decimal] | None:
    """An enum value's place in a rule's order, least favourable to the client first."""
    value = v.value if isinstance(v, Enum) else v
    return ("rank", Decimal(ranks.index(value))) if value in ranks else None


def _frequency(v: Any) -> tuple[str, Decimal] | None:
    value = v.value if isinstance(v, Enum) else v
    return ("cadence", Decimal(_FREQUENCY.index(value))) if value in _FREQUENCY else None
