"""Every structural rule fires once on a spec that breaks it and stays silent on a clean spec."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from termsmith.lint.registry import all_rules

Mutation = Callable[[dict[str, Any]], None]


def _set(*path: Any, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node = data["spec"]
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return mutate


def _drop(*path: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        node = data["spec"]
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for m in mutations:
            m(data)

    return mutate


def _handover_without(*kinds: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        ip = data["spec"]["intellectual_property"]
        ip["handover"] = [h for h in ip["handover"] if h["item"] not in kinds]

    return mutate


def _without_kind(where: str, kind: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["spec"]["scope"][where] = [i for i in data["spec"]["scope"][where] if i["kind"] != kind]

    return mutate


def _covers_without(kind: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        fm = data["spec"]["free_maintenance"]
        fm["covers"] = [k for k in fm["covers"] if k != kind]

    return mutate


def _all_channels(clock: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for ch in data["spec"]["support_channels"]:
            ch["clock"] = clock

    return mutate


def _exclude_defects(data: dict[str, Any]) -> None:
    data["spec"]["scope"]["excluded"].append(
        {"id": "defects-2", "kind": "defect-fixes", "name": "缺陷修复", "description": "第二年起的缺陷修复"}
    )


def _no_on_site(data: dict[str, Any]) -> None:
    for lv in data["spec"]["severity_levels"]:
        lv.pop("on_site", None)


MUTATIONS: dict[str, Mutation] = {
    "TC001": _set("scope", "excluded", value=[]),
    "TK001": _set("calendars", 0, "extra_holidays", value=[]),
    "TC002": lambda d: d["spec"].update(support_channels=d["spec"]["support_channels"][:2]),
    "TC003": _all_channels("cn-business"),
    "TC004": _both(_without_kind("included", "defect-fixes")),
    "TC005": _exclude_defects,
    "TR001": _set("severity_levels", 1, "resolution", value="2h"),
    "TR002": _drop("severity_levels", 0, "progress_updates"),
    "TR003": _drop("severity_levels", 0, "incident_report"),
    "TR004": _both(
        _set("severity_levels", 0, "response", value="3h"), _set("severity_levels", 1, "response", value="3h")
    ),
    "TR005": _set("severity_levels", 0, "clock", value="cn-business"),
    "TR006": _drop("severity_levels", 0, "recovery_plan"),
    "TR007": _no_on_site,
    "TR008": lambda d: _single_level(d),
    "TR009": _both(
        _set("severity_levels", 0, "resolution", value="48h"), _set("severity_levels", 1, "resolution", value="48h")
    ),
    "TF001": _covers_without("defect-fixes"),
    "TF002": _set("free_maintenance", "length", value="3 months"),
    "TF003": _set("free_maintenance", "start_event", value="signing"),
    "TF004": _covers_without("compatibility-updates"),
    "TF005": _set("free_maintenance", "free_trainings", value=0),
    "TP001": _drop("fees", "rate_card", 0, "price"),
    "TP002": _both(_drop("fees", "rate_card", 0, "price"), _set("fees", "rate_card", 0, "negotiable", value=True)),
    "TP003": _drop("change_control", "quote_within"),
    "TP004": _set("change_control", "written_confirmation", value=False),
    "TP005": _set("fees", "recurring", 0, "amount", value="6000.00 CNY"),
    # no rate card, so nothing is billed on acceptance either (payment.on_acceptance would bill nothing)
    "TP006": lambda d: (d["spec"]["fees"].update(rate_card=[]), d["spec"]["payment"].pop("on_acceptance")),
    "TP007": _set("change_control", "no_unilateral_price_change", value=False),
    "TP008": _set("change_control", "quote_within", value="5 business days"),
    "TI001": _set("intellectual_property", "source_code_owner", value="vendor"),
    "TI002": _handover_without("source-code"),
    "TI003": _handover_without("interface-docs"),
    "TI004": _set("intellectual_property", "accounts", "mini_program_appid", value="vendor"),
    "TI005": _set("intellectual_property", "no_lock_in", value=False),
    "TI006": _drop("intellectual_property", "accounts", "mini_program_appid"),
    "TD001": _drop("data_protection", "backups"),
    "TD002": _set("data_protection", "backups", "versions_kept", value=2),
    "TD003": _set("data_protection", "backups", "restore_test", value="quarterly"),
    "TD004": _set("data_protection", "backups", "rto", value="24h"),
    "TD005": _set("data_protection", "backups", "off_site", value=False),
    "TD006": _drop("data_protection", "personal_information", "purpose"),
    "TD007": _set("data_protection", "encryption_in_transit", value=False),
    "TL001": _set("service_credits", "sole_remedy", value=True),
    "TL002": _drop("penalties", "cap"),
    "TL003": _drop("service_credits"),
    "TL004": _drop("termination"),
}


def _single_level(data: dict[str, Any]) -> None:
    data["spec"]["severity_levels"] = data["spec"]["severity_levels"][:1]
    data["spec"]["service_credits"]["rules"] = [
        r for r in data["spec"]["service_credits"]["rules"] if r["level"] == "P0"
    ]


def test_every_structural_rule_has_a_case() -> None:
    structural = {code for code, rule in all_rules().items() if rule.kind == "structural"}
    assert structural == set(MUTATIONS)
    assert len(structural) >= 25


def test_clean_spec_has_no_structural_finding(lint_spec) -> None:  # type: ignore[no-untyped-def]
    diags = lint_spec()
    assert [d for d in diags if d.code in MUTATIONS] == []
    assert not [d for d in diags if d.severity.value == "error"]


@pytest.mark.parametrize("code", sorted(MUTATIONS))
def test_rule_fires_once(code: str, lint_spec) -> None:  # type: ignore[no-untyped-def]
    diags = lint_spec(MUTATIONS[code])
    assert not [d for d in diags if not d.name and d.severity.value == "error"], "mutation made the spec invalid"
    hits = [d for d in diags if d.code == code]
    assert len(hits) == 1, [(d.code, d.message) for d in diags]
    d = hits[0]
    assert d.line > 1 and d.col >= 1 and d.path and d.path.startswith("spec")
    assert d.name == all_rules()[code].name


def test_structural_position_points_at_the_field(lint_spec) -> None:  # type: ignore[no-untyped-def]
    d = next(d for d in lint_spec(MUTATIONS["TD002"]) if d.code == "TD002")
    assert d.path == "spec.data_protection.backups.versions_kept"
