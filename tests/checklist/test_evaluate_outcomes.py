"""Every field of an evaluation outcome, not only the verdict: where the value sits,
why the verdict is what it is, what was counted, the clock and the calendar window.

The spec is the fuel-station sample (term from 2026-01-18; one calendar, cn-business,
09:00-18:00 Monday to Friday; P2 on that calendar). Expected values are read off the
sample by hand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from termsmith.checklist.durations import Basis
from termsmith.checklist.evaluate import Count, Note, Verdict
from termsmith.checklist.model import Level
from termsmith.spec.types import Duration, Money

from .helpers import checklist_text, load_checklist_text, outcome, requirement, spec_with

FIRST_YEAR = (date(2026, 1, 18), date(2027, 1, 17))  # the term starts 2026-01-18; 364 days later


def _fields(o) -> tuple:
    return o.verdict, o.where, o.note, o.detail


def test_exists_reports_the_value_and_its_path() -> None:
    o = outcome("{kind: exists, path: data_protection.personal_information.return_or_delete_within}")
    assert _fields(o) == (Verdict.PASS, "data_protection.personal_information.return_or_delete_within", None, ())
    assert o.vendor == Duration.parse("15 days")
    assert o.required is None and o.level is Level.MUST and o.blocking is False


def test_no_matching_element_fails_exists_and_leaves_others_not_stated() -> None:
    o = outcome("{kind: exists, path: severity_levels.recovery_plan, select: {name: [灾难]}}")
    assert _fields(o) == (Verdict.FAIL, "severity_levels.recovery_plan", Note.NO_MATCH, ())
    assert o.vendor is None and o.blocking is True
    o = outcome("{kind: duration_at_most, path: severity_levels.response, select: {id: P9}, value: 2h}")
    assert _fields(o) == (Verdict.NOT_STATED, "severity_levels.response", Note.NO_MATCH, ())
    assert o.vendor is None and o.required is None


def test_exists_on_an_element_reports_the_first_stated_one() -> None:
    o = outcome("{kind: exists, path: severity_levels.recovery_plan, select: {id: P0}}")
    assert _fields(o) == (Verdict.PASS, "severity_levels[0].recovery_plan", None, ())
    assert o.vendor.within == Duration.parse("2h")


def test_equals_and_one_of_report_the_value() -> None:
    o = outcome("{kind: equals, path: severity_levels.clock, select: {id: P2}, value: cn-business}")
    assert _fields(o) == (Verdict.PASS, "severity_levels[2].clock", None, ())
    assert o.vendor == "cn-business"
    o = outcome("{kind: one_of, path: intellectual_property.source_code_owner, values: [joint, client]}")
    assert _fields(o) == (Verdict.PASS, "intellectual_property.source_code_owner", None, ())
    o = outcome("{kind: one_of, path: intellectual_property.source_code_owner, values: [joint, vendor]}")
    assert o.verdict is Verdict.FAIL and o.blocking is True


def test_business_duration_on_its_own_calendar_compares_exactly() -> None:
    o = outcome(
        "{kind: duration_at_most, path: severity_levels.response, select: {id: P2}, value: 4h, clock: business}"
    )
    assert _fields(o) == (Verdict.PASS, "severity_levels[2].response", None, ())
    v, r = o.vendor, o.required
    assert (v.duration, v.basis, v.calendar.id, v.clock, v.window) == (
        Duration.parse("4h"),
        Basis.BUSINESS,
        "cn-business",
        "cn-business",
        FIRST_YEAR,
    )
    assert (r.duration, r.basis, r.calendar.id, r.clock, r.window) == (
        Duration.parse("4h"),
        Basis.BUSINESS,
        "cn-business",
        "business",
        FIRST_YEAR,
    )
    o = outcome(
        "{kind: duration_at_most, path: severity_levels.response, select: {id: P2}, value: 239m, clock: business}"
    )
    assert o.verdict is Verdict.FAIL and o.note is None


def test_wall_against_business_limit_that_cannot_be_decided_is_another_clock() -> None:
    # P0 resolves in 4 h of wall time; 2 business hours take 2 h up to days: not comparable
    o = outcome("{kind: duration_at_most, path: severity_levels.resolution, select: {id: P0}, value: 2 business hours}")
    assert _fields(o) == (Verdict.NOT_COMPARABLE, "severity_levels[0].resolution", Note.OTHER_CLOCK, ())
    assert o.vendor.basis is Basis.WALL and o.required.basis is Basis.BUSINESS


def test_business_against_months_is_decided_without_a_worst_case_note() -> None:
    # 3 business days take at most the Spring Festival's 10-odd days: within 1 month (28 days at least)
    o = outcome("{kind: duration_at_most, path: severity_levels.resolution, select: {id: P2}, value: 1 month}")
    assert _fields(o) == (Verdict.PASS, "severity_levels[2].resolution", None, ())
    assert o.required.basis is Basis.CALENDAR


def test_business_against_wall_is_decided_on_the_worst_case() -> None:
    o = outcome("{kind: duration_at_least, path: severity_levels.resolution, select: {id: P2}, value: 24h}")
    # 3 business days = 27 working hours: at least 27 elapsed hours, whatever the calendar
    assert _fields(o) == (Verdict.PASS, "severity_levels[2].resolution", Note.WORST_CASE, ())
    o = outcome("{kind: duration_at_least, path: severity_levels.resolution, select: {id: P2}, value: 28h}")
    assert _fields(o) == (Verdict.FAIL, "severity_levels[2].resolution", Note.WORST_CASE, ())


def test_duration_at_least_on_calendar_units() -> None:
    o = outcome("{kind: duration_at_least, path: term.length, value: 2 years}")
    assert _fields(o) == (Verdict.PASS, "term.length", None, ())
    assert o.vendor.basis is Basis.CALENDAR and o.vendor.duration == Duration.parse("24 months")
    assert outcome("{kind: duration_at_least, path: term.length, value: 25 months}").verdict is Verdict.FAIL
    assert outcome("{kind: duration_at_most, path: term.length, value: 25 months}").verdict is Verdict.PASS


def test_explicit_clock_on_a_time_limit_wins_over_the_level_clock() -> None:
    spec = spec_with(
        (
            "      clock: 24x7\n      response: 30m",
            "      clock: 24x7\n      response: {within: 30m, clock: cn-business}",
        )
    )
    o = outcome(
        "{kind: duration_at_most, path: severity_levels.response, select: {id: P0}, value: 30m, clock: business}", spec
    )
    assert (o.vendor.clock, o.vendor.basis, o.verdict) == ("cn-business", Basis.BUSINESS, Verdict.PASS)


def test_a_duration_outside_any_level_has_no_clock() -> None:
    o = outcome("{kind: duration_at_most, path: change_control.plan_within, value: 45 business hours}")
    # 5 business days × 9 h = 45 business hours on the only calendar
    assert _fields(o) == (Verdict.PASS, "change_control.plan_within", None, ())
    assert (o.vendor.clock, o.vendor.calendar.id) == ("business", "cn-business")


def test_money_bounds_are_inclusive_and_other_currencies_are_not_converted() -> None:
    at_most = outcome("{kind: money_at_most, path: project.value, value: 200000 CNY}")
    assert _fields(at_most) == (Verdict.PASS, "project.value", None, ())
    assert at_most.vendor == Money(Decimal("200000.00"), "CNY")
    assert outcome("{kind: money_at_least, path: project.value, value: 200000 CNY}").verdict is Verdict.PASS
    assert outcome("{kind: money_at_most, path: project.value, value: 199999.99 CNY}").verdict is Verdict.FAIL
    assert outcome("{kind: money_at_least, path: project.value, value: 200000.01 CNY}").verdict is Verdict.FAIL
    o = outcome("{kind: money_at_least, path: project.value, value: 1 HKD}")
    assert _fields(o) == (Verdict.NOT_COMPARABLE, "project.value", Note.OTHER_CURRENCY, ())
    assert o.vendor == Money(Decimal("200000.00"), "CNY")


def test_count_of_list_elements_with_where_and_distinct() -> None:
    o = outcome("{kind: count_at_least, path: support_channels, value: 5}")
    assert _fields(o) == (Verdict.PASS, "support_channels", None, ())
    assert o.vendor.n == 5
    assert [c.kind.value for c in o.vendor.items] == ["phone", "ticket", "chat-group", "email", "remote"]
    o = outcome("{kind: count_at_least, path: support_channels, value: 6}")
    assert o.verdict is Verdict.FAIL and o.vendor.n == 5
    o = outcome("{kind: count_at_least, path: support_channels, where: {clock: 24x7}, value: 2}")
    assert o.verdict is Verdict.PASS and [c.kind.value for c in o.vendor.items] == ["phone", "ticket"]
    # two phone lines count once when distinct; the first of each kind stands for it
    spec = spec_with(("    - kind: email\n", "    - kind: phone\n"))
    o = outcome("{kind: count_at_least, path: support_channels, value: 5, distinct: true}", spec)
    assert o.verdict is Verdict.FAIL and o.vendor.n == 4
    assert [(c.kind.value, c.address) for c in o.vendor.items] == [
        ("phone", "400-800-1234"),
        ("ticket", "https://support.yunfan-soft.example"),
        ("chat-group", "闽油能源-云帆售后服务群（企业微信）"),
        ("remote", "向日葵远程协助"),
    ]
    assert outcome("{kind: count_at_least, path: support_channels, value: 5}", spec).verdict is Verdict.PASS


def test_count_of_plain_values_is_distinct_by_value() -> None:
    o = outcome("{kind: count_at_least, path: free_maintenance.methods, value: 2, distinct: true}")
    assert o.verdict is Verdict.PASS and o.vendor.n == 2
    assert [m.value for m in o.vendor.items] == ["remote", "phone"]
    spec = spec_with(("    methods: [remote, phone]", "    methods: [remote, phone, remote]"))
    o = outcome("{kind: count_at_least, path: free_maintenance.methods, value: 3, distinct: true}", spec)
    assert o.verdict is Verdict.FAIL and o.vendor.n == 2


def test_count_of_a_number_field_is_the_number() -> None:
    o = outcome("{kind: count_at_least, path: free_maintenance.free_trainings, value: 2}")
    assert _fields(o) == (Verdict.PASS, "free_maintenance.free_trainings", None, ())
    assert o.vendor == Count(2, ())
    o = outcome("{kind: count_at_least, path: free_maintenance.free_trainings, value: 3}")
    assert o.verdict is Verdict.FAIL and o.vendor == Count(2, ())


def test_contains_names_what_is_missing() -> None:
    o = outcome("{kind: contains, path: free_maintenance.covers, value: [defect-fixes, monitoring, backups]}")
    assert _fields(o) == (Verdict.FAIL, "free_maintenance.covers", Note.MISSING, ("monitoring",))
    assert o.vendor == [
        "defect-fixes",
        "compatibility-updates",
        "security-patches",
        "server-upkeep",
        "third-party-interfaces",
        "backups",
    ]
    o = outcome("{kind: contains, path: free_maintenance.covers, value: [backups, defect-fixes]}")
    assert _fields(o) == (Verdict.PASS, "free_maintenance.covers", None, ())


def test_several_requirements_are_evaluated_in_order() -> None:
    from termsmith.checklist.evaluate import evaluate

    text = checklist_text(
        requirement("{kind: exists, path: project.value}", "a")
        + requirement("{kind: money_at_least, path: project.value, value: 1 HKD}", "b", "should")
    )
    result = load_checklist_text(text)
    assert result.ok
    outcomes = evaluate(result.document.spec, spec_with())
    assert [(o.requirement.id, o.verdict, o.level, o.blocking) for o in outcomes] == [
        ("a", Verdict.PASS, Level.MUST, False),
        ("b", Verdict.NOT_COMPARABLE, Level.SHOULD, False),
    ]


def test_a_time_limit_within_runs_on_the_level_clock_unless_it_names_its_own() -> None:
    o = outcome("{kind: duration_at_most, path: severity_levels.response.within, select: {id: P2}, value: 4h}")
    assert (o.where, o.vendor.clock, o.vendor.basis) == (
        "severity_levels[2].response.within",
        "cn-business",
        Basis.BUSINESS,
    )
    o = outcome("{kind: duration_at_most, path: severity_levels.response.within, select: {id: P0}, value: 30m}")
    assert (o.vendor.clock, o.vendor.basis, o.verdict) == ("24x7", Basis.WALL, Verdict.PASS)
    spec = spec_with(
        (
            "      clock: 24x7\n      response: 30m",
            "      clock: 24x7\n      response: {within: 30m, clock: cn-business}",
        )
    )
    o = outcome("{kind: duration_at_most, path: severity_levels.response.within, select: {id: P0}, value: 30m}", spec)
    assert (o.vendor.clock, o.vendor.basis) == ("cn-business", Basis.BUSINESS)


def _without(*sections: str):
    """The sample without the optional top-level sections named (each runs to the next one)."""
    import re

    from termsmith.validation import validate_text

    from .helpers import sample_text

    text = sample_text()
    for name in sections:
        start = text.index(f"\n  {name}:\n") + 1
        end = re.compile(r"^  [a-z]", re.M).search(text, start + 3).start()
        text = text[:start] + text[end:]
    result = validate_text(text, file="cut.yaml")
    assert result.ok, [d.message for d in result.diagnostics]
    return result.document.spec


def test_not_stated_keeps_the_path_that_was_asked_for() -> None:
    spec = _without("upgrades", "training", "operations")
    for assertion, path in [
        ("{kind: equals, path: upgrades.changelog, value: true}", "upgrades.changelog"),
        ("{kind: count_at_least, path: training.sessions, value: 1}", "training.sessions"),
        ("{kind: contains, path: operations.monitoring.metrics, value: cpu}", "operations.monitoring.metrics"),
    ]:
        o = outcome(assertion, spec)
        assert _fields(o) == (Verdict.NOT_STATED, path, None, ()), assertion
        assert o.vendor is None and o.requirement.id == "r1" and o.blocking is True


def test_a_plain_duration_runs_on_the_clock_of_the_object_that_holds_it() -> None:
    o = outcome("{kind: duration_at_most, path: operations.monitoring.alert_analysis_within, value: 15m}")
    assert (o.where, o.vendor.clock, o.vendor.basis, o.verdict) == (
        "operations.monitoring.alert_analysis_within",
        "24x7",
        Basis.WALL,
        Verdict.PASS,
    )
    spec = spec_with(
        (
            "      clock: 24x7\n      alert_analysis_within: 15m",
            "      clock: cn-business\n      alert_analysis_within: 15m",
        )
    )
    o = outcome("{kind: duration_at_most, path: operations.monitoring.alert_analysis_within, value: 15m}", spec)
    assert (o.vendor.clock, o.vendor.basis, o.vendor.calendar.id) == ("cn-business", Basis.BUSINESS, "cn-business")
