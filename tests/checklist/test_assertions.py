"""Every assertion kind against real specs: passing, failing and not-stated cases."""

from __future__ import annotations

from decimal import Decimal

from termsmith.checklist.display import required, vendor
from termsmith.checklist.evaluate import Count, Note, Verdict

from .helpers import outcome, spec_with


def _without_section(name: str):
    """The sample with the optional top-level section ``name`` removed."""
    from termsmith.validation import validate_text

    from .helpers import sample_text

    text = sample_text()
    start = text.index(f"  {name}:\n")
    rest = text[start + 1 :]
    end = start + 1 + min(i for i in (rest.find("\n  " + c) for c in "abcdefghijklmnopqrstuvwxyz") if i >= 0) + 1
    result = validate_text(text[:start] + text[end:], file="cut.yaml")
    assert result.ok, [d.message for d in result.diagnostics]
    return result.document.spec


# ------------------------------------------------------------------ exists
def test_exists_passes_when_the_field_is_stated():
    o = outcome("{kind: exists, path: data_protection.personal_information.return_or_delete_within}")
    assert o.verdict is Verdict.PASS
    assert str(o.vendor) == "15 days"


def test_exists_fails_when_the_field_is_absent():
    spec = spec_with(("      return_or_delete_within: 15 days\n", ""))
    o = outcome("{kind: exists, path: data_protection.personal_information.return_or_delete_within}", spec)
    assert o.verdict is Verdict.FAIL
    assert o.vendor is None


def test_exists_fails_for_an_empty_list():
    o = outcome(
        "{kind: exists, path: penalties.items}",
        spec_with(
            ("    items:\n      - event: 乙方逾期交付源代码，每逾期一日\n        percent: 0.1%\n", "    items: []\n")
        ),
    )
    assert o.verdict is Verdict.FAIL


def test_exists_fails_with_a_note_when_no_level_matches():
    o = outcome("{kind: exists, path: severity_levels.recovery_plan, select: {name: [灾难]}}")
    assert o.verdict is Verdict.FAIL and o.note is Note.NO_MATCH


# ------------------------------------------------------------------ equals / one_of
def test_equals_pass_fail_and_not_stated():
    assert (
        outcome("{kind: equals, path: intellectual_property.source_code_owner, value: client}").verdict is Verdict.PASS
    )
    spec = spec_with(("    source_code_owner: client", "    source_code_owner: vendor"))
    o = outcome("{kind: equals, path: intellectual_property.source_code_owner, value: client}", spec)
    assert o.verdict is Verdict.FAIL and o.vendor.value == "vendor"
    o = outcome("{kind: equals, path: upgrades.changelog, value: true}", _without_section("upgrades"))
    assert o.verdict is Verdict.NOT_STATED


def test_equals_on_a_boolean_and_on_a_selected_level_clock():
    assert outcome("{kind: equals, path: data_protection.encryption_at_rest, value: true}").verdict is Verdict.PASS
    o = outcome("{kind: equals, path: severity_levels.clock, select: {id: P2}, value: 24x7}")
    assert o.verdict is Verdict.FAIL and o.vendor == "cn-business"


def test_one_of_pass_fail_and_not_stated():
    a = "{kind: one_of, path: free_maintenance.start_event, values: [acceptance, go-live]}"
    assert outcome(a).verdict is Verdict.PASS
    assert outcome(a, spec_with(("    start_event: acceptance", "    start_event: signing"))).verdict is Verdict.FAIL
    b = "{kind: one_of, path: reporting.cadence, values: [monthly, quarterly]}"
    assert outcome(b, _without_section("reporting")).verdict is Verdict.NOT_STATED


# ------------------------------------------------------------------ durations
def test_duration_at_most_for_the_most_severe_level():
    a = "{kind: duration_at_most, path: severity_levels.response, select: {position: 1}, value: 2h}"
    o = outcome(a)
    assert o.verdict is Verdict.PASS and o.where == "severity_levels[0].response"
    weak = spec_with(("      response: 30m\n      resolution: 4h\n", "      response: 4h\n      resolution: 4h\n"))
    o = outcome(a, weak)
    assert o.verdict is Verdict.FAIL
    assert vendor(o, "en") == "4 hours (24×7)" and required(o, "en") == "≤ 2 hours (24×7)"


def test_duration_not_stated_when_the_level_lacks_the_time_or_the_level_is_missing():
    o = outcome("{kind: duration_at_most, path: severity_levels.recovery_plan, select: {id: P1}, value: 2h}")
    assert o.verdict is Verdict.NOT_STATED  # P1 states no recovery-plan deadline
    o = outcome("{kind: duration_at_most, path: severity_levels.response, select: {name: [灾难, disaster]}, value: 2h}")
    assert o.verdict is Verdict.NOT_STATED and o.note is Note.NO_MATCH


def test_duration_selected_by_name_in_any_language_uses_the_level_clock():
    o = outcome("{kind: duration_at_most, path: severity_levels.response, select: {name: 一般}, value: 4h}")
    assert o.where == "severity_levels[2].response"
    # 4 office hours vs 4 elapsed hours: on the real calendar, opened as work stops before a
    # weekend, the response takes days — decided on the worst case over the term's first year
    assert o.verdict is Verdict.FAIL and o.note is Note.WORST_CASE
    o = outcome(
        "{kind: duration_at_most, path: severity_levels.response, select: {name: 一般}, value: 4h, clock: business}"
    )
    assert o.verdict is Verdict.PASS


def test_duration_at_least_pass_fail_and_not_stated():
    a = "{kind: duration_at_least, path: free_maintenance.length, value: 6 months}"
    assert outcome(a).verdict is Verdict.PASS
    short = spec_with(
        ("    start_event: acceptance\n    length: 12 months", "    start_event: acceptance\n    length: 3 months")
    )
    assert outcome(a, short).verdict is Verdict.FAIL
    b = "{kind: duration_at_least, path: confidentiality.survives, value: 2 years}"
    assert outcome(b).verdict is Verdict.PASS
    # an omitted section takes its declared default (3 years), which the agreement prints: check sees it too
    without = outcome(b, _without_section("confidentiality"))
    assert without.verdict is Verdict.PASS and without.where == "confidentiality.survives"


def test_business_days_in_a_spec_against_hours_use_the_spec_calendar():
    # change_control.plan_within: 5 business days on the spec's only calendar (9 h a day) = 45 business hours
    assert (
        outcome("{kind: duration_at_most, path: change_control.plan_within, value: 45 business hours}").verdict
        is Verdict.PASS
    )
    assert (
        outcome("{kind: duration_at_most, path: change_control.plan_within, value: 44 business hours}").verdict
        is Verdict.FAIL
    )
    # 5 business days against 120 elapsed hours: over the Spring Festival 5 business days take
    # far longer, so on the term's real calendar the promise does not guarantee 120 hours
    worst = outcome("{kind: duration_at_most, path: change_control.plan_within, value: 120h}")
    assert worst.verdict is Verdict.FAIL and worst.note is Note.WORST_CASE


# ------------------------------------------------------------------ money
def test_money_at_most_pass_fail_and_not_stated():
    a = "{kind: money_at_most, path: fees.rate_card.price, select: {where: {unit: person-day}}, value: 3500 CNY}"
    o = outcome(a)
    assert o.verdict is Verdict.PASS and o.vendor.amount == Decimal("3000.00")
    dear = spec_with(("        price: 3000.00 CNY", "        price: 4200.00 CNY"))
    assert outcome(a, dear).verdict is Verdict.FAIL
    b = "{kind: money_at_most, path: fees.rate_card.price, select: {id: consulting}, value: 3500 CNY}"
    assert outcome(b).verdict is Verdict.NOT_STATED


def test_money_at_least_and_absent_optional_amount():
    assert outcome("{kind: money_at_least, path: project.value, value: 100000 CNY}").verdict is Verdict.PASS
    assert outcome("{kind: money_at_least, path: project.value, value: 300000 CNY}").verdict is Verdict.FAIL
    spec = spec_with(("    value: 200000.00 CNY\n", ""))
    assert outcome("{kind: money_at_least, path: project.value, value: 100000 CNY}", spec).verdict is Verdict.NOT_STATED


def test_money_in_another_currency_is_reported_not_converted():
    o = outcome("{kind: money_at_most, path: project.value, value: 1000000 HKD}")
    assert o.verdict is Verdict.NOT_COMPARABLE and o.note is Note.OTHER_CURRENCY
    from termsmith.checklist.display import note

    assert note(o, "en") == "amount in CNY, requirement in HKD: not converted"
    assert "不换算" in note(o, "zh-Hans")


# ------------------------------------------------------------------ count
def test_count_at_least_channels_distinct_and_filtered():
    o = outcome("{kind: count_at_least, path: support_channels, value: 3, distinct: true}")
    assert o.verdict is Verdict.PASS and isinstance(o.vendor, Count) and o.vendor.n == 5
    o = outcome("{kind: count_at_least, path: support_channels, where: {clock: 24x7}, value: 3}")
    assert o.verdict is Verdict.FAIL and o.vendor.n == 2
    assert [c.kind.value for c in o.vendor.items] == ["phone", "ticket"]


def test_count_at_least_on_a_number_and_not_stated():
    a = "{kind: count_at_least, path: data_protection.backups.versions_kept, value: 3}"
    assert outcome(a).verdict is Verdict.PASS
    assert outcome(a, spec_with(("      versions_kept: 7", "      versions_kept: 2"))).verdict is Verdict.FAIL
    assert outcome(a, _without_section("data_protection")).verdict is Verdict.NOT_STATED


def test_count_projects_over_lists():
    o = outcome("{kind: count_at_least, path: scope.included.kind, value: 6, distinct: true}")
    assert o.verdict is Verdict.PASS and o.vendor.n == 6


# ------------------------------------------------------------------ contains
def test_contains_pass_fail_and_not_stated():
    a = "{kind: contains, path: free_maintenance.covers, value: defect-fixes}"
    assert outcome(a).verdict is Verdict.PASS
    spec = spec_with(("    covers: [defect-fixes, compatibility-updates", "    covers: [compatibility-updates"))
    o = outcome(a, spec)
    assert o.verdict is Verdict.FAIL and o.detail == ("defect-fixes",) and o.note is Note.MISSING
    b = "{kind: contains, path: operations.compatibility_targets, value: [微信 iOS 最新两个版本]}"
    assert outcome(b).verdict is Verdict.PASS
    assert outcome(b, _without_section("operations")).verdict is Verdict.NOT_STATED


def test_contains_through_a_list_of_handover_items():
    a = "{kind: contains, path: intellectual_property.handover.item, value: [source-code, interface-docs]}"
    assert outcome(a).verdict is Verdict.PASS
    spec = spec_with(
        ("      - item: interface-docs\n        when: on-final-payment\n        within: 10 business days\n", "")
    )
    o = outcome(a, spec)
    assert o.verdict is Verdict.FAIL and o.detail == ("interface-docs",)
