"""Selection, severity overrides and per-file ignores from pyproject.toml / termsmith.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.diagnostics import Severity
from termsmith.lint.config import ConfigError, LintConfig, config_for, find_config_file, load_config
from termsmith.lint.runner import lint_paths

DRAFT = "乙方应及时响应，费用另行协商，按合理价格收费。\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(reports) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for r in reports for d in r.diagnostics]


def test_specificity_like_ruff() -> None:
    cfg = LintConfig(select=("V",), ignore=("VT",))
    assert not cfg.enabled("VT001") and cfg.enabled("VD001") and not cfg.enabled("TC001")
    assert LintConfig(select=("VT001",), ignore=("VT",)).enabled("VT001")
    assert not LintConfig(select=("VT",), ignore=("VT",)).enabled("VT001")


def test_pyproject_select_ignore_severity(tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        '[tool.termsmith.lint]\nselect = ["V"]\nignore = ["VQ001"]\n[tool.termsmith.lint.severity]\nVT = "error"\n',
    )
    draft = write(tmp_path, "docs/draft.md", DRAFT)
    [report] = lint_paths([draft])
    assert {(d.code, d.severity) for d in report.diagnostics} == {
        ("VT001", Severity.ERROR),
        ("VD001", Severity.WARNING),
    }


def test_termsmith_toml_wins_nearest_and_per_file_ignores(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.termsmith.lint]\nignore = ["V"]\n')
    write(tmp_path, "sub/termsmith.toml", '[lint]\n[lint.per-file-ignores]\n"drafts/*.md" = ["VD"]\n')
    a = write(tmp_path, "sub/drafts/a.md", DRAFT)
    b = write(tmp_path, "sub/b.md", DRAFT)
    c = write(tmp_path, "c.md", DRAFT)
    assert find_config_file(a) == (tmp_path / "sub/termsmith.toml").resolve()
    assert sorted(codes(lint_paths([a]))) == ["VQ001", "VT001"]
    assert sorted(codes(lint_paths([b]))) == ["VD001", "VQ001", "VT001"]
    assert codes(lint_paths([c])) == []


def test_cli_select_replaces_and_ignore_adds(tmp_path: Path) -> None:
    write(tmp_path, "termsmith.toml", '[lint]\nselect = ["VT"]\n')
    draft = write(tmp_path, "d.md", DRAFT)
    assert codes(lint_paths([draft])) == ["VT001"]
    assert sorted(codes(lint_paths([draft], select=["VD", "VQ"]))) == ["VD001", "VQ001"]
    assert codes(lint_paths([draft], select=["V"], ignore=["VQ", "VT001"])) == ["VD001"]


def test_explicit_config_path(tmp_path: Path) -> None:
    cfg = write(tmp_path, "elsewhere/termsmith.toml", '[lint]\nselect = ["VQ"]\n')
    draft = write(tmp_path, "d.md", DRAFT)
    assert codes(lint_paths([draft], config_path=cfg)) == ["VQ001"]


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ('[lint]\nselect = ["VX"]\n', "unknown rule selector", 2),
        ('[lint]\nselekt = ["V"]\n', "unknown key", 2),
        ('[lint]\n[lint.severity]\nVT = "fatal"\n', "must be error, warning or info", 3),
        ("[lint\nselect = 1\n", "TOML syntax error", 1),
    ],
)
def test_bad_config_is_a_positioned_diagnostic(tmp_path: Path, text: str, needle: str, line: int) -> None:
    path = write(tmp_path, "termsmith.toml", text)
    load_config.cache_clear()
    with pytest.raises(ConfigError) as err:
        load_config(path)
    d = err.value.diagnostic
    assert d.code == "M004" and needle in d.message and d.line == line and d.file == str(path)


def test_no_config_means_all_rules(tmp_path: Path) -> None:
    config_for.cache_clear()
    draft = write(tmp_path, "d.md", DRAFT)
    assert config_for(draft).select == ("ALL",) or find_config_file(draft) is not None
