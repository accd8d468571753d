"""TK001: a term that runs into a year without official holiday data is reported where the calendar says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[2]
FUEL = (ROOT / "samples" / "fuel-station-miniprogram.zh-Hans.yaml").read_text(encoding="utf-8")
HOLIDAYS_LINE = 1 + FUEL[: FUEL.index("      holidays: cn-official")].count("\n")


def _lint(tmp_path: Path, capsys: pytest.CaptureFixture[str], *edits: tuple[str, str]) -> str:
    text = FUEL
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    main(["lint", str(spec), "--select", "TK001", "--format", "text"])
    return capsys.readouterr().out


def test_term_into_a_year_without_data_is_flagged_at_the_calendar(tmp_path, capsys) -> None:
    out = _lint(tmp_path, capsys)  # 2026-01-18 + 24 months runs through 2027 and 2028
    assert f"spec.yaml:{HOLIDAYS_LINE}:17: info[TK001]" in out
    assert "runs into 2027, 2028" in out


def test_term_inside_published_years_is_clean(tmp_path, capsys) -> None:
    out = _lint(
        tmp_path,
        capsys,
        ("    start: 2026-01-18\n    length: 24 months", "    start: 2025-01-18\n    length: 12 months"),
    )
    assert "TK001" not in out


def test_dates_listed_in_the_spec_count_as_data(tmp_path, capsys) -> None:
    out = _lint(
        tmp_path,
        capsys,
        (
            "      holidays: cn-official\n",
            "      holidays: cn-official\n      extra_holidays: [2027-01-01, 2028-01-01]\n",
        ),
    )
    assert "TK001" not in out
