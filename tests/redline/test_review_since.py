"""review --since OLD: the report opens with the terms that changed and each clause whose text changed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_redline import ZH, ZH_EDITS, edited

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_review_since_lists_term_and_clause_changes(tmp_path: Path) -> None:
    new = edited(ZH, ZH_EDITS, tmp_path)
    out = tmp_path / "review.md"
    assert main(["review", str(new), "--since", str(ZH), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    since = text.index(f"## Changes since `{ZH}`")
    assert since < text.index("## Clauses\n")
    assert "- P0 响应时限: 30分钟（7×24小时） → 2小时（7×24小时） (有利于乙方)" in text
    version = re.search(r"^version: (\S+)", (ROOT / "clauses" / "severity-levels.yaml").read_text(), re.M)
    assert version is not None
    assert f"#### `severity-levels` changed ({version[1]} → {version[1]})" in text  # same clause, other values
    assert "收到报修后~~30分钟~~<ins>2小时</ins>（7×24小时）内响应" in text
    assert "#### `reporting` removed" in text


def test_review_since_html_marks_changes_and_escapes(tmp_path: Path) -> None:
    new = edited(ZH, ZH_EDITS, tmp_path)
    out = tmp_path / "review.html"
    assert main(["review", str(new), "--since", str(ZH), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<del>30分钟</del><ins>2小时</ins>" in page
    assert "<h2>Changes since <code>" in page


def test_review_since_a_missing_or_invalid_old_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(ZH), "--since", str(tmp_path / "absent.yaml"), "--format", "md"]) == 2
    assert "absent.yaml: no such file" in capsys.readouterr().err


def test_review_without_since_has_no_changes_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["review", str(ZH), "--format", "md"])
    assert "Changes since" not in capsys.readouterr().out
