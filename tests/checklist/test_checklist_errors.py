"""Broken checklists are errors with file:line:col, never silent passes."""

from __future__ import annotations

import subprocess
import sys

from termsmith.diagnostics import Diagnostic

from .helpers import checklist_text, load_checklist_text, requirement


def errors(text: str) -> list[Diagnostic]:
    result = load_checklist_text(text)
    assert not result.ok
    return result.diagnostics


def position_of(text: str, needle: str, line_hint: str | None = None) -> tuple[int, int]:
    """1-based line and column where ``needle`` starts (on the first line containing ``line_hint``)."""
    for n, line in enumerate(text.splitlines(), start=1):
        if needle in line and (line_hint is None or line_hint in line):
            return n, line.index(needle) + 1
    raise AssertionError(f"{needle!r} not in text")


def test_unknown_path_points_at_the_path_string():
    text = checklist_text(requirement("{kind: duration_at_least, path: free_maintenance.lenght, value: 6 months}"))
    [d] = errors(text)
    assert "no field 'lenght'" in d.message and d.hint == "did you mean 'length'?"
    assert (d.line, d.col) == position_of(text, "free_maintenance.lenght")
    assert d.path == "spec.requirements[0].assert.path"


def test_unknown_top_level_section_and_a_path_through_a_scalar():
    text = checklist_text(requirement("{kind: exists, path: warranty.length}"))
    [d] = errors(text)
    assert "no field 'warranty'" in d.message
    text = checklist_text(requirement("{kind: exists, path: free_maintenance.length.value}"))
    [d] = errors(text)
    assert "has no field 'value'" in d.message
    assert (d.line, d.col) == position_of(text, "free_maintenance.length.value")


def test_wrong_assertion_kind_for_the_field_points_at_the_kind():
    text = checklist_text(
        requirement("{kind: money_at_most, path: intellectual_property.source_code_owner, value: 5 CNY}")
    )
    [d] = errors(text)
    assert "money_at_most needs an amount of money" in d.message
    assert (d.line, d.col) == position_of(text, "money_at_most")
    text = checklist_text(requirement("{kind: duration_at_most, path: support_channels, value: 2h}"))
    [d] = errors(text)
    assert "needs a duration" in d.message


def test_unknown_assertion_kind_suggests_the_closest():
    text = checklist_text(requirement("{kind: equal, path: intellectual_property.source_code_owner, value: client}"))
    [d] = errors(text)
    assert d.message == "unknown assertion kind 'equal'" and d.hint == "did you mean 'equals'?"
    assert (d.line, d.col) == position_of(text, "equal,")


def test_value_that_can_never_match_the_enum():
    text = checklist_text(
        requirement("{kind: one_of, path: free_maintenance.start_event, values: [acceptance, golive]}")
    )
    [d] = errors(text)
    assert "'golive' can never match" in d.message and d.hint == "did you mean 'go-live'?"
    assert (d.line, d.col) == position_of(text, "golive")


def test_missing_title_language_is_reported_at_the_title():
    req = requirement("{kind: exists, path: scope.excluded}").replace(
        "{zh-Hans: 要求, zh-Hant: 要求, en: Requirement}", "{zh-Hans: 要求, en: Requirement}"
    )
    text = checklist_text(req)
    [d] = errors(text)
    assert d.message == "missing required field 'zh-Hant'"
    assert d.line == position_of(text, "title:", "Requirement")[0]


def test_list_without_select_and_select_without_list():
    text = checklist_text(requirement("{kind: duration_at_most, path: severity_levels.response, value: 2h}"))
    [d] = errors(text)
    assert "passes through the list 'severity_levels'" in d.message and "select" in d.hint
    text = checklist_text(requirement("{kind: equals, path: free_maintenance.length, select: {position: 1}, value: x}"))
    ds = errors(text)
    assert any("crosses no list" in d.message for d in ds)


def test_select_by_a_field_the_elements_do_not_have():
    text = checklist_text(
        requirement(
            "{kind: money_at_most, path: fees.rate_card.price, select: {where: {unti: person-day}}, value: 1 CNY}"
        )
    )
    [d] = errors(text)
    assert "no field 'unti'" in d.message and d.hint == "did you mean 'unit'?"
    assert d.path == "spec.requirements[0].assert.select.where.unti"


def test_duplicate_requirement_ids_and_bad_level():
    text = checklist_text(
        requirement("{kind: exists, path: scope.excluded}") + requirement("{kind: exists, path: scope.included}")
    )
    [d] = errors(text)
    second = [n for n, line in enumerate(text.splitlines(), start=1) if "- id: r1" in line][1]
    assert "'r1' is used twice" in d.message and (d.line, d.col) == (
        second,
        text.splitlines()[second - 1].index("r1") + 1,
    )
    text = checklist_text(requirement("{kind: exists, path: scope.excluded}", level="mandatory"))
    [d] = errors(text)
    assert "'mandatory' is not an allowed value" in d.message


def test_check_command_exits_2_with_positions_for_a_broken_checklist(tmp_path):
    text = checklist_text(requirement("{kind: duration_at_least, path: free_maintenance.lenght, value: 6 months}"))
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    line, col = position_of(text, "free_maintenance.lenght")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "termsmith",
            "check",
            "samples/fuel-station-miniprogram.zh-Hans.yaml",
            "--checklist",
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=_root(),
    )
    assert proc.returncode == 2
    assert f"{path}:{line}:{col}: error[S200] the spec has no field 'lenght'" in proc.stderr
    assert proc.stdout == ""


def test_validate_reports_checklist_errors_too(tmp_path):
    text = checklist_text(requirement("{kind: equal, path: scope.excluded}"))
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "termsmith", "validate", str(path)], capture_output=True, text=True, cwd=_root()
    )
    assert proc.returncode == 1 and "unknown assertion kind 'equal'" in proc.stdout


def _root():
    from .helpers import ROOT

    return ROOT
