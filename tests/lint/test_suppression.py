"""Inline suppressions in prose and YAML, and the findings about the comments themselves."""

from __future__ import annotations

from pathlib import Path

from termsmith.lint import lint_text
from termsmith.lint.config import LintConfig
from termsmith.lint.runner import lint_file


def found(text: str) -> list[tuple[str, int]]:
    return sorted((d.code, d.line) for d in lint_text(text, "t.md"))


def test_html_comment_same_line_suppresses() -> None:
    assert found("乙方应及时响应。<!-- termsmith: ignore[VT001] 附件一定义为2小时 -->") == []


def test_hash_comment_on_the_line_above_suppresses() -> None:
    assert found("# termsmith: ignore[VT001] 附件一定义\n乙方应及时响应。") == []


def test_suppression_does_not_reach_two_lines_down() -> None:
    assert found("# termsmith: ignore[VT001] 附件一定义\n\n乙方应及时响应。") == [("M002", 1), ("VT001", 3)]


def test_prefix_suppresses_a_family() -> None:
    assert found("乙方应尽快修复，费用另行协商。 <!-- termsmith: ignore[VT, VD] 客户模板 -->") == []


def test_other_codes_still_reported() -> None:
    assert found("乙方应及时响应。<!-- termsmith: ignore[VD001] 理由 -->") == [("M002", 1), ("VT001", 1)]


def test_missing_reason_is_reported_but_still_suppresses() -> None:
    assert found("乙方应及时响应。 # termsmith: ignore[VT001]") == [("M001", 1)]


def test_unused_suppression_is_reported() -> None:
    assert found("乙方应在2小时内响应。 # termsmith: ignore[VT001] 旧注释") == [("M002", 1)]


def test_malformed_and_unknown_codes() -> None:
    assert found("x # termsmith: ignore no brackets") == [("M003", 1)]
    assert found("及时 # termsmith: ignore[VX999] typo") == [("M003", 1), ("VT001", 1)]


def test_reason_text_in_the_comment_is_not_linted() -> None:
    assert found("<!-- termsmith: ignore[VQ001] 合理费用已在附件二列明 -->\n按合理费用收费。") == []


def test_yaml_comment_suppresses_in_a_spec(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    text = (
        Path(__file__).resolve().parents[2].joinpath("samples/fuel-station-miniprogram.zh-Hans.yaml").read_text("utf-8")
    )
    text = text.replace(
        "description: 微信支付、地图 API 版本变更时的接口适配",
        "description: 微信支付接口变更时及时适配  # termsmith: ignore[VT001] 见附件一时限表",
    )
    path.write_text(text, encoding="utf-8")
    codes = [d.code for d in lint_file(path, LintConfig()).diagnostics]
    assert "VT001" not in codes and "M002" not in codes
    path.write_text(text.replace("  # termsmith: ignore[VT001] 见附件一时限表", ""), encoding="utf-8")
    assert "VT001" in [d.code for d in lint_file(path, LintConfig()).diagnostics]
