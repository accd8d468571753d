"""The diagnostic-code catalogue: every code termsmith can print is documented,
`termsmith rule`/`rules` show it, docs/rules.md has it, and SARIF describes every ruleId."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

from termsmith.cli import main
from termsmith.diagnostic_codes import CODE_RE, FAMILIES, NAME_RE, all_codes, get_code
from termsmith.lint.registry import all_rules

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "termsmith"
DATA = Path(__file__).parent / "data"
LIBRARY_FIXTURES = ROOT / "tests" / "library" / "fixtures"
# Anything that looks like a code: one to three capitals and three digits.
CODE_LIKE = re.compile(r"^[A-Z]{1,3}\d{3}$")


def codes_in_source() -> dict[str, set[str]]:
    """Every string literal in src/ that looks like a diagnostic code → the files it appears in."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE_LIKE.match(node.value):
                found.setdefault(node.value, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_source_scan_sees_every_family() -> None:
    found = codes_in_source()
    for code in ("Y002", "Y011", "S001", "S200", "LB001", "LB040", "X001", "X003", "L001", "VQ001"):
        assert code in found, f"the scan of src/ missed {code}"


def test_every_code_in_the_source_is_documented() -> None:
    documented = set(all_rules()) | set(all_codes())
    undocumented = {code: sorted(files) for code, files in codes_in_source().items() if code not in documented}
    assert not undocumented, (
        f"codes used in src/ without documentation: {undocumented}; add them to src/termsmith/diagnostic_codes/ "
        "(or register a lint rule), then run `termsmith rules --format md > docs/rules.md`"
    )


def test_every_documented_code_is_used_in_the_source() -> None:
    found = codes_in_source()
    stale = [code for code in all_codes() if code not in found]
    assert not stale, f"documented diagnostic codes that nothing in src/ mentions: {stale}"


def test_entries_are_complete_and_distinct_from_lint_rules() -> None:
    codes, rules = all_codes(), all_rules()
    assert not set(codes) & set(rules)
    names = [c.name for c in codes.values()] + [r.name for r in rules.values()]
    assert len(names) == len(set(names)), "a diagnostic-code name repeats a lint rule's or another code's"
    for c in codes.values():
        assert CODE_RE.match(c.code) and NAME_RE.match(c.name) and c.family in FAMILIES, c.code
        assert all(len(part) > 10 for part in (c.what, c.why, c.example, c.instead)), c.code
        assert c.message and c.emitted_by and c.kind == "diagnostic"


def test_names_match_the_names_diagnostics_carry() -> None:
    from termsmith.library.loader import CODE_NAMES
    from termsmith.validation import _CODE_NAMES

    for code, name in {**CODE_NAMES, **_CODE_NAMES}.items():
        assert get_code(code) is not None and get_code(code).name == name, code  # type: ignore[union-attr]


def test_documented_severity_matches_the_emitted_one() -> None:
    from termsmith.library.check import check_library

    lock_fixture = check_library([LIBRARY_FIXTURES / "broken-lock"], [])
    vague = check_library([LIBRARY_FIXTURES / "broken-vague"], [])
    for d in lock_fixture + vague:
        entry = all_codes().get(d.code) or all_rules()[d.code]
        assert d.severity is entry.severity, d.code


def test_rule_command_prints_a_diagnostic_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "Y002"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# duplicate-key (Y002)")
    assert "## What it does" in out and "## Why is this bad?" in out and "## Example" in out and "Use instead:" in out
    assert "not a lint rule" in out and "default severity: **error**" in out
    assert main(["rule", "missing-glyph", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["code"] == "X003" and doc["kind"] == "diagnostic" and doc["severity"] == "warning"
    assert main(["rule", "lb031"]) == 0 and "lock-missing-entry (LB031)" in capsys.readouterr().out
    assert main(["rule", "VT001"]) == 0 and "not a lint rule" not in capsys.readouterr().out
    assert main(["rule", "Y099"]) == 2
    assert "did you mean Y009" in capsys.readouterr().err


def test_rules_command_lists_codes_only_with_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    plain = [r["code"] for r in json.loads(capsys.readouterr().out)]
    assert plain == list(all_rules())
    assert main(["rules", "--all", "--format", "json"]) == 0
    everything = [r["code"] for r in json.loads(capsys.readouterr().out)]
    assert everything == [*all_rules(), *all_codes()]
    assert main(["rules", "--all", "--select", "S1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines if CODE_LIKE.match(line.split()[0])] == [
        "S100",
        "S101",
        "S102",
        "S103",
        "S104",
    ]


def test_docs_page_documents_every_code() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "\n# Diagnostic codes\n" in page
    for code in [*all_rules(), *all_codes()]:
        entry = all_codes().get(code) or all_rules()[code]
        assert f'<a id="{code.lower()}"></a>' in page and f"### {entry.name} ({code})" in page, code


def _library_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    out = tmp_path / f"run{len(list(tmp_path.glob('run*.sarif')))}.sarif"
    assert main(["lint", *args, "--format", "sarif", "-o", str(out)]) == 1
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8"))


def test_library_check_sarif_describes_every_rule_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A library with a clause that does not load (Y002); a loadable one checked against an invalid spec (LB040).
    broken = tmp_path / "broken-yaml"
    shutil.copytree(LIBRARY_FIXTURES / "broken-unused", broken)
    (broken / "twice.yaml").write_text("id: twice\nid: twice\nversion: 1.0.0\n", encoding="utf-8")
    bad_spec = tmp_path / "bad-spec.yaml"
    bad_spec.write_text(
        "apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata: {name: x}\nspec: {}\n", encoding="utf-8"
    )
    runs = [
        _library_sarif(tmp_path, capsys, "--library", str(LIBRARY_FIXTURES / name))
        for name in (
            "broken-lock",
            "broken-metadata",
            "broken-missing-language",
            "broken-syntax",
            "broken-unknown-variable",
            "broken-vague",
        )
    ]
    runs.append(_library_sarif(tmp_path, capsys, "--library", str(broken)))
    runs.append(_library_sarif(tmp_path, capsys, "--library", str(LIBRARY_FIXTURES / "broken-unused"), str(bad_spec)))

    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for sarif in runs:
        jsonschema.Draft4Validator(schema).validate(sarif)
        run = sarif["runs"][0]
        rules = run["tool"]["driver"]["rules"]
        assert len({r["id"] for r in rules}) == len(rules)
        for result in run["results"]:
            rule = rules[result["ruleIndex"]]
            assert rule["id"] == result["ruleId"]
            entry = all_codes().get(result["ruleId"]) or all_rules()[result["ruleId"]]
            assert rule["name"] == entry.name and rule["shortDescription"]["text"] == entry.message
            assert rule["help"]["markdown"] == entry.markdown(level=2)
            assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
            seen.add(result["ruleId"])
    assert {"Y002", "LB002", "LB010", "LB011", "LB021", "LB022", "LB030", "LB040", "VT001"} <= seen, seen
