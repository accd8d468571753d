"""The registry's invariants, `termsmith rules`/`rule`, and the generated docs/rules.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termsmith.cli import main
from termsmith.commands.rules import markdown
from termsmith.lint.registry import CODE_RE, FAMILIES, NAME_RE, all_rules

ROOT = Path(__file__).resolve().parents[2]


def test_every_rule_is_documented() -> None:
    rules = all_rules()
    assert len({r.name for r in rules.values()}) == len(rules)
    for r in rules.values():
        assert CODE_RE.match(r.code) and NAME_RE.match(r.name) and r.family in FAMILIES
        assert all(len(part) > 10 for part in (r.what, r.why, r.example, r.instead)), r.code


def test_docs_rules_md_is_current() -> None:
    expected = markdown(list(all_rules().values()))
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == expected, "docs/rules.md is stale: run `termsmith rules --format md > docs/rules.md`"


def test_rules_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in listed] == list(all_rules())


def test_rule_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "vt001"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# unbounded-time (VT001)") and "## Why is this bad?" in out and "Use instead:" in out
    assert main(["rule", "unbounded-time"]) == 0
    capsys.readouterr()
    assert main(["rule", "VT002"]) == 2
    assert "did you mean VT001" in capsys.readouterr().err


def test_generated_variants_are_current() -> None:
    pytest.importorskip("opencc")
    from termsmith.lint.lexicon import build

    assert build.TARGET.read_text(encoding="utf-8") == build.render(), (
        "run `python -m termsmith.lint.lexicon.build` after editing the lexicon"
    )
