"""SARIF output field by field: what GitHub code scanning reads and merges on.

Expected values are written out by hand from the SARIF 2.1.0 layout; the only
computed value is the fingerprint digest, recomputed here from its documented
recipe (sha256 over code, URI, stripped line text, term and path) because a
changed recipe re-opens every alert a team has already triaged.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from termsmith import __version__
from termsmith.diagnostics import Diagnostic, Position, Severity
from termsmith.reporting.sarif import artifact_location, find_root, sarif_document, write_sarif


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _run(diags: list[Diagnostic], root: Path, sources: dict[str, list[str]] | None = None) -> dict:
    return sarif_document(diags, sources, root)["runs"][0]


def test_two_findings_on_one_line_get_distinct_fingerprints(tmp_path: Path) -> None:
    file = str(tmp_path / "a.md")
    first = Diagnostic("VT001", Severity.WARNING, "m", file, Position(1, 3), extra={"term": "及时"})
    second = Diagnostic("VT001", Severity.WARNING, "m", file, Position(1, 9), extra={"term": "及时"})
    results = _run([second, first], tmp_path, {file: ["  乙方应及时响应并及时修复  "]})["results"]
    digest = _digest("VT001", "a.md", "乙方应及时响应并及时修复", "及时", "")
    assert [r["partialFingerprints"]["termsmith/v1"] for r in results] == [f"{digest}:1", f"{digest}:2"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startColumn"] for r in results] == [3, 9]


def test_fingerprint_counts_per_digest_not_per_file(tmp_path: Path) -> None:
    file = str(tmp_path / "a.md")
    a = Diagnostic("VT001", Severity.WARNING, "m", file, Position(1, 1), extra={"term": "及时"})
    b = Diagnostic("VD001", Severity.WARNING, "m", file, Position(1, 2), path="spec.x")
    results = _run([a, b], tmp_path, {file: ["line"]})["results"]
    assert [r["partialFingerprints"]["termsmith/v1"] for r in results] == [
        _digest("VT001", "a.md", "line", "及时", "") + ":1",
        _digest("VD001", "a.md", "line", "", "spec.x") + ":1",
    ]


def test_fingerprint_without_source_or_past_its_end_uses_empty_line_text(tmp_path: Path) -> None:
    file = str(tmp_path / "a.md")
    past = Diagnostic("X1", Severity.ERROR, "m", file, Position(3, 1))
    other = str(tmp_path / "b.md")
    unsourced = Diagnostic("X1", Severity.ERROR, "m", other, Position(1, 1))
    results = _run([past, unsourced], tmp_path, {file: ["one", "two"]})["results"]
    assert results[0]["partialFingerprints"]["termsmith/v1"] == _digest("X1", "a.md", "", "", "") + ":1"
    assert results[1]["partialFingerprints"]["termsmith/v1"] == _digest("X1", "b.md", "", "", "") + ":1"
    last = Diagnostic("X1", Severity.ERROR, "m", file, Position(2, 1))
    assert _run([last], tmp_path, {file: ["one", " two "]})["results"][0]["partialFingerprints"] == {
        "termsmith/v1": _digest("X1", "a.md", "two", "", "") + ":1"
    }


def test_result_fields(tmp_path: Path) -> None:
    file = str(tmp_path / "dir with space" / "合同.yaml")
    d = Diagnostic(
        "Y001",
        Severity.ERROR,
        "YAML syntax error",
        file,
        Position(4, 7),
        Position(4, 9),
        path="spec.fees",
        hint="indent with spaces",
    )
    run = _run([d], tmp_path)
    [result] = run["results"]
    assert result["ruleId"] == "Y001"
    assert result["level"] == "error"
    assert result["message"] == {"text": "YAML syntax error — indent with spaces"}
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "dir%20with%20space/%E5%90%88%E5%90%8C.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 4, "startColumn": 7, "endLine": 4, "endColumn": 9},
            },
            "logicalLocations": [{"fullyQualifiedName": "spec.fees", "kind": "member"}],
        }
    ]
    # Y001 is not a lint rule: it comes after all of them, and ruleIndex points at it.
    rules = run["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "Y001"
    assert result["ruleIndex"] == len(rules) - 1


def test_region_has_no_end_unless_it_is_after_the_start(tmp_path: Path) -> None:
    file = str(tmp_path / "a.md")
    same = Diagnostic("X1", Severity.WARNING, "m", file, Position(2, 5), Position(2, 5))
    before = Diagnostic("X1", Severity.INFO, "m", file, Position(3, 5), Position(3, 4))
    none = Diagnostic("X1", Severity.INFO, "m", file, Position(4, 5))
    results = _run([same, before, none], tmp_path)["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert regions == [
        {"startLine": 2, "startColumn": 5},
        {"startLine": 3, "startColumn": 5},
        {"startLine": 4, "startColumn": 5},
    ]
    assert [r["level"] for r in results] == ["warning", "note", "note"]
    assert [r["message"] for r in results] == [{"text": "m"}] * 3
    assert all("logicalLocations" not in r["locations"][0] for r in results)


def test_results_are_sorted_by_file_line_column_code(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.md"), str(tmp_path / "b.md")
    diags = [
        Diagnostic("X2", Severity.ERROR, "m", b, Position(1, 1)),
        Diagnostic("X2", Severity.ERROR, "m", a, Position(2, 1)),
        Diagnostic("X1", Severity.ERROR, "m", a, Position(2, 1)),
        Diagnostic("X1", Severity.ERROR, "m", a, Position(1, 4)),
    ]
    results = _run(diags, tmp_path)["results"]
    assert [
        (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in results
    ] == [("X1", "a.md", 1), ("X1", "a.md", 2), ("X2", "a.md", 2), ("X2", "b.md", 1)]


def test_run_header_and_rule_descriptors(tmp_path: Path) -> None:
    from termsmith.lint.registry import all_rules

    doc = sarif_document([Diagnostic("ZZ999", Severity.ERROR, "m", str(tmp_path / "a"))], None, tmp_path)
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert doc["version"] == "2.1.0"
    [run] = doc["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.resolve().as_uri() + "/"}}
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["informationUri"]) == (
        "termsmith",
        __version__,
        "https://pypi.org/project/termsmith/",
    )
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [*all_rules(), "ZZ999"]
    m001 = rules[0]
    assert m001 == {
        "id": "M001",
        "name": "suppression-without-reason",
        "shortDescription": {"text": "suppression comment gives no reason"},
        "fullDescription": {
            "text": "Flags a `termsmith: ignore[CODE]` comment with nothing after the closing bracket."
        },
        "help": {
            "text": "A reviewer reading the agreement later must know why a vague term was accepted: because it is "
            "defined elsewhere, bounded by an annex, or required by the client's template."
            "\n\nExample:\n响应时限：及时  # termsmith: ignore[VT001]"
            "\n\nUse instead:\n响应时限：及时  # termsmith: ignore[VT001] 附件一定义“及时”为 2 小时内",
            "markdown": m001["help"]["markdown"],
        },
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["meta", "M"]},
    }
    assert m001["help"]["markdown"].startswith("## suppression-without-reason (M001)\n")
    assert rules[-1] == {
        "id": "ZZ999",
        "shortDescription": {"text": "termsmith ZZ999"},
        "fullDescription": {"text": "A termsmith diagnostic without documentation."},
        "help": {"text": "Run 'termsmith rule ZZ999'."},
    }
    assert run["results"][0]["ruleIndex"] == len(rules) - 1


def test_documented_non_lint_code_is_described_from_the_catalogue(tmp_path: Path) -> None:
    run = _run([Diagnostic("Y001", Severity.ERROR, "m", str(tmp_path / "a"))], tmp_path)
    y001 = run["tool"]["driver"]["rules"][-1]
    assert y001["id"] == "Y001" and y001["name"] == "yaml-syntax-error"
    assert y001["shortDescription"] == {"text": "YAML syntax error"}
    assert y001["defaultConfiguration"] == {"level": "error"}


def test_artifact_location_outside_root_is_a_file_uri(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "elsewhere.md"
    assert artifact_location(str(outside), root) == {"uri": outside.resolve().as_uri()}
    assert artifact_location(str(root / "a b.md"), root) == {"uri": "a%20b.md", "uriBaseId": "%SRCROOT%"}


def test_find_root_is_the_nearest_git_folder(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    deep = tmp_path / "repo" / "a" / "b"
    deep.mkdir(parents=True)
    assert find_root(deep) == (tmp_path / "repo").resolve()
    (tmp_path / "repo" / "a" / ".git").write_text("gitdir: elsewhere\n", encoding="utf-8")  # a worktree's .git file
    assert find_root(deep) == (tmp_path / "repo" / "a").resolve()


def test_find_root_without_git_is_the_start(tmp_path: Path, monkeypatch) -> None:
    import termsmith.reporting.sarif as sarif

    # tmp_path has no .git above it on this machine only if / has none; make that explicit.
    monkeypatch.setattr(sarif.Path, "exists", lambda self: False)
    assert find_root(tmp_path) == tmp_path.resolve()
    monkeypatch.chdir(tmp_path)
    assert find_root() == tmp_path.resolve()


def test_write_sarif_writes_readable_unicode_json_with_a_final_newline(tmp_path: Path) -> None:
    stream = io.StringIO()
    d = Diagnostic("VT001", Severity.WARNING, "“及时”没有时限", str(tmp_path / "a.md"), Position(1, 1))
    write_sarif([d], None, stream, tmp_path)
    text = stream.getvalue()
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "“及时”没有时限" in text  # not \u escapes
    assert text.startswith('{\n  "$schema": ')
    assert json.loads(text)["runs"][0]["results"][0]["message"]["text"] == "“及时”没有时限"


def test_write_sarif_passes_sources_and_root_through(tmp_path: Path) -> None:
    stream = io.StringIO()
    file = str(tmp_path / "a.md")
    d = Diagnostic("X1", Severity.ERROR, "m", file, Position(1, 1))
    write_sarif([d], {file: ["  text  "]}, stream, tmp_path)
    [result] = json.loads(stream.getvalue())["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}
    assert result["partialFingerprints"] == {"termsmith/v1": _digest("X1", "a.md", "text", "", "") + ":1"}
