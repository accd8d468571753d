"""Every output format of `termsmith lint`, and its exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from termsmith.cli import main
from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.reporting.github import format_annotation
from termsmith.reporting.sarif import sarif_document

DATA = Path(__file__).parent / "data"
DRAFT = "标题\n𠮷乙方应及时响应，费用另行协商。\nThe Vendor shall act promptly.\n"


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "docs" / "draft 1.md"
    path.parent.mkdir()
    path.write_text(DRAFT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["lint", *argv])
    return code, capsys.readouterr().out


def test_text_format(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, str(draft))
    assert code == 1  # warnings are findings: lint exits 1 on them by default (README, --help)
    assert f"{draft}:2:5: warning[VT001]" in out and "Found 3 warnings in 1 file." in out


def test_json_format(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(draft), "--format", "json")
    doc = json.loads(out)
    assert [(d["code"], d["line"], d["column"]) for d in doc["diagnostics"]] == [
        ("VT001", 2, 5),
        ("VD001", 2, 12),
        ("VT001", 3, 22),
    ]


def test_sarif_validates_against_the_schema(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(draft), "--format", "sarif")
    doc = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(doc)
    run_ = doc["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"] for r in rules)
    first = run_["results"][0]
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "docs/draft%201.md", "uriBaseId": "%SRCROOT%"}
    assert loc["region"]["startLine"] == 2 and loc["region"]["startColumn"] == 5
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "VT001"
    prints = [r["partialFingerprints"]["termsmith/v1"] for r in run_["results"]]
    assert len(set(prints)) == len(prints)


def test_sarif_fingerprint_survives_lines_added_above(tmp_path: Path) -> None:
    d1 = Diagnostic("VT001", Severity.WARNING, "m", str(tmp_path / "a.md"), Position(1, 3), extra={"term": "及时"})
    d2 = Diagnostic("VT001", Severity.WARNING, "m", str(tmp_path / "a.md"), Position(5, 3), extra={"term": "及时"})
    fp = lambda d, lines: sarif_document([d], {d.file: lines}, tmp_path)["runs"][0]["results"][0]["partialFingerprints"]  # noqa: E731
    assert fp(d1, ["乙方应及时响应"]) == fp(d2, ["", "", "", "", "乙方应及时响应"])


def test_github_format(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, str(draft), "--format", "github")
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(
        f"::warning file={draft},line=2,col=5,endLine=2,endColumn=7,title=VT001 unbounded-time::VT001"
    )


def test_github_escaping() -> None:
    d = Diagnostic("X1", Severity.ERROR, "a\nb 100%", "a,b:c.md", Position(1, 1))
    assert format_annotation(d) == "::error file=a%2Cb%3Ac.md,line=1,col=1,title=X1::X1 a%0Ab 100%25"


def test_exit_codes(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, str(draft), "--fail-on", "warning")[0] == 1
    assert run(capsys, str(draft), "--fail-on", "warning", "--exit-zero")[0] == 0
    assert run(capsys, str(draft), "--fail-on", "error")[0] == 0  # warnings only
    assert run(capsys, str(draft), "--select", "VX")[0] == 2
    (tmp_path / "termsmith.toml").write_text('[lint]\n[lint.severity]\nVD = "error"\n', encoding="utf-8")
    from termsmith.lint.config import config_for, load_config

    config_for.cache_clear()
    load_config.cache_clear()
    assert run(capsys, str(draft), "--fail-on", "error")[0] == 1
    (tmp_path / "termsmith.toml").write_text('[lint]\nselect = ["??"]\n', encoding="utf-8")
    config_for.cache_clear()
    load_config.cache_clear()
    code, out = run(capsys, str(draft))
    assert code == 2 and "M004" in out


def test_invalid_spec_reports_validation_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("apiVersion: termsmith/v1\nkind: ServiceSpec\nmetadata: {name: x}\nspec: {}\n", encoding="utf-8")
    code, out = run(capsys, str(bad), "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["summary"]["error"] >= 1
    assert all(d["line"] >= 1 for d in doc["diagnostics"])


def test_missing_and_binary_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\xff\xfe\x00abc")
    code, out = run(capsys, str(binary), str(tmp_path / "nope.md"))
    assert code == 1 and "not UTF-8" in out and "no such file" in out


def test_sample_spec_has_no_error(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[2]
    code, _ = run(capsys, str(root / "samples"))
    assert code == 0
