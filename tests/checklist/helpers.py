"""Helpers for checklist tests: specs and checklists written as text, then validated for real."""

from __future__ import annotations

import textwrap
from pathlib import Path

from termsmith.checklist.evaluate import Outcome, evaluate
from termsmith.validation import ValidationResult, validate_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def spec_with(*edits: tuple[str, str]):
    """The fuel-station sample with text edits (old → new), validated; fails loudly if invalid."""
    text = sample_text()
    for old, new in edits:
        assert old in text, f"edit target not in sample: {old!r}"
        text = text.replace(old, new, 1)
    result = validate_text(text, file="edited.yaml")
    assert result.ok, [d.message for d in result.diagnostics]
    return result.document.spec


def checklist_text(requirements: str) -> str:
    head = textwrap.dedent("""\
        apiVersion: termsmith/v1
        kind: Checklist
        metadata:
          name: test-checklist
        spec:
          title: {zh-Hans: 测试, zh-Hant: 測試, en: Test}
          requirements:
        """)
    return head + textwrap.indent(textwrap.dedent(requirements), "    ")


def requirement(assertion: str, rid: str = "r1", level: str = "must") -> str:
    return textwrap.dedent(f"""\
        - id: {rid}
          title: {{zh-Hans: 要求, zh-Hant: 要求, en: Requirement}}
          level: {level}
          rationale: because
          assert: {assertion}
        """)


def load_checklist_text(text: str) -> ValidationResult:
    return validate_text(text, file="checklist.yaml", expect_kind="Checklist")


def outcome(assertion: str, spec=None) -> Outcome:
    """Evaluate one requirement with ``assertion`` (YAML flow mapping) against ``spec`` (default: the sample)."""
    result = load_checklist_text(checklist_text(requirement(assertion)))
    assert result.ok, [(d.message, d.line, d.col) for d in result.diagnostics]
    spec = spec if spec is not None else spec_with()
    return evaluate(result.document.spec, spec)[0]
