"""`termsmith check`: one spec → a table, several → a vendor matrix; outputs read back."""

from __future__ import annotations

import html.parser
import json
import re
import subprocess
import sys

import pytest

from termsmith.cli import main

from .helpers import FIXTURES, ROOT, SAMPLE

STRONG = FIXTURES / "vendor-strong.zh-Hans.yaml"
WEAK = FIXTURES / "vendor-weak.zh-Hans.yaml"
HKD = FIXTURES / "vendor-hkd.zh-Hans.yaml"
THREE = [str(HKD), str(STRONG), str(WEAK)]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def as_json(capsys, *argv: str) -> tuple[int, dict]:
    code, out, _ = run(capsys, *argv, "--format", "json")
    return code, json.loads(out)


def results(doc: dict, spec_index: int = 0) -> dict[str, dict]:
    return {r["id"]: r for r in doc["specs"][spec_index]["results"]}


def test_one_strong_spec_passes_every_must_and_names_the_clauses(capsys):
    code, doc = as_json(capsys, str(STRONG))
    assert code == 0 and doc["ok"] is True
    spec = doc["specs"][0]
    assert spec["vendor"] == "云帆软件" and spec["passed"] is True
    rows = results(doc)
    assert rows["emergency-response"]["verdict"] == "pass"
    assert rows["emergency-response"]["vendor_text"] == "30分钟（7×24小时）"
    assert rows["emergency-response"]["required_text"] == "≤ 2小时（7×24小时）"
    assert rows["emergency-response"]["vendor"] == {"value": "30", "unit": "minutes", "clock": "24x7"}
    assert rows["emergency-response"]["required"] == {"value": "2", "unit": "hours", "clock": "24x7"}
    assert rows["emergency-response"]["path"] == "severity_levels[0].response"
    assert spec["clauses_located"] is True  # the article where the response time sits
    assert re.fullmatch(r"第.+条 \d+\.\d+", rows["emergency-response"]["clause"])
    assert rows["client-owns-source"]["clause"].startswith("第")


def test_weak_vendor_fails_with_exit_1_and_the_failures_read_back(capsys):
    code, doc = as_json(capsys, str(WEAK), "--lang", "en")
    assert code == 1 and doc["ok"] is False
    rows = results(doc)
    assert rows["emergency-response"]["verdict"] == "fail"
    assert rows["emergency-response"]["vendor_text"] == "4 hours (24×7)"
    assert rows["free-period-length"]["verdict"] == "fail" and rows["free-period-length"]["vendor_text"] == "3 months"
    assert rows["free-period-length"]["vendor"] == {"value": "3", "unit": "months", "clock": None}
    assert rows["free-covers-defects"]["verdict"] == "fail"
    assert rows["free-covers-defects"]["note"] == "missing: defect fixes"
    assert rows["free-covers-defects"]["note_code"] == "missing"
    assert rows["free-covers-defects"]["required"] == ["defect-fixes"]
    assert rows["client-owns-source"]["verdict"] == "fail" and rows["client-owns-source"]["vendor"] == "vendor"
    assert rows["client-owns-source"]["vendor_text"] == "Vendor"
    assert (rows["client-owns-source"]["verdict_text"], rows["client-owns-source"]["level_text"]) == ("fail", "must")


def test_text_table_for_one_spec(capsys):
    code, out, _ = run(capsys, str(WEAK), "--lang", "en", "--no-clauses", "--width", "0")
    assert code == 1
    header = next(line for line in out.splitlines() if line.startswith("ID"))
    assert header.split() == ["ID", "Level", "Requirement", "Verdict", "Vendor's", "terms", "Required", "Clause"]
    line = next(line for line in out.splitlines() if line.startswith("client-owns-source"))
    assert re.search(
        r"must\s+The client owns the source code\s+fail\s+Vendor\s+= Client\s+"
        r"spec\.intellectual_property\.source_code_owner$",
        line,
    )
    assert out.rstrip().endswith("must 8/13, should 18/19; some must-requirements do not pass")


def test_matrix_for_three_vendors_in_markdown(capsys):
    code, out, _ = run(capsys, *THREE, "--lang", "en", "--format", "md", "--no-clauses")
    assert code == 1
    table = [line for line in out.splitlines() if line.startswith("|")]
    header = [c.strip() for c in table[0].strip("|").split("|")]
    assert header == ["ID", "Level", "Requirement", "Required", "港湾数码", "云帆软件", "慢达网络"]
    rows = {cells[0]: cells for cells in ([c.strip() for c in line.strip("|").split("|")] for line in table[2:])}
    assert rows["emergency-response"][4:] == [
        "fail: 2 hours (Mon–Fri 09:00–18:00); calendar worst case",
        "pass: 30 minutes (24×7)",
        "fail: 4 hours (24×7)",
    ]
    assert rows["client-owns-source"][3:] == ["= Client", "pass: Client", "pass: Client", "fail: Vendor"]
    assert rows["free-covers-defects"][3:] == ["contains defect fixes", "pass", "pass", "fail: missing: defect fixes"]
    assert rows["emergency-24x7"][3:] == ["= 24×7", "fail: Mon–Fri 09:00–18:00", "pass: 24×7", "pass: 24×7"]
    assert rows["backup-versions"][4:] == ["not stated", "pass: 7", "fail: 2"]
    assert rows["feature-rate-market"][3] == "≤ CNY 3,500.00"
    assert (
        rows["feature-rate-market"][4]
        == "not comparable: HKD 3,000.00; amount in HKD, requirement in CNY: not converted"
    )
    summary = next(cells for key, cells in rows.items() if cells[2] == "Summary")
    assert summary[4:] == [
        "must 8/13, should 14/19; some must-requirements do not pass",
        "must 13/13, should 19/19; every must-requirement passes",
        "must 8/13, should 18/19; some must-requirements do not pass",
    ]


def test_matrix_json_has_one_entry_per_vendor_and_exit_follows_every_spec(capsys):
    code, doc = as_json(capsys, *THREE, "--no-clauses")
    assert code == 1
    assert [s["vendor"] for s in doc["specs"]] == ["港湾数码", "云帆软件", "慢达网络"]
    assert [s["passed"] for s in doc["specs"]] == [False, True, False]
    assert results(doc, 0)["encryption-in-transit"]["verdict"] == "not stated"
    code, doc = as_json(capsys, str(STRONG), str(SAMPLE), "--no-clauses")
    assert code == 0 and doc["ok"] is True


class _Cells(html.parser.HTMLParser):
    """Collects the text of every table row and the scripts/elements it meets."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_html_matrix_reads_back_and_uses_the_theme(capsys, tmp_path):
    target = tmp_path / "report.html"
    code, out, _ = run(capsys, *THREE, "--lang", "zh-Hant", "--format", "html", "-o", str(target), "--no-clauses")
    assert code == 1 and out == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-Hant">' in page
    theme_css = (ROOT / "rendering" / "document.css").read_text(encoding="utf-8")
    assert theme_css.splitlines()[0] in page  # the rendering theme's stylesheet is inlined
    parser = _Cells()
    parser.feed(page)
    assert parser.rows[0][4:] == ["港湾数码", "云帆软件", "慢达网络"]
    row = next(r for r in parser.rows if r[0] == "client-owns-source")
    assert row[2] == "原始碼歸客戶所有" and row[3:] == ["= 客戶", "符合客戶", "符合客戶", "不符合供應商"]
    row = next(r for r in parser.rows if r[0] == "service-reports")
    assert row[3:] == ["每月 / 每季（之一）", "符合每月", "符合每月", "符合每月"]
    assert parser.rows[-1][2] == "彙總"


def test_html_escapes_every_spec_string(capsys, tmp_path):
    hostile = tmp_path / "hostile.yaml"
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "short_name: 云帆软件", "short_name: \"<script>alert('x')</script>&amp;\""
    )
    hostile.write_text(text, encoding="utf-8")
    _code, out, _ = run(capsys, str(hostile), "--format", "html", "--no-clauses")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;" in out
    parser = _Cells()
    parser.feed(out)
    assert "script" not in parser.tags


def test_single_spec_html_has_a_row_per_requirement(capsys):
    code, out, _ = run(capsys, str(STRONG), "--format", "html", "--lang", "en", "--no-clauses")
    assert code == 0
    parser = _Cells()
    parser.feed(out)
    header, *rows = parser.rows
    assert header == ["ID", "Level", "Requirement", "Verdict", "Vendor's terms", "Required", "Clause"]
    from termsmith.checklist.load import load_checklist

    assert [r[0] for r in rows] == [req.id for req in load_checklist().document.spec.requirements]
    assert all(r[3] in ("pass", "not comparable") for r in rows)


def test_invalid_spec_is_reported_with_its_diagnostics(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SAMPLE.read_text(encoding="utf-8").replace(
            "    length: 12 months\n    covers:", "    length: 12 parsecs\n    covers:"
        ),
        encoding="utf-8",
    )
    code, doc = as_json(capsys, str(bad), str(STRONG), "--no-clauses")
    assert code == 1
    invalid = doc["specs"][0]
    assert invalid["valid"] is False and invalid["results"] == []
    [d] = [d for d in invalid["diagnostics"] if "parsecs" in d["message"]]
    line = bad.read_text(encoding="utf-8").splitlines().index("    length: 12 parsecs") + 1
    assert (d["file"], d["line"], d["column"]) == (str(bad), line, 13)
    code, out, _ = run(capsys, str(bad), "--no-clauses", "--lang", "en")
    assert code == 1 and f"{bad}:{line}:13: error[S103]" in out


def test_usage_errors_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, str(STRONG), "--checklist", "nonexistent-name")
    assert code == 2 and "after-sales-standard, strict" in err
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and "no .yaml files" in err
    with pytest.raises(SystemExit) as exc:
        main(["check", str(STRONG), "--format", "pdf"])
    assert exc.value.code == 2


def test_clause_column_falls_back_to_the_spec_path_when_assembly_fails_and_says_so(capsys, monkeypatch):
    import termsmith.checklist.locate as locate

    def broken(*args, **kwargs):
        raise RuntimeError("assembly exploded")

    monkeypatch.setitem(sys.modules, "termsmith.assembly", type(sys)("termsmith.assembly"))
    sys.modules["termsmith.assembly"].assemble = broken  # type: ignore[attr-defined]
    locator = locate.for_spec(_strong_document(), "en", STRONG)
    assert not locator
    assert locator.problem is not None
    assert (locator.problem.code, locator.problem.severity.value, locator.problem.file) == (
        "LB041",
        "warning",
        str(STRONG),
    )
    assert locator.problem.message == (
        "cannot name the clauses: assembling the agreement failed (RuntimeError: assembly exploded)"
    )
    code, out, err = run(capsys, str(STRONG), "--format", "json")
    assert code == 2  # the report is printed, but the run is not clean
    doc = json.loads(out)
    assert doc["specs"][0]["clauses_located"] is False
    assert results(doc)["emergency-response"]["clause"] is None
    assert err.startswith(
        f"{STRONG}:1:1: warning[LB041] cannot name the clauses: assembling the agreement failed "
        "(RuntimeError: assembly exploded)"
    )
    assert err.endswith("Found 1 warning in 1 file.\n")
    code, out, err = run(capsys, str(STRONG), "--lang", "en", "--width", "0")
    assert code == 2 and "warning[LB041]" in err
    line = next(line for line in out.splitlines() if line.startswith("emergency-response"))
    assert line.endswith("spec.severity_levels[0].response")
    # --no-clauses asks for no lookup: nothing to warn about
    code, _, err = run(capsys, str(STRONG), "--no-clauses")
    assert code == 0 and err == ""


def _strong_document():
    from termsmith.validation import validate_path

    return validate_path(STRONG).document


def test_module_entry_point_runs_check():
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "termsmith",
            "check",
            str(STRONG),
            "--checklist",
            "strict",
            "--format",
            "json",
            "--no-clauses",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["checklist"]["name"] == "strict"
