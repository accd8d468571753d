"""README, --help, exit codes and behaviour agree on vague language:

- in a service spec a vague commitment is an error: lint exits 1 and render writes nothing;
- a line suppressed with a reason renders (the DOCX is read back);
- in prose (.md) it is a warning, and lint exits 1 on warnings by default (--fail-on error relaxes it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml"
DESCRIPTION = re.compile(r"\n( +)description: (修复交付程序本身的缺陷[^\n]*)\n")


def _spec(tmp_path: Path, tail: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    match = DESCRIPTION.search(text)
    assert match is not None
    edited = text.replace(match.group(0), f"\n{match.group(1)}description: {match.group(2)}，并及时响应{tail}\n", 1)
    path = tmp_path / "spec.yaml"
    path.write_text(edited, encoding="utf-8")
    return path


def test_vague_commitment_in_a_spec_is_an_error_and_blocks_render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec(tmp_path, "")
    assert main(["lint", str(spec)]) == 1
    out = capsys.readouterr().out
    assert re.search(rf"{re.escape(str(spec))}:\d+:\d+: error\[VT001\] time word without a deadline: “及时”", out)
    out_dir = tmp_path / "out"
    assert main(["render", str(spec), "--format", "docx", "-o", str(out_dir)]) == 1
    assert "error[VT001]" in capsys.readouterr().err
    assert not out_dir.exists() or list(out_dir.iterdir()) == []


@pytest.mark.slow
def test_suppressed_with_a_reason_the_spec_renders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    import docx

    spec = _spec(tmp_path, "  # termsmith: ignore[VT001] the deadline is the P2 response time in article 5")
    assert main(["lint", str(spec)]) == 0  # the sample's only other finding is an info
    out_dir = tmp_path / "out"
    assert main(["render", str(spec), "--format", "docx", "-o", str(out_dir)]) == 0, capsys.readouterr().err
    word = docx.Document(io.BytesIO(next(out_dir.glob("*.docx")).read_bytes()))
    assert any("并及时响应" in p.text for p in word.paragraphs) or any(
        "并及时响应" in cell.text for t in word.tables for row in t.rows for cell in row.cells
    )


def test_vague_prose_is_a_warning_and_lint_exits_1_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = tmp_path / "offer.md"
    prose.write_text("乙方将及时响应甲方的报修。\n", encoding="utf-8")
    assert main(["lint", str(prose)]) == 1
    assert "warning[VT001]" in capsys.readouterr().out
    assert main(["lint", "--fail-on", "error", str(prose)]) == 0
    assert main(["lint", "--exit-zero", str(prose)]) == 0


def test_readme_and_help_say_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "Vague language is an **error in a spec**" in readme
    assert 'For `lint`, "findings" means any error or warning' in readme
    with pytest.raises(SystemExit):
        main(["lint", "--help"])
    lint_help = " ".join(capsys.readouterr().out.split())
    assert "default: warning" in lint_help and "In a service spec vague language is an error" in lint_help
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    render_help = " ".join(capsys.readouterr().out.split())
    assert "vague language in a spec is an error" in render_help and "--convert" in render_help


def test_traditional_text_gets_the_traditional_replacement_in_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint was Traditional for Traditional text, but JSON/SARIF ``extra.replacement`` stayed Simplified — in
    both the prose path and the spec path (two places built it)."""
    import json

    sample = (ROOT / "samples" / "company-website-maintenance.zh-Hant.yaml").read_text(encoding="utf-8")
    old = "description: 修正交付網站程式本身的功能錯誤、資料錯誤與頁面顯示錯誤，修正所需的程式修改不另收費"
    assert old in sample
    spec = tmp_path / "spec.yaml"
    spec.write_text(sample.replace(old, old + "，並及時回應", 1), encoding="utf-8")
    prose = tmp_path / "terms.txt"
    prose.write_text("乙方應及時回應甲方的報修。\n", encoding="utf-8")
    for path in (spec, prose):
        assert main(["lint", str(path), "--format", "json"]) == 1
        found = [d for d in json.loads(capsys.readouterr().out)["diagnostics"] if d["code"] == "VT001"]
        assert [d["extra"]["term"] for d in found] == ["及時"], path
        assert found[0]["extra"]["replacement"] == "在收到報修後 N 小時內（7×24）響應", path
        assert found[0]["hint"] == "write instead: 在收到報修後 N 小時內（7×24）響應", path
