"""The library check: each failure triggered by a broken fixture library, at its position."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from library_support import FIXTURES, GOOD, REPO, SAMPLES

from termsmith.cli import main
from termsmith.library.check import check_library, update_locks
from termsmith.library.loader import load_library

ERRORS_ONLY = ("error",)


def check(name: str, **kw: object) -> list:
    return check_library([GOOD, FIXTURES / name], [], include_bundled=False, **kw)  # type: ignore[arg-type]


def in_file(diags: list, name: str) -> list:
    return [d for d in diags if Path(d.file).parent.name == name]


def test_good_fixture_library_passes_against_every_sample() -> None:
    assert check_library([GOOD], SAMPLES, include_bundled=False) == []


def test_missing_language() -> None:
    found = in_file(check("broken-missing-language"), "broken-missing-language")
    assert {(d.code, d.line, d.col, d.path) for d in found} == {("LB022", 4, 8, "title"), ("LB022", 6, 3, "text")}
    assert all("zh-Hant" in d.message for d in found)


def test_unknown_variable_found_statically_with_position() -> None:
    [d] = in_file(check("broken-unknown-variable"), "broken-unknown-variable")
    line = (FIXTURES / "broken-unknown-variable" / "sla.yaml").read_text(encoding="utf-8").splitlines()[d.line - 1]
    assert d.code == "LB011" and d.path == "spec.fees.nonexistent"
    assert line[d.col - 1 :].startswith(".nonexistent")
    assert "rate_card" in (d.hint or "")


def test_loop_variable_fields_are_checked(overlay) -> None:
    body = (
        "id: sla\nversion: 1.0.0\nstatus: approved\ntitle: {zh-Hans: 时限, zh-Hant: 時限, en: Times}\n"
        "text:\n  zh-Hans: |\n    {% for lv in spec.severity_levels %}\n    {{ lv.respnse.within }}\n"
        "    {% endfor %}\n    {% for m, money in quote.milestones %}{{ m.percnt }}{{ money.amount }}{% endfor %}\n"
    )
    found = [
        d
        for d in check_library([GOOD, overlay({"sla.yaml": body})], [], include_bundled=False, check_lock=False)
        if d.code == "LB011"
    ]
    assert {(d.path, d.line) for d in found} == {("lv.respnse", 8), ("m.percnt", 10)}
    assert any("response" in (d.hint or "") for d in found)


def test_syntax_error_with_position() -> None:
    [d] = in_file(check("broken-syntax"), "broken-syntax")
    assert (d.code, d.line) == ("LB010", 47) and "endif" in d.message


def test_unknown_clause_in_template() -> None:
    [d] = in_file(check("broken-unknown-clause"), "broken-unknown-clause")
    line = (FIXTURES / "broken-unknown-clause" / "service-agreement.yaml").read_text(encoding="utf-8").splitlines()[9]
    assert d.code == "LB020" and "warranty" in d.message
    assert (d.line, line[d.col - 1 :].startswith("warranty")) == (10, True)


def test_unused_clause() -> None:
    [d] = in_file(check("broken-unused"), "broken-unused")
    assert (d.code, d.line, d.col) == ("LB021", 1, 5) and "orphan" in d.message


def test_vague_term_at_its_exact_position() -> None:
    [d] = in_file(check("broken-vague"), "broken-vague")
    line = (FIXTURES / "broken-vague" / "disputes.yaml").read_text(encoding="utf-8").splitlines()[d.line - 1]
    assert d.code.startswith("V") and d.extra["term"] == "及时"
    assert line[d.col - 1 : d.end.col - 1] == "及时"
    assert d.path == "text.zh-Hans" and d.extra["clause"] == "disputes"


def test_lock_mismatch_without_version_bump() -> None:
    [d] = in_file(check("broken-lock"), "broken-lock")
    assert (d.code, d.line, d.path) == ("LB030", 2, "version") and "1.0.0" in d.message


def test_bad_metadata() -> None:
    found = in_file(check("broken-metadata"), "broken-metadata")
    assert {(d.code, d.line) for d in found} == {("LB003", 1), ("LB002", 2), ("LB002", 3), ("LB002", 4), ("LB002", 8)}


def test_lock_flow(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(GOOD, lib)
    (lib / "clauses.lock").unlink()
    assert {d.code for d in check_library([lib], [], include_bundled=False)} == {"LB031"}
    update_locks([lib])
    assert check_library([lib], [], include_bundled=False) == []
    path = lib / "clauses" / "disputes.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("争议提交", "纠纷提交"), encoding="utf-8")
    assert [d.code for d in check_library([lib], [], include_bundled=False)] == ["LB030"]
    path.write_text(path.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.0.1"), encoding="utf-8")
    assert [d.code for d in check_library([lib], [], include_bundled=False)] == ["LB034"]
    update_locks([lib])
    assert check_library([lib], [], include_bundled=False) == []
    path.write_text(path.read_text(encoding="utf-8").replace("version: 1.0.1", "version: 0.9.0"), encoding="utf-8")
    assert [d.code for d in check_library([lib], [], include_bundled=False)] == ["LB032"]


def test_render_failure_against_minimal_spec(overlay) -> None:
    """A clause that prints an optional section without a guard fails on the minimal spec only."""
    body = (
        "id: credits\nversion: 1.0.0\nstatus: approved\ntitle: {zh-Hans: 抵扣, zh-Hant: 抵扣, en: Credits}\n"
        "text:\n  zh-Hans: |\n    每月上限{{ percent(spec.service_credits.monthly_cap) }}。\n"
        "  zh-Hant: |\n    每月上限{{ percent(spec.service_credits.monthly_cap) }}。\n"
        "  en: |\n    Cap {{ percent(spec.service_credits.monthly_cap) }}.\n"
    )
    found = check_library([GOOD, overlay({"credits.yaml": body})], [], include_bundled=False, check_lock=False)
    assert found and all(d.code == "LB013" and d.file.endswith("credits.yaml") for d in found)
    assert any("minimal.yaml" in d.message for d in found) and not any("maximal.yaml" in d.message for d in found)
    assert {d.line for d in found} == {7, 9, 11}


def test_overlay_overrides_and_adds_by_id(overlay) -> None:
    extra = "id: extra\nversion: 2.0.0\nstatus: draft\ntitle: {en: Extra}\ntext:\n  en: Extra text.\n"
    own = (GOOD / "clauses" / "scope.yaml").read_text(encoding="utf-8").replace("version: 1.0.0", "version: 9.0.0")
    lib = load_library([GOOD, overlay({"extra.yaml": extra, "scope.yaml": own})], include_bundled=False)
    assert lib.clauses["scope"].version == "9.0.0" and lib.clauses["scope"].file.endswith("overlay/scope.yaml")
    assert lib.clauses["extra"].status == "draft" and lib.clauses["sla"].version == "1.0.0"


def test_bundled_library_passes_the_check_against_every_sample() -> None:
    found = check_library([REPO / "clauses"], SAMPLES)
    assert [d for d in found if d.severity.value == "error"] == []


def test_cli_library_lint_exit_codes_and_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--library", str(GOOD), "--library", str(FIXTURES / "broken-unused")]) == 1
    assert "LB021" in capsys.readouterr().out
    out = tmp_path / "lib.sarif"
    code = main(
        [
            "lint",
            "--library",
            str(FIXTURES / "broken-vague"),
            "--format",
            "sarif",
            "-o",
            str(out),
            str(FIXTURES / "minimal.yaml"),
        ]
    )
    sarif = json.loads(out.read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert code in (0, 1) and any(r["ruleId"].startswith("V") for r in results)
    assert main(["lint", "--library", str(GOOD), str(FIXTURES / "minimal.yaml")]) == 0


def test_literal_commitment_numbers_are_flagged_at_their_place() -> None:
    """LB050: a deadline the clause writes itself, at its exact line and columns, in every language;
    citations (第586条, Article 586, Cap. 486), a law's year, the 7×24 clock and TLS 1.2 are left alone."""
    found = in_file(check("broken-literal-number"), "broken-literal-number")
    lines = (FIXTURES / "broken-literal-number" / "disputes.yaml").read_text(encoding="utf-8").splitlines()
    assert [(d.code, d.extra["lang"], d.extra["number"]) for d in found] == [
        ("LB050", "zh-Hans", "15"),
        ("LB050", "en", "15"),
    ]
    for d in found:
        assert lines[d.line - 1][d.col - 1 : d.end.col - 1] == "15"
        assert d.severity.value == "warning" and d.name == "literal-number" and d.path == f"text.{d.extra['lang']}"
    assert "15日内答复" in lines[found[0].line - 1] and "within 15 days" in lines[found[1].line - 1]


@pytest.mark.parametrize(
    ("prose", "numbers"),
    [
        ("依据《中华人民共和国民法典》第586条第1款", []),
        ("under Article 586 of the Civil Code and section 3", ["3"]),
        ("the Personal Data (Privacy) Ordinance (Cap. 486), the Arbitration Act 1996", []),
        ("以7×24计时，即每周7日、每日24小时连续计时", []),
        ("使用TLS 1.2或更高版本，符合ISO/IEC 27001:2013与GB/T 22239-2019", []),
        ("按季度计收的为季度费用除以3，按年计收的除以12；不含税金额等于合计除以（1+税率）", []),
        ("应至少提前5个工作日书面通知，并在30日内支付100%", ["5", "30", "100"]),
        ("within 2 hours and at most 3 times in 12 months", ["2", "3", "12"]),
    ],
)
def test_what_counts_as_a_commitment_number(prose: str, numbers: list[str]) -> None:
    from termsmith.library.literals import literal_numbers_in

    assert [n for _, n in literal_numbers_in(prose)] == numbers


def test_literal_numbers_fail_lint_library_with_fail_on_warning(capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(FIXTURES / "broken-literal-number")
    assert main(["lint", "--library", lib, "--fail-on", "warning", str(FIXTURES / "minimal.yaml")]) == 1
    out = capsys.readouterr().out
    assert (
        "broken-literal-number/disputes.yaml:10:61: warning[LB050] clause 'disputes' (zh-Hans) writes the number 15"
        in out
    )
    assert main(["rule", "LB050"]) == 0 and "literal-number" in capsys.readouterr().out
