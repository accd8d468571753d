"""Checklists select severity levels by their tier, never by their name: a level named 严重
(or "Sev 1", or anything) is found by what it is, and the bundled checklists say so."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from termsmith.checklist.evaluate import Note, Verdict
from termsmith.checklist.load import checklist_path, load_checklist
from termsmith.checklist.report import run_check
from termsmith.validation import validate_text

from .helpers import outcome, sample_text, spec_with


def test_a_level_named_yanzhong_is_found_as_the_important_tier():
    spec = spec_with(("      name: 重要\n", "      name: 严重\n"))
    o = outcome(
        "{kind: duration_at_most, path: severity_levels.response, select: {where: {tier: important}}, value: 2h}", spec
    )
    assert o.where == "severity_levels[1].response"
    assert o.verdict is Verdict.PASS and o.note is not Note.NO_MATCH


@pytest.mark.parametrize("name", ["after-sales-standard", "strict"])
def test_bundled_checklists_never_select_levels_by_name_or_position(name):
    text = checklist_path(name).read_text(encoding="utf-8")
    assert "select: {name" not in text and "select: {position" not in text
    assert "select: {where: {tier: emergency}}" in text


def test_renamed_levels_give_the_same_bundled_verdicts():
    """Renaming every level (紧急→P0级, 重要→严重, 一般→轻微) changes no verdict of the standard checklist."""
    renamed = (
        sample_text()
        .replace("      name: 紧急\n", "      name: P0级\n", 1)
        .replace("      name: 重要\n", "      name: 严重\n", 1)
        .replace("      name: 一般\n", "      name: 轻微\n", 1)
    )
    assert validate_text(renamed, file="renamed.yaml").ok
    checklist = load_checklist("after-sales-standard")
    with tempfile.TemporaryDirectory() as tmp:
        original = Path(tmp) / "original.yaml"
        original.write_text(sample_text(), encoding="utf-8")
        edited = Path(tmp) / "renamed.yaml"
        edited.write_text(renamed, encoding="utf-8")
        report = run_check([original, edited], checklist.document, checklist.file, "en")
    before, after = ({r.outcome.requirement.id: r.outcome.verdict for r in res.rows} for res in report.results)
    assert before == after
    assert after["important-response"] is not Verdict.NOT_STATED
    assert after["general-response"] is not Verdict.NOT_STATED


def test_levels_out_of_severity_order_are_refused():
    text = sample_text().replace("      tier: emergency\n", "      tier: general\n", 1)
    result = validate_text(text, file="order.yaml")
    assert [d.message for d in result.diagnostics if "most severe first" in d.message]
