"""Hypothesis strategies that build valid service specs as the plain data a YAML file holds.

Every strategy respects the model's cross-field rules (one client and one vendor,
response ≤ resolution, milestones summing to 100%, deposits ≤ 20%, known clocks,
dates in order, a prevailing language when bilingual), so every drawn spec must
validate; the round-trip test asserts that it does.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from termsmith.spec.parties import uscc_check_digit
from termsmith.spec.types import CURRENCY_MINOR_UNITS, LANGS, Duration

WORDS = [
    "加油站",
    "小程序",
    "網站",
    "伺服器",
    "支援",
    "维护",
    "Fuel",
    "website",
    "support",
    "𠮷野家",
    "𩸽",
    "Ω",
    "Café",
    "payment",
    "数据",
    "資料",
    "😀",
    "API",
    "3.5",
    "No. 7",
]
# Letters, digits, punctuation, symbols and spaces from every plane (astral CJK included),
# never control characters or surrogates.
_CHARS = st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\ufeff")

plain_text = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join),
    st.text(_CHARS, min_size=1, max_size=24),
).filter(lambda s: s.strip() != "")


@st.composite
def localised(draw: st.DrawFn) -> Any:
    """A Text value in every language, whatever languages.output is drawn (a spec must give each
    prose text in each output language): one mapping of the three languages, in a drawn order."""
    langs = draw(st.permutations(LANGS))
    return {lang: draw(plain_text) for lang in langs}


@st.composite
def name_text(draw: st.DrawFn) -> Any:
    """A name (party name, address): one string for every language, or a mapping."""
    if draw(st.booleans()):
        return draw(plain_text)
    langs = draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=3, unique=True))
    return {lang: draw(plain_text) for lang in langs}


TIERS = ["emergency", "important", "general", "consultation"]
ident = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_-]{0,11}\Z")
slug = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z")


@st.composite
def money(draw: st.DrawFn, currency: str) -> Any:
    """'3000.10 CNY' text (or an {amount, currency} mapping) with 0 to the currency's decimals."""
    places = draw(st.integers(0, CURRENCY_MINOR_UNITS[currency]))
    amount = Decimal(draw(st.integers(0, 10**8))).scaleb(-places)
    text = format(amount, "f")
    if draw(st.integers(0, 4)) == 0:
        return {"amount": amount, "currency": currency}
    return draw(st.sampled_from([f"{text} {currency}", f"{currency} {text}"]))


_UNIT_SPELLINGS = {
    "minutes": ["m", "min", "minutes", "分钟"],
    "hours": ["h", "hours", "小时", "小時"],
    "days": ["d", "days", " days", "天"],
    "months": ["months", "个月", "mo"],
    "years": ["years", "年", "y"],
    "business hours": ["business hours", "工作小时"],
    "business days": [" business days", "bd", "个工作日", "working days"],
}


@st.composite
def duration(draw: st.DrawFn, units: tuple[str, ...] = ("minutes", "hours", "days")) -> str:
    unit = draw(st.sampled_from(units))
    value = draw(st.integers(1, 400))
    number = f"{value}.5" if draw(st.integers(0, 5)) == 0 else str(value)
    return f"{number}{draw(st.sampled_from(_UNIT_SPELLINGS[unit]))}"


def percent_text(value: Decimal) -> Any:
    return f"{value}%"


@st.composite
def credit_code(draw: st.DrawFn) -> str:
    body = draw(st.from_regex(r"\A[0-9][1-9][0-9]{6}[0-9A-HJ-NP-RTUW-Y]{9}\Z"))
    return body + uscc_check_digit(body)


@st.composite
def party(draw: st.DrawFn, role: str) -> dict[str, Any]:
    data: dict[str, Any] = {"role": role, "legal_name": draw(name_text())}
    if draw(st.booleans()):
        data["credit_code"] = draw(credit_code())
    if draw(st.booleans()):
        data["address"] = draw(name_text())
    if draw(st.booleans()):
        data["contacts"] = [{"name": draw(plain_text), "phone": "+86 591 8765 4321", "email": "a@b.example"}]
    return data


@st.composite
def milestones(draw: st.DrawFn) -> list[dict[str, Any]]:
    """1–4 milestones whose percentages (whole or one decimal) add up to exactly 100."""
    count = draw(st.integers(1, 4))
    tenths = sorted(draw(st.lists(st.integers(1, 999), min_size=count - 1, max_size=count - 1, unique=True)))
    cuts = [0, *tenths, 1000]
    out = []
    for i in range(count):
        share = Decimal(cuts[i + 1] - cuts[i]).scaleb(-1)
        item: dict[str, Any] = {
            "name": draw(localised()),
            "trigger": draw(st.sampled_from(["signing", "acceptance", "go-live", "completion", "invoice"])),
            # a bare number below 1 is refused as a likely fraction (0.06 for 6%): write the sign
            "percent": percent_text(share) if share < 1 or draw(st.booleans()) else share,
            "due_days": draw(st.integers(0, 365)),
        }
        if share <= 20 and draw(st.booleans()):
            item["deposit"] = True
        out.append(item)
    return out


@st.composite
def severity_levels(draw: st.DrawFn, calendar_ids: list[str]) -> list[dict[str, Any]]:
    ids = draw(st.lists(ident, min_size=1, max_size=4, unique=True))
    clocks = ["24x7", *calendar_ids]
    tiers = sorted(draw(st.lists(st.sampled_from(TIERS), min_size=len(ids), max_size=len(ids))), key=TIERS.index)
    levels = []
    for level_id, tier in zip(ids, tiers, strict=True):
        clock = draw(st.sampled_from(clocks))
        response_min = draw(st.sampled_from([15, 30, 60, 120, 240]))
        resolution_min = response_min * draw(st.integers(1, 12))
        level: dict[str, Any] = {
            "id": level_id,
            "tier": tier,  # most severe first
            "name": draw(localised()),
            "definition": draw(localised()),
            "clock": clock,
            "response": f"{response_min}m",
            "resolution": f"{resolution_min} minutes" if resolution_min % 60 else f"{resolution_min // 60}h",
        }
        if draw(st.booleans()):
            level["examples"] = draw(st.lists(localised(), min_size=1, max_size=3))
        if clock != "24x7" and draw(st.booleans()):
            level["resolution"] = draw(duration(("business days",)))
            level["response"] = {"within": draw(duration(("business hours",))), "clock": clock}
        if draw(st.booleans()):
            level["progress_updates"] = draw(duration(("hours",)))
        if draw(st.booleans()):
            level["incident_report"] = {"within": draw(duration(("hours",))), "clock": "24x7"}
        levels.append(level)
    return levels


@st.composite
def optional_sections(draw: st.DrawFn, level_ids: list[str], currency: str) -> dict[str, Any]:
    candidates: dict[str, Any] = {
        "confidentiality": {"survives": draw(duration(("years", "months")))},
        "security": {
            "vulnerability_scans": draw(st.sampled_from(["weekly", "monthly"])),
            "critical_fix_within": draw(duration(("hours",))),
            "ssl_renewal": draw(st.booleans()),
        },
        "upgrades": {
            "minor": "monthly",
            "grey_release": f"{draw(st.integers(1, 50))}%",
            "rollback_within": draw(duration(("minutes", "hours"))),
        },
        "reporting": {
            "cadence": draw(st.sampled_from(["monthly", "quarterly"])),
            "contents": draw(st.lists(localised(), max_size=3)),
        },
        "service_credits": {
            "rules": [
                {
                    "level": draw(st.sampled_from(level_ids)),
                    "breach": draw(st.sampled_from(["response", "resolution"])),
                    "credit": f"{draw(st.integers(1, 20))}%",
                }
            ],
            "monthly_cap": "30%",
        },
        "penalties": {"items": [{"event": draw(localised()), "amount": draw(money(currency))}], "cap": "10%"},
        "liability": {"cap": "100%", "carve_outs": draw(st.lists(localised(), max_size=2))},
        "termination": {
            "cure_period": draw(duration(("days",))),
            "handover_within": draw(duration(("business days", "days"))),
        },
        "change_control": {
            "quote_within": draw(duration(("hours", "business days"))),
            "written_confirmation": True,
            "upfront": "50%",
        },
        "data_protection": {
            "backups": {
                "incremental": "daily",
                "full": "weekly",
                "versions_kept": draw(st.integers(0, 30)),
                "off_site": draw(st.booleans()),
                "restore_test": "monthly",
                "rpo": "24h",
                "rto": "4h",
            },
            "dr_drills_per_year": draw(st.integers(0, 4)),
        },
        "operations": {
            "monitoring": {"cpu_alert": f"{draw(st.integers(50, 95))}%", "clock": "24x7"},
            "compatibility_tests": "monthly",
        },
    }
    chosen = draw(st.lists(st.sampled_from(sorted(candidates)), unique=True))
    return {name: candidates[name] for name in sorted(chosen, key=list(candidates).index)}


@st.composite
def service_spec(draw: st.DrawFn) -> dict[str, Any]:
    """A whole valid ServiceSpec document as plain YAML data."""
    currency = draw(st.sampled_from(["CNY", "TWD", "HKD", "USD", "SGD", "JPY"]))
    calendar_ids = draw(st.lists(ident.filter(lambda s: s != "24x7"), max_size=2, unique=True))
    calendars = [
        {
            "id": cid,
            "time_zone": draw(st.sampled_from(["Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong"])),
            "working_days": ["mon", "tue", "wed", "thu", "fri"],
            "hours": "09:00-18:00",
            "holidays": draw(st.sampled_from(["cn-official", "none"])),
        }
        for cid in calendar_ids
    ]
    levels = draw(severity_levels(calendar_ids))
    start = draw(st.dates(date(2020, 1, 1), date(2035, 12, 31)))
    delivered = start - timedelta(days=draw(st.integers(0, 60)))
    parties = [draw(party("client")), draw(party("vendor"))]
    if draw(st.booleans()):
        parties.reverse()
    output = draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=2, unique=True))
    languages: dict[str, Any] = {"output": output}
    if len(output) == 2 or draw(st.booleans()):
        languages["prevailing"] = draw(st.sampled_from(output))
    start_event = draw(st.sampled_from(["signing", "acceptance", "go-live", "date"]))
    free: dict[str, Any] = {
        "start_event": start_event,
        "length": draw(duration(("months", "years", "days"))),
        "covers": draw(
            st.lists(
                st.sampled_from(["defect-fixes", "compatibility-updates", "security-patches"]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ),
        "free_trainings": draw(st.integers(0, 3)),
    }
    term_length = draw(duration(("months", "years")))
    if Duration.parse(free["length"]).comparable(Duration.parse(term_length)) and Duration.parse(
        term_length
    ) < Duration.parse(free["length"]):
        term_length = free["length"]  # a term shorter than the free period is refused
    if start_event == "date":
        free["start_date"] = delivered + timedelta(days=draw(st.integers(0, 30)))
    fees: dict[str, Any] = {
        "currency": currency,
        "tax": {"rate": f"{draw(st.sampled_from(['0', '5', '6', '13', '6.5']))}%", "included": draw(st.booleans())},
        "recurring": [
            {
                "id": "retainer",
                "name": draw(localised()),
                "amount": draw(money(currency)),
                "period": draw(st.sampled_from(["month", "quarter", "year"])),
            }
        ],
    }
    if draw(st.booleans()):
        fees["rate_card"] = [
            {
                "id": "feature-work",
                "name": draw(localised()),
                "unit": "person-day",
                "price": draw(money(currency)),
                "estimate": Decimal(draw(st.integers(1, 400))).scaleb(-draw(st.integers(0, 1))),
            }
        ]
    if draw(st.booleans()):
        fees["one_off"] = [
            {
                "id": "ssl",
                "name": draw(localised()),
                "amount": draw(money(currency)),
                "quantity": draw(st.integers(1, 5)),
            }
        ]
    # each kind of fee is billed its own way: recurring on a schedule, rate-card work on acceptance,
    # one-off items in milestones
    payment: dict[str, Any] = {
        "recurring": {
            "billing": draw(st.sampled_from(["in-advance", "in-arrears"])),
            "due_days": draw(st.integers(0, 365)),
        }
    }
    if "rate_card" in fees:
        payment["on_acceptance"] = {"due_days": draw(st.integers(0, 365))}
    if "one_off" in fees:
        payment["milestones"] = draw(milestones())
    forum = (
        {"court": {"name": draw(localised())}}
        if draw(st.booleans())
        else {
            "arbitration": {
                "institution": draw(st.sampled_from(["CIETAC", "SHIAC", "HKIAC", "SIAC"])),
                "seat": draw(localised()),
            }
        }
    )
    spec: dict[str, Any] = {
        "agreement": {
            "number": draw(st.from_regex(r"\A[A-Z]{2}-20[0-9]{2}-[0-9]{4}\Z")),
            "signing_date": start,
            "quote_valid_days": draw(st.integers(1, 365)),
        },
        "parties": parties,
        "project": {
            "name": draw(localised()),
            "kind": draw(st.sampled_from(["website", "mini-program", "app", "system"])),
            "value": draw(money(currency)),
            "accepted_on": delivered,
            "live_on": delivered,
        },
        "languages": languages,
        "term": {"start": start, "length": term_length},
        "scope": {
            "included": [
                {"id": "defects", "kind": "defect-fixes", "name": draw(localised()), "description": draw(localised())}
            ],
            "excluded": [
                {"id": "features", "kind": "new-features", "name": draw(localised()), "description": draw(localised())}
            ]
            if draw(st.booleans())
            else [],
        },
        "calendars": calendars,
        "support_channels": [
            {"kind": "phone", "address": "400-800-1234", "clock": draw(st.sampled_from(["24x7", *calendar_ids]))}
        ],
        "severity_levels": levels,
        "free_maintenance": free,
        "fees": fees,
        "payment": payment,
        "intellectual_property": {
            "source_code_owner": draw(st.sampled_from(["client", "vendor", "joint"])),
            "no_lock_in": draw(st.booleans()),
        },
        "disputes": {"governing_law": draw(localised()), **forum},
        **draw(optional_sections([lv["id"] for lv in levels], currency)),
    }
    return {
        "apiVersion": "termsmith/v1",
        "kind": "ServiceSpec",
        "metadata": {"name": draw(slug), "title": draw(plain_text)},
        "spec": spec,
    }
